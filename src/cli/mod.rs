//! The command line: `tandem` opens the app; subcommands script the same domain.

mod check;
mod classify;
mod list;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::storage;

#[derive(Debug, Parser)]
#[command(
    name = "tandem",
    version,
    about = "Facilitate sales <-> product alignment workshops: anonymous friction ratings, a healthy/toxic verdict you can check by hand, workshops kept as RON files.",
    long_about = None,
    after_help = "Without a command, tandem opens the app on the workshops folder."
)]
pub struct Cli {
    /// Folder of workshop files [default: ./workshops when it exists, else the platform's data folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub workshops: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the app on one workshop file
    Open {
        /// The workshop file (.ron)
        file: PathBuf,
    },
    /// Validate workshop, questionnaire and rules files; exit 1 when any is invalid
    Check {
        /// Files to check; the kind of each is recognised from its content
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the workshops of the workshops folder
    List {
        /// Print a JSON array with one object per workshop
        #[arg(long)]
        json: bool,
    },
    /// Classify a workshop's friction as healthy or toxic, with the rules that fired
    Classify {
        /// The workshop file (.ron)
        file: PathBuf,
        /// A rules file [default: the workshop's own rules file, else the built-in rules]
        #[arg(long, value_name = "RULES")]
        rules: Option<PathBuf>,
        /// Print stable JSON for scripts (see the README)
        #[arg(long)]
        json: bool,
    },
}

/// Parses `args` and runs the command. Errors are returned once, for `main` to print.
pub fn run(args: impl IntoIterator<Item = OsString>) -> anyhow::Result<ExitCode> {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version itself; both are successes.
            error.print().context("could not print to the terminal")?;
            return Ok(if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            });
        }
    };
    let workshops_dir = storage::resolve_workshops_dir(cli.workshops.as_deref());
    match cli.command {
        None => open_app(workshops_dir, None),
        Some(Command::Open { file }) => open_app(workshops_dir, Some(file)),
        Some(Command::Check { files }) => Ok(check::run(&files)),
        Some(Command::List { json }) => list::run(&workshops_dir, json),
        Some(Command::Classify { file, rules, json }) => {
            classify::run(&file, rules.as_deref(), json)
        }
    }
}

fn open_app(workshops_dir: PathBuf, open: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    if let Some(file) = &open {
        // Fail on the terminal, before a window opens, when the file cannot be read at all.
        storage::load_workshop(file)?;
        if let Some(recovery) = storage::newer_recovery(file) {
            eprintln!(
                "note: {} holds unsaved work newer than the workshop file",
                recovery.path.display()
            );
        }
    }
    crate::ui::run(crate::ui::Launch {
        workshops_dir,
        open,
    })?;
    Ok(ExitCode::SUCCESS)
}
