//! Readable from the back of the room, and the small things that trip a live session:
//! contrast of every text colour, presentation mode, each stage opening at its top, Ctrl+S,
//! notices as toasts, ✔ marks and time boxes that survive reopening.

use crate::common;
use common::app::{
    App, app_on, click, go_to, home, mentions, open_path, open_stage, send, shows, type_after,
};
use common::{Q1, copy_example, folder_with_example};

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::Color32;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tandem::clock::ManualClock;
use tandem::domain::Stage;
use tandem::storage::load_workshop;
use tandem::ui::style::theme::{self, PRESENTATION_ZOOM};
use tandem::ui::{AppCommand, TandemApp};

const TITLE: &str = "Sales & Product alignment, Q1 2026";

fn harness(folder: &Path, open: Option<&Path>, clock: &ManualClock) -> App {
    app_on(folder)
        .clock(clock)
        .opening(open.map(Path::to_path_buf))
        .max_steps(12)
        .start()
}

/// A copy of the first example in a folder of its own, the clock the app reads, and the
/// app open on the copy.
fn open_example() -> (tempfile::TempDir, PathBuf, ManualClock, App) {
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    let clock = ManualClock::default();
    let app = harness(folder.path(), Some(&path), &clock);
    (folder, path, clock, app)
}

fn later(clock: &ManualClock, harness: &mut App, seconds: u64) {
    clock.advance(Duration::from_secs(seconds));
    harness.run();
}

// ---------------------------------------------------------------------------------------
// Contrast

