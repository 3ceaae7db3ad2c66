use std::path::PathBuf;

use std::path::Path;

use crate::domain::problem::Problem;
use crate::i18n::Language;
use crate::rules::rule_set::BuiltInRulesError;

/// One problem per line, each as `file:line:column: where: what` when the position is known,
/// so terminals and editors can jump to it. The field paths stay as the file writes them;
/// what is wrong is said in `language` where the problem has a message id.
fn render_problems(path: &Path, problems: &[Problem], language: Language) -> String {
    problems
        .iter()
        .map(|problem| match problem.position {
            Some(position) => format!(
                "  - {}:{position}: {}: {}",
                path.display(),
                problem.path,
                problem.describe(language)
            ),
            None => format!("  - {}: {}", problem.path, problem.describe(language)),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why a file that parses as RON is still no Tandem workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAWorkshop {
    /// No `format_version`, or 0.
    NoFormatVersion,
    /// Valid RON of another shape.
    OtherShape,
    /// Not opened by `(` at all (a note, a web page): where its text starts.
    NoFields { line: usize, column: usize },
}

/// Why a Tandem file (workshop, questionnaire or rules) could not be used. Every variant names
/// the file, and the position where the parser knows it, in words a facilitator understands.
/// `Display` is English (logs, tests); [`FileError::describe`] says it in a language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.describe(Language::English))]
pub enum FileError {
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Empty {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// `message` is the RON parser's, in English.
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    WrongKind {
        path: PathBuf,
        reason: NotAWorkshop,
    },
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    /// A workshop names a rules file outside its own folder.
    RulesOutsideFolder {
        path: PathBuf,
        name: String,
    },
    /// The rules compiled into Tandem did not parse or check.
    BuiltInRules(BuiltInRulesError),
}

impl FileError {
    /// The line and column of the first problem, where known.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotText { line, column, .. }
            | Self::Syntax { line, column, .. }
            | Self::WrongKind {
                reason: NotAWorkshop::NoFields { line, column },
                ..
            } => Some((*line, *column)),
            Self::Invalid { problems, .. } => problems
                .iter()
                .find_map(|problem| problem.position)
                .map(|position| (position.line, position.column)),
            _ => None,
        }
    }

    /// The error in `language`; the RON parser's message and the problems' field paths stay
    /// as they are (see [`render_problems`]).
    pub fn describe(&self, language: Language) -> String {
        let at = |path: &Path| ("path", path.display().to_string().into());
        match self {
            Self::Read { path, source } => language.text_with(
                "file-error-read",
                &[at(path), ("error", source.to_string().into())],
            ),
            Self::Empty { path } => language.text_with("file-error-empty", &[at(path)]),
            Self::TooLarge { path, size, limit } => language.text_with(
                "file-error-too-large",
                &[
                    at(path),
                    ("size", (size / 1_000_000).to_string().into()),
                    ("limit", (limit / 1_000_000).to_string().into()),
                ],
            ),
            Self::NotText { path, line, column } => language.text_with(
                "file-error-not-text",
                &[
                    at(path),
                    ("line", line.to_string().into()),
                    ("column", column.to_string().into()),
                ],
            ),
            Self::Syntax {
                path,
                line,
                column,
                message,
            } => language.text_with(
                "file-error-syntax",
                &[
                    at(path),
                    ("line", line.to_string().into()),
                    ("column", column.to_string().into()),
                    ("message", message.as_str().into()),
                ],
            ),
            Self::WrongKind { path, reason } => match reason {
                NotAWorkshop::NoFormatVersion => {
                    language.text_with("file-error-no-format-version", &[at(path)])
                }
                NotAWorkshop::OtherShape => {
                    language.text_with("file-error-not-a-workshop", &[at(path)])
                }
                NotAWorkshop::NoFields { line, column } => language.text_with(
                    "file-error-no-fields",
                    &[
                        at(path),
                        ("line", line.to_string().into()),
                        ("column", column.to_string().into()),
                    ],
                ),
            },
            Self::NewerVersion {
                path,
                found,
                supported,
            } => language.text_with(
                "file-error-newer-version",
                &[
                    at(path),
                    ("found", found.to_string().into()),
                    ("supported", supported.to_string().into()),
                ],
            ),
            Self::RulesOutsideFolder { path, name } => language.text_with(
                "file-error-rules-outside",
                &[at(path), ("name", name.as_str().into())],
            ),
            Self::BuiltInRules(error) => error.describe(language),
            Self::Invalid { path, problems } => format!(
                "{}\n{}",
                language.text_with("file-error-invalid", &[at(path)]),
                render_problems(path, problems, language)
            ),
        }
    }
}

/// What a save was doing when it failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Reading the file again, to check nothing else changed it since.
    Checking,
    TemporaryFile(PathBuf),
    Permissions,
    Writing,
    Flushing,
    Replacing,
    FlushingFolder(PathBuf),
    RemovingRecovery,
    ToText,
}

/// Why a workshop could not be written. The workshop in memory is never touched by a failed save.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.describe(Language::English))]
pub struct SaveError {
    pub path: PathBuf,
    /// What the save was doing.
    pub step: SaveStep,
    #[source]
    pub source: std::io::Error,
}

impl SaveError {
    /// The error in `language` (the system's own words for the cause may stay English).
    pub fn describe(&self, language: Language) -> String {
        let (id, folder) = match &self.step {
            SaveStep::Checking => ("file-error-step-checking", None),
            SaveStep::TemporaryFile(folder) => ("file-error-step-temporary", Some(folder)),
            SaveStep::Permissions => ("file-error-step-permissions", None),
            SaveStep::Writing => ("file-error-step-writing", None),
            SaveStep::Flushing => ("file-error-step-flushing", None),
            SaveStep::Replacing => ("file-error-step-replacing", None),
            SaveStep::FlushingFolder(folder) => ("file-error-step-flushing-folder", Some(folder)),
            SaveStep::RemovingRecovery => ("file-error-step-removing-recovery", None),
            SaveStep::ToText => ("file-error-step-to-text", None),
        };
        let folder = folder
            .map(|folder| folder.display().to_string())
            .unwrap_or_default();
        let step = language.text_with(id, &[("folder", folder.into())]);
        language.text_with(
            "file-error-not-saved",
            &[
                ("path", self.path.display().to_string().into()),
                ("step", step.into()),
                ("error", self.source.to_string().into()),
            ],
        )
    }
}
