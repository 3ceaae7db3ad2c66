//! Scanning a workshops folder on background threads, reporting progress as it goes.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::folder::{WorkshopSummary, summarize, workshop_files};

/// What a scan reports, in the order it happens.
#[derive(Debug)]
pub enum ScanEvent {
    /// How many workshop files there are.
    Started(usize),
    Loaded(WorkshopSummary),
    /// A file that could not be read, with the message to show.
    Failed(PathBuf, String),
    Finished,
}

/// Starts scanning `dir` on background threads (one per core); events arrive on the
/// returned channel, the last one being `Finished`. A folder that cannot be listed gives one
/// `Failed` for the folder itself.
pub fn spawn_scan(dir: &Path) -> mpsc::Receiver<ScanEvent> {
    let (sender, receiver) = mpsc::channel();
    let dir = dir.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name(String::from("library scan"))
        .spawn({
            let sender = sender.clone();
            move || scan_into(&dir, &sender)
        });
    if let Err(error) = spawned {
        let _ = sender.send(ScanEvent::Failed(
            PathBuf::new(),
            format!("could not start the scan: {error}"),
        ));
        let _ = sender.send(ScanEvent::Finished);
    }
    receiver
}

fn scan_into(dir: &Path, sender: &mpsc::Sender<ScanEvent>) {
    let files = if dir.exists() {
        match workshop_files(dir) {
            Ok(files) => files,
            Err(error) => {
                let _ = sender.send(ScanEvent::Failed(dir.to_path_buf(), error.to_string()));
                let _ = sender.send(ScanEvent::Finished);
                return;
            }
        }
    } else {
        Vec::new()
    };
    let _ = sender.send(ScanEvent::Started(files.len()));
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(files.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let files = &files;
            let next = &next;
            scope.spawn(move || {
                while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let event = match summarize(path) {
                        Ok(summary) => ScanEvent::Loaded(summary),
                        Err(error) => ScanEvent::Failed(path.clone(), error.to_string()),
                    };
                    if sender.send(event).is_err() {
                        return; // nobody is listening any more
                    }
                }
            });
        }
    });
    let _ = sender.send(ScanEvent::Finished);
}
