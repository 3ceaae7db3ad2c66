use eframe::egui::{self, RichText};

use crate::domain::Function;
use crate::export::finding::Finding;
use crate::metrics::Scope;
use crate::rules::{Signal, Verdict};
use crate::ui::command::{AppCommand, Commands, WorkshopCommand};
use crate::ui::open_workshop::OpenWorkshop;
use crate::ui::widgets::verdict_badge;

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, exporting: bool, commands: &mut Commands) {
    let workshop = &open.workshop;
    let meta = &workshop.meta;
    ui.heading(RichText::new("Close").size(30.0));
    ui.label(RichText::new(&meta.title).size(24.0).strong());
    ui.label(format!(
        "{} · {} · facilitated by {}",
        meta.organisation, meta.date, meta.facilitator
    ));
    ui.label(format!(
        "{} sales and {} product responses (anonymity floor {})",
        workshop.respondents(Function::Sales),
        workshop.respondents(Function::Product),
        workshop.settings.anonymity_floor.value()
    ));
    ui.add_space(8.0);
    super::reveal::held_back_ui(ui, open);
    if !workshop.floor_reached() {
        ui.label("Results withheld: a function is below the anonymity floor.");
    } else if !workshop.revealed {
        ui.label("Results not revealed yet: reveal them to the room on the Reveal stage.");
    } else {
        ui.horizontal(|ui| {
            for scope in Scope::ALL {
                ui.label(RichText::new(format!("{}:", scope.label())).size(18.0));
                verdict_badge(ui, open.classification.scope(scope).verdict, 18.0);
                ui.add_space(16.0);
            }
        });
        findings_ui(ui, open);
    }
    ui.add_space(8.0);
    ui.label(RichText::new("Agreements").size(20.0).strong());
    if workshop.agreements.is_empty() {
        ui.label("None.");
    }
    for agreement in &workshop.agreements {
        ui.label(format!("• {}", agreement.text));
    }
    ui.label(RichText::new("Actions").size(20.0).strong());
    if workshop.actions.is_empty() {
        ui.label("None.");
    }
    for action in &workshop.actions {
        let due = action.due.map(|d| format!(", due {d}")).unwrap_or_default();
        let done = if action.done { "☑" } else { "☐" };
        ui.label(format!(
            "{done} {} — {}{due}",
            action.text,
            action.owner.label()
        ));
    }
    ui.add_space(12.0);
    ui.label(
        RichText::new(format!(
            "Suggested follow-up workshop: {} (a quarter later)",
            meta.date.add_months(3)
        ))
        .size(18.0),
    );
    ui.add_space(12.0);
    if workshop.revealed {
        egui::CollapsingHeader::new("The summary exactly as exported (Markdown)").show(ui, |ui| {
            ui.monospace(open.markdown());
        });
    }
    crate::ui::export_buttons::show(ui, exporting, commands);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("Save workshop").size(18.0))
            .clicked()
        {
            commands.send(WorkshopCommand::Save);
        }
        if ui
            .button(RichText::new("Close workshop").size(18.0))
            .clicked()
        {
            commands.send(AppCommand::CloseWorkshop);
        }
        let state = if open.dirty {
            "Unsaved changes"
        } else {
            "All changes saved"
        };
        ui.label(state);
    });
}

/// Every finding as the summary says it: the overall ones, then those that fired on one
/// function's answers alone, each with what it measured, its question and the notes.
fn findings_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    ui.label(RichText::new("Findings").size(20.0).strong());
    let findings = Finding::all(
        &open.workshop,
        &open.rules,
        &open.classification,
        &open.stability,
        crate::ui::language_ui::of(ui),
    );
    if findings.is_empty() {
        ui.label("No rule fired.");
    }
    for finding in findings {
        let icon = match finding.signal {
            Signal::Toxic => Verdict::Toxic.icon(),
            Signal::Healthy => Verdict::Healthy.icon(),
        };
        let scope = finding
            .scope_words(crate::ui::language_ui::of(ui))
            .map(|words| format!(" · {words}"))
            .unwrap_or_default();
        ui.label(
            RichText::new(format!("{icon} {}{scope}", finding.title))
                .size(18.0)
                .strong(),
        );
        ui.label(&finding.explanation);
        for measurement in &finding.measurements {
            ui.label(format!("    {measurement}"));
        }
        ui.label(RichText::new(format!("Ask the room: {}", finding.prompt)).italics());
        if let Some(note) = &finding.note {
            ui.label(format!("Notes: {note}"));
        }
        ui.add_space(4.0);
    }
}
