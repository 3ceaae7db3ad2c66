//! The questionnaire as a survey to build in a form tool (`tandem questionnaire`): every
//! question with its answer options in order, in words the import reads back without any
//! mapping.

use super::words::AGREEMENT_WORDS;
use crate::domain::{Function, Questionnaire};

/// The team question every survey starts with; the import recognises it by "which team".
pub const TEAM_QUESTION: &str = "Which team are you in?";

/// One question of the form, as a form builder asks for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormQuestion {
    pub title: String,
    /// "Multiple choice", "Checkboxes", "Paragraph"…
    pub kind: &'static str,
    pub required: bool,
    pub options: Vec<String>,
}

/// Every question in order: the team, the relationship, one per statement (the agreement
/// words as options; a grid of them reads back too), the sources, the two comments.
pub fn form_questions(questionnaire: &Questionnaire) -> Vec<FormQuestion> {
    let mut questions = vec![
        FormQuestion {
            title: TEAM_QUESTION.to_owned(),
            kind: "Multiple choice",
            required: true,
            options: Function::ALL.iter().map(|f| f.label().to_owned()).collect(),
        },
        FormQuestion {
            title: questionnaire.relationship.prompt.clone(),
            kind: "Multiple choice",
            required: true,
            options: questionnaire
                .relationship
                .options
                .iter()
                .map(|option| option.label.clone())
                .collect(),
        },
    ];
    questions.extend(questionnaire.statements.iter().map(|statement| {
        FormQuestion {
            title: statement.text.clone(),
            kind: "Multiple choice",
            required: false,
            options: AGREEMENT_WORDS
                .iter()
                .map(|word| (*word).to_owned())
                .collect(),
        }
    }));
    questions.push(FormQuestion {
        title: questionnaire.sources_prompt.clone(),
        kind: "Checkboxes",
        required: false,
        options: questionnaire
            .sources
            .iter()
            .map(|source| source.label.clone())
            .collect(),
    });
    for prompt in [
        &questionnaire.friction_comment_prompt,
        &questionnaire.works_well_comment_prompt,
    ] {
        questions.push(FormQuestion {
            title: prompt.clone(),
            kind: "Paragraph",
            required: false,
            options: Vec::new(),
        });
    }
    questions
}
