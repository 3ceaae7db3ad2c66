//! One writer at a time: a lock file beside the workshop (`q3.ron.lock`) that says who
//! holds it. The operating system's own file lock on it (`File::try_lock`) is what holds:
//! it goes when its process does, even killed, so a lock left by a crash is recognised —
//! the file is still there, but nobody holds it — and taken over. The text in the file is
//! for people: which program, which computer, which process, since when.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};

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

/// The lock this program holds on a workshop; dropping it releases it and removes the file.
#[derive(Debug)]
pub struct WorkshopLock {
    path: PathBuf,
    /// Holds the operating system's lock while open; `None` after a takeover from a live
    /// holder, whose lock cannot be taken from it.
    file: Option<File>,
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

const HEADER: &str = "// Tandem has this workshop open. It goes away when Tandem closes the workshop; a copy\n// left by a crash is recognised and taken over.\n";

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

    /// "Tandem's window on LAPTOP-7 (process 4312), since 14:02 on 2026-03-01".
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
        } else {
            self.computer.clone()
        };
        language.text_with(
            "lock-holder",
            &[
                ("program", program.into()),
                ("computer", computer.into()),
                ("process", self.process.to_string().into()),
                ("since", since.into()),
            ],
        )
    }
}

/// `q3.ron` → `q3.ron.lock`; it does not end in `.ron`, so scans skip it.
pub fn lock_path(workshop: &Path) -> PathBuf {
    let mut name = workshop.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    workshop.with_file_name(name)
}

/// Who holds the workshop at `path`, if anyone does now (a lock file left by a crash is
/// nobody's).
pub fn holder_of(workshop: &Path) -> Option<Holder> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(lock_path(workshop))
        .ok()?;
    match file.try_lock() {
        Ok(()) => None,
        Err(_) => Some(read_holder(&file))
            .flatten()
            .or_else(|| read_holder_at(workshop)),
    }
}

impl WorkshopLock {
    /// Takes the lock on the workshop at `path` for `holder`, unless a live program holds it.
    pub fn acquire(workshop: &Path, holder: Holder) -> std::io::Result<Locking> {
        let path = lock_path(workshop);
        // A lock file removed by its holder between our open and our lock is an orphan:
        // try again on the new one. Three times is plenty for two programs.
        for _ in 0..3 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Ok(Locking::HeldBy(
                        read_holder(&file).or_else(|| read_holder_at(workshop)),
                    ));
                }
                Err(TryLockError::Error(error)) => return Err(error),
            }
            if !still_at(&file, &path) {
                continue;
            }
            let crashed = read_holder(&file);
            write_holder(&mut file, &holder)?;
            let lock = Self {
                path,
                file: Some(file),
                holder,
            };
            return Ok(Locking::Acquired(lock, crashed));
        }
        Err(std::io::Error::other("the lock file kept changing"))
    }

    /// Takes a workshop over from a live holder, at the facilitator's word: the lock file
    /// names this program from now on, and the other sees that before it writes again.
    pub fn take_over(workshop: &Path, holder: Holder) -> std::io::Result<Self> {
        let path = lock_path(workshop);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        write_holder(&mut file, &holder)?;
        Ok(Self {
            path,
            file: None,
            holder,
        })
    }

    /// Whether this program still holds the workshop: `Err` names who took it over. A lock
    /// file gone or unreadable (its folder went) is no takeover: the write will say why.
    pub fn check(&self) -> Result<(), Holder> {
        match read_holder_at_lock(&self.path) {
            Some(found) if found != self.holder => Err(found),
            _ => Ok(()),
        }
    }

    pub fn holder(&self) -> &Holder {
        &self.holder
    }
}

impl Drop for WorkshopLock {
    fn drop(&mut self) {
        // Removed while still held, so nobody can lock the old file after we let go; and
        // only when it still names us (after a takeover it is the other program's).
        if read_holder_at_lock(&self.path).as_ref() == Some(&self.holder) {
            let _ = std::fs::remove_file(&self.path);
        }
        if let Some(file) = self.file.take() {
            let _ = file.unlock();
        }
    }
}

fn write_holder(file: &mut File, holder: &Holder) -> std::io::Result<()> {
    let text = ron::ser::to_string_pretty(holder, ron::ser::PrettyConfig::new())
        .map_err(std::io::Error::other)?;
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(format!("{HEADER}{text}\n").as_bytes())?;
    file.sync_all()
}

fn read_holder(mut file: &File) -> Option<Holder> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_to_string(&mut text).ok()?;
    ron::from_str(&text).ok()
}

fn read_holder_at(workshop: &Path) -> Option<Holder> {
    read_holder_at_lock(&lock_path(workshop))
}

fn read_holder_at_lock(path: &Path) -> Option<Holder> {
    let text = std::fs::read_to_string(path).ok()?;
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
