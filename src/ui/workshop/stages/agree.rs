use eframe::egui::{self, RichText};

use crate::domain::{ActionItem, Date, Owner, Stage, Workshop};
use crate::rules::Verdict;
use crate::ui::state::command::{Commands, Edit, WorkshopCommand};
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::{field_error, owner_word, verdict_color};
use crate::ui::workshop::findings_view::Answerable;
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// Width of the label column, so every field of an action starts at the same place.
const LABEL_WIDTH: f32 = 110.0;

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    // Every rule that fired, made once per revision and language; none until revealed.
    let view = open.findings(of(ui));
    let findings = if workshop.revealed {
        view.answerable.as_slice()
    } else {
        &[]
    };
    ui.heading(RichText::new(text(ui, "agree-title")).size(theme::STAGE_TITLE));
    findings_ui(ui, open, findings);
    ui.add_space(12.0);
    ui.label(
        RichText::new(text(ui, "agree-rules-of-engagement"))
            .size(theme::SECTION)
            .strong(),
    );
    agreements_ui(ui, workshop, findings, commands);
    ui.add_space(16.0);
    ui.label(
        RichText::new(text(ui, "agree-actions"))
            .size(theme::SECTION)
            .strong(),
    );
    for (index, action) in workshop.actions.iter().enumerate() {
        action_ui(ui, open, index, action, findings, commands);
    }
    if ui.button(text(ui, "agree-add-action")).clicked() {
        commands.send(Edit::AddAction);
    }
    ui.add_space(16.0);
    if ui
        .button(RichText::new(text(ui, "agree-next")).size(theme::ACTION_BUTTON))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Close));
    }
}

/// The findings the room answers here, each with its question, in view while writing.
fn findings_ui(ui: &mut egui::Ui, open: &OpenWorkshop, findings: &[Answerable]) {
    ui.label(
        RichText::new(text(ui, "agree-what"))
            .size(theme::SECTION)
            .strong(),
    );
    if !open.workshop.revealed || !open.workshop.floor_reached() {
        ui.label(text(ui, "agree-not-revealed"));
        return;
    }
    if findings.is_empty() {
        ui.label(text(ui, "agree-none-fired"));
        return;
    }
    for finding in findings {
        ui.horizontal_wrapped(|ui| {
            let (icon, color) = if finding.toxic {
                ("⚠", ui.visuals().error_fg_color)
            } else {
                ("✔", verdict_color(ui, Verdict::Healthy))
            };
            ui.label(RichText::new(icon).color(color).strong());
            ui.label(RichText::new(&finding.name).strong());
            ui.label(&finding.prompt_line);
        });
    }
}

fn agreements_ui(
    ui: &mut egui::Ui,
    workshop: &Workshop,
    findings: &[Answerable],
    commands: &mut Commands,
) {
    for (index, agreement) in workshop.agreements.iter().enumerate() {
        let number = index + 1;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                let name = text_with(
                    ui,
                    "agree-agreement",
                    &[("number", number.to_string().into())],
                );
                let label = field_label(ui, &name);
                let mut text = agreement.text.clone();
                if ui
                    .add(egui::TextEdit::singleline(&mut text).desired_width(640.0))
                    .labelled_by(label.id)
                    .changed()
                {
                    commands.send(Edit::SetAgreementText(index, text));
                }
                let remove = text_with(
                    ui,
                    "agree-remove-agreement",
                    &[("number", number.to_string().into())],
                );
                if ui.button(remove).clicked() {
                    commands.send(Edit::RemoveAgreement(index));
                }
            });
            let current = agreement.finding.as_deref();
            if let Some(finding) = answers_ui(ui, ("agreement", index), current, findings) {
                commands.send(Edit::SetAgreementFinding(index, finding));
            }
        });
    }
    if ui.button(text(ui, "agree-add-agreement")).clicked() {
        commands.send(Edit::AddAgreement);
    }
}

/// One action item: what, done; owner, person, due date; the finding it answers and that
/// finding's question for the room.
fn action_ui(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    index: usize,
    action: &ActionItem,
    findings: &[Answerable],
    commands: &mut Commands,
) {
    let number = index + 1;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let name = text_with(ui, "agree-action", &[("number", number.to_string().into())]);
            let label = field_label(ui, &name);
            let mut words = action.text.clone();
            if ui
                .add(
                    egui::TextEdit::singleline(&mut words)
                        .hint_text(text(ui, "agree-action-hint"))
                        .desired_width(640.0),
                )
                .labelled_by(label.id)
                .changed()
            {
                commands.send(Edit::SetActionText(index, words));
            }
            let mut done = action.done;
            if ui.checkbox(&mut done, text(ui, "agree-done")).changed() {
                commands.send(Edit::SetActionDone(index, done));
            }
            let remove = text_with(
                ui,
                "agree-remove-action",
                &[("number", number.to_string().into())],
            );
            if ui.button(remove).clicked() {
                commands.send(Edit::RemoveAction(index));
            }
        });
        if action.text.trim().is_empty() {
            field_error(ui, &text(ui, "agree-action-empty"));
        }
        ui.horizontal(|ui| {
            owner_ui(ui, index, action, commands);
            ui.add_space(16.0);
            due_ui(ui, open, index, action, commands);
        });
        let current = action.finding.as_deref();
        if let Some(finding) = answers_ui(ui, ("action", index), current, findings) {
            commands.send(Edit::SetActionFinding(index, finding));
        }
    });
}

