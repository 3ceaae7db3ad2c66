//! The room sees words, never keys: every stage of the example workshops, the kiosk, the
//! library and the comparison, the Markdown and HTML exports, the comparison report and
//! `tandem classify` show no identifier (`word_word`) and no backtick. Conditions read as
//! sentences with hand-computed numbers, a rule that did not fire says how far it is from
//! firing, and findings that fired on one function's answers alone are explained like the
//! overall ones.

use crate::common;
use common::app::{
    App, PIN, app_on, click, compare_examples, go_to, mentions, open_stage, rating_button, send,
    shows, type_after,
};
use common::cli::{arg, tandem};
use common::{
    EXAMPLES, assert_reads, example_without_countdowns, examples_to_compare, gap_short_of_the_rule,
    measurement, save_in,
};

use std::path::{Path, PathBuf};
use tandem::i18n::Language;

use common::visible_text::{html_text, keys_in, on_screen};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use tandem::compare::Comparison;
use tandem::domain::{Function, NoteKey, Questionnaire, Relationship, Stage, Workshop};
use tandem::export::{Format, Summary};
use tandem::metrics::Scope;
use tandem::rules::{Comparison as Op, Measurement, Metric, RuleOutcome, RuleSet, classify};
use tandem::storage::save_workshop;
use tandem::ui::{Edit, TandemApp, WorkshopCommand};

/// Tall enough that every stage is drawn whole, charts and comments included.
fn harness(folder: &Path, open: Option<PathBuf>) -> App {
    app_on(folder).size(1280.0, 4000.0).opening(open).start()
}

/// Adds what `harness` shows that looks like a key, with where it was seen.
fn look(harness: &Harness<'_, TandemApp>, place: &str, found: &mut Vec<String>) {
    for text in on_screen(harness) {
        for key in keys_in(&text) {
            found.push(format!("{place}: …{key}…"));
        }
    }
}

fn examples_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        // A countdown would change from frame to frame; it has no words to check.
        save_in(folder.path(), name, &example_without_countdowns(name));
    }
    folder
}

/// One participant through the kiosk, looking at every screen: picks Sales, the first
/// relationship answer, "neutral" on every statement, and goes on until the thanks.
fn walk_the_kiosk(harness: &mut Harness<'_, TandemApp>, found: &mut Vec<String>) {
    let questionnaire = Questionnaire::default_questionnaire();
    go_to(harness, Stage::Capture);
    type_after(harness, "Facilitator PIN", PIN);
    type_after(harness, "PIN again", PIN);
    click(harness, "Start participant mode…");
    look(harness, "the projector question", found);
    click(harness, "No projector shows it: start");
    assert!(harness.state().state.kiosk().is_some());
    for screen in 0..12 {
        look(harness, &format!("kiosk screen {screen}"), found);
        if shows(harness, "Please pass the laptop on to the next person.") {
            return;
        }
        if let Some(sales) = harness.query_by_label(Function::Sales.label()) {
            sales.click();
            harness.run();
        }
        let first = questionnaire.relationship_label(Relationship::MostlyAligned);
        if let Some(answer) = harness.query_by_label(first) {
            answer.click();
            harness.run();
        }
        // One statement per screen: rating it moves on to the next, which is looked at too.
        for (index, statement) in questionnaire.statements.iter().enumerate() {
            let neutral = rating_button(&statement.text, 3);
            if let Some(rating) = harness.query_by_label(&neutral) {
                look(harness, &format!("kiosk statement {}", index + 1), found);
                rating.click();
                harness.run();
            }
        }
        let onward = ["Next ➡", "Review ➡", "Submit my answers"]
            .into_iter()
            .find(|label| shows(harness, label))
            .expect("every kiosk screen has a way on");
        click(harness, onward);
    }
    panic!("the kiosk never thanked the participant");
}

