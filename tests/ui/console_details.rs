//! Details of the facilitator's console from a run at 1280×720 (issue 23): Setup's and
//! Agree's Next in view without scrolling, Agree's fields and buttons whole, the calendar
//! (named arrows, every month the same size, on Setup too), a date that does not exist named
//! as such, and a new workshop's file named after its date and title.

use crate::common;
use common::app::{
    App, app_on, click, go_to, is_chosen, open_path, open_workshop, send, shows, type_into,
};
use common::save_in;

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tandem::domain::{ActionItem, Agreement, Date, Owner, Stage, Workshop};
use tandem::i18n::Language;
use tandem::storage::load_workshop;
use tandem::ui::{AppCommand, TandemApp};

/// The window, in points (a zoom makes it smaller).
fn window(harness: &Harness<'_, TandemApp>) -> egui::Rect {
    harness.ctx.content_rect()
}

/// Whether the widget labelled `label` is whole inside the window as it opened: no
/// scrolling needed to reach it.
fn in_view(harness: &Harness<'_, TandemApp>, label: &str) -> bool {
    let rect = harness.get_by_label(label).rect();
    window(harness).contains_rect(rect)
}

/// The button labelled `label` shows all its words on one line and ends inside the window
/// (egui cuts a button's words short with "…" when its row runs out of room).
fn assert_whole(harness: &Harness<'_, TandemApp>, label: &str) {
    for node in harness.query_all_by_label(label) {
        let rect = node.rect();
        let style = harness.ctx.global_style();
        let font = egui::TextStyle::Button.resolve(&style);
        let needed = harness.ctx.fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(label.to_owned(), font, egui::Color32::WHITE)
                .size()
                .x
        }) + 2.0 * style.spacing.button_padding.x;
        assert!(rect.width() + 0.5 >= needed, "{label} is cut: {rect:?}");
        let window = window(harness);
        assert!(
            rect.left() >= window.left() && rect.right() <= window.right(),
            "{label} runs off the window: {rect:?} in {window:?}"
        );
    }
}

/// Picks the screens' language in the top bar.
fn screens_in(harness: &mut App, language: Language) {
    harness.get_by_role_and_label(Role::ComboBox, "🌐").click();
    harness.run();
    harness
        .query_all_by_label(language.name())
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().state.language, language);
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

// ---------------------------------------------------------------------------------------
// Setup

#[test]
fn setups_next_is_in_view_at_1280x720_in_every_language_with_its_warnings() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    type_into(&mut harness, "Title", "");
    type_into(&mut harness, "Date", "2027-02-30");
    // A day February does not have is named, not taken for a badly written date.
    assert!(shows(
        &harness,
        "⚠ There is no 30 February 2027: that month has 28 days. Keeping 1 March 2026."
    ));
    assert!(shows(
        &harness,
        "⚠ Give the workshop a title, so you can find it again."
    ));
    assert!(in_view(&harness, "Next: Framing ➡"));
    harness.snapshot("setup_1280x720_warnings");
    for language in [Language::German, Language::French, Language::Spanish] {
        screens_in(&mut harness, language);
        let next = language.text("setup-next");
        assert!(in_view(&harness, &next), "{next} needs scrolling");
    }
}

#[test]
fn setups_date_has_the_calendar_the_due_dates_have() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    // It opens on the workshop's date: 1 March 2026.
    click(&mut harness, "Calendar…");
    assert!(shows(&harness, "March 2026"));
    assert!(
        is_chosen(&harness, "1 March 2026"),
        "the date it is for is marked"
    );
    click(&mut harness, "Next month");
    click(&mut harness, "20 April 2026");
    assert!(!shows(&harness, "April 2026"), "picking a day closes it");
    assert_eq!(
        open_workshop(&harness).meta.date,
        Date::new(2026, 4, 20).unwrap()
    );
    assert_eq!(
        harness.get_by_label("Date").value().as_deref(),
        Some("2026-04-20")
    );
}

/// Where the open calendar is drawn: the one popup on screen.
fn calendar_rect(harness: &Harness<'_, TandemApp>) -> egui::Rect {
    harness.ctx.memory(|memory| {
        let popups: Vec<egui::Rect> = memory
            .areas()
            .visible_layer_ids()
            .into_iter()
            .filter(|layer| layer.order == egui::Order::Foreground)
            .filter_map(|layer| memory.area_rect(layer.id))
            .collect();
        assert_eq!(popups.len(), 1, "{popups:?}");
        popups[0]
    })
}