/// WCAG 2.x relative luminance of an opaque sRGB colour.
fn luminance(color: Color32) -> f64 {
    let channel = |value: u8| {
        let c = f64::from(value) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// WCAG contrast ratio, 1 to 21.
fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_contrast_formula_matches_a_pair_computed_by_hand() {
    // Light theme weak text, grey 84, on the light panel, grey 248:
    //   84/255 = 0.32941 → ((0.32941 + 0.055) / 1.055)^2.4 = 0.36437^2.4 = 0.08863
    //   248/255 = 0.97255 → ((0.97255 + 0.055) / 1.055)^2.4 = 0.97398^2.4 = 0.93869
    //   (0.93869 + 0.05) / (0.08863 + 0.05) = 0.98869 / 0.13863 = 7.13
    let ratio = contrast(Color32::from_gray(84), Color32::from_gray(248));
    assert!((ratio - 7.13).abs() < 0.01, "{ratio}");
    // The extremes: black on white is 21:1, a colour on itself 1:1.
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    assert!((contrast(Color32::GRAY, Color32::GRAY) - 1.0).abs() < 1e-9);
}

/// Every text colour of both themes against every surface it is drawn on: labels (body,
/// weak, strong, warnings, errors, links, verdicts) on panels, windows and toasts, text
/// fields and charts, striped rows and code; each widget state's text on its own fill; and
/// selected text and buttons on the selection colour.
#[test]
#[allow(
    clippy::print_stdout,
    reason = "the lowest ratio of each theme, for the record (--nocapture)"
)]
fn every_text_colour_has_at_least_4_5_to_1_contrast_in_both_themes() {
    let mut failures = Vec::new();
    for dark in [false, true] {
        let visuals = theme::visuals(dark);
        let widgets = &visuals.widgets;
        let texts = [
            ("body text", visuals.text_color()),
            ("weak text", visuals.weak_text_color()),
            ("strong text", visuals.strong_text_color()),
            ("warning", visuals.warn_fg_color),
            ("error", visuals.error_fg_color),
            ("link", visuals.hyperlink_color),
            ("healthy verdict", theme::healthy_color(dark)),
            (
                "checkbox and radio labels",
                widgets.inactive.fg_stroke.color,
            ),
        ];
        let surfaces = [
            ("panel", visuals.panel_fill),
            ("window and toast", visuals.window_fill),
            ("text field and chart", visuals.extreme_bg_color),
            ("text field", visuals.text_edit_bg_color()),
            ("striped row", visuals.faint_bg_color),
            ("code", visuals.code_bg_color),
        ];
        let mut pairs: Vec<(String, Color32, Color32)> = Vec::new();
        for (text, fg) in texts {
            for (surface, bg) in surfaces {
                pairs.push((format!("{text} on {surface}"), fg, bg));
            }
        }
        for (state, widget) in [
            ("inactive", &widgets.inactive),
            ("hovered", &widgets.hovered),
            ("active", &widgets.active),
            ("open", &widgets.open),
            ("non-interactive", &widgets.noninteractive),
        ] {
            for (fill, bg) in [("fill", widget.bg_fill), ("weak fill", widget.weak_bg_fill)] {
                pairs.push((
                    format!("{state} widget text on its {fill}"),
                    widget.fg_stroke.color,
                    bg,
                ));
            }
        }
        pairs.push((
            "selected button text on the selection".into(),
            visuals.selection.stroke.color,
            visuals.selection.bg_fill,
        ));
        pairs.push((
            "selected text in a field".into(),
            visuals.text_color(),
            visuals.selection.bg_fill,
        ));
        let theme_name = if dark { "dark" } else { "light" };
        let lowest = pairs
            .iter()
            .map(|(what, fg, bg)| (contrast(*fg, *bg), what))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((ratio, what)) = lowest {
            println!("{theme_name}: lowest contrast {ratio:.2}:1, {what}");
        }
        for (what, fg, bg) in pairs {
            assert_eq!(fg.a(), 255, "{theme_name}: {what}: the text is not opaque");
            assert_eq!(
                bg.a(),
                255,
                "{theme_name}: {what}: the surface is not opaque"
            );
            let ratio = contrast(fg, bg);
            if ratio < 4.5 {
                failures.push(format!("{theme_name}: {what}: {ratio:.2}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "below 4.5:1:\n{}", failures.join("\n"));
}

/// The app uses the theme module's colours, not egui's defaults.
#[test]
fn the_app_draws_with_the_theme_of_its_choice() {
    let folder = tempfile::tempdir().unwrap();
    copy_example(folder.path(), Q1, "q1.ron");
    let mut harness = harness(folder.path(), None, &ManualClock::default());
    let weak = |harness: &Harness<'_, TandemApp>| {
        harness
            .ctx
            .style_of(if harness.state().state.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            })
            .visuals
            .weak_text_color()
    };
    assert_eq!(weak(&harness), theme::visuals(false).weak_text_color());
    click(&mut harness, "Dark theme");
    assert!(harness.state().state.dark_mode);
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    assert_eq!(weak(&harness), theme::visuals(true).weak_text_color());
}

// ---------------------------------------------------------------------------------------
// Presentation mode

/// The viewport commands the next three frames send to the window.
fn commands_of_steps(harness: &mut Harness<'_, TandemApp>) -> Vec<egui::ViewportCommand> {
    let mut commands = Vec::new();
    for _ in 0..3 {
        harness.step();
        commands.extend(
            harness
                .output()
                .viewport_output
                .values()
                .flat_map(|output| output.commands.iter().cloned()),
        );
    }
    commands
}

#[test]
fn presentation_mode_goes_full_screen_with_large_type_and_shows_the_audience_view_alone() {
    let (_folder, _, _, mut harness) = open_example();
    let body_pixels =
        |harness: &Harness<'_, TandemApp>| theme::BODY_SIZE * harness.ctx.pixels_per_point();
    assert!((body_pixels(&harness) - 16.0).abs() < 0.01);

    harness.get_by_label("⛶ Presentation mode (F11)").click();
    assert!(commands_of_steps(&mut harness).contains(&egui::ViewportCommand::Fullscreen(true)));
    harness.run();
    assert!(harness.state().state.presenting);
    assert!(body_pixels(&harness) >= 22.0, "{}", body_pixels(&harness));

    // What the window shows is the audience view alone: no header, no control.
    assert!(harness.query_by_label("Save").is_none());
    assert!(
        harness
            .query_by_label("⛶ Presentation mode (F11)")
            .is_none()
    );

    // F11 leaves it again.
    harness.key_press(egui::Key::F11);
    assert!(commands_of_steps(&mut harness).contains(&egui::ViewportCommand::Fullscreen(false)));
    harness.run();
    assert!(!harness.state().state.presenting);
    assert!((body_pixels(&harness) - 16.0).abs() < 0.01);
}

// Every stage in presentation mode on a 1280×720 screen, in both themes, with the
// countdown of a time box at a fixed time. `UPDATE_SNAPSHOTS=1 cargo test --test
// ui presentation::snapshots` writes them to tests/snapshots/presentation/.
#[test]
fn snapshots_of_every_stage_in_presentation_mode_light() {
    snapshots_in_presentation_mode(false);
}

#[test]
fn snapshots_of_every_stage_in_presentation_mode_dark() {
    snapshots_in_presentation_mode(true);
}

fn snapshots_in_presentation_mode(dark: bool) {
    let (_folder, _, _, mut harness) = open_example();
    if dark {
        click(&mut harness, "Dark theme");
    }
    harness.key_press(egui::Key::F11);
    harness.run();
    harness.set_size(egui::vec2(1280.0, 720.0) / PRESENTATION_ZOOM);
    harness.run();
    let theme_name = if dark { "dark" } else { "light" };
    // The stepper is the console's: in presentation mode the stage moves by command.
    for stage in Stage::ALL {
        send(
            &mut harness,
            tandem::ui::state::command::WorkshopCommand::GoTo(stage),
        );
        harness.hover_at(egui::pos2(5.0, 500.0));
        harness.run();
        harness.snapshot(format!(
            "presentation/stage_{}_{}_{theme_name}",
            stage.number(),
            stage.key()
        ));
    }
}

// ---------------------------------------------------------------------------------------
// Each stage opens at its top

#[test]
fn diagnose_reached_from_a_scrolled_reveal_shows_its_verdict_at_the_top() {
    let (_folder, _, _, mut harness) = open_example();
    go_to(&mut harness, Stage::Reveal);
    for _ in 0..30 {
        harness.get_by_label("Reveal").scroll_down();
        harness.run();
    }
    let reveal_heading = harness.get_by_label("Reveal").rect();
    assert!(
        reveal_heading.bottom() < 0.0,
        "Reveal was scrolled: {reveal_heading:?}"
    );
    go_to(&mut harness, Stage::Diagnose);
    let heading = harness.get_by_label("Diagnose").rect();
    assert!(
        heading.top() > 0.0 && heading.bottom() < 200.0,
        "Diagnose opens at its top: {heading:?}"
    );
    let verdict = harness
        .query_all_by_label_contains("toxic weight")
        .next()
        .unwrap()
        .rect();
    assert!(
        verdict.bottom() < 720.0,
        "the verdict is in view: {verdict:?}"
    );

    // Diagnose scrolled down, and back to Reveal: it opens at its top too.
    for _ in 0..10 {
        harness.get_by_label("Diagnose").scroll_down();
        harness.run();
    }
    assert!(harness.get_by_label("Diagnose").rect().bottom() < 0.0);
    go_to(&mut harness, Stage::Reveal);
    let heading = harness.get_by_label("Reveal").rect();
    assert!(
        heading.top() > 0.0 && heading.bottom() < 200.0,
        "{heading:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Ctrl+S

#[test]
fn ctrl_s_saves_the_workshop() {
    let before = std::fs::read(common::example_path(Q1)).unwrap();
    let (_folder, path, _, mut harness) = open_example();
    go_to(&mut harness, Stage::Setup);
    let at_setup = std::fs::read(&path).unwrap();
    assert_ne!(before, at_setup, "the stage change was saved");
    type_after(&mut harness, "Facilitator", "Ada");
    assert!(harness.state().state.open().unwrap().dirty);
    assert_eq!(std::fs::read(&path).unwrap(), at_setup, "not saved yet");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let after = std::fs::read(&path).unwrap();
    assert_ne!(after, at_setup, "Ctrl+S wrote the file");
    assert!(
        load_workshop(&path)
            .unwrap()
            .meta
            .facilitator
            .ends_with("Ada")
    );
    assert!(!harness.state().state.open().unwrap().dirty);
}

// ---------------------------------------------------------------------------------------
// Notices

#[test]
fn a_notice_is_a_toast_that_does_not_move_the_page_and_goes_when_moving_on() {
    let (_folder, _, clock, mut harness) = open_example();
    go_to(&mut harness, Stage::Setup);
    let title = harness.get_by_label("Title").rect();
    let date = harness.get_by_label("Date").rect();
    click(&mut harness, "Save");
    assert!(mentions(&harness, "Saved "));
    assert_eq!(harness.get_by_label("Title").rect(), title);
    assert_eq!(harness.get_by_label("Date").rect(), date);

    // Information goes by itself after a while…
    later(&clock, &mut harness, 5);
    assert!(mentions(&harness, "Saved "));
    later(&clock, &mut harness, 6);
    assert!(!mentions(&harness, "Saved "));

    // … and any notice when the facilitator moves to another stage.
    click(&mut harness, "Save");
    assert!(mentions(&harness, "Saved "));
    go_to(&mut harness, Stage::Framing);
    assert!(!mentions(&harness, "Saved "));

    // An error stays until dismissed, however long.
    home(&mut harness);
    send(&mut harness, AppCommand::CompareSelected);
    let error = "Choose at least two workshops to compare.";
    assert!(shows(&harness, error));
    later(&clock, &mut harness, 600);
    assert!(shows(&harness, error));
    click(&mut harness, "Dismiss");
    assert!(!shows(&harness, error));

    // An error goes when another screen opens.
    send(&mut harness, AppCommand::CompareSelected);
    assert!(shows(&harness, error));
    click(&mut harness, &format!("Open {TITLE}"));
    assert!(!shows(&harness, error));
}

// ---------------------------------------------------------------------------------------
// ✔ marks and time boxes survive reopening

#[test]
fn stage_marks_stay_once_done_and_survive_reopening() {
    let folder = tempfile::tempdir().unwrap();
    let clock = ManualClock::default();
    let mut harness = harness(folder.path(), None, &clock);
    click(&mut harness, "+ New workshop");
    go_to(&mut harness, Stage::Framing);
    go_to(&mut harness, Stage::Capture);
    assert!(shows(&harness, "2 Framing ✔"));
    // Back on Framing, nothing is beyond it any more: its ✔ stays all the same.
    go_to(&mut harness, Stage::Framing);
    assert!(shows(&harness, "2 Framing ✔"));
    let path = open_path(&harness);
    assert!(
        load_workshop(&path)
            .unwrap()
            .stages_done
            .contains(&Stage::Framing)
    );

    home(&mut harness);
    click(&mut harness, "Open Untitled workshop");
    assert_eq!(open_stage(&harness), Stage::Framing);
    assert!(shows(&harness, "1 Setup ✔"));
    assert!(shows(&harness, "2 Framing ✔"));
    assert!(shows(&harness, "3 Capture"), "not done");
}

#[test]
fn a_time_box_goes_on_where_it_was_across_visits_and_reopening() {
    let (_folder, path, clock, mut harness) = open_example();
    // Diagnose has a 20-minute time box in the example.
    go_to(&mut harness, Stage::Diagnose);
    assert!(shows(&harness, "⏱ 20:00 left"));
    later(&clock, &mut harness, 5 * 60);
    assert!(shows(&harness, "⏱ 15:00 left"));

    // Time on another stage is that stage's; back on Diagnose the countdown goes on.
    go_to(&mut harness, Stage::Agree);
    assert!(shows(&harness, "⏱ 25:00 left"));
    later(&clock, &mut harness, 3 * 60);
    assert!(shows(&harness, "⏱ 22:00 left"));
    go_to(&mut harness, Stage::Diagnose);
    assert!(shows(&harness, "⏱ 15:00 left"));
    later(&clock, &mut harness, 2 * 60 + 30);
    assert!(shows(&harness, "⏱ 12:30 left"));

    // Closing the workshop keeps the time in the file; the hour away does not count.
    home(&mut harness);
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.time_spent.get(&Stage::Diagnose), Some(&(7 * 60 + 30)));
    assert_eq!(saved.time_spent.get(&Stage::Agree), Some(&(3 * 60)));
    later(&clock, &mut harness, 3600);
    click(&mut harness, &format!("Open {TITLE}"));
    assert!(shows(&harness, "⏱ 12:30 left"));
    assert_eq!(
        tandem::ui::workshop::stepper::time_left(
            harness.state().state.open().unwrap(),
            clock.now()
        ),
        Some(12 * 60 + 30)
    );

    // A time box that runs out says by how much.
    later(&clock, &mut harness, 13 * 60);
    assert!(shows(&harness, "⏱ over by 0:30"));
}

/// A workshop file written before stages done and time spent were kept still opens, and
/// writes neither until there is something to keep.
#[test]
fn files_without_time_spent_or_stages_done_load_and_stay_as_they_were() {
    let text = common::example_text();
    assert!(!text.contains("time_spent") && !text.contains("stages_done"));
    let workshop = load_workshop(&common::example_path("2026-q1-northwind.ron")).unwrap();
    assert!(workshop.time_spent.is_empty());
    assert!(workshop.stages_done.is_empty());
}
