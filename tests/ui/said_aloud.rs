//! The rules' words, for a room to hear: a finding that fired on one function's answers puts
//! its question to that function, not to the room; headings and explanations in plain words,
//! with no logic word in capitals, in every language.

use crate::common;
use common::app::{app_on, go_to, mentions, shows};
use common::visible_text::on_screen;
use common::{Q1, example_without_countdowns, respond, save_in, workshop_of};

use tandem::domain::{Function, Relationship, Stage, Workshop};
use tandem::export::{Format, Summary};
use tandem::i18n::Language;
use tandem::rules::RuleSet;
use tandem::ui::{AppCommand, WorkshopCommand};

/// Sales trust 3, 3, 3, 3, 2: 14 / 5 = 2.80. Product trust 4 × 5 = 4.00. Overall 34 / 10 =
/// 3.40, below "High trust"'s 3.50, so it fires on product's answers alone; everyone is
/// mostly aligned (the aligned share, 100%, fires overall).
fn trusted_by_product_alone() -> Workshop {
    let sales = [3, 3, 3, 3, 2].map(|trust| {
        respond(
            Function::Sales,
            Relationship::MostlyAligned,
            &[("trust", trust)],
            &[],
        )
    });
    let product = [4; 5].map(|trust| {
        respond(
            Function::Product,
            Relationship::MostlyAligned,
            &[("trust", trust)],
            &[],
        )
    });
    let mut workshop = workshop_of(sales.into_iter().chain(product));
    workshop.revealed = true;
    workshop
}

const PROMPT: &str = "What makes you trust the other team, and how do we keep that trust when the next big deal collides with the roadmap?";

#[test]
fn a_finding_on_product_answers_alone_asks_product() {
    let workshop = trusted_by_product_alone();
    let rules = RuleSet::built_in().unwrap();
    let summary = Summary::new(&workshop, rules);
    let results = summary.results.as_ref().unwrap();
    let alone: Vec<&str> = results
        .function_findings
        .iter()
        .map(|finding| finding.rule.as_str())
        .collect();
    assert_eq!(alone, ["high_trust"]);
    let markdown = Format::Markdown.render(&summary);
    assert!(
        markdown.contains(&format!("*Question for product:* {PROMPT}")),
        "{markdown}"
    );
    assert!(!markdown.contains(&format!("*Question for the room:* {PROMPT}")));

    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "trust.ron", &workshop);
    let mut app = app_on(folder.path())
        .size(1280.0, 4000.0)
        .opening(Some(path))
        .start();
    go_to(&mut app, Stage::Diagnose);
    assert!(shows(&app, "What we found"));
    assert!(shows(&app, &format!("Ask product: {PROMPT}")));
    assert!(!mentions(&app, "Ask the room: What makes you trust"));
    go_to(&mut app, Stage::Close);
    assert!(shows(&app, &format!("Ask product: {PROMPT}")));

    let state = &mut app.state_mut().state;
    state.handle(AppCommand::SetLanguage(Language::German).into());
    state.handle(WorkshopCommand::GoTo(Stage::Diagnose).into());
    app.run();
    assert!(shows(&app, "Was wir gefunden haben"));
    assert!(mentions(
        &app,
        "Fragen Sie das Produktteam: Was lässt Sie dem anderen Team vertrauen"
    ));
}

/// Logic words in capitals, in any of the four languages.
const SHOUTED: [&str; 10] = [
    "AND", "OR", "NOT", "UND", "ODER", "NICHT", "ET", "OU", "Y", "O",
];

fn shouted(text: &str) -> Option<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .find(|word| SHOUTED.contains(word))
}

#[test]
fn no_logic_word_in_capitals_on_diagnose_close_or_the_exports() {
    let workshop = example_without_countdowns(Q1);
    let rules = RuleSet::built_in().unwrap();
    for language in Language::ALL {
        let summary = Summary::in_language(&workshop, rules, language);
        for format in [Format::Markdown, Format::Html] {
            let text = format.render(&summary);
            assert_eq!(shouted(&text), None, "{language:?} {format:?}");
        }
    }
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "q1.ron", &workshop);
    let mut app = app_on(folder.path())
        .size(1280.0, 4000.0)
        .opening(Some(path))
        .start();
    for language in Language::ALL {
        for stage in [Stage::Diagnose, Stage::Close] {
            let state = &mut app.state_mut().state;
            state.handle(AppCommand::SetLanguage(language).into());
            state.handle(WorkshopCommand::GoTo(stage).into());
            app.run();
            for text in on_screen(&app) {
                assert_eq!(shouted(&text), None, "{language:?} {stage:?}: {text}");
            }
        }
    }
}
