use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

use super::library::Library;
use super::sort_key::SortKey;
use crate::ui::state::app_state::AppState;
use crate::ui::state::command::{AppCommand, Commands, LibraryCommand};
use crate::ui::state::file_purpose::FilePurpose;
use crate::ui::style::language_ui::{text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::verdict_badge;

/// The start screen: new workshop, the workshops of the folder, open any file.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Commands) {
    ui.heading(RichText::new("Tandem").size(theme::HEADLINE));
    ui.label(text(ui, "home-tagline"));
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new(text(ui, "home-new")).size(theme::ACTION_BUTTON))
            .clicked()
        {
            commands.send(AppCommand::NewWorkshop);
        }
        let waiting = state.dialog.is_some();
        let open_file = ui.add_enabled(
            !waiting,
            egui::Button::new(RichText::new(text(ui, "home-open-file")).size(theme::ACTION_BUTTON)),
        );
        if open_file.clicked() {
            commands.send(AppCommand::ShowDialog(FilePurpose::OpenWorkshop));
        }
        if waiting {
            ui.spinner();
            ui.label(text(ui, "home-waiting"));
        }
        if ui.button(text(ui, "home-rescan")).clicked() {
            commands.send(AppCommand::Rescan);
        }
        if ui.button(text(ui, "app-about")).clicked() {
            commands.send(AppCommand::ShowAbout(true));
        }
    });
    ui.add_space(12.0);
    let folder = text_with(
        ui,
        "home-folder",
        &[("folder", state.workshops_dir.display().to_string().into())],
    );
    ui.label(RichText::new(folder).strong());
    // The recent files go under the library, whose list takes the height left above them:
    // their height is measured each frame and kept for the next.
    let recent_id = ui.scope_id().with("recent files height");
    let recent_height = ui.data(|data| data.get_temp::<f32>(recent_id).unwrap_or(0.0));
    library(ui, state, recent_height, commands);
    let top = ui.cursor().top();
    if !state.recent.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(text(ui, "home-recent")).strong());
        for path in &state.recent {
            if ui.link(path.display().to_string()).clicked() {
                commands.send(AppCommand::Open(path.clone()));
            }
        }
    }
    let height = ui.cursor().top() - top;
    if (height - recent_height).abs() > 0.5 {
        ui.data_mut(|data| data.insert_temp(recent_id, height));
        // Once more with the list fitted to it; then the height holds and nothing repaints.
        ui.ctx().request_repaint();
    }
}

/// The library: scan progress, the files that could not be read, the filter, the table.
/// `below` is the height to leave under the table (the recent files).
fn library(ui: &mut egui::Ui, state: &AppState, below: f32, commands: &mut Commands) {
    let library = &state.library;
    if library.is_scanning() {
        ui.horizontal(|ui| {
            ui.spinner();
            let total = library.total.unwrap_or(0);
            ui.label(text_with(
                ui,
                "library-scanning",
                &[
                    ("scanned", library.scanned().into()),
                    ("total", total.into()),
                ],
            ));
        });
        if let Some(total) = library.total.filter(|total| *total > 0) {
            ui.add(
                egui::ProgressBar::new(library.scanned() as f32 / total as f32)
                    .desired_width(300.0),
            );
        }
    }
    // Above the list, where a folder of 300 workshops cannot hide them.
    if !library.unreadable.is_empty() {
        unreadable_ui(ui, library);
    }
    ui.horizontal(|ui| {
        let label = ui.label(text(ui, "library-filter"));
        let mut filter = library.filter.clone();
        if ui
            .add(
                egui::TextEdit::singleline(&mut filter)
                    .hint_text(text(ui, "library-filter-hint"))
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
            egui::Button::new(text_with(
                ui,
                "library-compare-selected",
                &[("count", chosen.into())],
            )),
        );
        if compare.clicked() {
            commands.send(AppCommand::CompareSelected);
        }
        if chosen < 2 {
            ui.label(RichText::new(text(ui, "library-tick")).weak());
        }
    });
    let count = library.visible_count();
    if count == 0 && library.unreadable.is_empty() && !library.is_scanning() {
        ui.label(text(ui, "library-empty"));
    }
    if count > 0 {
        table(ui, library, count, below, commands);
    }
}

/// "3 files could not be read", opening to each file's name and what is wrong with it.
fn unreadable_ui(ui: &mut egui::Ui, library: &Library) {
    let summary = text_with(
        ui,
        "library-unreadable",
        &[("count", library.unreadable.len().into())],
    );
    let colour = ui.visuals().error_fg_color;
    egui::CollapsingHeader::new(RichText::new(format!("⚠ {summary}")).color(colour))
        .id_salt("unreadable files")
        .show(ui, |ui| {
            let language = crate::ui::style::language_ui::of(ui);
            // A folder of broken files must not push the list out of the window.
            egui::ScrollArea::vertical()
                .id_salt("unreadable files list")
                .max_height(UNREADABLE_LIST_HEIGHT)
                .show(ui, |ui| {
                    for (path, error) in &library.unreadable {
                        ui.add(
                            egui::Label::new(RichText::new(said_of(path, error, language))).wrap(),
                        );
                    }
                });
        });
}

