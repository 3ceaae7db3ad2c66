use eframe::egui;

use crate::export::{Export, Format};
use crate::ui::state::command::{AppCommand, Commands};
use crate::ui::style::language_ui::{self, text};

/// Export buttons, shared by Reveal and Close.
pub fn show(ui: &mut egui::Ui, exporting: bool, commands: &mut Commands) {
    ui.horizontal_wrapped(|ui| {
        for export in [
            Export::Pdf,
            Export::Text(Format::Html),
            Export::Text(Format::Markdown),
            Export::Text(Format::ResponsesCsv),
            Export::Text(Format::MetricsCsv),
        ] {
            let button = ui.add_enabled(!exporting, egui::Button::new(text(ui, export_id(export))));
            if button.clicked() {
                commands.send(AppCommand::Export(export));
            }
        }
        if ui.button(text(ui, "workshop-copy-markdown")).clicked() {
            commands.send(AppCommand::CopyMarkdown);
        }
        if exporting {
            ui.spinner();
            ui.label(text(ui, "workshop-exporting"));
        }
    });
}

/// "The raw responses, one row per person": asked before the responses CSV is written,
/// since it is the one export that keeps a team beside its comments.
/// `held` answers wait since the reveal: they are not in the file, and it says so.
pub fn raw_export_prompt_ui(ctx: &egui::Context, held: usize, commands: &mut Commands) {
    let answer = egui::Modal::new(egui::Id::unique("raw export")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(text(ui, "raw-export-title"));
        ui.add(egui::Label::new(text(ui, "raw-export-text")).wrap());
        if held > 0 {
            let said = language_ui::of(ui).text_with("raw-export-held", &[("count", held.into())]);
            ui.add(egui::Label::new(said).wrap());
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(text(ui, "raw-export-yes")).clicked() {
                commands.send(AppCommand::AnswerRawExport(true));
            }
            if ui.button(text(ui, "raw-export-no")).clicked() {
                commands.send(AppCommand::AnswerRawExport(false));
            }
        });
    });
    if answer.should_close() {
        commands.send(AppCommand::AnswerRawExport(false));
    }
}

/// The button's words for one export format.
fn export_id(export: Export) -> &'static str {
    match export {
        Export::Pdf => "workshop-export-pdf",
        Export::Text(Format::Html) => "workshop-export-html",
        Export::Text(Format::Markdown) => "workshop-export-markdown",
        Export::Text(Format::ResponsesCsv) => "workshop-export-responses",
        Export::Text(Format::MetricsCsv) => "workshop-export-metrics",
    }
}
