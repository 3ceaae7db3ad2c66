//! The audience view: what the room sees, stage by stage and in every language, with
//! nothing in it to click, nothing cut, and nothing of the console; driven from the console.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::common;
use common::app::{App, app_on, click, go_to, mentions, send, start_participant_mode};
use common::{Q2, folder_with_example};
use tandem::domain::{NoteKey, Stage};
use tandem::i18n::Language;
use tandem::ui::app::TandemApp;
use tandem::ui::audience::audience_view::audience_ui;
use tandem::ui::state::command::{AudienceCommand, Edit, WorkshopCommand};

/// Roles of anything a person could operate: none may be in the audience view.
const CONTROLS: &[egui::accesskit::Role] = &[
    egui::accesskit::Role::Button,
    egui::accesskit::Role::CheckBox,
    egui::accesskit::Role::ComboBox,
    egui::accesskit::Role::TextInput,
    egui::accesskit::Role::MultilineTextInput,
    egui::accesskit::Role::Slider,
    egui::accesskit::Role::SpinButton,
    egui::accesskit::Role::RadioButton,
    egui::accesskit::Role::Link,
    egui::accesskit::Role::Tab,
    egui::accesskit::Role::ScrollBar,
];

fn console(folder: &Path, path: &Path) -> App {
    app_on(folder).opening(path.to_path_buf()).start()
}

/// The audience view of what `app` shows, alone in a window of `size` points.
fn audience(app: &App, size: egui::Vec2) -> Harness<'_> {
    let state = &app.state().state;
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_context_setup(TandemApp::style)
        .build_ui(move |ui| audience_ui(ui, &state.screen, &state.audience, state.clock()));
    harness.run();
    harness
}

/// Everything the audience view shows, checked: no control, nothing outside the window,
/// nothing cut short; returns what it says, for the caller's own checks.
fn checked(harness: &Harness<'_>, size: egui::Vec2, case: &str) -> String {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size).expand(0.5);
    let mut said = String::new();
    for node in harness.root().children_recursive() {
        let role = node.accesskit_node().role();
        assert!(
            !CONTROLS.contains(&role),
            "{case}: a {role:?} in the audience view"
        );
        let label = node
            .accesskit_node()
            .label()
            .or_else(|| node.accesskit_node().value());
        if let Some(label) = label {
            assert!(!label.contains('…'), "{case}: “{label}” is cut short");
            said.push_str(&label);
            said.push('\n');
        }
        if let Some(bounds) = node.accesskit_node().bounding_box() {
            let rect = egui::Rect::from_min_max(
                egui::pos2(bounds.x0 as f32, bounds.y0 as f32),
                egui::pos2(bounds.x1 as f32, bounds.y1 as f32),
            );
            assert!(
                window.contains_rect(rect),
                "{case}: {:?} at {rect:?} ends outside {size:?}",
                node.accesskit_node().label()
            );
        }
    }
    said
}

#[test]
fn every_stage_in_every_language_fits_and_holds_no_control() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut app = console(folder.path(), &path);
    let mut snapshots = egui_kittest::SnapshotResults::new();
    for language in Language::ALL {
        send(&mut app, Edit::SetLanguage(language));
        for stage in Stage::ALL {
            send(&mut app, WorkshopCommand::GoTo(stage));
            for size in [egui::vec2(1280.0, 720.0), egui::vec2(1024.0, 768.0)] {
                let case = format!("{language:?} {stage:?} {size:?}");
                let mut harness = audience(&app, size);
                checked(&harness, size, &case);
                let snapshot = match (language, size.x as u32) {
                    (Language::English, 1280) => {
                        Some(format!("audience/{}_{}", stage.number(), stage.key()))
                    }
                    (Language::German, 1024) => Some(format!(
                        "audience/de_1024_{}_{}",
                        stage.number(),
                        stage.key()
                    )),
                    _ => None,
                };
                if let Some(name) = snapshot {
                    harness.snapshot(name);
                    snapshots.extend_harness(&mut harness);
                }
            }
        }
    }
    snapshots.unwrap();
}

#[test]
fn the_console_puts_a_finding_on_screen_steps_through_them_and_blanks_the_screen() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut app = console(folder.path(), &path);
    go_to(&mut app, Stage::Diagnose);
    let size = egui::vec2(1280.0, 720.0);
    let said = checked(&audience(&app, size), size, "no spotlight");
    assert!(said.contains("What the rules found"), "{said}");

    // The first finding's button (each finding has one).
    app.get_all_by_label("Show on screen")
        .next()
        .unwrap()
        .click();
    app.run();
    let said = checked(&audience(&app, size), size, "spotlight");
    assert!(said.contains("Constant friction"), "{said}");
    assert!(
        said.contains("Ask the room: For those who feel the friction never stops"),
        "{said}"
    );
    assert!(mentions(&app, "On screen"));

    // The arrows step through the findings (the pointer is on no text field).
    app.key_press(egui::Key::ArrowRight);
    app.run();
    let said = checked(&audience(&app, size), size, "stepped");
    assert!(said.contains("Productive disagreement"), "{said}");
    // It fired on product's answers alone: its question is for product, not the room.
    assert!(
        said.contains("Ask product: Our debates stay about the work."),
        "{said}"
    );
    assert!(!said.contains("Ask the room: Our debates"), "{said}");
    app.key_press(egui::Key::ArrowRight);
    app.run();
    assert_eq!(
        app.state().state.audience.spotlight,
        None,
        "past the last, none"
    );

    // B blanks the screen: nothing at all is shown.
    app.key_press(egui::Key::B);
    app.run();
    let said = checked(&audience(&app, size), size, "blank");
    assert!(said.trim().is_empty(), "{said}");
    send(&mut app, AudienceCommand::Blank(false));
    assert!(
        !checked(&audience(&app, size), size, "shown")
            .trim()
            .is_empty()
    );
}

