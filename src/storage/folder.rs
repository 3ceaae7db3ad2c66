//! The workshops folder: where it is, and what is in it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::error::FileError;
use super::workshop_file::{WORKSHOP_EXTENSION, load_workshop};
use crate::domain::{Date, Function, Stage, Workshop};
use crate::rules::{RuleSet, Verdict, classify};

/// `dir` when given; else `./workshops` when it exists; else the platform's data folder
/// (for example `~/.local/share/tandem/workshops`).
pub fn resolve_workshops_dir(dir: Option<&Path>) -> PathBuf {
    if let Some(dir) = dir {
        return dir.to_path_buf();
    }
    let local = PathBuf::from("workshops");
    if local.is_dir() {
        return local;
    }
    platform_data_dir().map_or(local, |data| data.join("workshops"))
}

/// The per-user data folder for Tandem on this platform, the one eframe also uses.
pub fn platform_data_dir() -> Option<PathBuf> {
    let var = |name| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    if cfg!(target_os = "windows") {
        var("APPDATA").map(|appdata| appdata.join("Tandem").join("data"))
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|home| home.join("Library/Application Support/Tandem"))
    } else {
        var("XDG_DATA_HOME")
            .or_else(|| var("HOME").map(|home| home.join(".local/share")))
            .map(|data| data.join("tandem"))
    }
}

/// What the library shows of one workshop without opening it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkshopSummary {
    pub path: PathBuf,
    pub title: String,
    pub organisation: String,
    pub date: Date,
    /// The answers the results count (held ones are in `held_back`).
    pub sales: usize,
    pub product: usize,
    /// Answers given after the reveal that count nowhere yet, per function key.
    pub held_back: BTreeMap<&'static str, usize>,
    pub stage: Stage,
    /// The overall verdict; `insufficient` below the anonymity floor.
    pub verdict: Verdict,
    /// Whether the facilitator has revealed the results (the app shows no verdict before).
    pub revealed: bool,
    /// Left in participant mode: the app reopens it locked and shows nothing of it.
    pub locked: bool,
    /// A recovery file newer than the workshop waits beside it (checked once, at scan time).
    #[serde(skip)]
    pub unsaved_changes: bool,
}

impl WorkshopSummary {
    /// Summarises a workshop; the verdict uses the workshop's own rules file when it names
    /// one that loads, else the built-in rules. Fails only when the built-in rules do not load.
    pub fn of(path: &Path, workshop: &Workshop) -> Result<Self, FileError> {
        // A rules file that does not load is said when the workshop is opened; the library
        // shows the built-in rules' verdict meanwhile.
        let rules = match super::rules_for_workshop(path, workshop) {
            Ok(rules) => rules,
            Err(_) => RuleSet::built_in()
                .map_err(FileError::BuiltInRules)?
                .clone(),
        };
        Ok(Self {
            path: path.to_path_buf(),
            title: workshop.meta.title.clone(),
            organisation: workshop.meta.organisation.clone(),
            date: workshop.meta.date,
            sales: workshop.respondents(Function::Sales),
            product: workshop.respondents(Function::Product),
            held_back: Function::ALL
                .into_iter()
                .map(|function| (function.key(), workshop.held_back(function)))
                .collect(),
            stage: workshop.stage,
            verdict: classify(workshop, &rules).overall.verdict,
            revealed: workshop.revealed,
            locked: workshop.participant_lock.is_some(),
            unsaved_changes: super::newer_recovery(path).is_some(),
        })
    }
}

/// The result of scanning a folder: the workshops that loaded, and every file that did not,
/// with its error. A broken file never hides the others.
#[derive(Debug, Default)]
pub struct Scan {
    pub workshops: Vec<WorkshopSummary>,
    pub unreadable: Vec<FileError>,
}

/// The workshop files of a folder, sorted by name.
pub fn workshop_files(dir: &Path) -> Result<Vec<PathBuf>, FileError> {
    let read_error = |source| FileError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let path = entry.map_err(read_error)?.path();
        let is_workshop = path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case(WORKSHOP_EXTENSION));
        if is_workshop && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Loads one workshop file and summarises it, for a scan.
pub fn summarize(path: &Path) -> Result<WorkshopSummary, FileError> {
    load_workshop(path).and_then(|workshop| WorkshopSummary::of(path, &workshop))
}

/// Loads every workshop file of `dir`. Fails only when the folder itself cannot be read.
pub fn scan(dir: &Path) -> Result<Scan, FileError> {
    let mut scan = Scan::default();
    for path in workshop_files(dir)? {
        match summarize(&path) {
            Ok(summary) => scan.workshops.push(summary),
            Err(error) => scan.unreadable.push(error),
        }
    }
    Ok(scan)
}
