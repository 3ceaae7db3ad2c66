//! [`AppState::handle_app`]: screens, files, dialogs and exports.

use std::path::Path;
use std::time::Instant;

use super::app_state::{AppState, Closing};
use super::command::AppCommand;
use super::file_name::{self, unique_path};
use super::file_purpose::FilePurpose;
use super::notice::Notice;
use super::screen::Screen;
use crate::compare::Comparison;
use crate::domain::{ParticipantLock, Stage, Workshop};
use crate::export::{Export, Format};
use crate::rules::RuleSet;
use crate::storage;
use crate::storage::{DiskCopy, NotWritten};
use crate::ui::about::About;
use crate::ui::compare::lines::ComparisonScreen;
use crate::ui::kiosk::participant_screen::ParticipantScreen;
use crate::ui::workshop::file_sync::{lock_for_window, window_holder};
use crate::ui::workshop::open_workshop::OpenWorkshop;
use crate::ui::workshop::room::room_panel::Leaving;

/// How many recent files the home screen remembers.
const RECENT_FILES: usize = 8;

impl AppState {
    pub(in crate::ui) fn handle_app(&mut self, command: AppCommand, now: Instant) {
        match command {
            AppCommand::NewWorkshop => self.new_workshop(now),
            AppCommand::Open(path) => self.open_path(&path, now),
            AppCommand::CloseWorkshop => {
                if let Screen::Workshop(open) = &mut self.screen
                    && open.room.open.is_some()
                {
                    open.room.leaving = Some(Leaving::Home);
                    return;
                }
                self.keep_time();
                if matches!(self.screen, Screen::Workshop(_)) && self.save_if_dirty() {
                    self.screen = Screen::Home;
                    self.rescan();
                }
            }
            AppCommand::ShowDialog(purpose) => self.show_dialog(purpose),
            // Each row links a team, its ratings and its comments: said before it is written.
            AppCommand::Export(Export::Text(Format::ResponsesCsv)) => {
                self.asking_raw_export = matches!(self.screen, Screen::Workshop(_));
            }
            AppCommand::AnswerRawExport(save) => {
                self.asking_raw_export = false;
                if save {
                    self.show_dialog(FilePurpose::Export(Format::ResponsesCsv.into()));
                }
            }
            AppCommand::Export(format) => self.show_dialog(FilePurpose::Export(format)),
            AppCommand::ExportTo(format, path) => self.start_export(format, path),
            AppCommand::ExportComparison(format) => {
                self.show_dialog(FilePurpose::ExportComparison(format));
            }
            AppCommand::ExportComparisonTo { format, path } => {
                self.export_comparison(format, path);
            }
            AppCommand::PathEntry(command) => self.handle_path_entry(command),
            AppCommand::CopyMarkdown => {
                if let Screen::Workshop(open) = &self.screen {
                    self.clipboard = Some(open.markdown().to_owned());
                    self.notice = Some(Notice::Info(self.language.text("app-markdown-copied")));
                }
            }
            AppCommand::StartParticipantMode => self.start_participant_mode(now),
            AppCommand::CompareSelected => self.compare_selected(),
            AppCommand::CloseComparison => {
                if matches!(self.screen, Screen::Comparison(_)) {
                    self.screen = Screen::Home;
                }
            }
            AppCommand::Rescan => self.rescan(),
            AppCommand::DismissNotice => self.notice = None,
            AppCommand::SetDarkMode(dark) => self.dark_mode = dark,
            AppCommand::SetLanguage(language) => self.language = language,
            AppCommand::SetPresentation(on) => self.presenting = on,
            AppCommand::SetZoom(zoom) => self.set_zoom(zoom),
            AppCommand::CloseWindow => self.close_window(),
            AppCommand::SaveAndClose => {
                self.closing = if self.save_if_dirty() {
                    Closing::Confirmed
                } else {
                    Closing::No
                };
            }
            AppCommand::DiscardAndClose => self.discard_and_close(),
            AppCommand::KeepWindowOpen => self.closing = Closing::No,
            AppCommand::Audience(command) => {
                let findings = match &self.screen {
                    Screen::Workshop(open) => open.findings(self.language).findings.len(),
                    _ => 0,
                };
                self.audience.handle(command, findings);
            }
            AppCommand::NameFileAfterWorkshop => self.name_file_after_workshop(),
            AppCommand::ShowAbout(show) => {
                self.about = show.then(|| About::new(&self.workshops_dir));
            }
        }
    }

