//! The file on disk is the truth: a workshop is written only over what was last read or
//! written. Before each write the file is read again; when another window, `tandem import`
//! or a sync tool changed it meanwhile, this side's changes are laid over theirs (a
//! three-way merge) and nothing of theirs is lost, or the collision is handed back for the
//! facilitator to decide.

use std::path::{Path, PathBuf};

use super::error::{FileError, SaveError, SaveStep};
use super::ron_text::text_from_bytes;
use super::workshop_file::{parse_workshop, save_bytes, workshop_bytes};
use crate::domain::fnv::{FNV_OFFSET_BASIS, fnv1a};
use crate::domain::{Side, Workshop, WorkshopPart, changes, merge, merge_preferring};

/// What this program last read from or wrote to one workshop file: a hash of the bytes,
/// and the workshop they held (the base of a merge).
#[derive(Clone, Debug)]
pub struct DiskCopy {
    path: PathBuf,
    /// `None` when there was no file.
    stamp: Option<u64>,
    base: Workshop,
    /// Whether a write removes the recovery file (the app's do; the command line's not).
    drops_recovery: bool,
}

/// A write that went through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    /// The file held what was last read or written; it now holds this side's workshop.
    Plainly,
    /// The file had been changed elsewhere: those changes (named) were kept, and this
    /// side's laid over them. The workshop in memory is now the merged one.
    Merged(Vec<WorkshopPart>),
}

/// Why a checked write did not happen; the file is as it was.
#[derive(Debug, thiserror::Error)]
pub enum NotWritten {
    #[error("{0}")]
    Failed(#[from] SaveError),
    #[error("the file was changed elsewhere in the same places")]
    Conflict(Box<Conflict>),
}

/// The file changed elsewhere in a way that cannot be merged: both sides changed the same
/// parts, or the file can no longer be read as a workshop.
#[derive(Debug)]
pub struct Conflict {
    /// What is in the file now, when it reads as a workshop.
    pub theirs: Result<Workshop, FileError>,
    /// The parts both sides changed differently.
    pub parts: Vec<WorkshopPart>,
}

fn conflict(theirs: Result<Workshop, FileError>, parts: Vec<WorkshopPart>) -> NotWritten {
    NotWritten::Conflict(Box::new(Conflict { theirs, parts }))
}

impl DiskCopy {
    /// Reads a workshop file and remembers what it held.
    pub fn read(path: &Path) -> Result<(Workshop, Self), FileError> {
        let bytes = super::ron_text::read_bytes(path)?;
        let stamp = Some(hash(&bytes));
        let workshop = parse_workshop(path, &text_from_bytes(path, bytes)?)?;
        let copy = Self {
            path: path.to_path_buf(),
            stamp,
            base: workshop.clone(),
            drops_recovery: true,
        };
        Ok((workshop, copy))
    }

    /// A workshop that has no file yet (or whose file is about to be written anyway, as a
    /// new workshop's): the first write expects to find nothing.
    pub fn unwritten(path: &Path, workshop: &Workshop) -> Self {
        Self {
            path: path.to_path_buf(),
            stamp: None,
            base: workshop.clone(),
            drops_recovery: true,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The workshop as the file held it when last read or written.
    pub fn base(&self) -> &Workshop {
        &self.base
    }

    /// Writes `mine` after checking the file still holds what was last read or written;
    /// if it was changed elsewhere, merges and writes the merge (and `mine` becomes it).
    pub fn save(&mut self, mine: &mut Workshop) -> Result<Written, NotWritten> {
        self.save_with(mine, None)
    }

    /// After a conflict, the facilitator's choice: the file read once more and merged, the
    /// parts both sides changed taking `side`'s version and everything else kept from both
    /// (a file that no longer reads is written over only for "mine").
    pub fn save_preferring(
        &mut self,
        mine: &mut Workshop,
        side: Side,
    ) -> Result<Written, NotWritten> {
        self.save_with(mine, Some(side))
    }

    fn save_with(
        &mut self,
        mine: &mut Workshop,
        prefer: Option<Side>,
    ) -> Result<Written, NotWritten> {
        let Some(bytes) = self.current()? else {
            // Missing (deleted elsewhere, or not written yet): nothing to lose by writing.
            self.write(mine)?;
            return Ok(Written::Plainly);
        };
        if Some(hash(&bytes)) == self.stamp {
            self.write(mine)?;
            return Ok(Written::Plainly);
        }
        let theirs =
            text_from_bytes(&self.path, bytes).and_then(|text| parse_workshop(&self.path, &text));
        if self.stamp.is_none() {
            // A file where none was expected has nothing in common with this workshop:
            // there is no base to merge from, so it is never written over.
            return Err(conflict(theirs, Vec::new()));
        }
        let theirs = match (theirs, prefer) {
            (Ok(theirs), _) => theirs,
            (Err(_), Some(Side::Mine)) => {
                self.write(mine)?;
                return Ok(Written::Plainly);
            }
            (Err(error), _) => return Err(conflict(Err(error), Vec::new())),
        };
        let merged = match prefer {
            None => merge(&self.base, mine, &theirs),
            Some(side) => Ok(merge_preferring(&self.base, mine, &theirs, side)),
        };
        match merged {
            Ok(merged) => {
                let from_elsewhere = changes(&self.base, &theirs);
                self.write(&merged)?;
                *mine = merged;
                Ok(Written::Merged(from_elsewhere))
            }
            Err(parts) => Err(conflict(Ok(theirs), parts)),
        }
    }

    /// The command line leaves the recovery file beside a workshop alone: it holds a
    /// window's unsaved work (perhaps from a crash) that only the app can offer back.
    pub fn leaving_recovery_alone(mut self) -> Self {
        self.drops_recovery = false;
        self
    }

    fn current(&self) -> Result<Option<Vec<u8>>, SaveError> {
        match std::fs::read(&self.path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(SaveError {
                path: self.path.clone(),
                step: SaveStep::Checking,
                source,
            }),
        }
    }

    fn write(&mut self, workshop: &Workshop) -> Result<(), SaveError> {
        let bytes = workshop_bytes(&self.path, workshop)?;
        if self.drops_recovery {
            save_bytes(&self.path, &bytes)?;
        } else {
            super::atomic::write_atomically(&self.path, &bytes)?;
        }
        self.stamp = Some(hash(&bytes));
        self.base = workshop.clone();
        Ok(())
    }
}

fn hash(bytes: &[u8]) -> u64 {
    fnv1a(FNV_OFFSET_BASIS, bytes)
}