#[test]
fn no_screen_shows_a_key_or_a_backtick() {
    let folder = examples_folder();
    let mut found = Vec::new();

    let mut library = harness(folder.path(), None);
    look(&library, "the library", &mut found);
    compare_examples(&mut library, &["Q1", "Q2", "Q3"]);
    assert!(library.state().state.comparison().is_some());
    look(&library, "the comparison", &mut found);
    drop(library);

    for name in EXAMPLES {
        let mut open = harness(folder.path(), Some(folder.path().join(name)));
        for stage in Stage::ALL {
            go_to(&mut open, stage);
            assert_eq!(open_stage(&open), stage);
            look(&open, &format!("{name}, {}", stage.label()), &mut found);
            if stage == Stage::Reveal {
                // Only the gap chart's axis shows the short label: the check reads charts.
                let texts = on_screen(&open);
                assert!(texts.iter().any(|text| text == "Room for the quarter"));
            }
        }
        click(&mut open, "The summary exactly as exported (Markdown)");
        look(
            &open,
            &format!("{name}, Close with the summary"),
            &mut found,
        );
        if name == EXAMPLES[0] {
            walk_the_kiosk(&mut open, &mut found);
        }
    }
    assert!(found.is_empty(), "keys on screen:\n{}", found.join("\n"));
}

/// A message id the translations lack shows as itself ("export-verdict"): none may.
const MESSAGE_PREFIXES: [&str; 6] = [
    "export-",
    "words-",
    "stability-",
    "study-",
    "compare-report-",
    "cli-",
];

fn keys_and_ids_in(text: &str) -> Vec<String> {
    let mut found = keys_in(text);
    found.extend(
        MESSAGE_PREFIXES
            .iter()
            .filter(|prefix| text.contains(*prefix))
            .map(|prefix| format!("a message id {prefix}…")),
    );
    found
}

/// In English, German and French: the exports, `tandem classify` and the comparison report
/// show no key, no backtick and no message id.
#[test]
fn no_export_or_report_shows_a_key_or_a_backtick() {
    let rules = RuleSet::built_in().unwrap().clone();
    let mut found = Vec::new();
    for language in [Language::English, Language::German, Language::French] {
        let compared = examples_to_compare(&EXAMPLES);
        for (path, workshop, _) in &compared {
            let name = path.file_name().unwrap().to_string_lossy();
            let summary = Summary::in_language(workshop, &rules, language);
            let markdown = Format::Markdown.render(&summary);
            let html = html_text(&Format::Html.render(&summary));
            for (what, text) in [("Markdown", markdown), ("HTML", html)] {
                found.extend(
                    keys_and_ids_in(&text)
                        .into_iter()
                        .map(|k| format!("{name} {what} ({language}): …{k}…")),
                );
            }
            let text = tandem(["classify", arg(path), "--lang", language.tag()]).printed();
            let fired = match language {
                Language::German => "Regeln, die gegriffen haben, gesamt:",
                Language::French => "Règles déclenchées, ensemble\u{a0}:",
                _ => "Fired rules, overall:",
            };
            assert!(text.contains(fired), "{text}");
            found.extend(
                keys_and_ids_in(&text)
                    .into_iter()
                    .map(|k| format!("{name} classify ({language}): …{k}…")),
            );
        }
        let comparison = Comparison::in_language(compared, Some(language));
        let markdown = tandem::compare::report::markdown(&comparison);
        let html = html_text(&tandem::compare::report::html(&comparison));
        for (what, text) in [("comparison Markdown", markdown), ("comparison HTML", html)] {
            found.extend(
                keys_and_ids_in(&text)
                    .into_iter()
                    .map(|k| format!("{what} ({language}): …{k}…")),
            );
        }
    }
    assert!(found.is_empty(), "keys in reports:\n{}", found.join("\n"));
}

/// Healthy overall, toxic on sales' answers alone (hand-computed):
/// - sales (3): mostly aligned; open debate 4, 4, 3; gets personal 4, 4, 1; raised early
///   2, 2, 2. Both 4 or higher: 2 of the 3 who rated both = 66.7% (spill-over fires at 25%);
///   raised early averages 2.00 (fires at 2.50 or less). Toxic 2 + 1 = 3 against the
///   aligned share's 1: toxic.
/// - product (6): mostly aligned; open debate 3, gets personal 1, raised early 4, a way to
///   settle 4, better decisions 4, trust 4.
/// - overall (9): spill-over 2 of 9 = 22.2%, raised early 30 / 9 = 3.33: neither fires.
///   Productive disagreement (open debate 29 / 9 = 3.22, gets personal 15 / 9 = 1.67) 3,
///   a way to settle 2, better decisions 2, mostly aligned 1, trust 1: healthy 9, toxic 0.
fn healthy_overall_toxic_sales() -> Workshop {
    let sales = [(4, 4), (4, 4), (3, 1)].map(|(debate, personal)| {
        common::respond(
            Function::Sales,
            Relationship::MostlyAligned,
            &[
                ("task_debate", debate),
                ("personal", personal),
                ("raised_early", 2),
            ],
            &[],
        )
    });
    let product = (0..6).map(|_| {
        common::respond(
            Function::Product,
            Relationship::MostlyAligned,
            &[
                ("task_debate", 3),
                ("personal", 1),
                ("raised_early", 4),
                ("resolution", 4),
                ("better_decisions", 4),
                ("trust", 4),
            ],
            &[],
        )
    });
    let mut workshop = common::workshop_of(sales.into_iter().chain(product));
    workshop.revealed = true;
    workshop.notes.insert(
        NoteKey::rule("left_to_fester"),
        String::from("Raise it at the deal desk."),
    );
    workshop
}

