//! Importing a survey file in the app, and the mapping step: when a file has columns Tandem
//! cannot place, the facilitator says for each what it is (a statement, a comment, or
//! ignore it); the choice is remembered for files with the same headers
//! ([`crate::import::remembered`]).

use std::path::{Path, PathBuf};

use super::command::{Commands, WorkshopCommand};
use super::notice::Notice;
use super::open_workshop::OpenWorkshop;
use crate::domain::Questionnaire;
use crate::import::remembered::RememberedMappings;
use crate::import::{self, ColumnMapping, ImportError, Imported, MapTo, Table};

/// The mapping step, open while the facilitator chooses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportMapping {
    pub path: PathBuf,
    /// Every header of the file, in order: what a remembered mapping is found by.
    pub headers: Vec<String>,
    /// The columns Tandem could not place, each with the facilitator's choice so far.
    pub unknown: Vec<(String, Option<MapTo>)>,
}

impl ImportMapping {
    pub fn is_complete(&self) -> bool {
        self.unknown.iter().all(|(_, choice)| choice.is_some())
    }

    fn mapping(&self) -> ColumnMapping {
        ColumnMapping {
            columns: self
                .unknown
                .iter()
                .filter_map(|(header, choice)| Some((header.clone(), choice.clone()?)))
                .collect(),
        }
    }
}

impl OpenWorkshop {
    /// Imports a survey file, all or none, with the mapping remembered for its headers;
    /// opens the mapping step when columns are still unknown.
    pub(super) fn import_survey(&mut self, path: &Path) -> Option<Notice> {
        let folder = self.folder();
        let remembered = match RememberedMappings::load(&folder) {
            Ok(remembered) => remembered,
            Err(error) => return Some(refused(path, &error)),
        };
        let table = match read(path) {
            Ok(table) => table,
            Err(error) => return Some(refused(path, &error)),
        };
        let mapping = remembered
            .for_headers(&table.header)
            .cloned()
            .unwrap_or_default();
        match import::import_table(&table, &self.workshop.questionnaire, &mapping) {
            Ok(imported) => Some(self.add_imported(path, imported)),
            Err(error) if !error.unknown_columns.is_empty() => {
                self.import_mapping = Some(ImportMapping {
                    path: path.to_path_buf(),
                    headers: table.header,
                    unknown: error
                        .unknown_columns
                        .into_iter()
                        .map(|c| (c, None))
                        .collect(),
                });
                None
            }
            Err(error) => Some(refused(path, &error.to_string())),
        }
    }

    /// The mapping step's "Import": the file again, with the facilitator's choices, which
    /// are remembered once the import succeeded.
    pub(super) fn import_mapped(&mut self) -> Option<Notice> {
        let step = self.import_mapping.take()?;
        let mapping = step.mapping();
        let imported = read(&step.path).and_then(|table| {
            import::import_table(&table, &self.workshop.questionnaire, &mapping)
                .map_err(|error| error.to_string())
        });
        let imported = match imported {
            Ok(imported) => imported,
            Err(error) => return Some(refused(&step.path, &error)),
        };
        let notice = self.add_imported(&step.path, imported);
        if matches!(notice, Notice::Info(_)) {
            let folder = self.folder();
            let remembered = RememberedMappings::load(&folder)
                .and_then(|remembered| remembered.remember(&folder, &step.headers, mapping));
            if let Err(error) = remembered {
                return Some(Notice::Error(format!(
                    "The responses were imported, but the column choices could not be remembered: {error}"
                )));
            }
        }
        Some(notice)
    }

    pub(super) fn choose_import_column(&mut self, index: usize, choice: MapTo) {
        if let Some((_, chosen)) = self
            .import_mapping
            .as_mut()
            .and_then(|step| step.unknown.get_mut(index))
        {
            *chosen = Some(choice);
        }
    }

    fn add_imported(&mut self, path: &Path, imported: Imported) -> Notice {
        let count = imported.responses.len();
        let dropped = import::dropped_note(&imported.dropped)
            .map(|note| format!(" {note}"))
            .unwrap_or_default();
        match self.add_responses(imported.responses) {
            Ok(()) => Notice::Info(format!(
                "Imported {count} responses from {}.{dropped}",
                path.display()
            )),
            Err(error) => Notice::Error(format!("{error}. Nothing was imported.")),
        }
    }

    fn folder(&self) -> PathBuf {
        self.path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }
}

fn read(path: &Path) -> Result<Table, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("cannot read the file: {error}"))?;
    import::read_table(&bytes, path, None).map_err(|error: ImportError| error.to_string())
}

fn refused(path: &Path, error: &str) -> Notice {
    Notice::Error(format!(
        "{}: {error}. Nothing was imported.",
        path.display()
    ))
}

/// The choices offered for an unknown column, with the words the facilitator sees.
fn choices(questionnaire: &Questionnaire) -> Vec<(MapTo, String)> {
    let mut choices = vec![
        (MapTo::Ignore, String::from("Ignore this column")),
        (
            MapTo::Key(String::from("friction_comment")),
            format!("Comment: {}", questionnaire.friction_comment_prompt),
        ),
        (
            MapTo::Key(String::from("works_well_comment")),
            format!("Comment: {}", questionnaire.works_well_comment_prompt),
        ),
    ];
    choices.extend(
        questionnaire
            .statements
            .iter()
            .map(|s| (MapTo::Key(s.key.clone()), format!("Statement: {}", s.text))),
    );
    choices
}

/// The mapping step, over everything else until imported or cancelled.
pub fn mapping_step_ui(
    ctx: &egui::Context,
    step: &ImportMapping,
    questionnaire: &Questionnaire,
    commands: &mut Commands,
) {
    let choices = choices(questionnaire);
    egui::Modal::new(egui::Id::unique("import mapping step")).show(ctx, |ui| {
        ui.set_max_width(720.0);
        ui.heading("Which question does each column answer?");
        ui.label(format!(
            "{} has columns Tandem does not recognise. Say what each one is; Tandem remembers your choice for files with the same columns.",
            step.path.file_name().map_or_else(String::new, |name| name.to_string_lossy().into_owned())
        ));
        ui.add_space(8.0);
        for (index, (header, chosen)) in step.unknown.iter().enumerate() {
            let shown = chosen
                .as_ref()
                .and_then(|chosen| choices.iter().find(|(to, _)| to == chosen))
                .map_or("Choose…", |(_, words)| words.as_str());
            egui::ComboBox::new(("import column", index), header.as_str())
                .selected_text(shown)
                .width(420.0)
                .show_ui(ui, |ui| {
                    for (to, words) in &choices {
                        if ui.selectable_label(chosen.as_ref() == Some(to), words).clicked() {
                            commands.send(WorkshopCommand::ChooseImportColumn(index, to.clone()));
                        }
                    }
                });
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(step.is_complete(), egui::Button::new("Import"))
                .clicked()
            {
                commands.send(WorkshopCommand::ImportMapped);
            }
            if ui.button("Cancel").clicked() {
                commands.send(WorkshopCommand::CancelImport);
            }
        });
    });
}
