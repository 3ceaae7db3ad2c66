use std::path::{Path, PathBuf};

use std::process::ExitCode;

use crate::domain::Function;
use crate::storage::{self, FileKind};

/// Checks every file and prints one line per file: `ok` on stdout, the error on stderr.
pub fn run(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in files {
        let printed = match check_file(path) {
            Ok(description) => {
                super::print_stdout(&format!("ok: {}: {description}\n", path.display()))
            }
            Err(error) => {
                failed = true;
                super::say(&format!("error: {error}"));
                Ok(())
            }
        };
        if let Err(error) = printed {
            failed = true;
            super::say(&format!("error: {error:#}"));
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
        FileKind::Rules => {
            let questionnaire = crate::domain::Questionnaire::default_questionnaire();
            let rules = storage::parse_rules(path, &text, &questionnaire)?;
            Ok(format!(
                "rules \"{}\", {} rules",
                rules.name,
                rules.rules.len()
            ))
        }
    }
}
