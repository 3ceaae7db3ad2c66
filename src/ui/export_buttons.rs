use eframe::egui;

use crate::export::Format;
use crate::ui::command::{AppCommand, Commands};

/// Export buttons, shared by Reveal and Close.
pub fn show(ui: &mut egui::Ui, exporting: bool, commands: &mut Commands) {
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
                commands.send(AppCommand::Export(format));
            }
        }
        if ui.button("Copy Markdown").clicked() {
            commands.send(AppCommand::CopyMarkdown);
        }
        if exporting {
            ui.spinner();
            ui.label("Exporting…");
        }
    });
}