    /// A participant cannot close the window; unsaved edits ask first.
    fn close_window(&mut self) {
        self.closing = match &self.screen {
            _ if self.closing == Closing::Confirmed => Closing::Confirmed,
            Screen::Participant(_) => Closing::No,
            Screen::Workshop(open) if open.dirty => Closing::Asking,
            _ => Closing::Confirmed,
        };
    }

    /// Closes without saving: the edits and their recovery file go, as asked.
    fn discard_and_close(&mut self) {
        if let Screen::Workshop(open) = &mut self.screen
            && let Err(error) = std::fs::remove_file(storage::recovery_path(&open.path))
            && error.kind() != std::io::ErrorKind::NotFound
        {
            self.notice = Some(Notice::Error(self.language.text_with(
                "app-recovery-not-removed",
                &[("error", error.to_string().into())],
            )));
            self.closing = Closing::No;
            return;
        }
        self.closing = Closing::Confirmed;
    }

    fn rescan(&mut self) {
        self.library
            .rescan(&self.workshops_dir, &self.background.sender());
        self.forget_missing_recent();
    }

    fn new_workshop(&mut self, now: Instant) {
        if !self.save_if_dirty() {
            return;
        }
        let date = self.clock().today();
        let title = self.language.text("app-untitled");
        // Named after its date and title; Setup renames it when the facilitator gives them.
        let path = unique_path(&self.workshops_dir, &file_name::stem(date, &title));
        let mut workshop = Workshop::new(title, date);
        // Participants most likely speak the language of the facilitator's screens.
        workshop.meta.language = self.language;
        if let Err(error) = std::fs::create_dir_all(&self.workshops_dir) {
            self.notice = Some(Notice::Error(self.language.text_with(
                "app-folder-not-created",
                &[
                    ("folder", self.workshops_dir.display().to_string().into()),
                    ("error", error.to_string().into()),
                ],
            )));
            return;
        }
        // Written through a copy that expects no file: a name taken meanwhile is kept.
        let mut disk = DiskCopy::unwritten(&path, &workshop);
        match disk.save(&mut workshop) {
            Ok(_) => self.open_loaded(disk, workshop, now),
            Err(NotWritten::Failed(error)) => {
                self.notice = Some(Notice::Error(error.describe(self.language)));
            }
            Err(NotWritten::Conflict(_)) => {
                self.notice = Some(Notice::Error(self.language.text_with(
                    "file-copy-exists",
                    &[("path", path.display().to_string().into())],
                )));
            }
        }
    }

    /// Keeps a file Tandem named in step with its workshop's date and title (see
    /// [`file_name::follow_workshop`]); the recent files follow it.
    fn name_file_after_workshop(&mut self) {
        let holder = window_holder(self.clock().wall());
        let language = self.language;
        let Screen::Workshop(open) = &mut self.screen else {
            return;
        };
        match file_name::follow_workshop(open, holder, language) {
            Some(Ok(renamed)) => {
                self.recent.retain(|known| *known != renamed.old);
                self.remember(&renamed.new);
                if renamed.problem.is_some() {
                    self.notice = renamed.problem;
                }
            }
            Some(Err(notice)) => self.notice = Some(notice),
            None => {}
        }
    }

    pub fn open_path(&mut self, path: &Path, now: Instant) {
        match DiskCopy::read(path) {
            Ok((workshop, disk)) => self.open_loaded(disk, workshop, now),
            Err(error) => self.notice = Some(Notice::Error(error.describe(self.language))),
        }
    }

    /// Opens a workshop just read (`disk` remembers what its file held), under its lock: a
    /// workshop another window or program has open opens read-only, and says who has it. A
    /// restart is no way around participant mode: a workshop left in it opens as a kiosk.
    pub fn open_loaded(&mut self, disk: DiskCopy, workshop: Workshop, now: Instant) {
        if !self.save_if_dirty() {
            return;
        }
        let path = disk.path().to_path_buf();
        self.remember(&path);
        // The window that had it goes first, so reopening the same file keeps its lock.
        self.screen = Screen::Home;
        let holder = window_holder(self.clock().wall());
        let (access, said) = lock_for_window(&path, holder, self.language);
        let locked = workshop.participant_lock.is_some();
        let open = OpenWorkshop::new(disk, workshop, access, now);
        self.screen = if locked {
            Screen::Participant(Box::new(ParticipantScreen::new(open)))
        } else {
            Screen::Workshop(Box::new(open))
        };
        self.notice = said;
    }

