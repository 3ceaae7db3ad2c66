//! The facilitator's stage screens in another language: Reveal in German and French on a
//! 1280×720 projector (snapshots, looked at: long German words must not break the layout),
//! and Diagnose in French naming its rules and verdicts in French.

use crate::common;
use common::app::{
    App, app_on, click, mentions, scroll_until_mentioned, scroll_until_shown, send, shows,
};
use common::{Q1, example_without_countdowns, save_in};

use egui_kittest::kittest::Queryable;
use tandem::domain::Stage;
use tandem::i18n::Language;
use tandem::ui::state::command::{AppCommand, WorkshopCommand};

/// The first example workshop (without time boxes, so no countdown moves) in a folder of its
/// own, open on `stage`, with the facilitator's screens in `language`.
fn open_on(stage: Stage, language: Language) -> (tempfile::TempDir, App) {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "q1.ron", &example_without_countdowns(Q1));
    let mut harness = app_on(folder.path()).opening(Some(path)).start();
    let state = &mut harness.state_mut().state;
    state.handle(AppCommand::SetLanguage(language).into());
    state.handle(WorkshopCommand::GoTo(stage).into());
    harness.run();
    (folder, harness)
}

#[test]
fn reveal_in_german() {
    let (_folder, mut harness) = open_on(Stage::Reveal, Language::German);
    assert!(shows(&harness, "Ergebnisse"));
    // 22 sales and 14 product answers; the gap +0.60 with a German decimal comma.
    assert!(mentions(
        &harness,
        "22 Antworten aus dem Vertrieb, 14 aus dem Produktteam."
    ));
    assert!(mentions(&harness, "+0,60"));
    // Sales' 1 of 22 completely aligned: 4.5% written the German way.
    assert!(shows(&harness, "4,5\u{a0}%"));
    assert!(!shows(&harness, "Study 2014"));
    harness.snapshot("reveal_de");
    // Further down: the statements' chart and table, with the longest German words.
    scroll_until_shown(
        &mut harness,
        "Ergebnisse",
        "Aussagen: Vertrieb und Produkt nebeneinander",
    );
    harness
        .get_by_label("Aussagen: Vertrieb und Produkt nebeneinander")
        .scroll_to_me();
    harness.run();
    harness.snapshot("reveal_de_statements");
}

#[test]
fn reveal_in_french() {
    let (_folder, mut harness) = open_on(Stage::Reveal, Language::French);
    assert!(shows(&harness, "Résultats"));
    assert!(shows(&harness, "Comment décririez-vous la relation\u{a0}?"));
    assert!(shows(&harness, "9,25\u{a0}%"));
    harness.snapshot("reveal_fr");
}

#[test]
fn diagnose_in_french_names_the_rules_and_the_verdict_in_french() {
    let (_folder, harness) = open_on(Stage::Diagnose, Language::French);
    assert!(shows(&harness, "Diagnostic"));
    // The overall verdict: its scope and its word.
    assert!(shows(&harness, "Ensemble"));
    assert!(harness.query_all_by_label("⚠ Toxique").count() >= 3);
    assert!(!mentions(&harness, "Toxic"));
    // The first rule that fired, by its French title, with its French question.
    assert!(shows(
        &harness,
        "⚠ toxique (poids 3) · Les désaccords deviennent personnels"
    ));
    assert!(mentions(
        &harness,
        "Demandez à la salle\u{a0}: Quand un désaccord"
    ));
    assert!(!shows(&harness, "Disagreements turn personal"));
}

#[test]
fn the_stages_stay_english_unless_the_language_is_set() {
    let (_folder, harness) = open_on(Stage::Diagnose, Language::English);
    assert!(shows(
        &harness,
        "⚠ toxic (weight 3) · Disagreements turn personal"
    ));
    assert!(shows(&harness, "Overall"));
}

#[test]
fn close_writes_its_dates_in_the_language() {
    let (_folder, harness) = open_on(Stage::Close, Language::German);
    assert!(shows(&harness, "Abschluss"));
    assert!(mentions(&harness, "Vorgeschlagener Folge-Workshop: "));
    assert!(mentions(&harness, "(ein Quartal später)"));
}

/// The library and the comparison of the three examples, in German: headings, the verdicts'
/// words, and decimals with a comma.
#[test]
fn the_comparison_speaks_german() {
    let mut harness = library_in(Language::German);
    for quarter in ["Q1", "Q2", "Q3"] {
        click(
            &mut harness,
            &format!("Sales & Product alignment, {quarter} 2026 vergleichen"),
        );
    }
    click(&mut harness, "Auswahl vergleichen (3)");
    assert!(shows(&harness, "Vergleich von 3 Workshops"));
    assert!(shows(&harness, "Antworten Vertrieb"));
    assert!(shows(&harness, "Reibungsstufe Vertrieb"));
    // Q1's sales friction level 1.95, Q2's perception gap +0.09, in German.
    assert!(shows(&harness, "1,95"));
    assert!(shows(&harness, "+0,09"));
    assert!(harness.query_all_by_label("✔ Gesund").count() >= 3);
    // The steps are at the foot of the page, built once scrolled to.
    scroll_until_mentioned(
        &mut harness,
        "Vergleich von 3 Workshops",
        "Reibungsstufe Vertrieb 1,95 ➡ 1,16",
    );
}

/// The example folder's library, with the facilitator's screens in `language`.
fn library_in(language: Language) -> App {
    let mut harness = app_on(&common::examples_dir()).start();
    send(&mut harness, AppCommand::SetLanguage(language));
    assert!(shows(&harness, "Nach Datum sortieren"));
    harness
}

/// Framing in French: the study's question says it is a translation, its figures keep the
/// study's two decimals with a French comma, and the agenda is French.
#[test]
fn framing_in_french_says_the_quotation_is_translated() {
    let (_folder, harness) = open_on(Stage::Framing, Language::French);
    assert!(mentions(&harness, "(traduit de l’anglais)"));
    assert!(mentions(&harness, "Plus d’un quart (26,59\u{a0}%)"));
    assert!(shows(
        &harness,
        "1. Chacun répond seul et anonymement, sur son téléphone ou sur cet ordinateur"
    ));
    assert!(shows(&harness, "Suivant\u{a0}: Collecte ➡"));

    let (_english_folder, english) = open_on(Stage::Framing, Language::English);
    assert!(!mentions(&english, "translated"));
    assert!(!mentions(&english, "traduit"));
}
