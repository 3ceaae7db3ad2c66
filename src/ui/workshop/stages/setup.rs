use eframe::egui::{self, RichText};

use crate::domain::{Date, Function, Stage};
use crate::ui::state::command::{AppCommand, Commands, Edit, WorkshopCommand};
use crate::ui::state::file_purpose::FilePurpose;
use crate::ui::style::language_ui::{self, language_picker};
use crate::ui::style::theme;
use crate::ui::style::widgets::{field_error, number_field, text_field};
use crate::ui::workshop::open_workshop::OpenWorkshop;
use crate::ui::workshop::stepper::stage_name;

pub fn show(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    open_dialog_pending: bool,
    commands: &mut Commands,
) {
    let workshop = &open.workshop;
    let meta = &workshop.meta;
    let language = language_ui::of(ui);
    ui.heading(RichText::new(stage_name(language, Stage::Setup)).size(theme::STAGE_TITLE));
    ui.add_space(8.0);
    if let Some(text) = text_field(
        ui,
        &language.text("setup-title"),
        &meta.title,
        &language.text("setup-title-hint"),
    ) {
        commands.send(Edit::SetTitle(text));
    }
    if meta.title.trim().is_empty() {
        field_error(ui, &language.text("setup-title-missing"));
    }
    if let Some(text) = text_field(
        ui,
        &language.text("setup-organisation"),
        &meta.organisation,
        "Northwind Analytics",
    ) {
        commands.send(Edit::SetOrganisation(text));
    }
    if let Some(text) = text_field(
        ui,
        &language.text("setup-date"),
        &open.date_text,
        &language.text("setup-date-hint"),
    ) {
        commands.send(Edit::SetDateText(text));
    }
    if open.date_text.parse::<Date>().is_err() {
        let kept = meta.date.written_in(language);
        field_error(
            ui,
            &language.text_with("setup-date-invalid", &[("date", kept.into())]),
        );
    }
    if let Some(text) = text_field(
        ui,
        &language.text("setup-facilitator"),
        &meta.facilitator,
        &language.text("setup-facilitator-hint"),
    ) {
        commands.send(Edit::SetFacilitator(text));
    }
    if let Some(language) = language_picker(
        ui,
        "workshop language",
        &language.text("setup-language"),
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
        .button(RichText::new(language.text("setup-next")).size(theme::ACTION_BUTTON))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Framing));
    }
}

/// Who is expected, and the anonymity floor with what it means for them.
fn headcount_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let meta = &open.workshop.meta;
    let language = language_ui::of(ui);
    for function in Function::ALL {
        let label = language.text(match function {
            Function::Sales => "setup-expected-sales",
            Function::Product => "setup-expected-product",
        });
        if let Some(count) = number_field(ui, &label, meta.expected.of(function), 0..=500) {
            commands.send(Edit::SetExpected(function, count));
        }
    }
    let floor = open.workshop.settings.anonymity_floor.value();
    if let Some(value) = number_field(ui, &language.text("setup-floor"), floor, 3..=50) {
        commands.send(Edit::SetFloor(value));
    }
    ui.label(RichText::new(language.text("setup-floor-note")).weak());
    for function in Function::ALL {
        let expected = meta.expected.of(function);
        if expected > 0 && expected < floor {
            let id = match function {
                Function::Sales => "setup-floor-unreachable-sales",
                Function::Product => "setup-floor-unreachable-product",
            };
            let args = [
                ("expected", (expected as usize).into()),
                ("floor", (floor as usize).into()),
            ];
            field_error(ui, &language.text_with(id, &args));
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
    let language = language_ui::of(ui);
    ui.horizontal(|ui| {
        ui.label(language.text_with(
            "setup-questionnaire",
            &[
                ("name", workshop.questionnaire.name.as_str().into()),
                ("count", workshop.questionnaire.statements.len().into()),
            ],
        ));
        let editable = workshop.responses.is_empty() && !waiting;
        if ui
            .add_enabled(
                editable,
                egui::Button::new(language.text("setup-questionnaire-file")),
            )
            .clicked()
        {
            commands.send(AppCommand::ShowDialog(FilePurpose::QuestionnaireFile));
        }
        if ui
            .add_enabled(
                editable,
                egui::Button::new(language.text("setup-default-questionnaire")),
            )
            .clicked()
        {
            commands.send(WorkshopCommand::UseDefaultQuestionnaire);
        }
    });
    if !workshop.responses.is_empty() {
        ui.label(RichText::new(language.text("setup-questionnaire-fixed")).weak());
    }
    ui.horizontal(|ui| {
        let source = workshop
            .settings
            .rules_file
            .clone()
            .unwrap_or_else(|| language.text("setup-rules-built-in"));
        ui.label(language.text_with(
            "setup-rules",
            &[
                ("name", open.rules.name.as_str().into()),
                ("count", open.rules.rules.len().into()),
                ("source", source.into()),
            ],
        ));
        if ui
            .add_enabled(
                !waiting,
                egui::Button::new(language.text("setup-rules-file")),
            )
            .clicked()
        {
            commands.send(AppCommand::ShowDialog(FilePurpose::RulesFile));
        }
        if ui.button(language.text("setup-default-rules")).clicked() {
            commands.send(WorkshopCommand::UseDefaultRules);
        }
    });
    if let Some(error) = &open.rules_error {
        let text = format!(
            "{}\n{}",
            error.describe(language),
            language.text("setup-built-in-rules")
        );
        field_error(ui, &text);
    }
}

fn time_boxes_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    let language = language_ui::of(ui);
    ui.label(RichText::new(language.text("setup-time-boxes")).strong());
    egui::Grid::new("time boxes").show(ui, |ui| {
        for stage in Stage::ALL {
            let minutes = workshop.time_boxes.get(&stage).copied().unwrap_or(0);
            let mut value = minutes;
            let label = ui.label(stage_name(language, stage));
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
