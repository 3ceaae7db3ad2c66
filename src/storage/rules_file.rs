use std::path::Path;

use super::error::FileError;
use super::ron_text::{parse, read_text};
use crate::domain::Questionnaire;
use crate::rules::RuleSet;

/// Parses a rules file and checks it against `questionnaire` (whose statements and sources
/// the rules may name). Errors carry the file, line and column.
pub fn parse_rules(
    path: &Path,
    text: &str,
    questionnaire: &Questionnaire,
) -> Result<RuleSet, FileError> {
    let rules: RuleSet = parse(path, text)?;
    let problems: Vec<_> = rules
        .problems(questionnaire)
        .into_iter()
        .map(|problem| problem.located_in(text, 0))
        .collect();
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(FileError::Invalid {
            path: path.to_path_buf(),
            problems,
        })
    }
}

/// Loads a rules file, checked against the default questionnaire.
pub fn load_rules(path: &Path) -> Result<RuleSet, FileError> {
    parse_rules(
        path,
        &read_text(path)?,
        &Questionnaire::default_questionnaire(),
    )
}

/// Loads a rules file to use on a workshop, checked against that workshop's questionnaire.
pub fn load_rules_for(path: &Path, questionnaire: &Questionnaire) -> Result<RuleSet, FileError> {
    parse_rules(path, &read_text(path)?, questionnaire)
}

/// The rules a workshop is classified with: the rules file it names (relative to the
/// workshop's folder), else the built-in rules.
pub fn rules_for_workshop(
    path: &Path,
    workshop: &crate::domain::Workshop,
) -> Result<RuleSet, FileError> {
    match &workshop.settings.rules_file {
        None => RuleSet::built_in()
            .cloned()
            .map_err(FileError::BuiltInRules),
        Some(name) => {
            let folder = path.parent().unwrap_or(Path::new("."));
            // A workshop file names a rules file beside it, never one elsewhere: a file
            // passed on could otherwise make Tandem read anything on the computer.
            let inside = Path::new(name)
                .components()
                .all(|part| matches!(part, std::path::Component::Normal(_)));
            if !inside || name.is_empty() {
                return Err(FileError::RulesOutsideFolder {
                    path: path.to_path_buf(),
                    name: name.clone(),
                });
            }
            load_rules_for(&folder.join(name), &workshop.questionnaire)
        }
    }
}
