//! The command line: `tandem` opens the app; subcommands script the same domain.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::domain::Function;
use crate::storage::{self, FileKind};

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
        Some(Command::Check { files }) => Ok(check(&files)),
        Some(Command::List { json }) => list(&workshops_dir, json),
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

/// Checks every file and prints one line per file: `ok` on stdout, the error on stderr.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in files {
        match check_file(path) {
            Ok(description) => println!("ok: {}: {description}", path.display()),
            Err(error) => {
                failed = true;
                eprintln!("error: {error}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn check_file(path: &Path) -> Result<String, storage::FileError> {
    let text = storage::ron_text::read_text(path)?;
    match storage::detect_kind(path, &text) {
        FileKind::Workshop => {
            let workshop = storage::parse_workshop(path, &text)?;
            let mut description = format!(
                "workshop \"{}\", {} sales and {} product responses",
                workshop.meta.title,
                workshop.respondents(Function::Sales),
                workshop.respondents(Function::Product)
            );
            if storage::newer_recovery(path).is_some() {
                description.push_str(" (a newer recovery file exists beside it)");
            }
            Ok(description)
        }
        FileKind::Questionnaire => {
            let questionnaire = storage::questionnaire_file::parse_questionnaire(path, &text)?;
            Ok(format!(
                "questionnaire \"{}\", {} statements and {} friction sources",
                questionnaire.name,
                questionnaire.statements.len(),
                questionnaire.sources.len()
            ))
        }
        FileKind::Rules => Err(storage::FileError::WrongKind {
            path: path.to_path_buf(),
            expected: "file this version can check",
            reason: String::from("rules files are not supported yet"),
        }),
    }
}

fn list(workshops_dir: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let scan = storage::scan(workshops_dir)?;
    let mut out = std::io::stdout().lock();
    if json {
        let text = serde_json::to_string_pretty(&scan.workshops)?;
        writeln!(out, "{text}")?;
    } else if scan.workshops.is_empty() {
        writeln!(out, "No workshops in {}", workshops_dir.display())?;
    } else {
        writeln!(
            out,
            "{:<10}  {:<36}  {:<20}  {:>5}  {:>7}  {:<8}  file",
            "date", "title", "organisation", "sales", "product", "stage"
        )?;
        for summary in &scan.workshops {
            writeln!(
                out,
                "{:<10}  {:<36}  {:<20}  {:>5}  {:>7}  {:<8}  {}",
                summary.date.to_string(),
                truncate(&summary.title, 36),
                truncate(&summary.organisation, 20),
                summary.sales,
                summary.product,
                summary.stage.label(),
                summary.path.display()
            )?;
        }
    }
    for error in &scan.unreadable {
        eprintln!("could not read: {error}");
    }
    Ok(ExitCode::SUCCESS)
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(width.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}
