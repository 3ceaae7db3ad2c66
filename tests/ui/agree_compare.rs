//! Agree (date picker, named owners, actions for per-function findings), Compare (dates,
//! labelled statement changes, the weights and shares tables) and file dialogs that fail,
//! driven the way a facilitator clicks through them on a 1280×720 projector.

use crate::common;
use common::app::{
    App, app_on, click, compare_examples, mentions, open_path, scroll_until_shown, shows,
    step_until, type_into,
};
use common::{EXAMPLES, examples_to_compare, save_in};

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tandem::clock::ManualClock;
use tandem::domain::{Date, Owner};
use tandem::export::Format;
use tandem::i18n::Language;
use tandem::storage::load_workshop;
use tandem::ui::TandemApp;
use tandem::ui::state::event::Event;
use tandem::ui::state::file_purpose::{DialogAnswer, FilePurpose};
use tandem::ui::state::screen::Screen;

fn harness(folder: &Path, open: Option<PathBuf>) -> App {
    app_on(folder).opening(open).start()
}

/// The split-verdict workshop (healthy overall, sales toxic), saved and opened on Agree.
fn open_split_workshop(folder: &Path) -> (App, PathBuf) {
    let path = save_split_workshop(folder);
    (harness(folder, Some(path.clone())), path)
}

/// The split-verdict workshop saved in `folder`.
fn save_split_workshop(folder: &Path) -> PathBuf {
    save_in(
        folder,
        "split.ron",
        &common::split_verdict::healthy_overall_sales_toxic(),
    )
}

fn report_dialog_answer(
    harness: &mut Harness<'_, TandemApp>,
    purpose: FilePurpose,
    answer: DialogAnswer,
) {
    harness
        .state()
        .state
        .background
        .sender()
        .send(Event::DialogClosed(purpose, answer))
        .unwrap();
    harness.run();
}

#[test]
fn a_due_date_picked_in_the_calendar_is_saved() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_split_workshop(folder.path());
    // Every control of the calendar has an accessible name: kittest's check stays on.
    let mut harness = app_on(folder.path()).opening(path.clone()).start();
    click(&mut harness, "+ Add action");
    type_into(&mut harness, "Action 1", "Weekly deal desk");
    // The calendar opens on the workshop's date, 2026-04-01; a day is picked with one click.
    click(&mut harness, "Calendar…");
    assert!(shows(&harness, "April 2026"));
    click(&mut harness, "15 April 2026");
    assert!(
        !shows(&harness, "April 2026"),
        "picking a day closes the calendar"
    );
    assert_eq!(
        harness.get_by_label("Due").value().as_deref(),
        Some("2026-04-15"),
        "the picked date shows in the due field"
    );
    click(&mut harness, "Save");
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.actions[0].text, "Weekly deal desk");
    assert_eq!(saved.actions[0].due, Some(Date::new(2026, 4, 15).unwrap()));
}

#[test]
fn an_action_answers_a_finding_that_fired_on_sales_answers_alone() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, path) = open_split_workshop(folder.path());
    let low_trust = "Low trust (on sales answers alone)";
    let prompt = tandem::rules::RuleSet::built_in()
        .unwrap()
        .rule("low_trust")
        .unwrap()
        .prompt
        .clone();
    // The findings to answer are listed by title with their questions, the sales-only ones too.
    assert!(shows(&harness, low_trust));
    assert!(shows(&harness, &format!("— {prompt}")));
    assert!(shows(
        &harness,
        "Problems left to fester (on sales answers alone)"
    ));
    assert!(!mentions(&harness, "low_trust"), "no rule ids");

    click(&mut harness, "+ Add action");
    type_into(&mut harness, "Action 1", "Monthly trust retro with sales");
    click(&mut harness, "Owner");
    click(&mut harness, "Sales");
    type_into(&mut harness, "Person", "Dana Lee");
    click(&mut harness, "Answers the finding");
    harness.get_all_by_label(low_trust).last().unwrap().click();
    harness.run();
    // Its question stays in view while the action is written: for sales, whose answers
    // alone made it fire.
    assert!(shows(&harness, &format!("Question for sales: {prompt}")));
    click(&mut harness, "Save");

    let saved = load_workshop(&path).unwrap();
    let action = &saved.actions[0];
    assert_eq!(action.finding.as_deref(), Some("low_trust"));
    assert_eq!(action.owner, Owner::Sales);
    assert_eq!(action.owner_name, "Dana Lee");
    // It is a finding of the sales answers alone: the overall verdict did not fire it.
    let classification =
        tandem::rules::classify(&saved, tandem::rules::RuleSet::built_in().unwrap());
    assert_eq!(
        classification.overall.verdict,
        tandem::rules::Verdict::Healthy
    );
    assert_eq!(classification.sales.verdict, tandem::rules::Verdict::Toxic);
    assert!(
        !classification
            .overall
            .fired()
            .any(|o| o.rule == "low_trust")
    );
}

