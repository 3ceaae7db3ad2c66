//! The kiosk speaks the workshop's language while the facilitator's screens speak the app's:
//! German and French kiosks at a projector's 1280×720, a Spanish workshop behind English
//! screens, and the top bar's language picker turning the stepper German.

use crate::common::app::{
    PIN, app_on, click, go_to, mentions, open_room_on_loopback, open_workshop, shows,
    start_participant_mode,
};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tandem::domain::{Questionnaire, Stage};
use tandem::i18n::Language;
use tandem::ui::TandemApp;

/// Picks an entry of the combo box labelled `label`, as a facilitator would.
fn choose(harness: &mut Harness<'_, TandemApp>, label: &str, entry: &str) {
    harness.get_by_role_and_label(Role::ComboBox, label).click();
    harness.run();
    click(harness, entry);
}

/// On Setup, in English screens: the participants' language, then on to the kiosk.
fn kiosk_in(harness: &mut Harness<'_, TandemApp>, language: Language) {
    choose(
        harness,
        "Participants answer, and the summary is written, in",
        language.name(),
    );
    assert_eq!(open_workshop(harness).meta.language, language);
    start_participant_mode(harness);
}

/// Walks a kiosk in `language` from the welcome to the review, skipping the longest
/// statement, and snapshots the welcome, the first statement, the sources and the review.
fn walk_and_snapshot(language: Language, name: &str, team: &str, skipped_line: &str) {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    kiosk_in(&mut harness, language);
    let questionnaire = Questionnaire::default_questionnaire().in_language(language);
    assert!(shows(&harness, &language.text("kiosk-welcome")));
    harness.snapshot(format!("kiosk_{name}_welcome"));
    click(&mut harness, team);
    click(&mut harness, &questionnaire.relationship.options[1].label);
    assert!(shows(
        &harness,
        &language.text_with(
            "kiosk-statement-of",
            &[("number", 1.into()), ("total", 10.into())]
        )
    ));
    harness.snapshot(format!("kiosk_{name}_statement"));
    // The longest statement is the one skipped: its review line has a button beside it.
    let longest = (0..questionnaire.statements.len())
        .max_by_key(|index| questionnaire.statements[*index].text.chars().count())
        .unwrap();
    let agree = language.text("scale-4");
    for (index, statement) in questionnaire.statements.iter().enumerate() {
        let label = if index == longest {
            language.text_with(
                "kiosk-skip-name",
                &[("statement", statement.text.as_str().into())],
            )
        } else {
            format!("{} — 4 ({agree})", statement.text)
        };
        click(&mut harness, &label);
    }
    click(&mut harness, &questionnaire.sources[1].label);
    harness.snapshot(format!("kiosk_{name}_sources"));
    click(&mut harness, &language.text("kiosk-next"));
    click(&mut harness, &language.text("kiosk-to-review"));
    assert!(shows(&harness, skipped_line), "{skipped_line}");
    let skipped = format!(
        "{} — {}",
        questionnaire.statements[longest].text,
        language.text("skipped")
    );
    assert!(shows(&harness, &skipped), "{skipped}");
    harness.snapshot(format!("kiosk_{name}_review"));
}

/// Create or update the images with `UPDATE_SNAPSHOTS=1 cargo test --test ui translated_kiosk::`.
#[test]
fn the_kiosk_in_german() {
    walk_and_snapshot(
        Language::German,
        "de",
        "Vertrieb",
        "Sie haben 1 von 10 Aussagen übersprungen: Übersprungene zählen nicht.",
    );
}

#[test]
fn the_kiosk_in_french() {
    walk_and_snapshot(
        Language::French,
        "fr",
        "Ventes",
        "Vous avez passé 1 affirmation sur 10\u{a0}: les affirmations passées ne comptent pas.",
    );
}

