//! File dialogs and exports for [`AppState`]: asking, the answer, the typed-path fallback
//! when no dialog can be shown, and writing exports on their own thread.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::app_state::AppState;
use super::background::ExportJob;
use super::command::{AppCommand, Command, PathEntryCommand, WorkshopCommand};
use super::file_name;
use super::file_purpose::{DialogAnswer, FilePurpose};
use super::notice::Notice;
use super::path_entry::{PathEntry, free_path};
use super::screen::Screen;
use crate::compare::report::ReportFormat;
use crate::export::{Export, Format, Summary};

/// A dialog that has not answered after this long may never: the typed path is offered
/// beside it (the dialog still counts if it answers later).
pub const DIALOG_PATIENCE: Duration = Duration::from_secs(8);

impl AppState {
    /// Asks for a file with a native dialog on its own thread.
    pub(super) fn show_dialog(&mut self, purpose: FilePurpose) {
        if self.dialog.is_some() || self.path_entry.is_some() {
            return;
        }
        let (folder, file_name) = self.dialog_place(purpose);
        match self.background.ask_for_file(
            purpose,
            folder,
            file_name,
            self.language,
            self.clock().clone(),
        ) {
            Ok(()) => {
                self.dialog = Some(purpose);
                self.dialog_asked = Some(self.clock().now());
            }
            Err(error) => {
                let why = self
                    .language
                    .text_with("app-no-dialog", &[("error", error.to_string().into())]);
                self.offer_path_entry(purpose, why);
            }
        }
    }

    /// The folder a dialog opens in and the file name a save dialog suggests.
    fn dialog_place(&self, purpose: FilePurpose) -> (PathBuf, String) {
        let open = match &self.screen {
            Screen::Workshop(open) => Some(open),
            _ => None,
        };
        let beside_workshop = open
            .and_then(|open| open.path.parent())
            .filter(|folder| !folder.as_os_str().is_empty())
            .map(Path::to_path_buf);
        let folder = match purpose {
            FilePurpose::RulesFile | FilePurpose::QuestionnaireFile => beside_workshop,
            _ => None,
        }
        .unwrap_or_else(|| self.workshops_dir.clone());
        let stem = open.and_then(|open| open.path.file_stem()).map_or_else(
            || String::from("workshop"),
            |s| s.to_string_lossy().into_owned(),
        );
        let file_name = match purpose {
            FilePurpose::Export(Export::Text(Format::ResponsesCsv)) => {
                format!("{stem}-responses.csv")
            }
            FilePurpose::Export(Export::Text(Format::MetricsCsv)) => format!("{stem}-metrics.csv"),
            FilePurpose::Export(format) => format!("{stem}.{}", format.extension()),
            FilePurpose::ExportComparison(_) => {
                let stem = match &self.screen {
                    Screen::Comparison(screen) => file_name::comparison_stem(screen.comparison()),
                    _ => String::from("comparison"),
                };
                format!("{stem}.{}", purpose.extension())
            }
            FilePurpose::SaveCopy => format!("{stem}-copy.ron"),
            _ => String::new(),
        };
        (folder, file_name)
    }

    /// A dialog answered: the chosen file is used (through `handle`, so the participant-mode
    /// gate applies to it too); when no dialog could be shown, the typed path is offered.
    pub(super) fn on_dialog_closed(&mut self, purpose: FilePurpose, answer: DialogAnswer) {
        self.dialog = None;
        self.dialog_asked = None;
        match answer {
            DialogAnswer::Chosen(path) => {
                self.path_entry = None;
                self.handle(command_for(purpose, path));
            }
            DialogAnswer::Cancelled => {
                if self.path_entry.as_ref().is_some_and(|entry| !entry.edited) {
                    self.path_entry = None;
                }
            }
            DialogAnswer::Unavailable => {
                let why = self.language.text("dialog-none");
                self.offer_path_entry(purpose, why);
            }
        }
    }

    fn offer_path_entry(&mut self, purpose: FilePurpose, why: String) {
        if matches!(self.screen, Screen::Participant(_)) {
            return;
        }
        let (folder, file_name) = self.dialog_place(purpose);
        // Saving falls back to a free name in the workshops folder, made if need be.
        let suggested = free_path(&self.workshops_dir, &file_name);
        let mut entry = PathEntry::new(purpose, why, folder, &suggested);
        if purpose.saves()
            && let Err(error) = std::fs::create_dir_all(&self.workshops_dir)
        {
            entry.problem = Some(self.language.text_with(
                "app-folder-not-created",
                &[
                    ("folder", self.workshops_dir.display().to_string().into()),
                    ("error", error.to_string().into()),
                ],
            ));
        }
        self.path_entry = Some(entry);
    }

