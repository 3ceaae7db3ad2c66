use eframe::egui::{self, RichText};

use crate::domain::participant_lock::MIN_PIN_DIGITS;
use crate::domain::{Function, Stage};
use crate::i18n::Language;
use crate::ui::state::command::{AppCommand, Commands, RoomCommand, WorkshopCommand};
use crate::ui::state::file_purpose::FilePurpose;
use crate::ui::style::language_ui;
use crate::ui::style::theme;
use crate::ui::style::widgets::field_error;
use crate::ui::workshop::open_workshop::OpenWorkshop;
use crate::ui::workshop::stepper::stage_name;

/// One answer per phone rests on a cookie: more answers than people is worth a look.
fn over_headcount_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let workshop = &open.workshop;
    let language = language_ui::of(ui);
    for function in Function::ALL {
        let expected = workshop.meta.expected.of(function) as usize;
        let given = workshop.given(function);
        if expected > 0 && given > expected {
            let id = match function {
                Function::Sales => "capture-over-headcount-sales",
                Function::Product => "capture-over-headcount-product",
            };
            let args = [("given", given.into()), ("expected", expected.into())];
            field_error(ui, &language.text_with(id, &args));
        }
    }
}

/// The facilitator's side of capture: counts only, never answers, and the way into
/// participant mode.
pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, dialog_open: bool, commands: &mut Commands) {
    let language = language_ui::of(ui);
    ui.heading(RichText::new(stage_name(language, Stage::Capture)).size(theme::STAGE_TITLE));
    ui.label(RichText::new(language.text("capture-intro")).size(theme::READING));
    ui.add_space(10.0);
    counts_ui(ui, open, language);
    over_headcount_ui(ui, open);
    ui.add_space(16.0);
    crate::ui::workshop::room::room_view::room_ui(ui, open, commands);
    ui.add_space(16.0);
    participant_mode_ui(ui, open, commands);
    ui.add_space(16.0);
    ui.label(
        RichText::new(language.text("capture-survey-title"))
            .size(theme::SUBSECTION)
            .strong(),
    );
    ui.label(language.text("capture-survey-text"));
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                !dialog_open,
                egui::Button::new(language.text("capture-import")),
            )
            .clicked()
        {
            commands.send(AppCommand::ShowDialog(FilePurpose::ImportCsv));
        }
        // Only while the import is the last change: undoing it then takes out exactly it.
        if let Some(undo) = &open.undo_import {
            let file = undo
                .path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            let label = language.text_with(
                "capture-undo-import",
                &[("file", file.into()), ("count", undo.count.into())],
            );
            if ui.button(label).clicked() {
                commands.send(WorkshopCommand::UndoImport);
            }
        }
    });
    ui.add_space(16.0);
    if ui
        .button(RichText::new(language.text("capture-next")).size(theme::ACTION_BUTTON))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Reveal));
    }
}

/// Each team's responses so far, against the headcount and the anonymity floor. Every
/// answer given counts here, those held back after the reveal too, so the count matches the
/// people who answered; how many wait is said beside it.
fn counts_ui(ui: &mut egui::Ui, open: &OpenWorkshop, language: Language) {
    let workshop = &open.workshop;
    let floor = workshop.settings.anonymity_floor.value() as usize;
    egui::Grid::new("counts")
        .spacing([30.0, 8.0])
        .show(ui, |ui| {
            for function in Function::ALL {
                let counted = workshop.respondents(function);
                let held = workshop.held_back(function);
                let given = counted + held;
                let expected = workshop.meta.expected.of(function) as usize;
                let team = function.name(language);
                ui.label(RichText::new(team).size(theme::TEAM_COUNT).strong());
                let mut responses = if expected > 0 {
                    language.text_with(
                        "capture-responses-of-expected",
                        &[("count", given.into()), ("expected", expected.into())],
                    )
                } else {
                    language.text_with("capture-responses", &[("count", given.into())])
                };
                if held > 0 {
                    let waiting = language.text_with(
                        "capture-held-until",
                        &[("count", held.into()), ("floor", floor.into())],
                    );
                    responses = format!("{responses} · {waiting}");
                }
                ui.label(RichText::new(responses).size(theme::TEAM_COUNT));
                // The floor is about what the results count, never what waits.
                let needed = floor.saturating_sub(counted);
                let status = if needed == 0 {
                    language.text("capture-floor-reached")
                } else {
                    language.text_with("capture-more-needed", &[("count", needed.into())])
                };
                ui.label(RichText::new(status).size(theme::READING));
                ui.end_row();
            }
        });
}

