//! [`OpenWorkshop`]'s survey import: a file (CSV or .xlsx) in, all responses or none, with
//! the mapping remembered for its headers; columns still unknown open the mapping step
//! ([`super::import_mapping`]).

use std::path::{Path, PathBuf};

use super::import_mapping::ImportMapping;
use super::open_workshop::OpenWorkshop;
use super::pending_import::{PendingImport, UndoImport};
use crate::domain::Function;
use crate::i18n::Language;
use crate::import::remembered::RememberedMappings;
use crate::import::{self, ImportError, Imported, MapTo, Table};
use crate::ui::state::notice::Notice;

impl OpenWorkshop {
    /// Imports a survey file, all or none, with the mapping remembered for its headers;
    /// opens the mapping step when columns are still unknown.
    pub(super) fn import_survey(&mut self, path: &Path, language: Language) -> Option<Notice> {
        let folder = self.folder();
        let remembered = match RememberedMappings::load(&folder) {
            Ok(remembered) => remembered,
            Err(error) => return Some(refused(path, &error, language)),
        };
        let table = match read(path, language) {
            Ok(table) => table,
            Err(error) => return Some(refused(path, &error, language)),
        };
        let mapping = remembered
            .for_headers(&table.header)
            .cloned()
            .unwrap_or_default();
        match import::import_table(&table, &self.workshop.questionnaire, &mapping) {
            Ok(imported) => self.add_imported(path, imported, language),
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
            Err(error) => Some(refused(path, &error.describe(language), language)),
        }
    }

    /// The mapping step's "Import": the file again, with the facilitator's choices, which
    /// are remembered once the import succeeded.
    pub(super) fn import_mapped(&mut self, language: Language) -> Option<Notice> {
        let step = self.import_mapping.take()?;
        let mapping = step.mapping();
        let imported = read(&step.path, language).and_then(|table| {
            import::import_table(&table, &self.workshop.questionnaire, &mapping)
                .map_err(|error| error.describe(language))
        });
        let imported = match imported {
            Ok(imported) => imported,
            Err(error) => return Some(refused(&step.path, &error, language)),
        };
        let notice = self.add_imported(&step.path, imported, language);
        if !matches!(notice, Some(Notice::Error(_))) {
            let folder = self.folder();
            let remembered = RememberedMappings::load(&folder)
                .and_then(|remembered| remembered.remember(&folder, &step.headers, mapping));
            if let Err(error) = remembered {
                return Some(Notice::Error(language.text_with(
                    "import-not-remembered",
                    &[("error", error.clone().into())],
                )));
            }
        }
        notice
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

    /// Adds what a file gave, unless the workshop took the same rows before: then the
    /// facilitator is asked first ([`OpenWorkshop::import_again`]).
    fn add_imported(
        &mut self,
        path: &Path,
        imported: Imported,
        language: Language,
    ) -> Option<Notice> {
        if imported.imported_before(&self.workshop) {
            self.import_again = Some(PendingImport {
                path: path.to_path_buf(),
                imported,
            });
            return None;
        }
        Some(self.commit_import(path, imported, language))
    }

    /// The facilitator's answer to "import these rows again?".
    pub(super) fn answer_import_again(
        &mut self,
        again: bool,
        language: Language,
    ) -> Option<Notice> {
        let pending = self.import_again.take()?;
        again.then(|| self.commit_import(&pending.path, pending.imported, language))
    }

    /// The answers in, through the one door every answer takes (held back after the
    /// reveal), with the file's fingerprint kept; the import can then be undone while it
    /// is the last change.
    fn commit_import(&mut self, path: &Path, imported: Imported, language: Language) -> Notice {
        let count = imported.responses.len();
        let dropped: String = import::notes(&imported, language)
            .iter()
            .map(|note| format!(" {note}"))
            .collect();
        let before = self.workshop.clone();
        self.workshop.imports.push(imported.record());
        match self.add_responses(imported.responses) {
            Ok(saved) => {
                self.undo_import = Some(UndoImport {
                    path: path.to_path_buf(),
                    count,
                    before,
                    after: self.workshop.clone(),
                });
                let held = Function::ALL
                    .into_iter()
                    .filter_map(|function| self.workshop.held_back_notice(function, language))
                    .map(|held| format!(" {held}"))
                    .collect::<String>();
                let merged = saved
                    .notice(language)
                    .map(|notice| format!(" {}", notice.text()))
                    .unwrap_or_default();
                Notice::Info(language.text_with(
                    "import-done",
                    &[
                        ("count", count.into()),
                        ("path", path.display().to_string().into()),
                        ("dropped", format!("{dropped}{held}{merged}").into()),
                    ],
                ))
            }
            Err(error) => {
                self.workshop.imports = before.imports;
                Notice::Error(language.text_with(
                    "import-nothing",
                    &[("error", error.describe(language).into())],
                ))
            }
        }
    }

    /// Takes the last import back out, while nothing has changed here since: what it
    /// added goes, what came from elsewhere meanwhile stays.
    pub(super) fn undo_last_import(&mut self, language: Language) -> Option<Notice> {
        let undo = self.undo_import.take()?;
        // This window's workshop laid over "before the import", both from "just after it".
        let Ok(undone) = crate::domain::merge(&undo.after, &self.workshop, &undo.before) else {
            return Some(Notice::Error(language.text("import-not-undone-changed")));
        };
        let kept = std::mem::replace(&mut self.workshop, undone);
        Some(match self.save_file() {
            Ok(_) => {
                let workshop = self.workshop.clone();
                self.replace_workshop(workshop);
                Notice::Info(language.text_with(
                    "import-undone",
                    &[
                        ("count", undo.count.into()),
                        ("path", undo.path.display().to_string().into()),
                    ],
                ))
            }
            Err(error) => {
                self.workshop = kept;
                self.undo_import = Some(undo);
                Notice::Error(language.text_with(
                    "import-not-undone",
                    &[("error", error.describe(language).into())],
                ))
            }
        })
    }

    fn folder(&self) -> PathBuf {
        self.path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }
}

fn read(path: &Path, language: Language) -> Result<Table, String> {
    let bytes = std::fs::read(path).map_err(|error| {
        language.text_with("import-cannot-read", &[("error", error.to_string().into())])
    })?;
    import::read_table(&bytes, path, None).map_err(|error: ImportError| error.describe(language))
}

fn refused(path: &Path, error: &str, language: Language) -> Notice {
    Notice::Error(language.text_with(
        "import-refused",
        &[
            ("path", path.display().to_string().into()),
            ("error", error.into()),
        ],
    ))
}