const SPILLOVER: &str = "Sales' share rating both “Open debate” and “Gets personal” 4 or higher (of those who rated both) is 66.7%, at or above 25.0%";
const FESTER: &str = "Sales' average for “Raised early” is 2.00, at or below 2.50";

#[test]
fn the_verdicts_of_the_hand_computed_workshop() {
    let classification = classify(&healthy_overall_toxic_sales(), RuleSet::built_in().unwrap());
    assert_eq!(classification.overall.verdict.key(), "healthy");
    assert_eq!(classification.overall.healthy_weight, 9);
    assert_eq!(classification.overall.toxic_weight, 0);
    assert_eq!(classification.sales.verdict.key(), "toxic");
    assert_eq!(classification.sales.toxic_weight, 3);
    let alone: Vec<(Scope, &str)> = classification
        .findings()
        .into_iter()
        .filter(|fired| fired.scope != Scope::Overall)
        .map(|fired| (fired.scope, fired.outcome.rule.as_str()))
        .collect();
    assert_eq!(
        alone,
        [
            (Scope::Sales, "conflict_spillover"),
            (Scope::Sales, "left_to_fester")
        ]
    );
    let questionnaire = Questionnaire::default_questionnaire();
    let sentences: Vec<String> = classification
        .fired_on_function_alone(Scope::Sales)
        .flat_map(RuleOutcome::measurements)
        .map(|measurement| measurement.sentence(&questionnaire, Language::English))
        .collect();
    assert_eq!(sentences, [SPILLOVER, FESTER]);
}

#[test]
fn diagnose_explains_the_findings_of_sales_answers_alone() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("sales-toxic.ron");
    save_workshop(&path, &healthy_overall_toxic_sales()).unwrap();
    let mut harness = harness(folder.path(), Some(path));
    go_to(&mut harness, Stage::Diagnose);
    for shown in [
        "Findings on one function's answers alone",
        "⚠ toxic (weight 2) · Debate spills into blame · Fired on sales' answers alone",
        SPILLOVER,
        "⚠ toxic (weight 1) · Problems left to fester · Fired on sales' answers alone",
        FESTER,
        // Fired on sales' answers alone: the question is for sales.
        "Ask sales: What stops people from raising a problem early? Where and when could it be raised?",
    ] {
        assert!(shows(&harness, shown), "{shown}");
    }
    let notes = harness.get_by_label("Notes on Problems left to fester (sales answers)");
    assert_eq!(
        notes.accesskit_node().value().as_deref(),
        Some("Raise it at the deal desk.")
    );
    assert!(!mentions(&harness, "conflict_spillover"));

    go_to(&mut harness, Stage::Close);
    assert!(shows(
        &harness,
        "⚠ Debate spills into blame · Fired on sales' answers alone"
    ));
    assert!(shows(&harness, &format!("    {FESTER}")));
}

/// The findings and their lines are made once and kept, so a note written on Diagnose must
/// still be in them at once, there and on Close.
#[test]
fn a_note_written_on_diagnose_is_shown_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("sales-toxic.ron");
    save_workshop(&path, &healthy_overall_toxic_sales()).unwrap();
    let mut harness = harness(folder.path(), Some(path));
    go_to(&mut harness, Stage::Diagnose);
    let note = "Ask the deal desk first.";
    let edit = Edit::SetNote {
        finding: NoteKey::rule("left_to_fester"),
        note: String::from(note),
    };
    send(&mut harness, WorkshopCommand::Edit(edit));
    let notes = harness.get_by_label("Notes on Problems left to fester (sales answers)");
    assert_eq!(notes.accesskit_node().value().as_deref(), Some(note));
    go_to(&mut harness, Stage::Close);
    assert!(harness.query_by_label(&format!("Notes: {note}")).is_some());
}

