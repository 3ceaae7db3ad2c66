use eframe::egui::{self, RichText};

use crate::domain::Function;
use crate::export::summary::with_person;
use crate::metrics::Scope;
use crate::ui::state::command::{AppCommand, Commands, WorkshopCommand};
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::{owner_word, scope_word, verdict_badge};
use crate::ui::workshop::open_workshop::OpenWorkshop;

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, exporting: bool, commands: &mut Commands) {
    let workshop = &open.workshop;
    let meta = &workshop.meta;
    let language = of(ui);
    header_ui(ui, open);
    ui.add_space(8.0);
    super::reveal_gate::held_back_ui(ui, open);
    if !workshop.floor_reached() {
        ui.label(text(ui, "close-withheld"));
    } else if !workshop.revealed {
        ui.label(text(ui, "close-not-revealed"));
    } else {
        ui.horizontal(|ui| {
            for scope in Scope::ALL {
                let name = text_with(
                    ui,
                    "close-scope",
                    &[("scope", scope_word(ui, scope).into())],
                );
                ui.label(RichText::new(name).size(theme::READING));
                verdict_badge(ui, open.classification.scope(scope).verdict, theme::READING);
                ui.add_space(16.0);
            }
        });
        findings_ui(ui, open);
    }
    ui.add_space(8.0);
    section_title_ui(ui, "close-agreements");
    if workshop.agreements.is_empty() {
        ui.label(text(ui, "close-none"));
    }
    for agreement in &workshop.agreements {
        ui.label(format!("• {}", agreement.text));
    }
    section_title_ui(ui, "close-actions");
    if workshop.actions.is_empty() {
        ui.label(text(ui, "close-none"));
    }
    for action in &workshop.actions {
        let done = if action.done { "☑" } else { "☐" };
        let owner = with_person(owner_word(ui, action.owner), &action.owner_name);
        let line = match action.due {
            Some(due) => text_with(
                ui,
                "close-action-due",
                &[
                    ("action", action.text.as_str().into()),
                    ("owner", owner.into()),
                    ("due", due.written_in(language).into()),
                ],
            ),
            None => text_with(
                ui,
                "close-action",
                &[
                    ("action", action.text.as_str().into()),
                    ("owner", owner.into()),
                ],
            ),
        };
        ui.label(format!("{done} {line}"));
    }
    ui.add_space(12.0);
    let follow_up = text_with(
        ui,
        "close-follow-up",
        &[("date", meta.date.add_months(3).written_in(language).into())],
    );
    ui.label(RichText::new(follow_up).size(theme::READING));
    ui.add_space(12.0);
    if workshop.revealed {
        egui::CollapsingHeader::new(text(ui, "close-markdown")).show(ui, |ui| {
            ui.monospace(open.markdown());
        });
    }
    crate::ui::workshop::export_buttons::show(ui, exporting, commands);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new(text(ui, "close-save")).size(theme::ACTION_BUTTON))
            .clicked()
        {
            commands.send(WorkshopCommand::Save);
        }
        if ui
            .button(RichText::new(text(ui, "close-close")).size(theme::ACTION_BUTTON))
            .clicked()
        {
            commands.send(AppCommand::CloseWorkshop);
        }
        let state = if open.dirty {
            "close-unsaved"
        } else {
            "close-saved"
        };
        ui.label(text(ui, state));
    });
}

/// A section's title on Close.
fn section_title_ui(ui: &mut egui::Ui, id: &str) {
    ui.label(
        RichText::new(text(ui, id))
            .size(theme::SMALL_SECTION)
            .strong(),
    );
}

/// The workshop's title, who held it when, and how many answered.
fn header_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let workshop = &open.workshop;
    let meta = &workshop.meta;
    let language = of(ui);
    ui.heading(RichText::new(text(ui, "close-title")).size(theme::STAGE_TITLE));
    ui.label(RichText::new(&meta.title).size(theme::SECTION).strong());
    ui.label(text_with(
        ui,
        "close-meta",
        &[
            ("organisation", meta.organisation.as_str().into()),
            ("date", meta.date.written_in(language).into()),
            ("facilitator", meta.facilitator.as_str().into()),
        ],
    ));
    ui.label(text_with(
        ui,
        "close-counts",
        &[
            ("sales", workshop.respondents(Function::Sales).into()),
            ("product", workshop.respondents(Function::Product).into()),
            (
                "floor",
                workshop.settings.anonymity_floor.value().to_string().into(),
            ),
        ],
    ));
}

/// Every finding as the summary says it: the overall ones, then those that fired on one
/// function's answers alone, each with what it measured, its question and the notes.
fn findings_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    section_title_ui(ui, "close-findings");
    // Made once per revision and language, in the facilitator's language.
    let findings = open.findings(of(ui));
    if findings.findings.is_empty() {
        ui.label(text(ui, "close-none-fired"));
    }
    for shown in &findings.findings {
        let finding = &shown.finding;
        ui.label(
            RichText::new(&shown.close_heading)
                .size(theme::READING)
                .strong(),
        );
        ui.label(&finding.explanation);
        for measurement in &shown.close_measurements {
            ui.label(measurement);
        }
        // As the export says it: whether the finding hinges on one answer.
        if let Some(stability) = &shown.close_stability {
            ui.label(RichText::new(stability).italics());
        }
        ui.label(RichText::new(&shown.close_ask).italics());
        if let Some(note) = &shown.close_note {
            ui.label(note);
        }
        ui.add_space(4.0);
    }
}
