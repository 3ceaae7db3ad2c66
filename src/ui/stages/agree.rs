use eframe::egui::{self, RichText};

use crate::domain::{ActionItem, Date, Owner, Stage, Workshop};
use crate::ui::command::{Commands, Edit, WorkshopCommand};
use crate::ui::open_workshop::OpenWorkshop;
use crate::ui::widgets::field_error;

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    let findings: Vec<String> = open
        .classification
        .overall
        .fired()
        .map(|o| o.rule.clone())
        .collect();
    ui.heading(RichText::new("Agree").size(30.0));
    ui.label(RichText::new("Rules of engagement").size(24.0).strong());
    agreements_ui(ui, workshop, &findings, commands);
    ui.add_space(16.0);
    ui.label(RichText::new("Action items").size(24.0).strong());
    for (index, action) in workshop.actions.iter().enumerate() {
        action_ui(ui, open, index, action, &findings, commands);
    }
    if ui.button("+ Add action").clicked() {
        commands.send(Edit::AddAction);
    }
    ui.add_space(16.0);
    if ui
        .button(RichText::new("Next: Close ➡").size(18.0))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Close));
    }
}

fn agreements_ui(
    ui: &mut egui::Ui,
    workshop: &Workshop,
    findings: &[String],
    commands: &mut Commands,
) {
    for (index, agreement) in workshop.agreements.iter().enumerate() {
        ui.horizontal(|ui| {
            let label = ui.label(format!("Agreement {}", index + 1));
            let mut text = agreement.text.clone();
            if ui
                .add(egui::TextEdit::singleline(&mut text).desired_width(520.0))
                .labelled_by(label.id)
                .changed()
            {
                commands.send(Edit::SetAgreementText(index, text));
            }
            if let Some(finding) = finding_picker(
                ui,
                &format!("Answers finding (agreement {})", index + 1),
                agreement.finding.as_ref(),
                findings,
            ) {
                commands.send(Edit::SetAgreementFinding(index, finding));
            }
            if ui
                .button(format!("Remove agreement {}", index + 1))
                .clicked()
            {
                commands.send(Edit::RemoveAgreement(index));
            }
        });
    }
    if ui.button("+ Add agreement").clicked() {
        commands.send(Edit::AddAgreement);
    }
}

/// One action item: what, done, owner, due date, the finding it answers.
fn action_ui(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    index: usize,
    action: &ActionItem,
    findings: &[String],
    commands: &mut Commands,
) {
    let number = index + 1;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label(format!("Action {number}"));
            let mut text = action.text.clone();
            if ui
                .add(egui::TextEdit::singleline(&mut text).desired_width(520.0))
                .labelled_by(label.id)
                .changed()
            {
                commands.send(Edit::SetActionText(index, text));
            }
            let mut done = action.done;
            if ui
                .checkbox(&mut done, format!("Done (action {number})"))
                .changed()
            {
                commands.send(Edit::SetActionDone(index, done));
            }
        });
        ui.horizontal(|ui| {
            egui::ComboBox::from_label(format!("Owner (action {number})"))
                .selected_text(action.owner.label())
                .show_ui(ui, |ui| {
                    for owner in Owner::ALL {
                        if ui
                            .selectable_label(action.owner == owner, owner.label())
                            .clicked()
                        {
                            commands.send(Edit::SetActionOwner(index, owner));
                        }
                    }
                });
            let due_text = open.due_texts.get(index).cloned().unwrap_or_default();
            let label = ui.label(format!("Due (action {number})"));
            let mut text = due_text.clone();
            if ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(110.0),
                )
                .labelled_by(label.id)
                .changed()
            {
                commands.send(Edit::SetActionDueText(index, text));
            }
            if !due_text.trim().is_empty() && due_text.parse::<Date>().is_err() {
                field_error(ui, "YYYY-MM-DD");
            }
            if let Some(finding) = finding_picker(
                ui,
                &format!("Answers finding (action {number})"),
                action.finding.as_ref(),
                findings,
            ) {
                commands.send(Edit::SetActionFinding(index, finding));
            }
            if ui.button(format!("Remove action {number}")).clicked() {
                commands.send(Edit::RemoveAction(index));
            }
        });
        if action.text.trim().is_empty() {
            field_error(ui, "Say what will be done.");
        }
    });
}

/// A combo box of the fired findings; returns the new choice when it changed.
fn finding_picker(
    ui: &mut egui::Ui,
    label: &str,
    current: Option<&String>,
    findings: &[String],
) -> Option<Option<String>> {
    let mut chosen = None;
    egui::ComboBox::from_label(label)
        .selected_text(current.map_or("none", String::as_str))
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), "none").clicked() {
                chosen = Some(None);
            }
            for finding in findings {
                if ui
                    .selectable_label(current == Some(finding), finding)
                    .clicked()
                {
                    chosen = Some(Some(finding.clone()));
                }
            }
        });
    chosen
}
