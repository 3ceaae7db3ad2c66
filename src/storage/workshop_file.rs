//! One workshop = one pretty-printed RON file with a format version.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use super::error::{FileError, SaveError};
use super::responses_split::split_responses;
use super::ron_text::{is_valid_ron, read_text, syntax_error};
use crate::domain::{Response, Responses, Workshop};

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

/// The text a thread must have to parse before it is worth starting: 64 KiB is about 140
/// responses and a millisecond of parsing, against some 50 µs to start a thread. Smaller
/// files (the bundled examples, a typical workshop of 40) are parsed in one piece, unscanned.
const MIN_BYTES_PER_THREAD: usize = 64 * 1024;

/// Threads a load may use at most; more only add start-up cost.
const MAX_LOAD_THREADS: usize = 8;

/// Into how many pieces to cut a file of `text_len` bytes on a machine with `cores`.
fn load_pieces(text_len: usize, cores: usize) -> usize {
    cores
        .min(MAX_LOAD_THREADS)
        .min(text_len / MIN_BYTES_PER_THREAD)
}

/// Parses and validates a workshop file's text; `path` is only used in messages.
pub fn parse_workshop(path: &Path, text: &str) -> Result<Workshop, FileError> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    // A large file is parsed on several threads. Otherwise, or if anything about it is
    // unusual, one typed pass; the version probe, a second full pass, only runs to explain a
    // failure (a newer format, or not a workshop at all).
    let file = match parse_in_pieces(text, load_pieces(text.len(), cores)) {
        Some(file) => file,
        None => match ron::Options::default().from_str(text) {
            Ok(file) => file,
            Err(error) => return Err(explain_parse_failure(path, text, &error)),
        },
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

/// The workshop in `text` parsed in up to `pieces` pieces at once: the text around the
/// responses list and the first run of whole responses on the calling thread, every other
/// run on a thread of its own. Parsing is most of a load and RON reads one token at a time,
/// so on a laptop's cores this is the one large saving.
///
/// `None` when the file is small, or anything fails: the caller then parses the whole text
/// in one piece, which reports any error with the file's own positions. The result is the
/// same either way, because RON reads a list's elements independently of each other.
fn parse_in_pieces(text: &str, pieces: usize) -> Option<WorkshopFileIn> {
    if pieces < 2 {
        return None;
    }
    let split = split_responses(text, pieces)?;
    let around = format!(
        "{}[]{}",
        text.get(..split.list.start)?,
        text.get(split.list.end..)?
    );
    let (first, others) = split.pieces.split_first()?;
    std::thread::scope(|scope| {
        let handles = others
            .iter()
            .map(|piece| {
                let piece = text.get(piece.clone())?;
                std::thread::Builder::new()
                    .name(String::from("tandem-load"))
                    .spawn_scoped(scope, move || parse_responses(piece))
                    .ok()
            })
            .collect::<Option<Vec<_>>>()?;
        let mut file: WorkshopFileIn = ron::Options::default().from_str(&around).ok()?;
        let mut list = parse_responses(text.get(first.clone())?)?;
        for handle in handles {
            list.extend(handle.join().ok()??);
        }
        file.workshop.responses = Responses::from(list);
        Some(file)
    })
}

/// A run of responses cut from the list; the newline keeps a trailing line comment from
/// swallowing the closing bracket.
fn parse_responses(piece: &str) -> Option<Vec<Response>> {
    ron::Options::default()
        .from_str(&format!("[{piece}\n]"))
        .ok()
}

/// Format 1 is the first; migrations from older formats go here when there are some.
fn check_version(path: &Path, found: u32) -> Result<(), FileError> {
    match found {
        0 => Err(FileError::WrongKind {
            path: path.to_path_buf(),
            expected: "workshop",
            reason: String::from(
                "it has no `format_version` (or 0, which never existed); Tandem workshop files start with `format_version: 1`",
            ),
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
            expected: "workshop",
            reason: String::from(
                "it is valid RON, but a workshop file has the shape `(format_version: 1, workshop: (...))`",
            ),
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
    write_atomically(path, serialize(path, workshop)?.as_bytes())?;
    match std::fs::remove_file(recovery_path(path)) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(SaveError {
            path: recovery_path(path),
            step: String::from("removing the recovery file after a successful save"),
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

fn serialize(path: &Path, workshop: &Workshop) -> Result<String, SaveError> {
    workshop_to_ron(workshop).map_err(|error| SaveError {
        path: path.to_path_buf(),
        step: String::from("turning the workshop into text"),
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use proptest::prelude::*;

    use super::*;
    use crate::domain::{Function, Relationship};

    fn in_one_piece(text: &str) -> Workshop {
        ron::Options::default()
            .from_str::<WorkshopFileIn>(text)
            .unwrap()
            .workshop
    }

    fn in_pieces(text: &str, pieces: usize) -> Option<Workshop> {
        parse_in_pieces(text, pieces).map(|file| file.workshop)
    }

    #[test]
    fn a_large_file_parses_in_pieces_to_the_same_workshop() {
        let workshop = crate::demo::large_workshop(7, 1_000);
        let text = workshop_to_ron(&workshop).unwrap();
        // 1,000 responses are a few hundred KiB: as many pieces as cores, up to the cap.
        assert_eq!(load_pieces(text.len(), 2), 2);
        assert_eq!(
            load_pieces(text.len(), 64),
            text.len() / MIN_BYTES_PER_THREAD
        );
        assert!(load_pieces(text.len(), 64) > 2);
        assert_eq!(load_pieces(text.len(), 1), 1);
        for pieces in [2, 3, 8] {
            assert_eq!(in_pieces(&text, pieces).as_ref(), Some(&workshop));
        }
        // A workshop of 40 (the examples): one piece, not even scanned.
        let example = workshop_to_ron(&crate::demo::large_workshop(7, 40)).unwrap();
        assert_eq!(load_pieces(example.len(), 8), 0);
    }

    #[test]
    fn hand_edits_between_and_inside_responses_parse_the_same() {
        let workshop = crate::demo::large_workshop(3, 40);
        let text = workshop_to_ron(&workshop).unwrap();
        // A facilitator's edits: comments between responses, raw strings, a response on
        // one line, no trailing comma. (Comments written by Tandem never hold a newline
        // followed by this indentation, so the replacements only touch the structure.)
        let edited = text
            .replacen(
                "\n            ),\n",
                "\n            ), // checked, see [notes] and \"quotes\" (\n",
                5,
            )
            .replacen(
                "\n            (\n",
                "\n            /* a block, ] with /* nesting */ ), */ (\n",
                7,
            )
            .replacen("sources: [", "sources: /* \"], */ [", 9);
        let mut inline = Response::new(Function::Sales, Relationship::ConstantFriction);
        inline.friction_comment = Some(String::from("a raw \"), (\" string, with ] in it"));
        let raw_line = "            (function: sales, relationship: constant_friction, \
            friction_comment: Some(r##\"a raw \"), (\" string, with ] in it\"##)),\n        ],";
        let edited = edited.replacen("\n        ],", &format!("\n{raw_line}"), 1);
        let expected = in_one_piece(&edited);
        assert_eq!(expected.responses.len(), 41);
        assert!(
            expected
                .responses
                .iter()
                .any(|response| *response == inline)
        );
        for pieces in [2, 5, 41] {
            assert_eq!(in_pieces(&edited, pieces).as_ref(), Some(&expected));
        }
    }

    #[test]
    fn a_broken_response_is_reported_by_the_one_piece_parse() {
        let workshop = crate::demo::large_workshop(5, 30);
        let text = workshop_to_ron(&workshop).unwrap();
        let at = text.match_indices("relationship: ").nth(20).unwrap().0;
        let broken = format!("{}relationship: nowhere,{}", &text[..at], &text[at..]);
        assert!(in_pieces(&broken, 4).is_none());
        let error = parse_workshop(Path::new("broken.ron"), &broken).unwrap_err();
        let line = broken[..at].matches('\n').count() + 1;
        assert!(error.to_string().contains(&format!(":{line}:")), "{error}");
    }

    fn any_comment() -> impl Strategy<Value = Option<String>> {
        // Any text at all, and text made of what could confuse a scanner.
        proptest::option::of(prop_oneof![
            any::<String>(),
            "[\\[\\](){}\"',:/*#r \\\\\n]{0,24}",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_comments_parse_the_same_in_pieces(
            comments in proptest::collection::vec((any_comment(), any_comment()), 2..40),
            pieces in 2_usize..6,
        ) {
            let mut workshop = crate::demo::large_workshop(11, comments.len());
            let mut responses: Vec<Response> = workshop.responses.iter().cloned().collect();
            for (response, (friction, works_well)) in responses.iter_mut().zip(comments) {
                response.friction_comment = friction;
                response.works_well_comment = works_well;
            }
            workshop.responses = Responses::from(responses);
            let text = workshop_to_ron(&workshop).unwrap();
            let parsed = in_pieces(&text, pieces);
            prop_assert_eq!(parsed.as_ref(), Some(&workshop));
        }
    }
}
