use eframe::egui::{self, RichText};

use crate::domain::{Function, ParticipantLock, Stage};
use crate::ui::command::{AppCommand, Commands, RoomCommand, WorkshopCommand};
use crate::ui::file_purpose::FilePurpose;
use crate::ui::open_workshop::OpenWorkshop;
use crate::ui::widgets::field_error;

/// One answer per phone rests on a cookie: more answers than people is worth a look.
fn over_headcount_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let workshop = &open.workshop;
    for function in Function::ALL {
        let expected = workshop.meta.expected.of(function) as usize;
        let given = workshop.respondents(function) + workshop.held_back(function);
        if expected > 0 && given > expected {
            field_error(
                ui,
                &format!(
                    "{given} {} answers, but {expected} people were expected: check the headcount (one answer per phone rests on a cookie).",
                    function.label().to_lowercase()
                ),
            );
        }
    }
}

/// The facilitator's side of capture: counts only, never answers, and the way into
/// participant mode.
pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, dialog_open: bool, commands: &mut Commands) {
    let workshop = &open.workshop;
    let floor = workshop.settings.anonymity_floor.value() as usize;
    ui.heading(RichText::new("Capture").size(30.0));
    ui.label(
        RichText::new(
            "Everyone answers alone and anonymously: from their phones, or at this laptop.",
        )
        .size(18.0),
    );
    ui.add_space(10.0);
    egui::Grid::new("counts")
        .spacing([30.0, 8.0])
        .show(ui, |ui| {
            for function in Function::ALL {
                let count = workshop.respondents(function);
                let expected = workshop.meta.expected.of(function);
                ui.label(RichText::new(function.label()).size(24.0).strong());
                let of_expected = if expected > 0 {
                    format!(" of {expected} expected")
                } else {
                    String::new()
                };
                ui.label(RichText::new(format!("{count} responses{of_expected}")).size(24.0));
                let needed = floor.saturating_sub(count);
                let status = if needed == 0 {
                    String::from("✔ floor reached")
                } else {
                    format!("{needed} more needed before results can be shown")
                };
                ui.label(RichText::new(status).size(18.0));
                ui.end_row();
            }
        });
    super::reveal::held_back_ui(ui, open);
    over_headcount_ui(ui, open);
    ui.add_space(16.0);
    crate::ui::room_view::room_ui(ui, open, commands);
    ui.add_space(16.0);
    participant_mode_ui(ui, open, commands);
    ui.add_space(16.0);
    ui.label(RichText::new("Responses from a survey").size(22.0).strong());
    ui.label("Import a CSV file of answers collected before the workshop (see the README for its columns). A file with any bad row is refused whole.");
    if ui
        .add_enabled(
            !dialog_open,
            egui::Button::new("Import responses from CSV…"),
        )
        .clicked()
    {
        commands.send(AppCommand::ShowDialog(FilePurpose::ImportCsv));
    }
    ui.add_space(16.0);
    if ui
        .button(RichText::new("Next: Reveal ➡").size(18.0))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Reveal));
    }
}

/// The way into participant mode: a PIN whose rules are shown before it is typed, then a
/// question about the projector before the kiosk starts.
fn participant_mode_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    ui.label(RichText::new("Participant mode").size(22.0).strong());
    ui.label("Participants answer one at a time at this laptop. Choose a PIN: leaving participant mode needs it, so participants can never reach results or other answers.");
    let mut pin = open.pin_draft.clone();
    let response = ui
        .horizontal(|ui| {
            let label = ui.label("Facilitator PIN");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut pin)
                        .password(true)
                        .desired_width(120.0),
                )
                .labelled_by(label.id);
            ui.label(ParticipantLock::pin_rules());
            field
        })
        .inner;
    if response.changed() {
        commands.send(WorkshopCommand::SetPinDraft(pin));
    }
    if let Some(problem) = &open.pin_problem {
        field_error(ui, problem);
    }
    let enter_pressed =
        response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    if ui
        .button(RichText::new("Start participant mode…").size(18.0))
        .clicked()
        || enter_pressed
    {
        commands.send(WorkshopCommand::AskAboutProjector(true));
    }
    if open.asking_about_projector {
        projector_question_ui(ui.ctx(), commands);
    }
}

/// Before the kiosk starts: a projector mirroring this screen would show the room each
/// person's answers as they give them.
fn projector_question_ui(ctx: &egui::Context, commands: &mut Commands) {
    let modal = egui::Modal::new(egui::Id::unique("projector question")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading("Does a projector show this screen?");
        ui.label("In participant mode everyone answers on this laptop. If a projector mirrors this screen, the room sees each person's answers as they give them.");
        ui.label("Blank the projector or switch it off (or show another screen on it) before you start. Or use room mode instead: everyone answers on their own phone, and the projector shows only the code and the counts.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new("No projector shows it: start").strong())
                .clicked()
            {
                commands.send(AppCommand::StartParticipantMode);
            }
            if ui.button("Use room mode instead").clicked() {
                commands.send(WorkshopCommand::AskAboutProjector(false));
                commands.send(RoomCommand::Open);
            }
            if ui.button("Cancel").clicked() {
                commands.send(WorkshopCommand::AskAboutProjector(false));
            }
        });
    });
    // Esc, or a click beside the question, is a Cancel.
    if modal.should_close() {
        commands.send(WorkshopCommand::AskAboutProjector(false));
    }
}