/// A label in the fields' left column, before its field.
fn field_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.horizontal(|ui| {
        ui.set_min_width(LABEL_WIDTH);
        ui.label(text)
    })
    .inner
}

/// The owner's role, and the person who carries it.
fn owner_ui(ui: &mut egui::Ui, index: usize, action: &ActionItem, commands: &mut Commands) {
    let label = field_label(ui, &text(ui, "agree-owner"));
    egui::ComboBox::from_id_salt(("owner", index))
        .selected_text(owner_word(ui, action.owner))
        .width(180.0)
        .show_ui(ui, |ui| {
            for owner in Owner::ALL {
                if ui
                    .selectable_label(action.owner == owner, owner_word(ui, owner))
                    .clicked()
                {
                    commands.send(Edit::SetActionOwner(index, owner));
                }
            }
        })
        .response
        .labelled_by(label.id);
    let label = ui.label(text(ui, "agree-person"));
    let mut name = action.owner_name.clone();
    if ui
        .add(
            egui::TextEdit::singleline(&mut name)
                .hint_text(text(ui, "agree-person-hint"))
                .desired_width(200.0),
        )
        .labelled_by(label.id)
        .changed()
    {
        commands.send(Edit::SetActionOwnerName(index, name));
    }
}

/// The due date: typed, or picked from a calendar.
fn due_ui(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    index: usize,
    action: &ActionItem,
    commands: &mut Commands,
) {
    let due_text = open.due_texts.get(index).cloned().unwrap_or_default();
    let label = ui.label(text(ui, "agree-due"));
    let mut typed = due_text.clone();
    if ui
        .add(
            egui::TextEdit::singleline(&mut typed)
                .hint_text(text(ui, "agree-due-hint"))
                .desired_width(120.0),
        )
        .labelled_by(label.id)
        .changed()
    {
        commands.send(Edit::SetActionDueText(index, typed));
    }
    // The calendar opens on the due date, or on the workshop's date when there is none.
    let shown = action.due.unwrap_or(open.workshop.meta.date);
    if let Some(mut picked) = picker_date(shown) {
        let salt = format!("due date picker {index}");
        let response = ui.add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt(&salt)
                .format(text(ui, "agree-calendar"))
                .calendar_week(false),
        );
        if response.changed()
            && let Some(date) = from_picker_date(picked)
        {
            commands.send(Edit::SetActionDueText(index, date.to_string()));
        }
    }
    if !due_text.trim().is_empty() && due_text.parse::<Date>().is_err() {
        field_error(ui, &text(ui, "agree-due-invalid"));
    }
}

/// The finding an agreement or action answers, chosen by title, and that finding's question
/// for the room beneath it. Returns the new choice when it changed.
fn answers_ui(
    ui: &mut egui::Ui,
    salt: (&str, usize),
    current: Option<&str>,
    findings: &[Answerable],
) -> Option<Option<String>> {
    let linked = current.and_then(|id| findings.iter().find(|f| f.id == id));
    let mut chosen = None;
    ui.horizontal(|ui| {
        let label = field_label(ui, &text(ui, "agree-answers"));
        let none = text(ui, "agree-no-finding");
        let selected = match (current, linked) {
            (None, _) => none.clone(),
            (Some(_), Some(finding)) => finding.name.clone(),
            (Some(id), None) => text_with(
                ui,
                "agree-did-not-fire",
                &[("title", crate::domain::words_from_key(id).into())],
            ),
        };
        egui::ComboBox::from_id_salt(("answers", salt))
            .selected_text(selected)
            .width(520.0)
            // Every finding in view at once, without scrolling the list.
            .height(480.0)
            .show_ui(ui, |ui| {
                if ui.selectable_label(current.is_none(), none).clicked() {
                    chosen = Some(None);
                }
                for finding in findings {
                    if ui
                        .selectable_label(current == Some(finding.id.as_str()), &finding.name)
                        .clicked()
                    {
                        chosen = Some(Some(finding.id.clone()));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    if let Some(finding) = linked {
        ui.horizontal_wrapped(|ui| {
            ui.add_space(LABEL_WIDTH + ui.spacing().item_spacing.x);
            ui.label(RichText::new(&finding.question).italics());
        });
    }
    chosen
}

/// The picker's calendar date (`egui_extras` speaks jiff 0.2) for one of ours.
fn picker_date(date: Date) -> Option<jiff_02::civil::Date> {
    jiff_02::civil::Date::new(
        i16::try_from(date.year()).ok()?,
        i8::try_from(date.month()).ok()?,
        i8::try_from(date.day()).ok()?,
    )
    .ok()
}

fn from_picker_date(date: jiff_02::civil::Date) -> Option<Date> {
    Date::new(
        u16::try_from(date.year()).ok()?,
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
}
