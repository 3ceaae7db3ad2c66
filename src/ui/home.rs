use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

use super::library::{Library, SortKey};
use super::state::AppState;
use super::widgets::verdict_badge;
use crate::ui::command::{AppCommand, Commands, LibraryCommand};
use crate::ui::file_purpose::FilePurpose;

/// The start screen: new workshop, the workshops of the folder, open any file.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Commands) {
    ui.heading(RichText::new("Tandem").size(34.0));
    ui.label("Sales and product alignment workshops: anonymous friction ratings from both sides, a verdict you can check by hand.");
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("+ New workshop").size(18.0))
            .clicked()
        {
            commands.send(AppCommand::NewWorkshop);
        }
        let waiting = state.dialog.is_some();
        let open_file = ui.add_enabled(
            !waiting,
            egui::Button::new(RichText::new("Open file…").size(18.0)),
        );
        if open_file.clicked() {
            commands.send(AppCommand::ShowDialog(FilePurpose::OpenWorkshop));
        }
        if waiting {
            ui.spinner();
            ui.label("Waiting for the file dialog…");
        }
        if ui.button("Rescan folder").clicked() {
            commands.send(AppCommand::Rescan);
        }
    });
    ui.add_space(12.0);
    ui.label(RichText::new(format!("Workshops in {}", state.workshops_dir.display())).strong());
    library(ui, state, commands);
    if !state.recent.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new("Recent files").strong());
        for path in &state.recent {
            if ui.link(path.display().to_string()).clicked() {
                commands.send(AppCommand::Open(path.clone()));
            }
        }
    }
}

fn library(ui: &mut egui::Ui, state: &AppState, commands: &mut Commands) {
    let library = &state.library;
    if library.is_scanning() {
        ui.horizontal(|ui| {
            ui.spinner();
            let total = library.total.unwrap_or(0);
            ui.label(format!("Scanning… {} of {total} files", library.scanned()));
        });
        if let Some(total) = library.total.filter(|total| *total > 0) {
            ui.add(
                egui::ProgressBar::new(library.scanned() as f32 / total as f32)
                    .desired_width(300.0),
            );
        }
    }
    ui.horizontal(|ui| {
        let label = ui.label("Filter");
        let mut filter = library.filter.clone();
        if ui
            .add(
                egui::TextEdit::singleline(&mut filter)
                    .hint_text("title, organisation or date")
                    .desired_width(260.0),
            )
            .labelled_by(label.id)
            .changed()
        {
            commands.send(LibraryCommand::Filter(filter));
        }
        let chosen = library.selected.len();
        let compare = ui.add_enabled(
            chosen >= 2,
            egui::Button::new(format!("Compare selected ({chosen})")),
        );
        if compare.clicked() {
            commands.send(AppCommand::CompareSelected);
        }
        if chosen < 2 {
            ui.label(RichText::new("Tick two or more workshops to compare them.").weak());
        }
    });
    let count = library.visible_count();
    if count == 0 && library.unreadable.is_empty() && !library.is_scanning() {
        ui.label("No workshops here yet. Start one with “New workshop”.");
    }
    if count > 0 {
        table(ui, library, count, commands);
    }
    for (_, error) in &library.unreadable {
        ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {error}"));
    }
}

/// The library as a table whose rows out of view are skipped (the page scrolls, the table
/// does not), so a folder of 1,000 workshops draws as fast as one of ten.
fn table(ui: &mut egui::Ui, library: &Library, count: usize, commands: &mut Commands) {
    let row_height = ui.spacing().interact_size.y + 6.0;
    TableBuilder::new(ui)
        .id_salt("library")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::auto())
        .columns(Column::auto().at_least(48.0), SortKey::ALL.len())
        .column(Column::remainder().at_least(60.0))
        .header(row_height, |mut header| {
            header.col(|_| {});
            for key in SortKey::ALL {
                header.col(|ui| sort_header(ui, library, key, commands));
            }
            header.col(|_| {});
        })
        .body(|body| {
            body.rows(row_height, count, |mut row| {
                let Some(summary) = library.visible_row(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    let mut chosen = library.selected.contains(&summary.path);
                    let tick =
                        ui.add_enabled(!summary.locked, egui::Checkbox::new(&mut chosen, ""));
                    tick.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::CheckBox,
                            true,
                            chosen,
                            format!("Compare {}", summary.title),
                        )
                    });
                    if tick.changed() {
                        commands.send(LibraryCommand::ToggleCompare(summary.path.clone()));
                    }
                });
                row.col(|ui| {
                    ui.label(summary.date.to_string());
                });
                row.col(|ui| {
                    ui.label(&summary.title);
                });
                row.col(|ui| {
                    ui.label(&summary.organisation);
                });
                row.col(|ui| {
                    ui.label(summary.sales.to_string());
                });
                row.col(|ui| {
                    ui.label(summary.product.to_string());
                });
                row.col(|ui| {
                    ui.label(summary.stage.label());
                });
                row.col(|ui| {
                    // A workshop in progress shows no verdict before the room has seen it.
                    if summary.locked {
                        ui.label(RichText::new("in participant mode").weak());
                    } else if summary.revealed {
                        verdict_badge(ui, summary.verdict, 14.0);
                    } else {
                        ui.label(RichText::new("not revealed").weak());
                    }
                });
                row.col(|ui| {
                    let open = ui.button("Open");
                    open.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            format!("Open {}", summary.title),
                        )
                    });
                    if open.clicked() {
                        commands.send(AppCommand::Open(summary.path.clone()));
                    }
                    if summary.unsaved_changes {
                        ui.label(RichText::new("unsaved changes to recover").italics());
                    }
                });
            });
        });
}

fn sort_header(ui: &mut egui::Ui, library: &Library, key: SortKey, commands: &mut Commands) {
    let marker = match (library.sort == key, library.descending) {
        (true, false) => " ⏶",
        (true, true) => " ⏷",
        (false, _) => "",
    };
    let header = ui.add(
        egui::Button::new(RichText::new(format!("{}{marker}", key.label())).strong()).frame(false),
    );
    header.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            format!("Sort by {}", key.label().to_lowercase()),
        )
    });
    if header.clicked() {
        commands.send(LibraryCommand::Sort(key));
    }
}
