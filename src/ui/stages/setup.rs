use eframe::egui::{self, RichText};

use crate::domain::{Date, Function, Stage};
use crate::ui::command::{AppCommand, Commands, Edit, WorkshopCommand};
use crate::ui::file_purpose::FilePurpose;
use crate::ui::language_ui::language_picker;
use crate::ui::open_workshop::OpenWorkshop;
use crate::ui::widgets::{field_error, number_field, text_field};

pub fn show(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    open_dialog_pending: bool,
    commands: &mut Commands,
) {
    let workshop = &open.workshop;
    let meta = &workshop.meta;
    ui.heading(RichText::new("Setup").size(30.0));
    ui.add_space(8.0);
    if let Some(text) = text_field(ui, "Title", &meta.title, "Sales & Product alignment, Q3") {
        commands.send(Edit::SetTitle(text));
    }
    if meta.title.trim().is_empty() {
        field_error(ui, "Give the workshop a title, so you can find it again.");
    }
    if let Some(text) = text_field(
        ui,
        "Organisation or team",
        &meta.organisation,
        "Northwind Analytics",
    ) {
        commands.send(Edit::SetOrganisation(text));
    }
    if let Some(text) = text_field(ui, "Date", &open.date_text, "YYYY-MM-DD") {
        commands.send(Edit::SetDateText(text));
    }
    if open.date_text.parse::<Date>().is_err() {
        field_error(
            ui,
            &format!("Write the date as YYYY-MM-DD; keeping {}.", meta.date),
        );
    }
    if let Some(text) = text_field(ui, "Facilitator", &meta.facilitator, "Your name") {
        commands.send(Edit::SetFacilitator(text));
    }
    if let Some(language) = language_picker(
        ui,
        "workshop language",
        "Participants answer, and the summary is written, in",
        meta.language,
    ) {
        commands.send(Edit::SetLanguage(language));
    }
    ui.add_space(8.0);
    headcount_ui(ui, open, commands);
    ui.add_space(8.0);
    questionnaire_and_rules_ui(ui, open, open_dialog_pending, commands);
    ui.add_space(8.0);
    time_boxes_ui(ui, open, commands);
    ui.add_space(12.0);
    if ui
        .button(RichText::new("Next: Framing ➡").size(18.0))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Framing));
    }
}

/// Who is expected, and the anonymity floor with what it means for them.
fn headcount_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let meta = &open.workshop.meta;
    for function in Function::ALL {
        let label = format!("Expected {} participants", function.label().to_lowercase());
        if let Some(count) = number_field(ui, &label, meta.expected.of(function), 0..=500) {
            commands.send(Edit::SetExpected(function, count));
        }
    }
    let floor = open.workshop.settings.anonymity_floor.value();
    if let Some(value) = number_field(
        ui,
        "Anonymity floor (responses per function)",
        floor,
        3..=50,
    ) {
        commands.send(Edit::SetFloor(value));
    }
    ui.label(RichText::new("No result is shown until each function has at least this many responses. It can never be below 3.").weak());
    for function in Function::ALL {
        let expected = meta.expected.of(function);
        if expected > 0 && expected < floor {
            field_error(
                ui,
                &format!(
                    "Only {expected} {} participants are expected, fewer than the floor of {floor}: results would never show.",
                    function.label().to_lowercase()
                ),
            );
        }
    }
}

/// Which questionnaire and rules the workshop uses, and the ways to change them.
fn questionnaire_and_rules_ui(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    waiting: bool,
    commands: &mut Commands,
) {
    let workshop = &open.workshop;
    ui.horizontal(|ui| {
        ui.label(format!(
            "Questionnaire: {} ({} statements)",
            workshop.questionnaire.name,
            workshop.questionnaire.statements.len()
        ));
        let editable = workshop.responses.is_empty() && !waiting;
        if ui
            .add_enabled(editable, egui::Button::new("Questionnaire file…"))
            .clicked()
        {
            commands.send(AppCommand::ShowDialog(FilePurpose::QuestionnaireFile));
        }
        if ui
            .add_enabled(editable, egui::Button::new("Default questionnaire"))
            .clicked()
        {
            commands.send(WorkshopCommand::UseDefaultQuestionnaire);
        }
    });
    if !workshop.responses.is_empty() {
        ui.label(RichText::new("The questionnaire is fixed once responses are in.").weak());
    }
    ui.horizontal(|ui| {
        let source = workshop
            .settings
            .rules_file
            .as_deref()
            .unwrap_or("built in");
        ui.label(format!(
            "Rules: {} ({} rules, {source})",
            open.rules.name,
            open.rules.rules.len()
        ));
        if ui
            .add_enabled(!waiting, egui::Button::new("Rules file…"))
            .clicked()
        {
            commands.send(AppCommand::ShowDialog(FilePurpose::RulesFile));
        }
        if ui.button("Default rules").clicked() {
            commands.send(WorkshopCommand::UseDefaultRules);
        }
    });
    if let Some(error) = &open.rules_error {
        field_error(ui, error);
    }
}

fn time_boxes_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    ui.label(RichText::new("Time boxes (minutes; 0 for none)").strong());
    egui::Grid::new("time boxes").show(ui, |ui| {
        for stage in Stage::ALL {
            let minutes = workshop.time_boxes.get(&stage).copied().unwrap_or(0);
            let mut value = minutes;
            let label = ui.label(stage.label());
            let changed = ui
                .add(
                    egui::DragValue::new(&mut value)
                        .range(0..=crate::domain::workshop::MAX_TIME_BOX_MINUTES)
                        .suffix(" min"),
                )
                .labelled_by(label.id)
                .changed();
            if changed {
                commands.send(Edit::SetTimeBox(stage, (value > 0).then_some(value)));
            }
            ui.end_row();
        }
    });
}
