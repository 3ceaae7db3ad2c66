//! One workshop = one pretty-printed RON file with a format version.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use super::error::{FileError, NotAWorkshop, SaveError, SaveStep};
use super::ron_text::{is_valid_ron, read_text, starts_without_fields, syntax_error};
use crate::domain::Workshop;

/// The file format this version writes. Raise it when a change would make older Tandems
/// misread a file, and add the migration from the previous format to [`parse_workshop`].
pub const FORMAT_VERSION: u32 = 1;

/// The extension of workshop files; anything else in the folder is not scanned.
pub const WORKSHOP_EXTENSION: &str = "ron";

const HEADER: &str = "// A Tandem workshop. `tandem check FILE` validates it after a hand edit.\n";

#[derive(Serialize)]
struct WorkshopFileOut<'a> {
    format_version: u32,
    workshop: &'a Workshop,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkshopFileIn {
    #[serde(default)]
    format_version: u32,
    workshop: Workshop,
}

/// Reads only the version, so a file from a newer Tandem is refused before its unknown
/// fields could be mistaken for errors.
#[derive(Deserialize)]
struct VersionProbe {
    /// 0 when absent: no format 0 was ever written.
    #[serde(default)]
    format_version: u32,
}

/// The exact text Tandem writes for a workshop. Deterministic: responses are canonically
/// ordered and maps are sorted, so equal workshops give equal bytes.
pub fn workshop_to_ron(workshop: &Workshop) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .escape_strings(false)
        // Four levels deep and no deeper: a response is a handful of lines with its ratings
        // on one, which reads like a table row and makes loading 1,000 responses ~10%
        // cheaper (less whitespace to skip) and the file a third smaller.
        .depth_limit(4);
    let body = ron::ser::to_string_pretty(
        &WorkshopFileOut {
            format_version: FORMAT_VERSION,
            workshop,
        },
        config,
    )?;
    Ok(format!("{HEADER}{body}\n"))
}

/// Parses and validates a workshop file's text; `path` is only used in messages.
pub fn parse_workshop(path: &Path, text: &str) -> Result<Workshop, FileError> {
    // One typed pass; the version probe, a second full pass, only runs to explain a
    // failure (a newer format, or not a workshop at all).
    let file: WorkshopFileIn = match ron::Options::default().from_str(text) {
        Ok(file) => file,
        Err(error) => return Err(explain_parse_failure(path, text, &error)),
    };
    check_version(path, file.format_version)?;
    let workshop = file.workshop;
    let problems = workshop.problems();
    if problems.is_empty() {
        Ok(workshop)
    } else {
        let responses_start = text.find("responses:").unwrap_or(0);
        let problems = problems
            .into_iter()
            .map(|problem| problem.located_in(text, responses_start))
            .collect();
        Err(FileError::Invalid {
            path: path.to_path_buf(),
            problems,
        })
    }
}

/// Format 1 is the first; migrations from older formats go here when there are some.
fn check_version(path: &Path, found: u32) -> Result<(), FileError> {
    match found {
        0 => Err(FileError::WrongKind {
            path: path.to_path_buf(),
            reason: NotAWorkshop::NoFormatVersion,
        }),
        found if found > FORMAT_VERSION => Err(FileError::NewerVersion {
            path: path.to_path_buf(),
            found,
            supported: FORMAT_VERSION,
        }),
        _ => Ok(()),
    }
}

/// Why the typed parse failed, in the most useful words: a newer format is named as such
/// (its unknown fields are not the user's mistake), valid RON of another shape is "not a
/// workshop", and anything else is the parser's error with its position.
fn explain_parse_failure(path: &Path, text: &str, error: &ron::error::SpannedError) -> FileError {
    match ron::Options::default().from_str::<VersionProbe>(text) {
        Ok(probe) => match check_version(path, probe.format_version) {
            Err(version_error) => version_error,
            Ok(()) => syntax_error(path, text, error),
        },
        Err(_) if is_valid_ron(text) => FileError::WrongKind {
            path: path.to_path_buf(),
            reason: NotAWorkshop::OtherShape,
        },
        // Not even opened by `(`: a note, a web page; said as such, where the text starts.
        Err(probe_error) if starts_without_fields(&probe_error) => FileError::WrongKind {
            path: path.to_path_buf(),
            reason: NotAWorkshop::NoFields {
                line: probe_error.span.start.line,
                column: probe_error.span.start.col,
            },
        },
        // Not RON at all: the probe's error is the first thing wrong (it also catches
        // nesting too deep to be a workshop).
        Err(probe_error) => syntax_error(path, text, &probe_error),
    }
}

pub fn load_workshop(path: &Path) -> Result<Workshop, FileError> {
    parse_workshop(path, &read_text(path)?)
}

/// Saves the workshop atomically and, since it is now safe on disk, drops its recovery file.
pub fn save_workshop(path: &Path, workshop: &Workshop) -> Result<(), SaveError> {
    save_bytes(path, &workshop_bytes(path, workshop)?)
}

/// Writes a workshop's text (see [`workshop_bytes`]) and drops the recovery file.
pub(super) fn save_bytes(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically(path, bytes)?;
    match std::fs::remove_file(recovery_path(path)) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(SaveError {
            path: recovery_path(path),
            step: SaveStep::RemovingRecovery,
            source,
        }),
    }
}

/// Writes unsaved work to the recovery file beside the workshop, leaving the workshop file as
/// the facilitator last saved it.
pub fn autosave_workshop(path: &Path, workshop: &Workshop) -> Result<(), SaveError> {
    let recovery = recovery_path(path);
    write_atomically(&recovery, serialize(&recovery, workshop)?.as_bytes())
}

/// The bytes [`save_workshop`] writes; `path` is only used in the error.
pub(super) fn workshop_bytes(path: &Path, workshop: &Workshop) -> Result<Vec<u8>, SaveError> {
    serialize(path, workshop).map(String::into_bytes)
}

fn serialize(path: &Path, workshop: &Workshop) -> Result<String, SaveError> {
    workshop_to_ron(workshop).map_err(|error| SaveError {
        path: path.to_path_buf(),
        step: SaveStep::ToText,
        source: std::io::Error::other(error.to_string()),
    })
}

/// `q3.ron` → `q3.ron.recovery`; it does not end in `.ron`, so scans skip it.
pub fn recovery_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".recovery");
    path.with_file_name(name)
}

/// A recovery file that holds work newer than the workshop file: the app offers to restore it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerRecovery {
    pub path: PathBuf,
    pub modified: SystemTime,
}

/// Whether a recovery file exists beside `path` and is newer than it (or the workshop file
/// is missing altogether, as after a crash before the first save).
pub fn newer_recovery(path: &Path) -> Option<NewerRecovery> {
    let recovery = recovery_path(path);
    let recovery_modified = std::fs::metadata(&recovery).ok()?.modified().ok()?;
    let workshop_modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let newer = workshop_modified.is_none_or(|saved| recovery_modified > saved);
    newer.then_some(NewerRecovery {
        path: recovery,
        modified: recovery_modified,
    })
}
