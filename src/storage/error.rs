use std::path::PathBuf;

use std::path::Path;

use crate::domain::problem::Problem;

/// One problem per line, each as `file:line:column: where: what` when the position is known,
/// so terminals and editors can jump to it.
fn render_problems(path: &Path, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|problem| match problem.position {
            Some(position) => format!(
                "  - {}:{position}: {}: {}",
                path.display(),
                problem.path,
                problem.message
            ),
            None => format!("  - {}: {}", problem.path, problem.message),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why a Tandem file (workshop, questionnaire or rules) could not be used. Every variant names
/// the file, and the position where the parser knows it, in words a facilitator understands.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: the file is empty", path.display())]
    Empty { path: PathBuf },
    #[error(
        "{}: the file is {} MB, larger than any Tandem file can be (at most {} MB); is it the right file?",
        path.display(), size / 1_000_000, limit / 1_000_000
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error(
        "{}:{line}:{column}: this is not a text file (the bytes there are not UTF-8); is it the right file?",
        path.display()
    )]
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: this is not a Tandem {expected}: {reason}", path.display())]
    WrongKind {
        path: PathBuf,
        expected: &'static str,
        reason: String,
    },
    #[error(
        "{}: this workshop was written by a newer version of Tandem (file format {found}); this version reads formats up to {supported}. Update Tandem to open it; the file is left untouched.",
        path.display()
    )]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}: the file parsed, but its content is not valid:\n{}", path.display(), render_problems(path, problems))]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

impl FileError {
    /// The line and column of the first problem, where known.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotText { line, column, .. } | Self::Syntax { line, column, .. } => {
                Some((*line, *column))
            }
            Self::Invalid { problems, .. } => problems
                .iter()
                .find_map(|problem| problem.position)
                .map(|position| (position.line, position.column)),
            _ => None,
        }
    }
}

/// Why a workshop could not be written. The workshop in memory is never touched by a failed save.
#[derive(Debug, thiserror::Error)]
#[error("could not save {}: {step} failed: {source}", path.display())]
pub struct SaveError {
    pub path: PathBuf,
    /// What the save was doing, in plain words ("creating a temporary file in /x").
    pub step: String,
    #[source]
    pub source: std::io::Error,
}
