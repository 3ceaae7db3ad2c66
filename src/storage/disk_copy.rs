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
use crate::domain::{Workshop, WorkshopPart, merge};

/// What this program last read from or wrote to one workshop file: a hash of the bytes,
/// and the workshop they held (the base of a merge).
#[derive(Clone, Debug)]
pub struct DiskCopy {
    path: PathBuf,
    /// `None` when there was no file.
    stamp: Option<u64>,
    base: Workshop,
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
    stamp: Option<u64>,
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
        let on_disk = self.current()?;
        if on_disk.as_ref().map(|bytes| hash(bytes)) == self.stamp {
            self.write(mine)?;
            return Ok(Written::Plainly);
        }
        let stamp = on_disk.as_ref().map(|bytes| hash(bytes));
        let theirs = match on_disk {
            // Deleted elsewhere: nothing to lose by writing it again.
            None => {
                self.write(mine)?;
                return Ok(Written::Plainly);
            }
            Some(bytes) => text_from_bytes(&self.path, bytes)
                .and_then(|text| parse_workshop(&self.path, &text)),
        };
        if self.stamp.is_none() {
            // A file where none was expected has nothing in common with this workshop:
            // there is no base to merge from, so it is never written over.
            return Err(NotWritten::Conflict(Box::new(Conflict {
                theirs,
                parts: Vec::new(),
                stamp,
            })));
        }
        let theirs = match theirs {
            Ok(theirs) => theirs,
            Err(error) => {
                return Err(NotWritten::Conflict(Box::new(Conflict {
                    theirs: Err(error),
                    parts: Vec::new(),
                    stamp,
                })));
            }
        };
        match merge(&self.base, mine, &theirs) {
            Ok(merged) => {
                let from_elsewhere = crate::domain::changes(&self.base, &theirs);
                self.write(&merged)?;
                *mine = merged;
                Ok(Written::Merged(from_elsewhere))
            }
            Err(parts) => Err(NotWritten::Conflict(Box::new(Conflict {
                theirs: Ok(theirs),
                parts,
                stamp,
            }))),
        }
    }

    /// After a conflict, the facilitator's "keep mine": the file gets this side's workshop.
    pub fn overwrite(&mut self, mine: &Workshop) -> Result<(), SaveError> {
        self.write(mine)
    }

    /// After a conflict, the facilitator's "keep theirs": what the file holds becomes what
    /// this side has, and nothing is written.
    pub fn accept(&mut self, conflict: Conflict) -> Result<Workshop, FileError> {
        let theirs = conflict.theirs?;
        self.stamp = conflict.stamp;
        self.base = theirs.clone();
        Ok(theirs)
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
        save_bytes(&self.path, &bytes)?;
        self.stamp = Some(hash(&bytes));
        self.base = workshop.clone();
        Ok(())
    }
}

fn hash(bytes: &[u8]) -> u64 {
    fnv1a(FNV_OFFSET_BASIS, bytes)
}
