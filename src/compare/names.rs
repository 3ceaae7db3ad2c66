//! What the comparison's reports call statements and rules: the labels and titles of the
//! compared workshops' own questionnaires and rules (the latest workshop's wording wins),
//! so no report shows a key; and which way each statement is better.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::direction::{Direction, directions};
use crate::domain::{Relationship, Workshop, words_from_key};
use crate::i18n::Language;
use crate::rules::RuleSet;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    statements: BTreeMap<String, String>,
    relationship: BTreeMap<Relationship, String>,
    rules: BTreeMap<String, String>,
    directions: BTreeMap<String, Direction>,
}

impl Names {
    /// Collects the labels and titles of workshops in date order: a later one's wording
    /// replaces an earlier one's; each in `language` where its files have it.
    pub fn of(workshops: &[(PathBuf, Workshop, RuleSet)], language: Language) -> Self {
        let mut names = Self {
            directions: directions(workshops.iter().map(|(_, _, rules)| rules)),
            ..Self::default()
        };
        for (_, workshop, rules) in workshops {
            let questionnaire = workshop.questionnaire.in_language(language);
            for answer in Relationship::ALL {
                names
                    .relationship
                    .insert(answer, questionnaire.relationship_label(answer).to_owned());
            }
            for statement in &questionnaire.statements {
                names
                    .statements
                    .insert(statement.key.clone(), statement.label());
            }
            for rule in &rules.in_language(language).rules {
                names.rules.insert(rule.id.clone(), rule.title());
            }
        }
        names
    }

    /// A statement's label, or its key in words.
    pub fn statement(&self, key: &str) -> String {
        self.statements
            .get(key)
            .cloned()
            .unwrap_or_else(|| words_from_key(key))
    }

    /// Which way a statement's mean is better, read from the compared workshops' rules;
    /// higher when no rule says.
    pub fn direction(&self, key: &str) -> Direction {
        self.directions
            .get(key)
            .copied()
            .unwrap_or(Direction::Higher)
    }

    /// A relationship answer's label, from the newest questionnaire.
    pub fn relationship(&self, answer: Relationship) -> String {
        self.relationship
            .get(&answer)
            .cloned()
            .unwrap_or_else(|| answer.default_label().to_owned())
    }

    /// A rule's title, or its id in words.
    pub fn rule(&self, id: &str) -> String {
        self.rules
            .get(id)
            .cloned()
            .unwrap_or_else(|| words_from_key(id))
    }
}