#[test]
fn agree_at_projector_size() {
    let folder = tempfile::tempdir().unwrap();
    let mut workshop = common::split_verdict::healthy_overall_sales_toxic();
    workshop.actions.push(tandem::domain::ActionItem {
        text: String::from("Monthly trust retro with sales"),
        owner: Owner::Sales,
        owner_name: String::from("Dana Lee"),
        due: Date::new(2026, 5, 15),
        finding: Some(String::from("low_trust")),
        done: false,
    });
    let path = save_in(folder.path(), "split.ron", &workshop);
    let mut harness = harness(folder.path(), Some(path));
    harness.snapshot("agree_1280x720");
}

/// The library of the examples, comparing all three.
fn comparing_the_examples() -> App {
    let mut harness = harness(&common::examples_dir(), None);
    compare_examples(&mut harness, &["Q1", "Q2", "Q3"]);
    harness
}

#[test]
fn compare_names_workshops_by_date_and_says_which_changes_were_better() {
    let mut harness = comparing_the_examples();
    // The page builds only the sections in view: a facilitator scrolls down to each, in the
    // page's order.
    let page = "Comparing 3 workshops";
    // Distinct headers, and the weights and shares `tandem compare` prints.
    for header in [
        "Sales answers",
        "Product answers",
        "Sales verdict",
        "Toxic / healthy weight",
    ] {
        assert_eq!(harness.query_all_by_label(header).count(), 1, "{header}");
    }
    for text in ["12 / 0", "2 / 0", "0 / 9"] {
        assert!(shows(&harness, text), "{text}");
    }
    // The chart puts each workshop at its date, and says so.
    scroll_until_shown(
        &mut harness,
        page,
        "Chart: sales' and product's friction level and the perception gap at each workshop's date: 12 February 2026, 14 May 2026, 20 August 2026",
    );
    for header in [
        "Sales friction level",
        "Perception gap",
        "Sales 2026-02-12",
        "Product 2026-08-20",
        "Study (2014)",
    ] {
        scroll_until_shown(&mut harness, page, header);
        assert_eq!(harness.query_all_by_label(header).count(), 1, "{header}");
    }
    for text in ["9.25%", "23.70%"] {
        assert!(shows(&harness, text), "{text}");
    }
    // Statement changes by label: a fall in "Gets personal" is better, a fall in
    // "A way to settle" would be worse, a rise in "Shared goals" is better; each is larger
    // than chance would give. Product's fall of 0.29 with 14 and 15 answers could be chance.
    for line in [
        "From 12 February 2026 to 14 May 2026",
        "Sales friction level 1.95 ➡ 1.16 (⏷ -0.79, better: likely a real change)",
        "Product friction level 1.36 ➡ 1.07 (-0.29, no clear change: could be chance with 14 and 15 answers)",
        "Perception gap +0.60 ➡ +0.09 (no clear change: could be chance with 22 + 14 and 19 + 15 answers)",
        "Unclear who decides: 3.73 ➡ 2.76 (⏷ -0.97, better: likely a real change)",
        "Shared goals: 2.03 ➡ 2.91 (⏶ +0.88, better: likely a real change)",
        "Gets personal: 3.58 ➡ 2.71 (⏷ -0.87, better: likely a real change)",
        "From 14 May 2026 to 20 August 2026",
        "A way to settle: 3.13 ➡ 4.09 (⏶ +0.96, better: likely a real change)",
        "Gets personal: 2.71 ➡ 1.76 (⏷ -0.95, better: likely a real change)",
        "⚠ Festering (toxic in both): Constant friction",
    ] {
        scroll_until_shown(&mut harness, page, line);
    }
    assert!(!mentions(&harness, "`"), "no backticks");
    assert!(!mentions(&harness, "who_decides"), "no keys");
}

