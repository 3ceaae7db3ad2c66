//! The `tandem` command line, run as a user runs it: from the crate's folder (so
//! `workshops/…` names the bundled examples), on a system whose language is English unless a
//! test says which other one it speaks.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, ExitStatus};

/// What one run of `tandem` did: how it exited and what it printed.
#[derive(Debug)]
pub struct Ran {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn success(&self) -> bool {
        self.status.success()
    }

    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    /// What it printed, once it succeeded (else the test fails with what it said).
    pub fn printed(self) -> String {
        assert!(self.success(), "{}", self.stderr);
        self.stdout
    }

    /// What it printed, read as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap()
    }
}

/// `tandem` with `args`, not yet run: for a test that wires its output itself.
pub fn command<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tandem"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    command
}

/// Runs `command` to its end.
pub fn run(mut command: Command) -> Ran {
    let output = command.output().unwrap();
    Ran {
        status: output.status,
        stdout: String::from_utf8(output.stdout).expect("tandem prints UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("tandem prints UTF-8"),
    }
}

/// `tandem ARGS` on an English system.
pub fn tandem<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Ran {
    run(command(args))
}

/// `tandem ARGS` on a system set to `lang` (`LANG=de_DE.UTF-8`).
pub fn tandem_on_a_system_in<S: AsRef<OsStr>>(
    lang: &str,
    args: impl IntoIterator<Item = S>,
) -> Ran {
    let mut command = command(args);
    command.env("LANG", lang);
    run(command)
}

/// A path as the command line takes it.
pub fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// `tandem import FILE --into TARGET EXTRA…` refuses the file: it exits 1, says `says` and
/// that nothing was imported, and leaves TARGET byte for byte as it was.
pub fn assert_import_refused(case: &str, file: &Path, target: &Path, extra: &[&str], says: &str) {
    let before = std::fs::read(target).unwrap();
    let mut args = vec!["import", arg(file), "--into", arg(target)];
    args.extend(extra);
    let ran = tandem(args);
    assert_eq!(ran.code(), Some(1), "{case}: {}", ran.stderr);
    super::assert_says(case, &ran.stderr, says);
    super::assert_says(case, &ran.stderr, "nothing was imported");
    assert!(
        std::fs::read(target).unwrap() == before,
        "{case}: the workshop changed"
    );
}
