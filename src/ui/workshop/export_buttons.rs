use eframe::egui;

use crate::export::Format;
use crate::ui::state::command::{AppCommand, Commands};
use crate::ui::style::language_ui::text;

/// Export buttons, shared by Reveal and Close.
pub fn show(ui: &mut egui::Ui, exporting: bool, commands: &mut Commands) {
    ui.horizontal_wrapped(|ui| {
        for format in [
            Format::Html,
            Format::Markdown,
            Format::ResponsesCsv,
            Format::MetricsCsv,
        ] {
            let button = ui.add_enabled(!exporting, egui::Button::new(text(ui, export_id(format))));
            if button.clicked() {
                commands.send(AppCommand::Export(format));
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

/// The button's words for one export format.
fn export_id(format: Format) -> &'static str {
    match format {
        Format::Html => "workshop-export-html",
        Format::Markdown => "workshop-export-markdown",
        Format::ResponsesCsv => "workshop-export-responses",
        Format::MetricsCsv => "workshop-export-metrics",
    }
}