/// The way into participant mode: a PIN whose rules are shown before it is typed, typed
/// twice, then a question about the projector before the kiosk starts.
fn participant_mode_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let language = language_ui::of(ui);
    ui.label(
        RichText::new(language.text("capture-participant-title"))
            .size(theme::SUBSECTION)
            .strong(),
    );
    ui.label(language.text("capture-participant-text"));
    let digits = [("digits", MIN_PIN_DIGITS.into())];
    // One row, so the page is no taller than with one field.
    let (first, again) = ui
        .horizontal_wrapped(|ui| {
            let first = pin_field(ui, &language.text("capture-pin"), &open.pin_draft.pin);
            ui.add_space(12.0);
            let again = pin_field(
                ui,
                &language.text("capture-pin-again"),
                &open.pin_draft.again,
            );
            ui.add_space(12.0);
            ui.label(language.text_with("capture-pin-rules", &digits));
            (first, again)
        })
        .inner;
    if let Some(pin) = first.1 {
        commands.send(WorkshopCommand::SetPinDraft(pin));
    }
    if let Some(pin) = again.1 {
        commands.send(WorkshopCommand::SetPinAgain(pin));
    }
    // The one way a PIN can be refused (ParticipantLock::pin_acceptable), in words.
    if open.pin_refused {
        field_error(ui, &language.text_with("capture-pin-problem", &digits));
    } else if open.pin_mismatch {
        let id = if open.pin_draft.again.is_empty() {
            "capture-pin-again-missing"
        } else {
            "capture-pin-mismatch"
        };
        field_error(ui, &language.text(id));
    }
    let enter = |field: &egui::Response| {
        field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter))
    };
    // Enter in the first field goes on to the second, as a form would.
    if enter(&first.0) {
        again.0.request_focus();
    }
    let enter_pressed = enter(&again.0);
    if ui
        .button(
            RichText::new(language.text("capture-start-participant")).size(theme::ACTION_BUTTON),
        )
        .clicked()
        || enter_pressed
    {
        commands.send(WorkshopCommand::AskAboutProjector(true));
    }
    if open.asking_about_projector {
        projector_question_ui(ui.ctx(), commands);
    }
}

/// A labelled PIN field: its response, and the text when it changed.
fn pin_field(ui: &mut egui::Ui, label: &str, pin: &str) -> (egui::Response, Option<String>) {
    let label = ui.label(label);
    let mut text = pin.to_owned();
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .password(true)
                .desired_width(120.0),
        )
        .labelled_by(label.id);
    let changed = field.changed().then_some(text);
    (field, changed)
}

/// Before the kiosk starts: a projector mirroring this screen would show the room each
/// person's answers as they give them.
fn projector_question_ui(ctx: &egui::Context, commands: &mut Commands) {
    let modal = egui::Modal::new(egui::Id::unique("projector question")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        let language = language_ui::of(ui);
        ui.heading(language.text("capture-projector-title"));
        ui.label(language.text("capture-projector-risk"));
        ui.label(language.text("capture-projector-advice"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(language.text("capture-projector-start")).strong())
                .clicked()
            {
                commands.send(AppCommand::StartParticipantMode);
            }
            if ui.button(language.text("capture-use-room")).clicked() {
                commands.send(WorkshopCommand::AskAboutProjector(false));
                commands.send(RoomCommand::Open);
            }
            if ui.button(language.text("app-cancel")).clicked() {
                commands.send(WorkshopCommand::AskAboutProjector(false));
            }
        });
    });
    // Esc, or a click beside the question, is a Cancel.
    if modal.should_close() {
        commands.send(WorkshopCommand::AskAboutProjector(false));
    }
}
