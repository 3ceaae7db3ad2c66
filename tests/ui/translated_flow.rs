//! A whole workshop driven in Spanish, as a facilitator in Madrid would click it: the screens
//! in Spanish from Setup to Close, the participants' language chosen on Setup, and the
//! summary on Close written in it.

use crate::common;
use common::app::{app_on, open_stage, open_workshop};
use common::{Q1, example_without_countdowns, save_in};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tandem::domain::Stage;
use tandem::i18n::Language;
use tandem::storage::load_workshop;
use tandem::ui::TandemApp;
use tandem::ui::state::command::AppCommand;

/// Scrolls to the control, as a facilitator would, and clicks it.
fn click(harness: &mut Harness<'_, TandemApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn shows(harness: &Harness<'_, TandemApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn a_workshop_in_spanish_from_setup_to_close() {
    let folder = tempfile::tempdir().unwrap();
    // The first example's answers, not yet revealed, back at Setup.
    let mut workshop = example_without_countdowns(Q1);
    workshop.stage = Stage::Setup;
    workshop.revealed = false;
    workshop.stages_done.clear();
    let path = save_in(folder.path(), "madrid.ron", &workshop);
    let mut harness = app_on(folder.path()).opening(path.clone()).start();

    // The facilitator picks Español in the top bar's language menu.
    harness.get_by_label("🌐").click();
    harness.run();
    click(&mut harness, "Español");
    assert_eq!(harness.state().state.language, Language::Spanish);

    // Setup: the participants will answer in Spanish too.
    assert!(shows(&harness, "Preparación"));
    harness
        .get_by_label("Los participantes responden, y el resumen se redacta, en")
        .click();
    harness.run();
    let spanish_items: Vec<_> = harness.query_all_by_label("Español").collect();
    spanish_items.last().unwrap().click();
    harness.run();
    assert_eq!(open_workshop(&harness).meta.language, Language::Spanish);
    click(&mut harness, "Siguiente: Encuadre ➡");
    assert_eq!(open_stage(&harness), Stage::Framing);

    // Framing: the study, its figures written the Spanish way, the quotation marked as a
    // translation.
    assert!(shows(&harness, "Por qué estamos aquí"));
    assert!(shows(&harness, "26,59\u{a0}%"));
    assert!(shows(&harness, "(traducido del inglés)"));
    click(&mut harness, "Siguiente: Recogida ➡");

    // Capture: the answers are in.
    assert_eq!(open_stage(&harness), Stage::Capture);
    assert!(shows(&harness, "Iniciar el modo participante…"));
    click(&mut harness, "Siguiente: Resultados ➡");

    // Reveal: nothing shows until the facilitator reveals it.
    assert!(shows(&harness, "Los resultados están listos"));
    click(&mut harness, "Revelar los resultados");
    assert!(
        shows(&harness, "22 respuestas de Ventas"),
        "the counts in Spanish"
    );
    click(&mut harness, "Siguiente: Diagnóstico ➡");

    // Diagnose: verdicts and a finding by their Spanish titles.
    assert!(shows(&harness, "Tóxica"));
    assert!(shows(&harness, "Los desacuerdos se vuelven personales"));
    click(&mut harness, "Siguiente: Acuerdos ➡");

    // Agree: an action, written in Spanish.
    let before = open_workshop(&harness).actions.len();
    click(&mut harness, "+ Añadir acción");
    assert_eq!(open_workshop(&harness).actions.len(), before + 1);
    click(&mut harness, "Siguiente: Cierre ➡");

    // Close: the summary as it will be exported, in the workshop's language.
    assert_eq!(open_stage(&harness), Stage::Close);
    assert!(shows(&harness, "Cierre"));
    let markdown = harness.state().state.open().unwrap().markdown().to_owned();
    assert!(
        markdown.contains("Los desacuerdos se vuelven personales"),
        "{markdown}"
    );
    assert!(!markdown.contains("Disagreements turn personal"));

    // Saved, the file keeps the language for the kiosk, the phones and the exports.
    let state = &mut harness.state_mut().state;
    state.handle(AppCommand::CloseWorkshop.into());
    assert_eq!(
        load_workshop(&path).unwrap().meta.language,
        Language::Spanish
    );
}
