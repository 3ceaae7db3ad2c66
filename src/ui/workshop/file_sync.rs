//! [`OpenWorkshop`] and its file: every write goes through the file's [`DiskCopy`] (so
//! nothing changed elsewhere is overwritten) and only while this window holds the
//! workshop's lock; a conflict, a takeover and "save a copy" are handled here.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::access::{Access, NotSaved, Saved};
use super::open_workshop::OpenWorkshop;
use crate::domain::{Side, Workshop};
use crate::i18n::Language;
use crate::storage::{DiskCopy, Holder, Locking, NotWritten, Program, WorkshopLock, Written};
use crate::ui::state::command::Resolution;
use crate::ui::state::notice::Notice;

/// Locks the workshop at `path` for this window: the access it gets, and what to tell the
/// facilitator (a crashed session's lock taken over, or who has it open).
pub fn lock_for_window(
    path: &Path,
    holder: Holder,
    language: Language,
) -> (Access, Option<Notice>) {
    match WorkshopLock::acquire(path, holder) {
        Ok(Locking::Acquired(lock, None)) => (Access::Writer(Some(lock)), None),
        Ok(Locking::Acquired(lock, Some(crashed))) => (
            Access::Writer(Some(lock)),
            Some(Notice::Info(language.text_with(
                "lock-taken-from-crash",
                &[("holder", crashed.describe(language).into())],
            ))),
        ),
        // Said above the stage and in the header, for as long as it lasts.
        Ok(Locking::HeldBy(holder)) => (Access::ReadOnly(holder), None),
        // No lock file can be made (a folder that cannot be written): said, and saving will
        // say why it fails too.
        Err(error) => (
            Access::Writer(None),
            Some(Notice::Info(language.text_with(
                "lock-not-made",
                &[("error", error.to_string().into())],
            ))),
        ),
    }
}

impl OpenWorkshop {
    /// Whether this window may change the workshop.
    pub fn writable(&self) -> bool {
        matches!(self.access, Access::Writer(_))
    }

    /// Who holds the workshop, when this window only reads it.
    pub fn read_only_holder(&self) -> Option<Option<&Holder>> {
        match &self.access {
            Access::ReadOnly(holder) => Some(holder.as_ref()),
            Access::Writer(_) => None,
        }
    }

    /// Writes the workshop file through the checked path; the edits are then saved and the
    /// recovery file is gone. Changes made to the file elsewhere are kept (and now shown);
    /// a conflict waits for the facilitator in [`OpenWorkshop::conflict`].
    pub fn save_file(&mut self) -> Result<Saved, NotSaved> {
        let failed = self.try_save();
        self.not_saved = failed.as_ref().err().cloned();
        failed
    }

    fn try_save(&mut self) -> Result<Saved, NotSaved> {
        self.check_access()?;
        match self.disk.save(&mut self.workshop) {
            Ok(Written::Plainly) => {
                self.mark_saved();
                Ok(Saved::default())
            }
            Ok(Written::Merged(from_elsewhere)) => {
                let workshop = self.workshop.clone();
                self.replace_workshop(workshop);
                self.mark_saved();
                Ok(Saved { from_elsewhere })
            }
            Err(NotWritten::Failed(error)) => Err(NotSaved::Failed(Rc::new(error))),
            Err(NotWritten::Conflict(conflict)) => {
                let failure = if conflict.theirs.is_ok() {
                    NotSaved::Conflict(conflict.parts.clone())
                } else {
                    NotSaved::Unreadable
                };
                self.conflict = Some(conflict);
                Err(failure)
            }
        }
    }

    /// Refuses a write from a window that does not hold the workshop, or no longer does
    /// (another took it over): it turns read-only and says who has it.
    fn check_access(&mut self) -> Result<(), NotSaved> {
        match &self.access {
            Access::Writer(Some(lock)) => match lock.check() {
                Ok(()) => Ok(()),
                Err(taker) => {
                    self.access = Access::ReadOnly(Some(taker.clone()));
                    Err(NotSaved::ReadOnly(Some(taker)))
                }
            },
            Access::Writer(None) => Ok(()),
            Access::ReadOnly(holder) => Err(NotSaved::ReadOnly(holder.clone())),
        }
    }

    fn mark_saved(&mut self) {
        self.dirty = false;
        self.last_edit = None;
        self.first_unsaved_edit = None;
        self.recovery = None;
    }