#[test]
fn the_audience_view_never_shows_a_note_a_notice_or_the_kiosk() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut app = console(folder.path(), &path);
    go_to(&mut app, Stage::Diagnose);
    send(
        &mut app,
        Edit::SetNote {
            finding: NoteKey::Overall,
            note: String::from("Private: ask Dana about the Q3 deal"),
        },
    );
    click(&mut app, "Save");
    assert!(app.state().state.notice.is_some());
    send(&mut app, AudienceCommand::Spotlight(Some(0)));
    let size = egui::vec2(1280.0, 720.0);
    let said = checked(&audience(&app, size), size, "diagnose");
    assert!(!said.contains("Private"), "{said}");
    assert!(!said.contains("Saved"), "{said}");
    assert!(!said.contains("held back until"), "{said}");
    assert!(!said.contains("weight"), "{said}");

    // A participant answers at the kiosk: the room sees Capture's counts, nothing of it.
    send(&mut app, WorkshopCommand::GoTo(Stage::Capture));
    start_participant_mode(&mut app);
    let said = checked(&audience(&app, size), size, "kiosk");
    assert!(said.contains("Your answers, anonymously"), "{said}");
    assert!(said.contains("answered"), "{said}");
    assert!(!said.contains("PIN"), "{said}");
}

#[test]
fn the_audience_window_opens_closes_and_goes_on_the_projector_from_the_console() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut app = app_on(folder.path())
        .opening(path.clone())
        .without_accessibility_check()
        .start();
    click(&mut app, "Audience window");
    assert!(app.state().state.audience.window);
    // (Here the window is drawn inside the console, over its header: closed by command, as
    // its own close button would.)
    send(&mut app, AudienceCommand::ShowWindow(false));
    assert!(
        !app.state().state.audience.window,
        "closed again; the workshop stays open"
    );
    assert!(app.state().state.open().is_some());
    click(&mut app, "Show on projector");
    let audience = &app.state().state.audience;
    assert!(audience.window && audience.fullscreen && audience.on_projector);
}

#[test]
fn presentation_mode_shows_the_audience_view_alone_and_esc_leaves_it() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut app = console(folder.path(), &path);
    go_to(&mut app, Stage::Reveal);
    app.key_press(egui::Key::F11);
    app.run();
    assert!(app.state().state.presenting);
    // Not a control in the window: the console is gone.
    assert!(app.query_by_label("Save").is_none());
    assert!(app.query_by_label("Home").is_none());
    assert!(mentions(&app, "How would you describe the relationship?"));
    app.key_press(egui::Key::Escape);
    app.run();
    assert!(!app.state().state.presenting);
    assert!(app.query_by_label("Save").is_some());
}

#[test]
fn the_room_stays_reachable_from_the_projector_and_the_spotlight_stays_on_diagnose() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut app = console(folder.path(), &path);
    go_to(&mut app, Stage::Capture);
    common::app::open_room_on_loopback(&mut app);
    go_to(&mut app, Stage::Reveal);
    let size = egui::vec2(1280.0, 720.0);
    let said = checked(&audience(&app, size), size, "reveal with the room open");
    assert!(said.contains("Late? Scan to answer"), "{said}");

    // A finding that fired on one team's answers says whose.
    go_to(&mut app, Stage::Diagnose);
    let findings = app
        .state()
        .state
        .open()
        .unwrap()
        .findings(Language::English);
    let alone = findings
        .findings
        .iter()
        .position(|shown| shown.finding.scope != tandem::metrics::Scope::Overall)
        .unwrap();
    send(&mut app, AudienceCommand::Spotlight(Some(alone)));
    let said = checked(&audience(&app, size), size, "one team's finding");
    assert!(said.contains("Product: Productive disagreement"), "{said}");
    // Leaving Diagnose takes it off: no hidden spotlight waits for the next visit.
    go_to(&mut app, Stage::Agree);
    assert_eq!(app.state().state.audience.spotlight, None);
    app.key_press(egui::Key::ArrowRight);
    app.run();
    assert_eq!(
        app.state().state.audience.spotlight,
        None,
        "arrows step only on Diagnose"
    );

    // One screen: Page Down and Page Up move between stages in presentation mode.
    app.key_press(egui::Key::F11);
    app.run();
    app.key_press(egui::Key::PageDown);
    app.run();
    assert_eq!(common::app::open_stage(&app), Stage::Close);
    app.key_press(egui::Key::PageUp);
    app.run();
    assert_eq!(common::app::open_stage(&app), Stage::Agree);
}

#[test]
fn the_long_stages_have_their_next_in_view_at_1280x720() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut app = console(folder.path(), &path);
    for (stage, next) in [
        (Stage::Reveal, "Next: Diagnose ➡"),
        (Stage::Diagnose, "Next: Agree ➡"),
        (Stage::Agree, "Next: Close ➡"),
    ] {
        go_to(&mut app, stage);
        let rect = app.get_by_label(next).rect();
        assert!(
            rect.bottom() <= 720.0 && rect.right() <= 1280.0,
            "{stage:?}: {rect:?}"
        );
    }
}
