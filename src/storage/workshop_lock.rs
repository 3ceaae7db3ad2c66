//! One writer at a time: a lock file beside the workshop (`q3.ron.lock`) and a holder
//! file that says who holds it (`q3.ron.holder`). The operating system's own lock on the
//! lock file (`File::try_lock`) is what holds: it goes when its process does, even killed,
//! so a lock left by a crash is recognised — the files are still there, but nobody holds
//! the lock — and taken over. The holder file is for people and for a takeover: which
//! program, which computer, which process, since when. (Two files, because on Windows a
//! locked file cannot be read by anyone else.)

use std::cell::Cell;
use std::collections::BTreeSet;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// Who has a workshop open for writing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub program: Program,
    /// The computer's name, where it could be found.
    pub computer: String,
    pub process: u32,
    /// When it took the lock, RFC 3339.
    pub since: String,
    /// Tells two holders in one process apart (two windows of a test, say).
    token: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Program {
    /// Tandem's window.
    App,
    /// `tandem import --into`.
    Import,
    /// `tandem room`.
    Room,
}

/// The lock this program holds on a workshop; dropping it releases it and removes its
/// files.
#[derive(Debug)]
pub struct WorkshopLock {
    workshop: PathBuf,
    /// The lock file, open for as long as the workshop is.
    file: File,
    /// Whether the operating system's lock on it is this program's (after a takeover, not
    /// until the previous holder let go).
    locked: Cell<bool>,
    holder: Holder,
}

/// What trying to lock a workshop found.
#[derive(Debug)]
pub enum Locking {
    /// This program now holds it; `Some` names a holder that had crashed without letting go.
    Acquired(WorkshopLock, Option<Holder>),
    /// Another program holds it (its words, when the lock file could be read).
    HeldBy(Option<Holder>),
}

const HEADER: &str = "// Tandem has this workshop open. This file goes when Tandem closes the workshop; one\n// left behind by a program that ended without closing it is recognised and taken over.\n";

impl Holder {
    /// This process as `program`, from now.
    pub fn this_process(program: Program, since: jiff::Timestamp) -> Self {
        let mut token = [0_u8; 8];
        let token = match getrandom::fill(&mut token) {
            Ok(()) => u64::from_le_bytes(token),
            Err(_) => since.as_nanosecond() as u64,
        };
        Self {
            program,
            computer: computer_name(),
            process: std::process::id(),
            since: since.to_string(),
            token,
        }
    }

    /// "another Tandem window on this computer, since 14:02, 2026-03-01", or on
    /// "LAPTOP-7" when it is another; the process is in the file, not in the words.
    pub fn describe(&self, language: Language) -> String {
        let program = language.text(match self.program {
            Program::App => "lock-program-app",
            Program::Import => "lock-program-import",
            Program::Room => "lock-program-room",
        });
        let since = self.since.parse::<jiff::Timestamp>().map_or_else(
            |_| self.since.clone(),
            |time| {
                jiff::tz::TimeZone::system()
                    .to_datetime(time)
                    .strftime("%H:%M, %Y-%m-%d")
                    .to_string()
            },
        );
        let computer = if self.computer.is_empty() {
            language.text("lock-unknown-computer")
        } else if self.computer == computer_name() {
            language.text("lock-this-computer")
        } else {
            self.computer.clone()
        };
        language.text_with(
            "lock-holder",
            &[
                ("program", program.into()),
                ("computer", computer.into()),
                ("since", since.into()),
            ],
        )
    }
}

/// `q3.ron` → `q3.ron.lock`, the file the operating system's lock is taken on. It stays
/// empty: on Windows a locked file cannot even be read by others.
pub fn lock_path(workshop: &Path) -> PathBuf {
    beside(workshop, ".lock")
}

/// `q3.ron` → `q3.ron.holder`: who holds the lock, in words anyone can read.
pub fn holder_path(workshop: &Path) -> PathBuf {
    beside(workshop, ".holder")
}

/// Neither name ends in `.ron`, so scans skip them.
fn beside(workshop: &Path, suffix: &str) -> PathBuf {
    let mut name = workshop.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    workshop.with_file_name(name)
}