#[test]
fn a_spanish_workshop_has_a_spanish_kiosk_behind_english_screens() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    kiosk_in(&mut harness, Language::Spanish);
    // The participants read Spanish, and nothing of English.
    assert!(shows(&harness, "¡Bienvenido! ¿En qué equipo está?"));
    assert!(shows(
        &harness,
        "Sus respuestas son anónimas: no se guarda ningún nombre, dispositivo ni hora."
    ));
    assert!(!shows(&harness, "Welcome! Which team are you in?"));
    assert!(!shows(&harness, "Sales"));
    click(&mut harness, "Ventas");
    let spanish = Questionnaire::default_questionnaire().in_language(Language::Spanish);
    let english = Questionnaire::default_questionnaire();
    assert_ne!(spanish.relationship.prompt, english.relationship.prompt);
    assert!(shows(&harness, &spanish.relationship.prompt));
    assert!(!shows(&harness, &english.relationship.prompt));
    click(&mut harness, &spanish.relationship.options[0].label);
    assert!(shows(&harness, "Afirmación 1 de 10"));
    assert!(shows(&harness, &spanish.statements[0].text));
    assert!(shows(&harness, "Siguiente ➡"));
    // The facilitator's PIN prompt speaks the facilitator's language.
    click(&mut harness, "Facilitación");
    assert!(shows(
        &harness,
        "Facilitator: enter your PIN to leave participant mode"
    ));
    harness.get_by_label("PIN").type_text(PIN);
    harness.run();
    click(&mut harness, "Unlock");
    assert!(harness.state().state.kiosk().is_none(), "unlocked");
    // Back on the facilitator's screens: English, the workshop still Spanish.
    assert!(shows(&harness, "Start participant mode…"));
    assert!(mentions(&harness, "3 Capture"));
    assert!(shows(&harness, "Answer from phones"));
    assert_eq!(open_workshop(&harness).meta.language, Language::Spanish);
}

#[test]
fn choosing_german_in_the_top_bar_turns_the_stages_german() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    assert!(mentions(&harness, "3 Capture"));
    choose(&mut harness, "🌐", "Deutsch");
    assert_eq!(harness.state().state.language, Language::German);
    for name in [
        "1 Vorbereitung",
        "2 Einordnung",
        "3 Erfassung",
        "4 Ergebnisse",
        "5 Diagnose",
        "6 Vereinbaren",
        "7 Abschluss",
    ] {
        assert!(mentions(&harness, name), "{name}");
    }
    assert!(!mentions(&harness, "3 Capture"));
    // Setup's own words follow, and the workshop's language stays what it was.
    // The heading and the time box's row.
    assert_eq!(harness.query_all_by_label("Vorbereitung").count(), 2);
    assert!(shows(&harness, "Titel"));
    assert_eq!(open_workshop(&harness).meta.language, Language::English);
}

/// Setup and Capture in `language`'s screens, to see that long words keep the layout.
/// Create or update with `UPDATE_SNAPSHOTS=1 cargo test --test ui translated_kiosk::`.
fn setup_and_capture_in(language: Language, name: &str, capture: &str) {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    // Nothing that changes by the day or the machine: a fixed date, no network found.
    {
        let open = harness
            .state_mut()
            .state
            .screen
            .open_workshop_mut()
            .unwrap();
        open.date_text = String::from("2026-03-31");
        open.workshop.meta.date = "2026-03-31".parse().unwrap();
        open.room.interfaces.clear();
        open.room.chosen = None;
    }
    harness.run();
    choose(&mut harness, "🌐", language.name());
    assert!(shows(&harness, &language.text("setup-language")));
    harness.snapshot(format!("setup_{name}"));
    harness.get_by_label_contains(capture).click();
    harness.run();
    assert!(shows(&harness, &language.text("capture-participant-title")));
    harness.snapshot(format!("capture_{name}"));
}

#[test]
fn setup_and_capture_in_german() {
    setup_and_capture_in(Language::German, "de", "3 Erfassung");
}

#[test]
fn setup_and_capture_in_french() {
    setup_and_capture_in(Language::French, "fr", "3 Collecte");
}

/// The room's Present view is read by the room, so it speaks the workshop's language; the
/// facilitator's Back button, the room panel and the prompt on leaving speak the app's.
#[test]
fn the_present_view_speaks_the_workshop_language_and_the_room_panel_the_app_language() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    choose(
        &mut harness,
        "Participants answer, and the summary is written, in",
        Language::Spanish.name(),
    );
    go_to(&mut harness, Stage::Capture);
    open_room_on_loopback(&mut harness);
    assert!(shows(&harness, "Scan the code, or open this address:"));
    click(&mut harness, "Present");
    assert!(shows(&harness, "Responda en su teléfono"));
    assert!(shows(&harness, "Ventas 0   ·   Producto 0"));
    assert!(!shows(&harness, "Answer on your phone"));
    click(&mut harness, "⬅ Back");
    assert!(shows(&harness, "Answer from phones"));
    // The screens turn German: the room panel follows, and so does the prompt on leaving.
    choose(&mut harness, "🌐", "Deutsch");
    assert!(shows(&harness, "Antworten per Telefon"));
    harness.get_by_label("⬅ Start").click();
    harness.run();
    assert!(shows(&harness, "Der Raum ist noch offen"));
    click(&mut harness, "Workshop offen lassen");
    assert!(harness.state().state.open().unwrap().room.open.is_some());
}