#[test]
fn both_exports_explain_the_findings_of_sales_answers_alone() {
    let workshop = healthy_overall_toxic_sales();
    let rules = RuleSet::built_in().unwrap().clone();
    let summary = Summary::new(&workshop, &rules);
    let results = summary.results.as_ref().unwrap();
    let titles: Vec<&str> = results
        .function_findings
        .iter()
        .map(|finding| finding.title.as_str())
        .collect();
    assert_eq!(
        titles,
        ["Debate spills into blame", "Problems left to fester"]
    );
    let evidence: Vec<&str> = results.function_findings[1]
        .measurements
        .iter()
        .map(|line| line.text.as_str())
        .collect();
    assert_eq!(evidence, [FESTER]);

    let markdown = Format::Markdown.render(&summary);
    for part in [
        "### Findings on one function's answers alone",
        "#### ⚠ toxic — Debate spills into blame (weight 2) — fired on sales' answers alone",
        &format!("- {SPILLOVER}"),
        &format!("- {FESTER}"),
        "*Question for sales:* What stops people from raising a problem early?",
        "> Raise it at the deal desk.",
    ] {
        assert!(markdown.contains(part), "{part} not in\n{markdown}");
    }
    let html = Format::Html.render(&summary);
    let escape = tandem::export::escape::escape;
    for part in [
        format!(
            "<h3>{}</h3>",
            escape("Findings on one function's answers alone")
        ),
        format!(
            "<h4>⚠ toxic — Problems left to fester (weight 1) — {}</h4>",
            escape("fired on sales' answers alone")
        ),
        format!("<li>{}</li>", escape(FESTER)),
        String::from("<blockquote>Raise it at the deal desk.</blockquote>"),
    ] {
        assert!(html.contains(&part), "{part} not in the HTML");
    }
}

#[test]
fn measurements_read_as_true_sentences() {
    let trust = || Metric::Mean(String::from("trust"));
    let personal = Metric::Mean(String::from("personal"));
    assert_reads(
        &Questionnaire::default_questionnaire(),
        Language::English,
        &[
            // 10 / 3 = 3.333…: below 3.50, 0.17 away.
            (
                measurement(Scope::Overall, trust(), 10.0 / 3.0, Op::AtLeast, 3.5),
                Some("The average for “Trust” is 3.33, below 3.50"),
                Some("The average for “Trust” is 3.33; it fires at 3.50 or more — 0.17 away"),
            ),
            // 26 / 7 = 3.714…: the example. A part of a rule that did not fire, which
            // already holds, says so in words.
            (
                measurement(Scope::Sales, personal, 26.0 / 7.0, Op::AtLeast, 3.5),
                Some("Sales' average for “Gets personal” is 3.71, at or above 3.50"),
                Some(
                    "Sales' average for “Gets personal” is 3.71, at or above 3.50: this part holds",
                ),
            ),
            // 8 of 17 describe significant or constant friction: 47.06%, 2.9 points from 50%.
            (
                measurement(
                    Scope::Product,
                    Metric::DysfunctionShare,
                    8.0 / 17.0,
                    Op::AtLeast,
                    0.5,
                ),
                None,
                Some(
                    "Product's share describing significant or constant friction is 47.1%; it fires at 50.0% or more — 2.9 percentage points away",
                ),
            ),
            // The perception gap, 1.95 − 1.36 = +0.59, against the rule's +1.00.
            (
                gap_short_of_the_rule(),
                None,
                Some(
                    "The perception gap (sales' mean friction level minus product's) is +0.59; it fires at +1.00 or more — 0.41 away",
                ),
            ),
            // Under a `not`, the rule needs the opposite: trust 2.40 must not be at most 2.50.
            (
                Measurement {
                    negated: true,
                    ..measurement(Scope::Overall, trust(), 2.4, Op::AtMost, 2.5)
                },
                None,
                Some("The average for “Trust” is 2.40; it fires above 2.50 — 0.10 away"),
            ),
            // 3.499 rounds to 3.50: the sentence must not read "3.50, below 3.50".
            (
                measurement(Scope::Overall, trust(), 3.499, Op::Below, 3.5),
                Some("The average for “Trust” is 3.50, just below 3.50"),
                None,
            ),
            (
                Measurement {
                    value: None,
                    holds: None,
                    ..measurement(Scope::Sales, trust(), 0.0, Op::AtLeast, 3.5)
                },
                Some("Sales' average for “Trust” has no value: not enough answers"),
                None,
            ),
        ],
    );
}