#[test]
fn the_comparison_chart_puts_each_workshop_at_its_date() {
    let comparison = tandem::compare::Comparison::new(examples_to_compare(&EXAMPLES));
    let svg = tandem::compare::trend_chart::trend_chart(&comparison);
    for date in ["2026-02-12", "2026-05-14", "2026-08-20"] {
        assert!(
            svg.contains(&format!(">{date}</text>")),
            "{date} on the axis"
        );
    }
    assert!(
        svg.contains(">Friction level (0–3) · gap</text>"),
        "the y axis says what it is"
    );
    // 91 days, then 98: the second gap is wider (x from 58 to 600 over 189 days).
    let x_of = |date: &str| -> f64 {
        let end = svg.find(&format!(">{date}</text>")).unwrap();
        let start = svg[..end].rfind("x=\"").unwrap() + 3;
        svg[start..].split('"').next().unwrap().parse().unwrap()
    };
    assert!((x_of("2026-02-12") - 58.0).abs() < 0.1);
    assert!((x_of("2026-05-14") - (58.0 + 542.0 * 91.0 / 189.0)).abs() < 0.1);
    assert!((x_of("2026-08-20") - 600.0).abs() < 0.1);
}

/// The third example against a workshop of five and five answers: the screen says each
/// team's rise could be chance at that size, and calls nothing worse.
#[test]
fn compare_says_when_a_change_could_be_chance() {
    let folder = tempfile::tempdir().unwrap();
    common::copy_example(folder.path(), common::Q3, common::Q3);
    save_in(
        folder.path(),
        "pulse.ron",
        &common::small_sample::five_and_five(),
    );
    let mut harness = harness(folder.path(), None);
    click(&mut harness, "Compare Sales & Product alignment, Q3 2026");
    click(&mut harness, "Compare Sales & Product pulse, November 2026");
    click(&mut harness, "Compare selected (2)");
    let page = "Comparing 2 workshops";
    for line in [
        "“Likely a real change”: fewer than 5 in 100 of all the ways to deal the same answers out again between the two workshops (each team's among that team) move the figure as far. Otherwise a change could be chance at those numbers of answers, and it is called neither better nor worse.",
        "From 20 August 2026 to 19 November 2026",
        "Sales friction level 0.90 ➡ 1.40 (+0.50, no clear change: could be chance with 21 and 5 answers)",
        "Product friction level 0.62 ➡ 1.20 (+0.58, no clear change: could be chance with 16 and 5 answers)",
        "Perception gap +0.28 ➡ +0.20 (no clear change: could be chance with 21 + 16 and 5 + 5 answers)",
    ] {
        scroll_until_shown(&mut harness, page, line);
    }
    // A change that could be chance is called neither better nor worse, anywhere.
    let Screen::Comparison(screen) = &harness.state().state.screen else {
        panic!("not comparing");
    };
    let lines = screen.lines(Language::English);
    let step = &lines.steps[0];
    for line in step.levels.iter().chain(&step.movers) {
        if line.contains("could be chance") {
            assert!(
                !line.contains("better") && !line.contains("worse"),
                "{line}"
            );
        }
    }
}

#[test]
fn compare_at_projector_size() {
    let mut harness = comparing_the_examples();
    harness.snapshot("compare_1280x720");
}

