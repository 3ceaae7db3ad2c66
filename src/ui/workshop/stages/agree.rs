use eframe::egui::{self, RichText};

use crate::domain::{ActionItem, Date, Owner, Stage, Workshop};
use crate::rules::Verdict;
use crate::ui::state::command::{Commands, Edit, WorkshopCommand};
use crate::ui::style::date_picker::date_picker_ui;
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::{field_error, owner_word, verdict_color};
use crate::ui::workshop::findings_view::Answerable;
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// Width of the label column, so every field of an action starts at the same place.
const LABEL_WIDTH: f32 = 110.0;

/// The widest an agreement's or an action's text field grows.
const FIELD_WIDTH: f32 = 760.0;

/// The finding menu's width: the longest title with "(on sales answers alone)" fits.
const FINDING_WIDTH: f32 = 420.0;

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    // Every rule that fired, made once per revision and language; none until revealed.
    let view = open.findings(of(ui));
    let findings = if workshop.revealed {
        view.answerable.as_slice()
    } else {
        &[]
    };
    // Next beside the title: however many agreements and actions the room makes, it is in
    // view when the stage opens (at 1280×720 too), without scrolling to the end.
    ui.horizontal(|ui| {
        ui.heading(RichText::new(text(ui, "agree-title")).size(theme::STAGE_TITLE));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(RichText::new(text(ui, "agree-next")).size(theme::ACTION_BUTTON))
                .clicked()
            {
                commands.send(WorkshopCommand::GoTo(Stage::Close));
            }
        });
    });
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
                // An agreement is a sentence or two the room words together: room to read it.
                let mut text = agreement.text.clone();
                if ui
                    .add(
                        egui::TextEdit::multiline(&mut text)
                            .desired_rows(2)
                            .desired_width(FIELD_WIDTH.min(ui.available_width())),
                    )
                    .labelled_by(label.id)
                    .changed()
                {
                    commands.send(Edit::SetAgreementText(index, text));
                }
            });
            let remove = text_with(
                ui,
                "agree-remove-agreement",
                &[("number", number.to_string().into())],
            );
            let current = agreement.finding.as_deref();
            let (chosen, removed) =
                answers_ui(ui, ("agreement", index), current, findings, &remove);
            if let Some(finding) = chosen {
                commands.send(Edit::SetAgreementFinding(index, finding));
            }
            if removed {
                commands.send(Edit::RemoveAgreement(index));
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
                        .desired_width(FIELD_WIDTH.min(ui.available_width() - 100.0)),
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
        });
        if action.text.trim().is_empty() {
            field_error(ui, &text(ui, "agree-action-empty"));
        }
        // Wrapped, so at a narrow window or a large zoom a field moves to the next line
        // instead of pushing the row out of the window.
        ui.horizontal_wrapped(|ui| {
            owner_ui(ui, index, action, commands);
            ui.add_space(16.0);
            due_ui(ui, open, index, action, commands);
        });
        due_error_ui(ui, open, index);
        let remove = text_with(
            ui,
            "agree-remove-action",
            &[("number", number.to_string().into())],
        );
        let current = action.finding.as_deref();
        let (chosen, removed) = answers_ui(ui, ("action", index), current, findings, &remove);
        if let Some(finding) = chosen {
            commands.send(Edit::SetActionFinding(index, finding));
        }
        if removed {
            commands.send(Edit::RemoveAction(index));
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
    if let Some(date) = date_picker_ui(ui, ("due date", index), shown) {
        commands.send(Edit::SetActionDueText(index, date.to_string()));
    }
}

/// Why a typed due date is not taken, on a line of its own so it wraps inside the window: a
/// day the month does not have is named as such.
fn due_error_ui(ui: &mut egui::Ui, open: &OpenWorkshop, index: usize) {
    let due_text = open.due_texts.get(index).map_or("", String::as_str);
    if due_text.trim().is_empty() {
        return;
    }
    if let Err(error) = Date::typed(due_text) {
        let said = error
            .impossible(of(ui))
            .unwrap_or_else(|| text(ui, "agree-due-invalid"));
        field_error(ui, &said);
    }
}

/// The finding an agreement or action answers, chosen by title, and the button that removes
/// it (`remove`, in the same row so no row grows past the window); that finding's question
/// for the room beneath. The new choice when it changed, and whether removing was clicked.
fn answers_ui(
    ui: &mut egui::Ui,
    salt: (&str, usize),
    current: Option<&str>,
    findings: &[Answerable],
    remove: &str,
) -> (Option<Option<String>>, bool) {
    let linked = current.and_then(|id| findings.iter().find(|f| f.id == id));
    let mut chosen = None;
    let mut removed = false;
    // Wrapped: at a large zoom the button goes to the next line instead of being cut.
    ui.horizontal_wrapped(|ui| {
        ui.add_space(LABEL_WIDTH + ui.spacing().item_spacing.x);
        // Says what the menu is: the finding this answers, not an answer of its own.
        let label = ui.label(text(ui, "agree-answers"));
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
            .width(FINDING_WIDTH)
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
        ui.add_space(16.0);
        removed = ui.button(remove).clicked();
    });
    if let Some(finding) = linked {
        ui.horizontal_wrapped(|ui| {
            ui.add_space(LABEL_WIDTH + ui.spacing().item_spacing.x);
            ui.label(RichText::new(&finding.question).italics());
        });
    }
    (chosen, removed)
}
