use eframe::egui;

use super::command::Command;
use crate::export::Format;

/// Export buttons, shared by Reveal and Close.
pub fn show(ui: &mut egui::Ui, exporting: bool, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        for format in [
            Format::Html,
            Format::Markdown,
            Format::ResponsesCsv,
            Format::MetricsCsv,
        ] {
            let button = ui.add_enabled(
                !exporting,
                egui::Button::new(format!("Export {}…", format.label())),
            );
            if button.clicked() {
                commands.push(Command::Export(format));
            }
        }
        if ui.button("Copy Markdown").clicked() {
            commands.push(Command::CopyMarkdown);
        }
        if exporting {
            ui.spinner();
            ui.label("Exporting…");
        }
    });
}