/// The most the list of unreadable files takes before it scrolls.
const UNREADABLE_LIST_HEIGHT: f32 = 160.0;

/// An unreadable file's error with its name where the message has its whole path: the
/// folder is already named above the list.
fn said_of(
    path: &std::path::Path,
    error: &crate::storage::FileError,
    language: crate::i18n::Language,
) -> String {
    let said = error.describe(language);
    let name = path.file_name().map(|name| name.to_string_lossy());
    match (name, said.strip_prefix(&path.display().to_string())) {
        (Some(name), Some(rest)) => format!("{name}{rest}"),
        _ => said,
    }
}

/// The library as a table that scrolls on its own under its header row, which therefore
/// stays in view, and builds only the rows in view, so a folder of 1,000 workshops draws as
/// fast as one of ten. It takes the page's height left above `below`, and at least a few
/// rows (then the page scrolls too).
fn table(ui: &mut egui::Ui, library: &Library, count: usize, below: f32, commands: &mut Commands) {
    let row_height = ui.spacing().interact_size.y + 6.0;
    let header_height = row_height + ui.spacing().item_spacing.y;
    let fits = ui.available_height() - header_height - below;
    TableBuilder::new(ui)
        .id_salt("library")
        .striped(true)
        .vscroll(true)
        .auto_shrink([false, true])
        .min_scrolled_height(row_height * MIN_ROWS_IN_VIEW)
        .max_scroll_height(fits.max(row_height * MIN_ROWS_IN_VIEW))
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
                    // Worded before: the closure runs while egui's context is locked.
                    let name = text_with(
                        ui,
                        "library-compare-one",
                        &[("title", summary.title.as_str().into())],
                    );
                    tick.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::CheckBox, true, chosen, &name)
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
                    ui.label(crate::ui::style::language_ui::of(ui).count(summary.sales));
                });
                row.col(|ui| {
                    ui.label(crate::ui::style::language_ui::of(ui).count(summary.product));
                });
                row.col(|ui| {
                    ui.label(text(ui, stage_id(summary.stage)));
                });
                row.col(|ui| {
                    // A workshop in progress shows no verdict before the room has seen it.
                    if summary.locked {
                        ui.label(RichText::new(text(ui, "library-in-participant-mode")).weak());
                    } else if summary.revealed {
                        verdict_badge(ui, summary.verdict, theme::NOTE);
                    } else {
                        ui.label(RichText::new(text(ui, "library-not-revealed")).weak());
                    }
                });
                row.col(|ui| {
                    let open = ui.button(text(ui, "library-open"));
                    let name = text_with(
                        ui,
                        "library-open-one",
                        &[("title", summary.title.as_str().into())],
                    );
                    open.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                    if open.clicked() {
                        commands.send(AppCommand::Open(summary.path.clone()));
                    }
                    if summary.unsaved_changes {
                        ui.label(RichText::new(text(ui, "library-recover")).italics());
                    }
                });
            });
        });
}

/// The fewest rows the table shows when the window is short (or zoomed in).
const MIN_ROWS_IN_VIEW: f32 = 4.0;

fn sort_header(ui: &mut egui::Ui, library: &Library, key: SortKey, commands: &mut Commands) {
    let marker = match (library.sort == key, library.descending) {
        (true, false) => " ⏶",
        (true, true) => " ⏷",
        (false, _) => "",
    };
    let header = ui.add(
        egui::Button::new(RichText::new(format!("{}{marker}", text(ui, sort_ids(key).0))).strong())
            .frame(false),
    );
    // Worded before: the closure runs while egui's context is locked.
    let name = text(ui, sort_ids(key).1);
    header.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if header.clicked() {
        commands.send(LibraryCommand::Sort(key));
    }
}

/// A stage's name in the library's column.
fn stage_id(stage: crate::domain::Stage) -> &'static str {
    use crate::domain::Stage;
    match stage {
        Stage::Setup => "library-stage-setup",
        Stage::Framing => "library-stage-framing",
        Stage::Capture => "library-stage-capture",
        Stage::Reveal => "library-stage-reveal",
        Stage::Diagnose => "library-stage-diagnose",
        Stage::Agree => "library-stage-agree",
        Stage::Close => "library-stage-close",
    }
}

/// A column's heading, and the name of its sort button.
fn sort_ids(key: SortKey) -> (&'static str, &'static str) {
    match key {
        SortKey::Date => ("library-date", "library-sort-date"),
        SortKey::Title => ("library-title", "library-sort-title"),
        SortKey::Organisation => ("library-organisation", "library-sort-organisation"),
        SortKey::Sales => ("function-sales", "library-sort-sales"),
        SortKey::Product => ("function-product", "library-sort-product"),
        SortKey::Stage => ("library-stage", "library-sort-stage"),
        SortKey::Verdict => ("library-verdict", "library-sort-verdict"),
    }
}
