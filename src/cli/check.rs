use std::path::{Path, PathBuf};

use std::process::ExitCode;

use super::answer_counts::held_note;
use crate::domain::{Function, Problem};
use crate::i18n::Language;
use crate::storage::{self, FileKind};

/// Checks every file and prints one line per file: `ok` on stdout, the error on stderr.
pub fn run(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in files {
        let printed = match check_file(path) {
            Ok((description, gaps)) => {
                for gap in gaps {
                    super::say(&format!("warning: {}: {gap}", path.display()));
                }
                super::print_stdout(&format!("ok: {}: {description}\n", path.display()))
            }
            Err(error) => {
                failed = true;
                super::say(&format!("error: {}", error.describe(Language::of_system())));
                Ok(())
            }
        };
        if let Err(error) = printed {
            failed = true;
            super::say(&format!("error: {}", super::error_text(&error)));
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The file's description, and the texts its translations lack: warnings, not errors, since
/// a participant in that language then reads the text in the file's own language.
fn check_file(path: &Path) -> Result<(String, Vec<Problem>), storage::FileError> {
    let text = storage::ron_text::read_text(path)?;
    match storage::detect_kind(path, &text) {
        FileKind::Workshop => {
            let workshop = storage::parse_workshop(path, &text)?;
            // Every answer in the file, held ones too, saying how many are held back:
            // "24 sales (2 held back until 3 are in) and 14 product responses".
            let [sales, product] = Function::ALL.map(|function| {
                let held = held_note(&workshop, function, Language::of_system());
                format!("{} {}{held}", workshop.given(function), function.key())
            });
            let mut description = format!(
                "workshop \"{}\", {sales} and {product} responses",
                workshop.meta.title,
            );
            if storage::newer_recovery(path).is_some() {
                description.push_str(" (a newer recovery file exists beside it)");
            }
            Ok((
                description,
                workshop.questionnaire.translation_gaps("questionnaire."),
            ))
        }
        FileKind::Questionnaire => {
            let questionnaire = storage::questionnaire_file::parse_questionnaire(path, &text)?;
            let description = format!(
                "questionnaire \"{}\", {} statements and {} friction sources in {}",
                questionnaire.name,
                questionnaire.statements.len(),
                questionnaire.sources.len(),
                languages(&questionnaire.languages()),
            );
            Ok((description, questionnaire.translation_gaps("")))
        }
        FileKind::Rules => {
            let questionnaire = crate::domain::Questionnaire::default_questionnaire();
            let rules = storage::parse_rules(path, &text, &questionnaire)?;
            let mut languages_of_rules = vec![rules.language];
            languages_of_rules.extend(rules.translations.keys());
            let description = format!(
                "rules \"{}\", {} rules in {}",
                rules.name,
                rules.rules.len(),
                languages(&languages_of_rules)
            );
            Ok((description, rules.translation_gaps()))
        }
    }
}

/// "English, Deutsch and Français".
fn languages(languages: &[Language]) -> String {
    let names: Vec<&str> = languages.iter().map(|language| language.name()).collect();
    match names.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}
