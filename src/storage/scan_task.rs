//! Scanning a workshops folder on background threads, reporting progress as it goes.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::error::FileError;
use super::folder::{WorkshopSummary, summarize, workshop_files};

/// What a scan reports, in the order it happens.
#[derive(Debug)]
pub enum ScanEvent {
    /// How many workshop files there are.
    Started(usize),
    Loaded(WorkshopSummary),
    /// A file (or the folder) that could not be read; the library says why in its language.
    Failed(PathBuf, FileError),
    Finished,
}

/// Starts scanning `dir` on background threads (one per core) and hands each event to
/// `report`, the last one being `Finished`; `report` answers `false` when nobody listens any
/// more, and the scan stops. A folder that cannot be listed gives one `Failed` for the folder.
pub fn spawn_scan<Report>(dir: &Path, report: Report)
where
    Report: Fn(ScanEvent) -> bool + Clone + Send + Sync + 'static,
{
    let dir = dir.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name(String::from("library scan"))
        .spawn({
            let report = report.clone();
            move || scan_into(&dir, &report)
        });
    if let Err(error) = spawned {
        report(ScanEvent::Failed(
            PathBuf::new(),
            FileError::Read {
                path: PathBuf::new(),
                source: error,
            },
        ));
        report(ScanEvent::Finished);
    }
}

fn scan_into<Report>(dir: &Path, report: &Report)
where
    Report: Fn(ScanEvent) -> bool + Clone + Send + Sync,
{
    let files = if dir.exists() {
        match workshop_files(dir) {
            Ok(files) => files,
            Err(error) => {
                report(ScanEvent::Failed(dir.to_path_buf(), error));
                report(ScanEvent::Finished);
                return;
            }
        }
    } else {
        Vec::new()
    };
    if !report(ScanEvent::Started(files.len())) {
        return;
    }
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .min(files.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let files = &files;
            let next = &next;
            let spawned = std::thread::Builder::new()
                .name(String::from("library scan worker"))
                .spawn_scoped(scope, move || {
                    while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let event = match summarize(path) {
                            Ok(summary) => ScanEvent::Loaded(summary),
                            Err(error) => ScanEvent::Failed(path.clone(), error),
                        };
                        if !report(event) {
                            return; // nobody is listening any more
                        }
                    }
                });
            if let Err(error) = spawned {
                // The other workers (or this thread's caller) take the files it would have.
                report(ScanEvent::Failed(
                    dir.to_path_buf(),
                    FileError::Read {
                        path: dir.to_path_buf(),
                        source: error,
                    },
                ));
            }
        }
    });
    report(ScanEvent::Finished);
}
