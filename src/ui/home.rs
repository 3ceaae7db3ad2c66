use eframe::egui::{self, RichText};

use super::command::{Command, FilePurpose};
use super::state::AppState;
use super::widgets::verdict_badge;
use crate::storage;

/// The start screen: new workshop, the workshops of the folder, open any file.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.heading(RichText::new("Tandem").size(34.0));
    ui.label("Sales and product alignment workshops: anonymous friction ratings from both sides, a verdict you can check by hand.");
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("+ New workshop").size(18.0))
            .clicked()
        {
            commands.push(Command::NewWorkshop);
        }
        let waiting = state.dialog.is_some();
        let open_file = ui.add_enabled(
            !waiting,
            egui::Button::new(RichText::new("Open file…").size(18.0)),
        );
        if open_file.clicked() {
            commands.push(Command::ShowDialog(FilePurpose::OpenWorkshop));
        }
        if waiting {
            ui.spinner();
            ui.label("Waiting for the file dialog…");
        }
        if ui.button("Rescan folder").clicked() {
            commands.push(Command::Rescan);
        }
    });
    ui.add_space(12.0);
    ui.label(RichText::new(format!("Workshops in {}", state.workshops_dir.display())).strong());
    match &state.scan {
        Err(error) => {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        Ok(scan) if scan.workshops.is_empty() && scan.unreadable.is_empty() => {
            ui.label("No workshops yet. Start one with “New workshop”.");
        }
        Ok(scan) => {
            egui::Grid::new("library")
                .striped(true)
                .spacing([18.0, 6.0])
                .show(ui, |ui| {
                    for header in [
                        "Date",
                        "Title",
                        "Organisation",
                        "Sales",
                        "Product",
                        "Stage",
                        "Verdict",
                        "",
                    ] {
                        ui.strong(header);
                    }
                    ui.end_row();
                    for summary in &scan.workshops {
                        ui.label(summary.date.to_string());
                        ui.label(&summary.title);
                        ui.label(&summary.organisation);
                        ui.label(summary.sales.to_string());
                        ui.label(summary.product.to_string());
                        ui.label(summary.stage.label());
                        verdict_badge(ui, summary.verdict, 14.0);
                        ui.horizontal(|ui| {
                            let open = ui.button("Open");
                            open.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::Button,
                                    true,
                                    format!("Open {}", summary.title),
                                )
                            });
                            if open.clicked() {
                                commands.push(Command::Open(summary.path.clone()));
                            }
                            if storage::newer_recovery(&summary.path).is_some() {
                                ui.label(RichText::new("unsaved changes to recover").italics());
                            }
                        });
                        ui.end_row();
                    }
                });
            for error in &scan.unreadable {
                ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {error}"));
            }
        }
    }
    let recent: Vec<_> = state.recent.iter().filter(|path| path.exists()).collect();
    if !recent.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new("Recent files").strong());
        for path in recent {
            if ui.link(path.display().to_string()).clicked() {
                commands.push(Command::Open(path.clone()));
            }
        }
    }
}
