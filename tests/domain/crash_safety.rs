//! Crash safety for real: a child process saves a growing workshop in a loop and is killed
//! with SIGKILL at random moments. After every kill the file must load and hold every response
//! of the last save the child completed.
//!
//! The child is this same test binary, re-run with `CHILD_FILE` set, so no test-only code
//! ships in the app.

#![allow(
    clippy::disallowed_methods,
    reason = "files are stamped by the operating system's clock, so their age is measured by it"
)]

use crate::common;

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::demo::Draws as _;
use tandem::domain::SplitMix64;
use tandem::domain::{Function, Rating, Relationship, Response, Workshop};
use tandem::storage::{load_workshop, save_workshop};

const CHILD_FILE: &str = "TANDEM_CRASH_CHILD_FILE";
const KILLS: usize = 100;

/// Runs only as the child: appends a response, saves, reports, forever.
#[test]
fn crash_child() {
    let Some(path) = std::env::var_os(CHILD_FILE) else {
        return;
    };
    let path = Path::new(&path);
    let mut workshop = match load_workshop(path) {
        Ok(workshop) => workshop,
        Err(_) => Workshop::new("Crash test", "2026-01-01".parse().unwrap()),
    };
    let mut rng = SplitMix64::new(workshop.responses.len() as u64);
    loop {
        let function = if rng.chance(0.5) {
            Function::Sales
        } else {
            Function::Product
        };
        let mut response = Response::new(function, Relationship::ALL[rng.below(4)]);
        for statement in ["personal", "trust", "task_debate"] {
            let rating = Rating::new(1 + rng.below(5) as u8).unwrap();
            response.ratings.insert(statement.to_owned(), rating);
        }
        response.friction_comment = Some(format!("comment {}", rng.next_u64()));
        workshop.add_response(response);
        save_workshop(path, &workshop).unwrap();
        // The protocol with the parent: it reads these lines from the child's output.
        #[allow(clippy::print_stdout, reason = "the child reports each save on stdout")]
        {
            println!("saved {}", workshop.responses.len());
        }
    }
}

/// The temporary files the kills left are removed by the next save into the folder once a
/// minute old; a fresh one (a save in progress) and every other file stay.
fn stale_temporaries_go_with_the_next_save(folder: &Path, leftovers: usize) {
    let a_minute_ago = std::time::SystemTime::now()
        - tandem::storage::atomic::STALE_AFTER
        - Duration::from_secs(1);
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() != "growing.ron" {
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(a_minute_ago).unwrap();
        }
    }
    let in_progress = folder.join(".tandem-in-progress.tmp");
    std::fs::write(&in_progress, "a save still running").unwrap();
    let lookalike = folder.join("tandem-notes.tmp");
    std::fs::write(&lookalike, "not ours").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&lookalike)
        .unwrap()
        .set_modified(a_minute_ago)
        .unwrap();

    let workshop = load_workshop(&folder.join("growing.ron")).unwrap();
    save_workshop(&folder.join("growing.ron"), &workshop).unwrap();
    let mut left: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [".tandem-in-progress.tmp", "growing.ron", "tandem-notes.tmp"],
        "{leftovers} stale temporary files should have gone, nothing else"
    );
}

#[test]
fn a_killed_save_never_leaves_a_broken_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("growing.ron");
    let mut rng = SplitMix64::new(2026);
    let mut torn_saves = 0;
    let mut previous = 0;
    for kill in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "crash_safety::crash_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_FILE, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let last_saved = Arc::new(AtomicUsize::new(0));
        let reader = {
            let last_saved = Arc::clone(&last_saved);
            let stdout = child.stdout.take().unwrap();
            std::thread::Builder::new()
                .name(String::from("child output"))
                .spawn(move || {
                    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                        if let Some(count) = line.strip_prefix("saved ") {
                            last_saved.store(count.parse().unwrap(), Ordering::SeqCst);
                        }
                    }
                })
                .unwrap()
        };
        // Let it start and save a few times, then kill it somewhere inside a save.
        std::thread::sleep(Duration::from_micros(5_000 + rng.below(40_000) as u64));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();

        let confirmed = last_saved.load(Ordering::SeqCst);
        let workshop = load_workshop(&path)
            .unwrap_or_else(|error| panic!("kill {kill}: the file does not load: {error}"));
        let on_disk = workshop.responses.len();
        assert!(
            on_disk >= confirmed,
            "kill {kill}: the child confirmed {confirmed} responses but the file holds {on_disk}"
        );
        // At most one save can have completed after its confirmation was printed.
        assert!(
            on_disk <= confirmed + 1 || confirmed == 0,
            "kill {kill}: {on_disk} > {confirmed} + 1"
        );
        assert!(
            on_disk >= previous,
            "kill {kill}: {previous} responses shrank to {on_disk}"
        );
        previous = on_disk;
        if on_disk == confirmed + 1 {
            torn_saves += 1;
        }
    }
    let leftovers = std::fs::read_dir(folder.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name() != "growing.ron")
        .count();
    // Temporary files of saves killed midway remain; they are never mistaken for workshops.
    let scan = tandem::storage::scan(folder.path()).unwrap();
    assert_eq!(scan.workshops.len(), 1);
    assert!(scan.unreadable.is_empty());
    assert!(
        leftovers > 0,
        "no kill landed inside a save; the test proved nothing"
    );
    stale_temporaries_go_with_the_next_save(folder.path(), leftovers);
    #[allow(
        clippy::print_stdout,
        reason = "what the run measured, for the closing note"
    )]
    {
        println!(
            "{KILLS} kills, {torn_saves} between a save and its report, {leftovers} temporary files left"
        );
    }
}