#[test]
fn a_save_dialog_that_cannot_be_shown_says_so_and_saves_in_the_workshops_folder() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = open_split_workshop(folder.path());
    // What the dialog's thread reports when neither the portal nor zenity answers.
    report_dialog_answer(
        &mut harness,
        FilePurpose::Export(Format::Html.into()),
        DialogAnswer::Unavailable,
    );
    assert!(shows(&harness, &no_dialog()), "the notice says why");
    let field = "Save as (a free name in the workshops folder; change it if you like)";
    let target = folder.path().join("split.html");
    assert_eq!(
        harness.get_by_label(field).value().as_deref(),
        Some(target.display().to_string().as_str())
    );
    // The temporary folder's name differs on every run.
    let path_field = harness.get_by_label(field).rect();
    harness.mask(path_field);
    harness.snapshot("dialog_fallback_save");
    // Not `click`: the export's thread wakes the UI while it settles.
    harness.get_by_label("Save here").click();
    harness.step();
    step_until(&mut harness, "the export", |app| {
        !app.state().state.exporting
    });
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html:.60}");
    assert!(shows(&harness, &format!("Exported {}", target.display())));
    assert!(!shows(&harness, &no_dialog()), "the notice is gone");

    // Again: the name is taken now, so the suggestion is a free one beside it.
    report_dialog_answer(
        &mut harness,
        FilePurpose::Export(Format::Html.into()),
        DialogAnswer::Unavailable,
    );
    assert_eq!(
        harness.get_by_label(field).value().as_deref(),
        Some(
            folder
                .path()
                .join("split-2.html")
                .display()
                .to_string()
                .as_str()
        )
    );
}

#[test]
fn an_open_dialog_that_cannot_be_shown_takes_a_typed_path_and_says_what_is_wrong_with_it() {
    let folder = tempfile::tempdir().unwrap();
    let workshop = save_split_workshop(folder.path());
    let mut harness = harness(folder.path(), None);
    report_dialog_answer(
        &mut harness,
        FilePurpose::OpenWorkshop,
        DialogAnswer::Unavailable,
    );
    let field = "Path of the file (type it or paste it)";
    let missing = folder.path().join("nothing.ron");
    for (typed, problem) in [
        (
            missing.display().to_string(),
            format!("⚠ There is no file at {}.", missing.display()),
        ),
        (
            folder.path().display().to_string(),
            format!("⚠ {} is a folder, not a file.", folder.path().display()),
        ),
    ] {
        type_into(&mut harness, field, &typed);
        click(&mut harness, "Open this file");
        assert!(shows(&harness, &problem), "{problem}");
        assert!(harness.state().state.open().is_none());
    }
    // A relative name is read from the workshops folder; quotes as pasted are fine.
    type_into(&mut harness, field, "'split.ron'");
    click(&mut harness, "Open this file");
    assert_eq!(open_path(&harness), workshop);
    assert!(harness.state().state.path_entry.is_none());
}

#[test]
fn a_dialog_that_never_answers_is_offered_the_typed_path_beside_it() {
    let folder = tempfile::tempdir().unwrap();
    let clock = ManualClock::default();
    let mut harness = app_on(folder.path()).clock(&clock).start();
    // As if the dialog's thread were still waiting for a portal, for nine seconds now.
    {
        let state = &mut harness.state_mut().state;
        state.dialog = Some(FilePurpose::OpenWorkshop);
        state.dialog_asked = Some(clock.now());
    }
    clock.advance(Duration::from_secs(9));
    // The home screen's "waiting for the dialog" spinner keeps repainting.
    harness.run_steps(3);
    assert!(mentions(
        &harness,
        "The file dialog has not answered for 8 seconds."
    ));
    // The dialog does answer at last, with Cancel: the untouched fallback goes with it.
    report_dialog_answer(
        &mut harness,
        FilePurpose::OpenWorkshop,
        DialogAnswer::Cancelled,
    );
    assert!(harness.state().state.path_entry.is_none());
    assert!(!mentions(&harness, "has not answered"));
}

/// What the app says when no file dialog could be shown.
fn no_dialog() -> String {
    tandem::i18n::Language::English.text("dialog-none")
}
