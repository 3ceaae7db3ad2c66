//! A questionnaire's texts in another language. The keys stay the same in every language,
//! so workshops answered in German and in English compare.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::relationship::Relationship;
use crate::i18n::Language;

/// Every text of a questionnaire in one language; a text left out shows in the
/// questionnaire's own language, and `tandem check` says which are missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuestionnaireTexts {
    pub relationship_prompt: String,
    pub relationship_options: BTreeMap<Relationship, String>,
    pub statements_prompt: String,
    /// By statement key.
    pub statements: BTreeMap<String, StatementTexts>,
    pub sources_prompt: String,
    /// Source labels by source key.
    pub sources: BTreeMap<String, String>,
    pub friction_comment_prompt: String,
    pub works_well_comment_prompt: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StatementTexts {
    pub label: String,
    pub text: String,
}

/// `translated` where it says something, else `own`.
pub(crate) fn or_own(translated: &str, own: &mut String) {
    if !translated.trim().is_empty() {
        translated.clone_into(own);
    }
}

impl QuestionnaireTexts {
    /// What this language's block lacks or names wrongly, against the questionnaire's own
    /// texts: a participant in that language would otherwise read a mix of two languages.
    pub(crate) fn problems(&self, questionnaire: &Questionnaire, path: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut missing = |field: &str, what: &str| {
            problems.push(Problem::new(
                format!("{path}.{field}"),
                format!("{what} has no text in this language"),
            ));
        };
        for (field, text, what) in [
            (
                "relationship_prompt",
                &self.relationship_prompt,
                "the relationship question",
            ),
            (
                "statements_prompt",
                &self.statements_prompt,
                "the statements' instruction",
            ),
            (
                "sources_prompt",
                &self.sources_prompt,
                "the sources question",
            ),
            (
                "friction_comment_prompt",
                &self.friction_comment_prompt,
                "the friction comment question",
            ),
            (
                "works_well_comment_prompt",
                &self.works_well_comment_prompt,
                "the works-well comment question",
            ),
        ] {
            if text.trim().is_empty() {
                missing(field, what);
            }
        }
        for option in &questionnaire.relationship.options {
            if self
                .relationship_options
                .get(&option.key)
                .is_none_or(|t| t.trim().is_empty())
            {
                missing(
                    "relationship_options",
                    &format!("the answer `{}`", option.key.key()),
                );
            }
        }
        for statement in &questionnaire.statements {
            let texts = self.statements.get(&statement.key);
            if texts.is_none_or(|t| t.text.trim().is_empty()) {
                missing("statements", &format!("the statement `{}`", statement.key));
            } else if !statement.label.is_empty()
                && texts.is_some_and(|t| t.label.trim().is_empty())
            {
                missing(
                    "statements",
                    &format!("the label of statement `{}`", statement.key),
                );
            }
        }
        for source in &questionnaire.sources {
            if self
                .sources
                .get(&source.key)
                .is_none_or(|t| t.trim().is_empty())
            {
                missing("sources", &format!("the source `{}`", source.key));
            }
        }
        let unknown_statements = self
            .statements
            .keys()
            .filter(|key| questionnaire.statement(key).is_none());
        let unknown_sources = self
            .sources
            .keys()
            .filter(|key| questionnaire.source(key).is_none());
        for (field, key) in unknown_statements
            .map(|key| ("statements", key))
            .chain(unknown_sources.map(|key| ("sources", key)))
        {
            problems.push(Problem::new(
                format!("{path}.{field}"),
                format!("`{key}` is not a key of this questionnaire: a translation keeps the questionnaire's keys"),
            ));
        }
        problems
    }
}

/// Every language block's problems, each under `translations.TAG`.
pub(crate) fn translation_problems(questionnaire: &Questionnaire, path: &str) -> Vec<Problem> {
    questionnaire
        .translations
        .iter()
        .flat_map(|(language, texts): (&Language, &QuestionnaireTexts)| {
            texts.problems(
                questionnaire,
                &format!("{path}translations.{}", language.tag()),
            )
        })
        .collect()
}
