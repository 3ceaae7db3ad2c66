//! The command line: `tandem` opens the app; subcommands script the same domain.

mod answer_counts;
mod check;
mod classify;
mod classify_text;
mod compare;
mod export;
mod import;
mod list;
mod locked;
mod questionnaire;
mod room;

use std::ffi::OsString;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};

use crate::clock::Clock;
use crate::domain::Workshop;
use crate::export::safe_output::safe;
use crate::i18n::Language;
use crate::rules::RuleSet;
use crate::storage;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Md,
    Html,
    Pdf,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Text,
    Md,
    Html,
    Json,
    Pdf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuestionnaireFormat {
    Text,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CsvContent {
    Responses,
    Metrics,
}

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
        /// Show the audience window (what the room sees) from the start, for the projector
        #[arg(long)]
        audience: bool,
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
    /// Export a workshop's report (Markdown, self-contained HTML, PDF) or data (CSV)
    Export {
        /// The workshop file (.ron)
        file: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// With --format csv: the anonymous responses or the metrics
        #[arg(long, value_enum, default_value = "responses")]
        what: CsvContent,
        /// Write here instead of standard output
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// A rules file [default: the workshop's own, else the built-in rules]
        #[arg(long, value_name = "RULES")]
        rules: Option<PathBuf>,
        /// The language to write in: en, de, fr or es [default: the workshop's]
        #[arg(long, value_name = "LANG")]
        lang: Option<Language>,
    },
    #[command(
        about = "Import a survey's responses into a workshop (all or nothing): Tandem's CSV, or a Google Forms, Microsoft Forms (.xlsx), Typeform or SurveyMonkey export as it comes"
    )]
    Import {
        /// The survey file, CSV or .xlsx: a header row (questions or Tandem's keys), then one
        /// response per row (see the README)
        #[arg(value_name = "FILE")]
        csv: PathBuf,
        /// Add the responses to this existing workshop
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "new",
            required_unless_present = "new"
        )]
        into: Option<PathBuf>,
        /// Create a new workshop from the responses (needs --title and --out)
        #[arg(long, requires_all = ["title", "out"])]
        new: bool,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        organisation: Option<String>,
        /// YYYY-MM-DD [default: today]
        #[arg(long)]
        date: Option<String>,
        /// Where to write the new workshop
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The sheet of an .xlsx file [default: its first]
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        #[arg(
            long,
            value_name = "HEADER=KEY",
            help = "Say what a column is: \"Column header=key\" (team or function, relationship, a statement key, sources, a source key, friction_comment, works_well_comment); repeatable"
        )]
        map: Vec<String>,
        /// Leave a column out; repeatable
        #[arg(long, value_name = "HEADER")]
        ignore: Vec<String>,
        /// Import rows this workshop already took in an earlier import, once more
        #[arg(long)]
        again: bool,
    },
    /// Print every question with its answer options in order, to build a survey (Google
    /// Forms, Microsoft Forms…) whose export imports without any mapping
    Questionnaire {
        #[arg(long, value_enum, default_value = "text")]
        format: QuestionnaireFormat,
        /// A questionnaire file [default: the built-in questionnaire]
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Compare two or more workshops over time: changes, trends, festering findings
    Compare {
        /// Workshop files, in any order (they are put in date order)
        #[arg(required = true, num_args = 2.., value_name = "FILE")]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: CompareFormat,
        /// Write here instead of standard output
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The language to write in: en, de, fr or es [default: the newest workshop's]
        #[arg(long, value_name = "LANG")]
        lang: Option<Language>,
    },
    /// Open a room without a window: phones on the same network answer in their browsers,
    /// and each answer is saved to FILE as it arrives. Ctrl-C closes the room.
    Room {
        /// The workshop file (.ron)
        file: PathBuf,
        /// The address of the network interface to serve on [default: the one with the default route]
        #[arg(long, value_name = "ADDR")]
        bind: Option<IpAddr>,
        /// The port; 0 picks any free port
        #[arg(long, default_value_t = 0)]
        port: u16,
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
        /// The language of the text form: en, de, fr or es [default: the workshop's]; the
        /// JSON keeps its keys
        #[arg(long, value_name = "LANG")]
        lang: Option<Language>,
    },
}

/// Parses `args` and runs the command, reading the time from `clock`. Errors are returned
/// once, for `main` to print.
pub fn run(args: impl IntoIterator<Item = OsString>, clock: Clock) -> anyhow::Result<ExitCode> {
    let cli = match Cli::try_parse_from(args.into_iter().filter(|arg| !is_process_serial(arg))) {
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
        None => open_app(workshops_dir, None, false, clock),
        Some(Command::Open { file, audience }) => {
            open_app(workshops_dir, Some(file), audience, clock)
        }
        Some(Command::Check { files }) => Ok(check::run(&files)),
        Some(Command::List { json }) => list::run(&workshops_dir, json),
        Some(Command::Export {
            file,
            format,
            what,
            out,
            rules,
            lang,
        }) => export::run(&export::ExportArgs {
            file: &file,
            format,
            what,
            out: out.as_deref(),
            rules: rules.as_deref(),
            language: lang,
        }),
        Some(Command::Import {
            csv,
            into,
            new: _,
            title,
            organisation,
            date,
            out,
            sheet,
            map,
            ignore,
            again,
        }) => import::run(
            &import::ImportArgs {
                file: csv,
                into,
                title,
                organisation,
                date,
                out,
                sheet,
                map,
                ignore,
                again,
            },
            &clock,
        ),
        Some(Command::Questionnaire { format, file }) => {
            questionnaire::run(file.as_deref(), format)
        }
        Some(Command::Compare {
            files,
            format,
            out,
            lang,
        }) => compare::run(&files, format, out.as_deref(), lang),
        Some(Command::Room { file, bind, port }) => room::run(&file, bind, port, &clock),
        Some(Command::Classify {
            file,
            rules,
            json,
            lang,
        }) => classify::run(&file, rules.as_deref(), json, lang),
    }
}

/// The macOS Finder has been known to hand an app it starts a process serial number
/// (`-psn_0_12345`, after a download's first opening): not an argument of Tandem's, which would
/// otherwise end the app before its window opened. No argument of Tandem's looks like it.
fn is_process_serial(arg: &OsString) -> bool {
    arg.to_str().is_some_and(|arg| arg.starts_with("-psn_"))
}

fn open_app(
    workshops_dir: PathBuf,
    open: Option<PathBuf>,
    audience: bool,
    clock: Clock,
) -> anyhow::Result<ExitCode> {
    if let Some(file) = &open {
        // Fail on the terminal, before a window opens, when the file cannot be read at all.
        storage::load_workshop(file)?;
        if let Some(recovery) = storage::newer_recovery(file) {
            say(&Language::of_system().text_with(
                "cli-note-recovery",
                &[("path", recovery.path.display().to_string().into())],
            ));
        }
    }
    crate::ui::run(
        crate::ui::Launch {
            workshops_dir,
            open,
            audience,
        },
        clock,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `--rules` first; else the rules file the workshop names (relative to the workshop's
/// folder); else the built-in rules.
pub(crate) fn rules_for(
    file: &Path,
    workshop: &Workshop,
    rules: Option<&Path>,
) -> anyhow::Result<RuleSet> {
    Ok(match rules {
        Some(path) => storage::load_rules_for(path, &workshop.questionnaire)?,
        None => storage::rules_for_workshop(file, workshop)?,
    })
}

/// Writes a command's output to `out` (atomically) or to standard output.
pub(crate) fn write_output(out: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match out {
        Some(path) => storage::atomic::write_atomically(path, text.as_bytes())?,
        None => print_stdout(text)?,
    }
    Ok(())
}

/// An error and its causes, each said once: "a: b: c". A cause whose words the message
/// already holds (an error that quotes the OS's reason and also keeps it as its source) is
/// not said again.
pub fn error_text(error: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in error.chain() {
        let said = cause.to_string();
        if text.contains(&said) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&said);
    }
    text
}

/// Tells the person at the terminal something beside a command's output: a note, or an
/// error that does not stop the command. The one place the CLI writes to standard error;
/// like standard output, it passes no control or bidi character a file may hold (a title
/// in a message) to the terminal.
pub(crate) fn say(text: &str) {
    #[allow(
        clippy::print_stderr,
        reason = "the terminal is this command's user interface"
    )]
    {
        eprintln!("{}", safe(text));
    }
}

/// Writes `text` to standard output, without control or bidi characters (a workshop's
/// title in `check` or `list`, an old comment in an export): the terminal would obey them.
/// A reader that went away (`tandem classify F | head`) is not an error: the command did
/// its work and nobody is left to read the rest.
pub(crate) fn print_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(safe(text).as_bytes()) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        written => written.context("could not write to standard output"),
    }
}