#[test]
fn the_calendar_names_its_arrows_and_keeps_its_size_from_month_to_month() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    click(&mut harness, "Calendar…");
    let calendar = calendar_rect(&harness);
    let next = harness.get_by_label("Next month").rect();
    let previous = harness.get_by_label("Previous month").rect();
    // March 2026 starts on a Sunday (six rows of weeks), February 2027 on a Monday with 28
    // days (four): the calendar, its arrows and its days stay where they are.
    let months = [
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let shown = months
        .iter()
        .map(|month| format!("{month} 2026"))
        .chain(["January 2027".to_owned(), "February 2027".to_owned()]);
    for month in shown {
        click(&mut harness, "Next month");
        assert!(shows(&harness, &month), "{month}");
        assert_eq!(calendar_rect(&harness), calendar, "{month}");
        assert_eq!(harness.get_by_label("Next month").rect(), next, "{month}");
        assert_eq!(harness.get_by_label("Previous month").rect(), previous);
    }
    harness.snapshot("calendar_february_2027");
    click(&mut harness, "Previous month");
    assert!(shows(&harness, "January 2027"));
    // Esc puts it away and changes nothing.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!shows(&harness, "January 2027"));
    assert_eq!(
        open_workshop(&harness).meta.date,
        Date::new(2026, 3, 1).unwrap()
    );
}

// ---------------------------------------------------------------------------------------
// Agree

/// The split-verdict workshop on Agree, with three agreements and three actions, as a
/// room leaves it.
fn agreed_workshop(folder: &Path) -> std::path::PathBuf {
    let mut workshop = common::split_verdict::healthy_overall_sales_toxic();
    for text in [
        "Sales brings every roadmap request to the monthly review, with the deal it is for.",
        "Product answers each request within two weeks, yes or no, with the reason.",
        "Escalations go to both VPs together, never to one of them alone.",
    ] {
        workshop.agreements.push(Agreement {
            text: String::from(text),
            finding: Some(String::from("low_trust")),
        });
    }
    for (text, owner) in [
        ("Monthly trust retro with sales", Owner::Sales),
        ("Publish the roadmap's next two quarters", Owner::Product),
        ("Joint pipeline review every Friday", Owner::Joint),
    ] {
        workshop.actions.push(ActionItem {
            text: String::from(text),
            owner,
            owner_name: String::from("Dana Lee"),
            due: Date::new(2026, 5, 15),
            finding: Some(String::from("low_trust")),
            done: false,
        });
    }
    save_in(folder, "split.ron", &workshop)
}

#[test]
fn agree_keeps_next_in_view_and_cuts_no_button_at_1280x720() {
    let folder = tempfile::tempdir().unwrap();
    let path = agreed_workshop(folder.path());
    let mut harness = app_on(folder.path()).opening(path).start();
    assert!(
        in_view(&harness, "Next: Close ➡"),
        "no scrolling to move on"
    );
    // An agreement is a few lines of words; what its menu chooses is said beside it.
    harness.get_by_role_and_label(Role::MultilineTextInput, "Agreement 1");
    assert_eq!(harness.query_all_by_label("Answers the finding").count(), 6);
    for number in 1..=3 {
        assert_whole(&harness, &format!("Remove agreement {number}"));
        assert_whole(&harness, &format!("Remove action {number}"));
    }
    assert_whole(&harness, "Calendar…");
    harness.snapshot("agree_agreed_1280x720");

    // German words and a facilitator's larger zoom: rows wrap, nothing is cut.
    screens_in(&mut harness, Language::German);
    send(&mut harness, AppCommand::SetZoom(1.4));
    let language = Language::German;
    assert!(in_view(&harness, &language.text("agree-next")));
    for number in 1..=3 {
        for id in ["agree-remove-agreement", "agree-remove-action"] {
            let label = language.text_with(id, &[("number", number.to_string().into())]);
            assert_whole(&harness, &label);
        }
    }
}