    /// Loads the chosen workshops and compares them, each with its own rules.
    fn compare_selected(&mut self) {
        if !matches!(self.screen, Screen::Home) {
            return;
        }
        if self.library.selected.len() < 2 {
            self.notice = Some(Notice::Error(self.language.text("app-compare-two")));
            return;
        }
        let mut workshops = Vec::new();
        let mut problems = Vec::new();
        let language = self.language;
        for path in &self.library.selected {
            let workshop = match storage::load_workshop(path) {
                Ok(workshop) => workshop,
                Err(error) => {
                    self.notice = Some(Notice::Error(error.describe(self.language)));
                    return;
                }
            };
            if workshop.participant_lock.is_some() {
                self.notice = Some(Notice::Error(self.language.text_with(
                    "app-compare-locked",
                    &[("title", workshop.meta.title.as_str().into())],
                )));
                return;
            }
            let rules = match storage::rules_for_workshop(path, &workshop) {
                Ok(rules) => rules,
                Err(error) => {
                    // Without even the built-in rules there is nothing to compare with.
                    let Ok(built_in) = RuleSet::built_in() else {
                        self.notice = Some(Notice::Error(error.describe(language)));
                        return;
                    };
                    problems.push(language.text_with(
                        "app-compare-built-in-rules",
                        &[("error", error.describe(language).into())],
                    ));
                    built_in.clone()
                }
            };
            workshops.push((path.clone(), workshop, rules));
        }
        self.screen =
            Screen::Comparison(Box::new(ComparisonScreen::new(Comparison::new(workshops))));
        self.notice = (!problems.is_empty()).then(|| Notice::Error(problems.join("\n")));
    }

    fn start_participant_mode(&mut self, now: Instant) {
        let Screen::Workshop(open) = &mut self.screen else {
            return;
        };
        if !open.writable() {
            self.notice = Some(Notice::Error(self.language.text("file-read-only-refused")));
            return;
        }
        if !ParticipantLock::pin_acceptable(&open.pin_draft) {
            open.pin_refused = true;
            return;
        }
        // A salt from the operating system's generator, so two kiosks with one PIN differ.
        // Without it there is no lock worth the name (the clock is guessable): refuse.
        let mut salt = [0_u8; 8];
        if let Err(error) = getrandom::fill(&mut salt) {
            self.notice = Some(Notice::Error(self.language.text_with(
                "app-participant-no-random",
                &[("error", error.to_string().into())],
            )));
            return;
        }
        let salt = u64::from_le_bytes(salt);
        open.workshop.participant_lock = Some(ParticipantLock::new(&open.pin_draft, salt));
        open.pin_draft.clear();
        open.asking_about_projector = false;
        open.enter_stage(Stage::Capture, now);
        if let Err(error) = open.save_file() {
            open.workshop.participant_lock = None;
            self.notice = Some(Notice::Error(self.language.text_with(
                "app-participant-needs-save",
                &[("error", error.describe(self.language).into())],
            )));
            return;
        }
        self.notice = None;
        if let Screen::Workshop(open) = std::mem::replace(&mut self.screen, Screen::Home) {
            self.screen = Screen::Participant(Box::new(ParticipantScreen::new(*open)));
        }
    }

    /// Back to the facilitator's screens after the right PIN; the lock is gone from the file.
    pub(super) fn leave_participant_mode(&mut self) {
        if let Screen::Participant(screen) = std::mem::replace(&mut self.screen, Screen::Home) {
            let mut open = screen.open;
            self.notice = Some(match open.save_file() {
                Ok(_) => Notice::Info(self.language.text_with(
                    "app-saved-path",
                    &[("path", open.path.display().to_string().into())],
                )),
                Err(error) => Notice::Error(self.language.text_with(
                    "app-still-open",
                    &[("error", error.describe(self.language).into())],
                )),
            });
            self.screen = Screen::Workshop(Box::new(open));
        }
    }

    /// Saves the open workshop's edits before it is left. `false` when they could not be
    /// saved: the workshop then stays open, with its edits and the error.
    fn save_if_dirty(&mut self) -> bool {
        if let Screen::Workshop(open) = &mut self.screen
            && open.dirty
            && let Err(error) = open.save_file()
        {
            self.notice = Some(Notice::Error(self.language.text_with(
                "app-stays-open",
                &[("error", error.describe(self.language).into())],
            )));
            return false;
        }
        true
    }

    fn remember(&mut self, path: &Path) {
        self.recent.retain(|known| known != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_FILES);
    }
}
