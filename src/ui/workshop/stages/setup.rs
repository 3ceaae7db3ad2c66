use eframe::egui::{self, RichText};

use crate::domain::{Date, Function, Stage};
use crate::storage::error::FileError;
use crate::ui::state::command::{AppCommand, Commands, Edit, WorkshopCommand};
use crate::ui::state::file_purpose::FilePurpose;
use crate::ui::style::date_picker::date_picker_ui;
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
    // Leaving the title or the date after editing it names the file after them (when
    // Tandem named it); a click into a field and out renames nothing.
    let edited_id = ui.scope_id().with("title or date edited");
    let mut edited = ui.data(|data| data.get_temp::<bool>(edited_id)) == Some(true);
    let mut left = false;
    ui.horizontal(|ui| {
        let (text, field) = field_ui(
            ui,
            &language.text("setup-title"),
            &meta.title,
            &language.text("setup-title-hint"),
        );
        if let Some(text) = text {
            commands.send(Edit::SetTitle(text));
            edited = true;
        }
        left |= field.lost_focus();
        if let Some(file) = open.path.file_name() {
            let file = file.to_string_lossy().into_owned();
            let said = language.text_with("setup-file", &[("file", file.into())]);
            ui.label(RichText::new(said).weak());
        }
    });
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
    let date = date_ui(ui, open, commands);
    edited |= date.typed;
    left |= date.left;
    if date.picked || (left && edited) {
        commands.send(AppCommand::NameFileAfterWorkshop);
        edited = false;
    }
    ui.data_mut(|data| data.insert_temp(edited_id, edited));
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
    // Rows that share the width, so Setup's Next is in view at 1280×720 without scrolling.
    ui.horizontal_wrapped(|ui| {
        for function in Function::ALL {
            let label = language.text(match function {
                Function::Sales => "setup-expected-sales",
                Function::Product => "setup-expected-product",
            });
            if let Some(count) = number_field(ui, &label, meta.expected.of(function), 0..=500) {
                commands.send(Edit::SetExpected(function, count));
            }
            ui.add_space(12.0);
        }
    });
    let floor = open.workshop.settings.anonymity_floor.value();
    ui.horizontal_wrapped(|ui| {
        if let Some(value) = number_field(ui, &language.text("setup-floor"), floor, 3..=50) {
            commands.send(Edit::SetFloor(value));
        }
        ui.label(RichText::new(language.text("setup-floor-note")).weak());
    });
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
    rules_error_ui(ui, open);
}

/// Why the workshop's rules did not load, and what it uses instead: on Setup, where they are
/// chosen, and on Diagnose, whose verdicts they make.
pub fn rules_error_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let Some(error) = &open.rules_error else {
        return;
    };
    let language = language_ui::of(ui);
    let text = if matches!(error, FileError::BuiltInRules(_)) {
        error.describe(language)
    } else {
        format!(
            "{}\n{}",
            error.describe(language),
            language.text("setup-built-in-rules")
        )
    };
    field_error(ui, &text);
}

fn time_boxes_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    let language = language_ui::of(ui);
    ui.label(RichText::new(language.text("setup-time-boxes")).strong());
    // The stages side by side, each name above its minutes: two rows instead of seven.
    egui::Grid::new("time boxes").show(ui, |ui| {
        let labels: Vec<egui::Response> = Stage::ALL
            .into_iter()
            .map(|stage| ui.label(stage_name(language, stage)))
            .collect();
        ui.end_row();
        for (stage, label) in Stage::ALL.into_iter().zip(labels) {
            let minutes = workshop.time_boxes.get(&stage).copied().unwrap_or(0);
            let mut value = minutes;
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
        }
        ui.end_row();
    });
}

/// What the facilitator did with the date this frame.
struct DateDone {
    typed: bool,
    left: bool,
    picked: bool,
}

/// The date, typed or picked from the calendar, and why a typed one is not taken.
fn date_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) -> DateDone {
    let language = language_ui::of(ui);
    let meta = &open.workshop.meta;
    let mut done = DateDone {
        typed: false,
        left: false,
        picked: false,
    };
    ui.horizontal(|ui| {
        let (text, field) = field_ui(
            ui,
            &language.text("setup-date"),
            &open.date_text,
            &language.text("setup-date-hint"),
        );
        if let Some(text) = text {
            commands.send(Edit::SetDateText(text));
            done.typed = true;
        }
        done.left = field.lost_focus();
        if let Some(date) = date_picker_ui(ui, "workshop date", meta.date) {
            commands.send(Edit::SetDateText(date.to_string()));
            done.picked = true;
        }
    });
    if let Err(error) = Date::typed(&open.date_text) {
        let kept = meta.date.written_in(language);
        let said = match error.impossible(language) {
            Some(reason) => language.text_with(
                "setup-date-impossible",
                &[("reason", reason.into()), ("date", kept.into())],
            ),
            None => language.text_with("setup-date-invalid", &[("date", kept.into())]),
        };
        field_error(ui, &said);
    }
    done
}

/// A labelled single-line field in the row: the new text when it changed, and the field
/// (whether the facilitator has just left it).
fn field_ui(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    hint: &str,
) -> (Option<String>, egui::Response) {
    let mut text = value.to_owned();
    let label = ui.label(label);
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width(360.0),
        )
        .labelled_by(label.id);
    (field.changed().then_some(text), field)
}