    /// The facilitator's answer to [`OpenWorkshop::conflict`]: what they are told. Keeping
    /// either side decides only the parts both changed; everything else from both is kept.
    pub fn resolve_conflict(
        &mut self,
        resolution: Resolution,
        holder: Holder,
        language: Language,
    ) -> Option<Notice> {
        self.conflict.take()?;
        let side = match resolution {
            Resolution::KeepTheirs => Side::Theirs,
            Resolution::KeepMine => Side::Mine,
            Resolution::SaveMineAsCopy => {
                let copy = copy_path(&self.path);
                return Some(self.save_copy_to(&copy, holder, language));
            }
        };
        let written = self.check_access().and_then(|()| {
            match self.disk.save_preferring(&mut self.workshop, side) {
                Ok(_) => Ok(()),
                Err(NotWritten::Failed(error)) => Err(NotSaved::Failed(Rc::new(error))),
                Err(NotWritten::Conflict(conflict)) => {
                    // Changed once more meanwhile: asked again.
                    let parts = conflict.parts.clone();
                    self.conflict = Some(conflict);
                    Err(NotSaved::Conflict(parts))
                }
            }
        });
        match written {
            Ok(()) => {
                let workshop = self.workshop.clone();
                self.replace_workshop(workshop);
                self.mark_saved();
                self.not_saved = None;
                Some(Notice::Info(language.text(match side {
                    Side::Mine => "file-kept-mine",
                    Side::Theirs => "file-kept-theirs",
                })))
            }
            Err(error) => {
                let said = (!error.is_asked()).then(|| Notice::Error(error.describe(language)));
                self.not_saved = Some(error);
                said
            }
        }
    }

    /// Writes this window's workshop to a new file at `path` and goes on there, under a
    /// lock of its own; the old file is left as it is. "Save a copy elsewhere…" when the
    /// folder cannot be written, and "save mine as a copy" after a conflict.
    pub fn save_copy_to(&mut self, path: &Path, holder: Holder, language: Language) -> Notice {
        let mut disk = DiskCopy::unwritten(path, &self.workshop);
        let mut workshop = self.workshop.clone();
        if let Err(error) = disk.save(&mut workshop) {
            let said = match error {
                NotWritten::Failed(error) => error.describe(language),
                // The chosen file exists and is not this workshop: it stays as it is.
                NotWritten::Conflict(_) => language.text_with(
                    "file-copy-exists",
                    &[("path", path.display().to_string().into())],
                ),
            };
            return Notice::Error(said);
        }
        let (access, _) = lock_for_window(path, holder, language);
        self.access = access;
        self.disk = disk;
        self.path = path.to_path_buf();
        self.mark_saved();
        self.not_saved = None;
        self.conflict = None;
        Notice::Info(language.text_with(
            "file-copy-saved",
            &[("path", path.display().to_string().into())],
        ))
    }

    /// This window takes the workshop from the one that holds it, at the facilitator's
    /// word, and reads the file afresh (the other may have saved since this one read it).
    pub fn take_over(&mut self, holder: Holder, language: Language) -> Notice {
        let lock = match WorkshopLock::take_over(&self.path, holder) {
            Ok(lock) => lock,
            Err(error) => {
                return Notice::Error(language.text_with(
                    "lock-take-over-failed",
                    &[("error", error.to_string().into())],
                ));
            }
        };
        self.access = Access::Writer(Some(lock));
        if self.dirty {
            // This window's unsaved edits (it may have been taken over while editing) are
            // laid over what the other saved, as any save is.
            return match self.save_file() {
                Ok(_) => Notice::Info(language.text("lock-taken-over-merged")),
                Err(error) if error.is_asked() => Notice::Info(language.text("lock-taken-over")),
                Err(error) => Notice::Error(error.describe(language)),
            };
        }
        match DiskCopy::read(&self.path) {
            Ok((workshop, disk)) => {
                self.disk = disk;
                self.replace_workshop(workshop);
                self.mark_saved();
                self.not_saved = None;
                Notice::Info(language.text("lock-taken-over"))
            }
            Err(error) => Notice::Error(error.describe(language)),
        }
    }

    /// The workshop as the file held it when this window last read or wrote it.
    pub fn as_on_disk(&self) -> &Workshop {
        self.disk.base()
    }
}

/// `q3.ron` → `q3-my-copy.ron` beside it, or `q3-my-copy-2.ron` and so on when taken.
fn copy_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().map_or_else(
        || String::from("workshop"),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let folder = path.parent().unwrap_or(Path::new(""));
    crate::ui::state::file_name::unique_path(folder, &format!("{stem}-my-copy"))
}

/// The program a window's lock names.
pub fn window_holder(wall: jiff::Timestamp) -> Holder {
    Holder::this_process(Program::App, wall)
}
