use eframe::egui;

use super::Launch;
use crate::domain::Function;
use crate::storage::{self, Scan};

/// A read-only view of the workshops folder and of one opened workshop.
pub struct PlaceholderApp {
    launch: Launch,
    scan: Result<Scan, String>,
    opened: Option<Result<crate::domain::Workshop, String>>,
}

impl PlaceholderApp {
    pub fn new(launch: Launch) -> Self {
        let scan = storage::scan(&launch.workshops_dir).map_err(|error| error.to_string());
        let opened = launch
            .open
            .as_deref()
            .map(|path| storage::load_workshop(path).map_err(|error| error.to_string()));
        Self {
            launch,
            scan,
            opened,
        }
    }
}

impl eframe::App for PlaceholderApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Tandem");
            ui.label("Sales ↔ product alignment workshops. The facilitator app is on its way.");
            ui.separator();
            match &self.opened {
                Some(Ok(workshop)) => {
                    ui.heading(&workshop.meta.title);
                    ui.label(format!(
                        "{} · {} · stage {} · {} sales and {} product responses",
                        workshop.meta.organisation,
                        workshop.meta.date,
                        workshop.stage,
                        workshop.respondents(Function::Sales),
                        workshop.respondents(Function::Product)
                    ));
                    ui.separator();
                }
                Some(Err(error)) => {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                    ui.separator();
                }
                None => {}
            }
            ui.label(format!(
                "Workshops in {}",
                self.launch.workshops_dir.display()
            ));
            match &self.scan {
                Ok(scan) => {
                    egui::Grid::new("workshops").striped(true).show(ui, |ui| {
                        for header in ["Date", "Title", "Organisation", "Sales", "Product", "Stage"]
                        {
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
                            ui.end_row();
                        }
                    });
                    for error in &scan.unreadable {
                        ui.colored_label(ui.visuals().error_fg_color, error.to_string());
                    }
                }
                Err(error) => {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
            }
        });
    }
}