    /// After [`DIALOG_PATIENCE`] without an answer, offers the typed path beside the dialog.
    /// Returns how long until then, so the frame wakes for it.
    pub(super) fn dialog_patience(&mut self, now: Instant) -> Option<Duration> {
        let (purpose, asked) = (self.dialog?, self.dialog_asked?);
        let due = asked + DIALOG_PATIENCE;
        if now < due {
            return Some(due - now);
        }
        self.dialog_asked = None;
        let seconds = usize::try_from(DIALOG_PATIENCE.as_secs()).unwrap_or(usize::MAX);
        let why = self
            .language
            .text_with("app-dialog-silent", &[("seconds", seconds.into())]);
        self.offer_path_entry(purpose, why);
        None
    }

    pub(super) fn handle_path_entry(&mut self, command: PathEntryCommand) {
        let Some(entry) = self.path_entry.as_mut() else {
            return;
        };
        match command {
            PathEntryCommand::SetText(text) => {
                entry.text = text;
                entry.edited = true;
                entry.problem = None;
            }
            PathEntryCommand::Cancel => self.path_entry = None,
            PathEntryCommand::Use => {
                let path = entry.path();
                if let Some(problem) = entry.purpose.path_problem(&path, self.language) {
                    entry.problem = Some(problem);
                    return;
                }
                let purpose = entry.purpose;
                self.path_entry = None;
                // A dialog still open behind the window no longer matters.
                self.dialog = None;
                self.dialog_asked = None;
                self.handle(command_for(purpose, path));
            }
        }
    }

    /// Renders and writes an export of the open workshop to `target` on its own thread.
    pub(super) fn start_export(&mut self, export: Export, target: PathBuf) {
        let Screen::Workshop(open) = &self.screen else {
            return;
        };
        let (workshop, rules) = (open.workshop.clone(), open.rules.clone());
        let job = ExportJob {
            target,
            render: Box::new(move || {
                export
                    .bytes(&Summary::new(&workshop, &rules))
                    .map_err(|error| error.to_string())
            }),
        };
        let started = self.language.text_with(
            "app-exporting",
            &[("format", export.label(self.language).into())],
        );
        self.run_export(job, started);
    }

    /// Renders the comparison and writes it on the export's own thread.
    pub(super) fn export_comparison(&mut self, format: ReportFormat, target: PathBuf) {
        let Screen::Comparison(screen) = &self.screen else {
            return;
        };
        let comparison = screen.shared();
        let job = ExportJob {
            target,
            render: Box::new(move || format.bytes(&comparison).map_err(|error| error.to_string())),
        };
        let started = self.language.text("app-exporting-comparison");
        self.run_export(job, started);
    }

    fn run_export(&mut self, job: ExportJob, started: String) {
        if self.exporting {
            return;
        }
        match self.background.export(job) {
            Ok(()) => {
                self.exporting = true;
                self.notice = Some(Notice::Info(started));
            }
            Err(error) => {
                let text = self
                    .language
                    .text_with("app-export-failed", &[("error", error.to_string().into())]);
                self.notice = Some(Notice::Error(text));
            }
        }
    }

    pub(super) fn on_export_finished(&mut self, result: Result<PathBuf, String>) {
        self.exporting = false;
        self.notice = Some(match result {
            Ok(path) => Notice::Info(self.language.text_with(
                "app-exported",
                &[("path", path.display().to_string().into())],
            )),
            Err(error) => Notice::Error(error),
        });
    }
}

/// What to do with the file chosen (or typed) for `purpose`.
fn command_for(purpose: FilePurpose, path: PathBuf) -> Command {
    match purpose {
        FilePurpose::OpenWorkshop => AppCommand::Open(path).into(),
        FilePurpose::RulesFile => WorkshopCommand::UseRulesFile(path).into(),
        FilePurpose::QuestionnaireFile => WorkshopCommand::UseQuestionnaireFile(path).into(),
        FilePurpose::ImportCsv => WorkshopCommand::ImportCsv(path).into(),
        FilePurpose::Export(format) => AppCommand::ExportTo(format, path).into(),
        FilePurpose::ExportComparison(format) => {
            AppCommand::ExportComparisonTo { format, path }.into()
        }
        FilePurpose::SaveCopy => WorkshopCommand::SaveCopyTo(path).into(),
    }
}
