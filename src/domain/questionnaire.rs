use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::key_words::words_from_key;
use super::problem::{Problem, is_valid_key};
use super::questionnaire_texts::QuestionnaireTexts;
use super::relationship::Relationship;
use crate::i18n::Language;

/// The default questionnaire of the product brief, compiled in so the app works from any folder.
pub const DEFAULT_QUESTIONNAIRE_RON: &str = include_str!("../../assets/questionnaires/default.ron");

/// What respondents are asked. A workshop keeps its own copy, so old workshops stay readable
/// after the default changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub name: String,
    pub relationship: RelationshipQuestion,
    pub statements_prompt: String,
    pub statements: Vec<Statement>,
    pub sources_prompt: String,
    pub sources: Vec<Source>,
    pub friction_comment_prompt: String,
    pub works_well_comment_prompt: String,
    /// The language the texts above are in.
    #[serde(default, skip_serializing_if = "Language::is_english")]
    pub language: Language,
    /// The same texts in other languages, for kiosks, phones and exports in those languages.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<Language, QuestionnaireTexts>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationshipQuestion {
    pub prompt: String,
    pub options: Vec<RelationshipOption>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationshipOption {
    pub key: Relationship,
    pub label: String,
}

/// A statement rated 1 (strongly disagree) to 5 (strongly agree), or skipped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub key: String,
    /// A short name for charts, findings and reports ("Open debate"). Files written before
    /// statements had labels have none; [`Statement::label`] then writes the key as words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    pub text: String,
    /// What the statement measures, in a few words ("relationship conflict").
    pub measures: String,
}

/// A friction source respondents may name (any number of them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub key: String,
    pub label: String,
}

impl Statement {
    /// What the room sees for this statement: its label, or its key in words.
    pub fn label(&self) -> String {
        if self.label.trim().is_empty() {
            words_from_key(&self.key)
        } else {
            self.label.clone()
        }
    }
}

impl Questionnaire {
    /// The built-in default questionnaire.
    pub fn default_questionnaire() -> Self {
        Self::builtin().clone()
    }

    /// The built-in default questionnaire, parsed once.
    pub fn builtin() -> &'static Self {
        static BUILTIN: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
        // The asset is tested to parse and validate, so this cannot fail in a released build;
        // an empty questionnaire would still be a safe fallback.
        BUILTIN.get_or_init(|| {
            ron::from_str(DEFAULT_QUESTIONNAIRE_RON).unwrap_or_else(|_| Self::empty())
        })
    }

    fn empty() -> Self {
        Self {
            name: String::from("Empty questionnaire"),
            relationship: RelationshipQuestion {
                prompt: String::from(
                    "How would you describe the relationship between the sales organisation and the product team?",
                ),
                options: Relationship::ALL
                    .into_iter()
                    .map(|key| RelationshipOption {
                        key,
                        label: key.default_label().to_owned(),
                    })
                    .collect(),
            },
            statements_prompt: String::new(),
            statements: Vec::new(),
            sources_prompt: String::new(),
            sources: Vec::new(),
            friction_comment_prompt: String::new(),
            works_well_comment_prompt: String::new(),
            language: Language::English,
            translations: BTreeMap::new(),
        }
    }

    pub fn statement(&self, key: &str) -> Option<&Statement> {
        self.statements
            .iter()
            .find(|statement| statement.key == key)
    }

    /// The statement's short label, or the key in words when the questionnaire lacks it.
    pub fn statement_label(&self, key: &str) -> String {
        self.statement(key)
            .map_or_else(|| words_from_key(key), Statement::label)
    }

    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.key == key)
    }

    pub fn relationship_label(&self, answer: Relationship) -> &str {
        self.relationship
            .options
            .iter()
            .find(|option| option.key == answer)
            .map_or(answer.default_label(), |option| option.label.as_str())
    }

    /// Checks what serde cannot: unique, well-formed keys and all four relationship answers.
    pub fn problems(&self, path: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, option) in self.relationship.options.iter().enumerate() {
            if !seen.insert(option.key) {
                problems.push(Problem::new(
                    format!("{path}relationship.options[{index}]"),
                    format!("the answer `{}` appears twice", option.key.key()),
                ));
            }
        }
        for missing in Relationship::ALL.iter().filter(|key| !seen.contains(key)) {
            problems.push(Problem::new(
                format!("{path}relationship.options"),
                format!(
                    "the answer `{}` is missing; the relationship question needs all four answers",
                    missing.key()
                ),
            ));
        }
        check_keys(
            &mut problems,
            &format!("{path}statements"),
            "statement",
            self.statements.iter().map(|s| s.key.as_str()),
        );
        for (index, statement) in self.statements.iter().enumerate() {
            if statement.text.trim().is_empty() {
                problems.push(Problem::new(
                    format!("{path}statements[{index}].text"),
                    "the statement has no text",
                ));
            }
        }
        check_keys(
            &mut problems,
            &format!("{path}sources"),
            "source",
            self.sources.iter().map(|s| s.key.as_str()),
        );
        problems
    }
}

fn check_keys<'a>(
    problems: &mut Vec<Problem>,
    path: &str,
    what: &str,
    keys: impl Iterator<Item = &'a str>,
) {
    let mut seen = BTreeSet::new();
    for (index, key) in keys.enumerate() {
        if !is_valid_key(key) {
            problems.push(Problem::new(
                format!("{path}[{index}].key"),
                format!(
                    "`{key}` is not a valid {what} key: use lowercase letters, digits and _, starting with a letter"
                ),
            ));
        }
        if !seen.insert(key) {
            problems.push(Problem::new(
                format!("{path}[{index}].key"),
                format!("the {what} key `{key}` appears twice"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_questionnaire_matches_the_brief() {
        let questionnaire: Questionnaire = ron::from_str(DEFAULT_QUESTIONNAIRE_RON).unwrap();
        assert_eq!(questionnaire.problems(""), Vec::new());
        let keys: Vec<_> = questionnaire
            .statements
            .iter()
            .map(|s| s.key.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "task_debate",
                "personal",
                "who_decides",
                "resolution",
                "horizons",
                "voice",
                "trust",
                "incentives",
                "raised_early",
                "better_decisions"
            ]
        );
        let sources: Vec<_> = questionnaire
            .sources
            .iter()
            .map(|s| s.key.as_str())
            .collect();
        assert_eq!(
            sources,
            [
                "roadmap_vs_quarter",
                "deal_requests",
                "release_timing",
                "pricing",
                "enablement",
                "feedback_loop",
                "incentives",
                "handoffs"
            ]
        );
        assert_eq!(
            questionnaire.relationship_label(Relationship::ConstantFriction),
            "Constant state of friction"
        );
    }

    #[test]
    fn duplicate_and_malformed_keys_are_problems() {
        let mut questionnaire = Questionnaire::default_questionnaire();
        // The translations would name the renamed keys too; tests/domain/translations.rs covers them.
        questionnaire.translations.clear();
        questionnaire.statements[1].key = String::from("task_debate");
        questionnaire.sources[0].key = String::from("Roadmap vs quarter");
        questionnaire.relationship.options.pop();
        let problems = questionnaire.problems("");
        let messages: Vec<_> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 3, "{messages:#?}");
        assert!(messages[0].contains("`constant_friction` is missing"));
        assert!(messages[1].contains("`task_debate` appears twice"));
        assert!(messages[2].contains("not a valid source key"));
    }
}
