//! The facilitator's stage screens in another language: Reveal in German and French on a
//! 1280×720 projector (snapshots, looked at: long German words must not break the layout),
//! and Diagnose in French naming its rules and verdicts in French.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use common::app::app_on;

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tandem::domain::Stage;
use tandem::i18n::Language;
use tandem::storage::{load_workshop, save_workshop};
use tandem::ui::TandemApp;
use tandem::ui::command::{AppCommand, WorkshopCommand};

/// The first example workshop (without time boxes, so no countdown moves), open on `stage`,
/// with the facilitator's screens in `language`.
fn open_on(folder: &Path, stage: Stage, language: Language) -> Harness<'static, TandemApp> {
    let path = folder.join("q1.ron");
    let mut workshop = load_workshop(&common::example_path("2026-q1-northwind.ron")).unwrap();
    workshop.time_boxes.clear();
    save_workshop(&path, &workshop).unwrap();
    let mut harness = app_on(folder).opening(Some(path)).start();
    let state = &mut harness.state_mut().state;
    state.handle(AppCommand::SetLanguage(language).into());
    state.handle(WorkshopCommand::GoTo(stage).into());
    harness.run();
    harness
}

#[test]
fn reveal_in_german() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open_on(folder.path(), Stage::Reveal, Language::German);
    assert!(harness.query_by_label("Ergebnisse").is_some());
    assert!(
        harness
            .query_by_label("Aussagen: Vertrieb und Produkt nebeneinander")
            .is_some()
    );
    // 22 sales and 14 product answers; the gap +0.60 with a German decimal comma.
    assert!(
        harness
            .query_by_label_contains("22 Antworten aus dem Vertrieb, 14 aus dem Produkt.")
            .is_some()
    );
    assert!(harness.query_by_label_contains("+0,60").is_some());
    // Sales' 1 of 22 completely aligned: 4.5% written the German way.
    assert!(harness.query_by_label("4,5\u{a0}%").is_some());
    assert!(harness.query_by_label("Study 2014").is_none());
    harness.snapshot("reveal_de");
    // Further down: the statements' chart and table, with the longest German words.
    harness
        .get_by_label("Aussagen: Vertrieb und Produkt nebeneinander")
        .scroll_to_me();
    harness.run();
    harness.snapshot("reveal_de_statements");
}

#[test]
fn reveal_in_french() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open_on(folder.path(), Stage::Reveal, Language::French);
    assert!(harness.query_by_label("Résultats").is_some());
    assert!(
        harness
            .query_by_label("Comment décririez-vous la relation\u{a0}?")
            .is_some()
    );
    assert!(harness.query_by_label("9,25\u{a0}%").is_some());
    harness.snapshot("reveal_fr");
}

#[test]
fn diagnose_in_french_names_the_rules_and_the_verdict_in_french() {
    let folder = tempfile::tempdir().unwrap();
    let harness = open_on(folder.path(), Stage::Diagnose, Language::French);
    assert!(harness.query_by_label("Diagnostic").is_some());
    // The overall verdict: its scope and its word.
    assert!(harness.query_by_label("Ensemble").is_some());
    assert!(harness.query_all_by_label("⚠ Toxique").count() >= 3);
    assert!(harness.query_by_label_contains("Toxic").is_none());
    // The first rule that fired, by its French title, with its French question.
    assert!(
        harness
            .query_by_label("⚠ toxique (poids 3) · Les désaccords deviennent personnels")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Demandez à la salle\u{a0}: Quand un désaccord")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Disagreements turn personal")
            .is_none()
    );
}

#[test]
fn the_stages_stay_english_unless_the_language_is_set() {
    let folder = tempfile::tempdir().unwrap();
    let harness = open_on(folder.path(), Stage::Diagnose, Language::English);
    assert!(
        harness
            .query_by_label("⚠ toxic (weight 3) · Disagreements turn personal")
            .is_some()
    );
    assert!(harness.query_by_label("Overall").is_some());
}

#[test]
fn close_writes_its_dates_in_the_language() {
    let folder = tempfile::tempdir().unwrap();
    let harness = open_on(folder.path(), Stage::Close, Language::German);
    assert!(harness.query_by_label("Abschluss").is_some());
    assert!(
        harness
            .query_by_label_contains("Vorgeschlagener Folge-Workshop: ")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("(ein Quartal später)")
            .is_some()
    );
}

/// The library and the comparison of the three examples, in German: headings, the verdicts'
/// words, and decimals with a comma.
#[test]
fn the_comparison_speaks_german() {
    let mut harness = library_in(Language::German);
    for quarter in ["Q1", "Q2", "Q3"] {
        harness
            .get_by_label(&format!(
                "Sales & Product alignment, {quarter} 2026 vergleichen"
            ))
            .click();
        harness.run();
    }
    harness.get_by_label("Auswahl vergleichen (3)").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Vergleich von 3 Workshops")
            .is_some()
    );
    assert!(harness.query_by_label("Antworten Vertrieb").is_some());
    assert!(harness.query_by_label("Reibungsstufe Vertrieb").is_some());
    // Q1's sales friction level 1.95, Q2's perception gap +0.09, in German.
    assert!(harness.query_by_label("1,95").is_some());
    assert!(harness.query_by_label("+0,09").is_some());
    assert!(harness.query_all_by_label("✔ Gesund").count() >= 3);
    assert!(
        harness
            .query_by_label_contains("Reibungsstufe Vertrieb 1,95 ➡ 1,16")
            .is_some()
    );
}

/// The example folder's library, with the facilitator's screens in `language`.
fn library_in(language: Language) -> Harness<'static, TandemApp> {
    let mut harness = app_on(&common::examples_dir()).start();
    harness
        .state_mut()
        .state
        .handle(AppCommand::SetLanguage(language).into());
    harness.run();
    assert!(harness.query_by_label("Nach Datum sortieren").is_some());
    harness
}

/// Framing in French: the study's question says it is a translation, its figures keep the
/// study's two decimals with a French comma, and the agenda is French.
#[test]
fn framing_in_french_says_the_quotation_is_translated() {
    let folder = tempfile::tempdir().unwrap();
    let harness = open_on(folder.path(), Stage::Framing, Language::French);
    assert!(
        harness
            .query_by_label_contains("(traduit de l’anglais)")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Plus d’un quart (26,59\u{a0}%)")
            .is_some()
    );
    assert!(
        harness
            .query_by_label(
                "1. Chacun répond seul et anonymement, sur son téléphone ou sur cet ordinateur"
            )
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Suivant\u{a0}: Collecte ➡")
            .is_some()
    );

    let english = open_on(folder.path(), Stage::Framing, Language::English);
    assert!(english.query_by_label_contains("translated").is_none());
    assert!(english.query_by_label_contains("traduit").is_none());
}