#[test]
fn a_due_date_that_does_not_exist_is_named_and_the_warning_stays_in_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let path = agreed_workshop(folder.path());
    let mut harness = app_on(folder.path()).opening(path).start();
    click(&mut harness, "+ Add action");
    // The new action's due date: the last of the four.
    let type_due = |harness: &mut App, text: &str| {
        harness.query_all_by_label("Due").last().unwrap().focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.key_press(egui::Key::Backspace);
        harness
            .query_all_by_label("Due")
            .last()
            .unwrap()
            .type_text(text);
        harness.run();
    };
    type_due(&mut harness, "2027-02-30");
    let no_such_day = "⚠ There is no 30 February 2027: that month has 28 days.";
    assert!(shows(&harness, no_such_day));
    // Day first with dots, as German writes dates, is read too: the same day is named.
    type_due(&mut harness, "30.02.2027");
    assert!(shows(&harness, no_such_day));
    type_due(&mut harness, "31.01.2027");
    assert!(!shows(&harness, no_such_day), "31.01.2027 is a date");
    let open = harness.state().state.open().unwrap();
    assert_eq!(
        open.workshop.actions.last().unwrap().due,
        Date::new(2027, 1, 31)
    );
    type_due(&mut harness, "30/02/2027");
    let form = "⚠ Write the date as YYYY-MM-DD, or pick it from the calendar.";
    assert!(shows(&harness, form));
    // In German, at a large zoom, the longest warning wraps inside the window.
    screens_in(&mut harness, Language::German);
    send(&mut harness, AppCommand::SetZoom(1.6));
    let warning = format!("⚠ {}", Language::German.text("agree-due-invalid"));
    let rect = harness.get_by_label(&warning).rect();
    let window = window(&harness);
    assert!(
        rect.right() <= window.right(),
        "{rect:?} runs off {window:?}"
    );
}

// ---------------------------------------------------------------------------------------
// The file's name

#[test]
fn a_new_workshops_file_is_named_after_its_date_and_title_and_overwrites_nothing() {
    let folder = tempfile::tempdir().unwrap();
    // Another workshop has the name this one will want: it is never written over.
    let other = Workshop::new("Another team", Date::new(2026, 11, 30).unwrap());
    let taken = save_in(folder.path(), "2026-11-30-q4-alignment.ron", &other);
    let before = std::fs::read(&taken).unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    let first = open_path(&harness);
    assert_eq!(file_name(&first), "2026-03-01-untitled-workshop.ron");

    type_into(&mut harness, "Title", "Q4 alignment");
    // Leaving the title names the file after it (the date still the day it was made).
    type_into(&mut harness, "Date", "2026-11-30");
    assert_eq!(
        file_name(&open_path(&harness)),
        "2026-03-01-q4-alignment.ron"
    );
    // Leaving the date: named after both, beside the other team's file.
    type_into(&mut harness, "Facilitator", "Ada");
    let path = open_path(&harness);
    assert_eq!(file_name(&path), "2026-11-30-q4-alignment-2.ron");
    assert_eq!(
        std::fs::read(&taken).unwrap(),
        before,
        "nothing written over"
    );
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.meta.title, "Q4 alignment");
    assert_eq!(saved.meta.date, Date::new(2026, 11, 30).unwrap());
    assert!(shows(&harness, "File: 2026-11-30-q4-alignment-2.ron"));

    // Nothing is left of the earlier names: no file, no lock, no holder.
    let mut names: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "2026-11-30-q4-alignment-2.ron",
            "2026-11-30-q4-alignment-2.ron.holder",
            "2026-11-30-q4-alignment-2.ron.lock",
            "2026-11-30-q4-alignment.ron",
        ]
    );
    let recent = &harness.state().state.recent;
    assert!(
        recent.contains(&path) && !recent.contains(&first),
        "{recent:?}"
    );
}

#[test]
fn a_file_the_facilitator_named_keeps_its_name() {
    let folder = tempfile::tempdir().unwrap();
    let workshop = Workshop::new("Q", Date::new(2026, 3, 1).unwrap());
    let path = save_in(folder.path(), "board-offsite.ron", &workshop);
    let mut harness = app_on(folder.path()).opening(path.clone()).start();
    type_into(&mut harness, "Title", "Board offsite");
    type_into(&mut harness, "Date", "2026-04-02");
    type_into(&mut harness, "Facilitator", "Ada");
    assert_eq!(open_path(&harness), path);
}

#[test]
fn a_name_in_tandems_form_follows_an_edit_but_not_a_click_in_and_out() {
    let folder = tempfile::tempdir().unwrap();
    let workshop = Workshop::new("Board offsite", Date::new(2026, 4, 2).unwrap());
    let path = save_in(folder.path(), "2026-04-02-board.ron", &workshop);
    let mut harness = app_on(folder.path()).opening(path.clone()).start();
    // Into the title and out again, nothing typed: the name stays.
    harness.get_by_label("Title").focus();
    harness.run();
    harness.get_by_label("Facilitator").focus();
    harness.run();
    assert_eq!(open_path(&harness), path);
    // The title edited, then straight on to another stage: the name follows.
    type_into(&mut harness, "Title", "Board offsite, Q2");
    go_to(&mut harness, Stage::Framing);
    assert_eq!(
        file_name(&open_path(&harness)),
        "2026-04-02-board-offsite-q2.ron"
    );
    assert!(!path.exists());
}
