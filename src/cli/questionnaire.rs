//! `tandem questionnaire [--format text|csv]`: every question with its answer options in
//! order, ready to build the survey in a form tool so that its export imports without any
//! mapping.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::domain::Questionnaire;
use crate::import::form::{FormQuestion, form_questions};
use crate::storage;

use super::QuestionnaireFormat;

pub fn run(file: Option<&Path>, format: QuestionnaireFormat) -> anyhow::Result<ExitCode> {
    let questionnaire = match file {
        Some(path) => storage::load_questionnaire(path)?,
        None => Questionnaire::default_questionnaire(),
    };
    let questions = form_questions(&questionnaire);
    let text = match format {
        QuestionnaireFormat::Text => text(&questions),
        QuestionnaireFormat::Csv => csv(&questions)?,
    };
    super::print_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn text(questions: &[FormQuestion]) -> String {
    let mut text = String::new();
    for (number, question) in questions.iter().enumerate() {
        let required = if question.required { ", required" } else { "" };
        let _ = writeln!(
            text,
            "{}. {}\n   ({}{required})",
            number + 1,
            question.title,
            question.kind
        );
        for option in &question.options {
            let _ = writeln!(text, "   - {option}");
        }
        text.push('\n');
    }
    text
}

/// One row per question: the question, its kind, whether it is required, then its options.
fn csv(questions: &[FormQuestion]) -> anyhow::Result<String> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    writer.write_record(["question", "kind", "required", "options"])?;
    for question in questions {
        let mut record = vec![
            question.title.clone(),
            question.kind.to_owned(),
            String::from(if question.required { "yes" } else { "no" }),
        ];
        record.extend(question.options.iter().cloned());
        writer.write_record(&record)?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}