impl WorkshopLock {
    /// Takes the lock on the workshop at `path` for `holder`, unless a live program holds it
    /// — or a program on another computer, whose lock does not reach this one through a
    /// synced folder: that one only an explicit takeover passes.
    pub fn acquire(workshop: &Path, holder: Holder) -> std::io::Result<Locking> {
        let path = lock_path(workshop);
        // A lock file removed by its holder between our open and our lock is an orphan:
        // try again on the new one. Three times is plenty for two programs.
        for _ in 0..3 {
            let file = open_lock_file(&path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Ok(Locking::HeldBy(read_holder(workshop)));
                }
                Err(TryLockError::Error(error)) => return Err(error),
            }
            if !still_at(&file, &path) {
                continue;
            }
            let previous = read_holder(workshop);
            if let Some(other) = previous
                .as_ref()
                .filter(|other| still_holding(other, &holder))
            {
                return Ok(Locking::HeldBy(Some(other.clone())));
            }
            write_holder(workshop, &holder)?;
            let lock = Self::holding(workshop, file, true, holder);
            return Ok(Locking::Acquired(lock, previous));
        }
        Err(std::io::Error::other("the lock file kept changing"))
    }

    /// Takes a workshop over from its holder, at the facilitator's word: the holder file
    /// names this program from now on, which the other sees before it writes again; the
    /// operating system's lock follows as soon as the other lets go of it.
    pub fn take_over(workshop: &Path, holder: Holder) -> std::io::Result<Self> {
        let file = open_lock_file(&lock_path(workshop))?;
        write_holder(workshop, &holder)?;
        let lock = Self::holding(workshop, file, false, holder);
        lock.try_to_hold();
        Ok(lock)
    }

    fn holding(workshop: &Path, file: File, locked: bool, holder: Holder) -> Self {
        if let Ok(mut live) = LIVE.lock() {
            live.insert(holder.token);
        }
        Self {
            workshop: workshop.to_path_buf(),
            file,
            locked: Cell::new(locked),
            holder,
        }
    }

    /// Whether this program still holds the workshop: `Err` names who took it over. A holder
    /// file gone or unreadable (its folder went) is no takeover: the write will say why.
    pub fn check(&self) -> Result<(), Holder> {
        match read_holder(&self.workshop) {
            Some(found) if found != self.holder => Err(found),
            _ => {
                self.try_to_hold();
                Ok(())
            }
        }
    }

    pub fn holder(&self) -> &Holder {
        &self.holder
    }

    /// After a takeover, the operating system's lock, once the previous holder let go.
    fn try_to_hold(&self) {
        if !self.locked.get() && self.file.try_lock().is_ok() {
            self.locked.set(true);
        }
    }
}

impl Drop for WorkshopLock {
    fn drop(&mut self) {
        if let Ok(mut live) = LIVE.lock() {
            live.remove(&self.holder.token);
        }
        // Removed while still held, so nobody can lock the old file after we let go; and
        // only when the holder file still names us (after a takeover it is the other's).
        if read_holder(&self.workshop).as_ref() == Some(&self.holder) {
            self.try_to_hold();
            let _ = std::fs::remove_file(holder_path(&self.workshop));
            if self.locked.get() {
                let _ = std::fs::remove_file(lock_path(&self.workshop));
            }
        }
        if self.locked.get() {
            let _ = self.file.unlock();
        }
    }
}

/// The holders this process has now, by token: two windows of one process (a test's) tell
/// a live holder from one that let go by it.
static LIVE: Mutex<BTreeSet<u64>> = Mutex::new(BTreeSet::new());

/// Whether a holder named in the holder file, though nobody has the operating system's
/// lock, still counts: one on another computer (a synced folder carries the holder file,
/// not the lock) until taken over on purpose; one of this computer's that still runs (a
/// window that was taken over, which let go of the lock before its taker took it).
fn still_holding(other: &Holder, me: &Holder) -> bool {
    if other.computer.is_empty() || other.computer != me.computer {
        return !other.computer.is_empty();
    }
    if other.process == me.process {
        return LIVE.lock().is_ok_and(|live| live.contains(&other.token));
    }
    process_runs_tandem(other.process)
}

/// Whether process `id` runs Tandem, where the system says so cheaply (Linux); elsewhere a
/// holder without the lock is taken for one that ended.
#[cfg(target_os = "linux")]
fn process_runs_tandem(id: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{id}/comm"))
        .is_ok_and(|name| name.trim().starts_with("tandem"))
}

#[cfg(not(target_os = "linux"))]
fn process_runs_tandem(_id: u32) -> bool {
    false
}

fn open_lock_file(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
}

fn write_holder(workshop: &Path, holder: &Holder) -> std::io::Result<()> {
    let text = ron::ser::to_string_pretty(holder, ron::ser::PrettyConfig::new())
        .map_err(std::io::Error::other)?;
    std::fs::write(holder_path(workshop), format!("{HEADER}{text}\n"))
}

fn read_holder(workshop: &Path) -> Option<Holder> {
    let text = std::fs::read_to_string(holder_path(workshop)).ok()?;
    ron::from_str(&text).ok()
}

/// Whether `file` is still the one at `path` (its holder may have removed it meanwhile).
#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.ino() == named.ino() && open.dev() == named.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_at(_file: &File, path: &Path) -> bool {
    // Windows does not remove a file another handle has open until it is closed.
    path.exists()
}

fn computer_name() -> String {
    ["COMPUTERNAME", "HOSTNAME"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok())
        .or_else(|| std::fs::read_to_string("/proc/sys/kernel/hostname").ok())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|name| name.trim().to_owned())
        .unwrap_or_default()
}
