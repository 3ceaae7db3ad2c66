use std::path::Path;

use super::error::FileError;
use super::ron_text::{parse, read_text};
use crate::domain::Questionnaire;

pub fn parse_questionnaire(path: &Path, text: &str) -> Result<Questionnaire, FileError> {
    let questionnaire: Questionnaire = parse(path, text)?;
    let problems = questionnaire.problems("");
    if problems.is_empty() {
        Ok(questionnaire)
    } else {
        Err(FileError::Invalid {
            path: path.to_path_buf(),
            problems,
        })
    }
}

pub fn load_questionnaire(path: &Path) -> Result<Questionnaire, FileError> {
    parse_questionnaire(path, &read_text(path)?)
}
