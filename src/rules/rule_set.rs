use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::condition::Condition;
use super::rule::Rule;
use super::rule_texts::LanguageBlock;
use crate::domain::problem::is_valid_key;
use crate::domain::{Problem, Questionnaire};
use crate::i18n::Language;

/// The default rules of the product brief, compiled in so the app works from any folder.
pub const DEFAULT_RULES_RON: &str = include_str!("../../assets/rules/default.ron");

/// A rules file: a name and its rules, in the order they are shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    pub name: String,
    pub rules: Vec<Rule>,
    /// The language of the texts above.
    #[serde(default, skip_serializing_if = "Language::is_english")]
    pub language: Language,
    /// Titles, explanations and prompts in other languages ([`RuleSet::in_language`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<Language, LanguageBlock>,
}

impl RuleSet {
    /// The built-in default rules.
    pub fn default_rules() -> Self {
        // The asset is tested to parse and validate; an empty set is a safe fallback.
        ron::from_str(DEFAULT_RULES_RON).unwrap_or_else(|_| Self {
            name: String::from("No rules"),
            rules: Vec::new(),
            language: Language::English,
            translations: BTreeMap::new(),
        })
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.id == id)
    }

    /// What serde cannot check: ids, empty conditions, thresholds, and statement and source
    /// keys that `questionnaire` does not have. Each problem is marked by text that locates it.
    pub fn problems(&self, questionnaire: &Questionnaire) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.rules.is_empty() {
            problems.push(Problem::new("rules", "the file has no rules"));
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (index, rule) in self.rules.iter().enumerate() {
            let path = format!("rules[{index}] `{}`", rule.id);
            let quoted_id = format!("\"{}\"", rule.id);
            let occurrence = seen.entry(rule.id.as_str()).or_insert(0);
            if *occurrence > 0 {
                problems.push(
                    Problem::new(
                        path.clone(),
                        format!(
                            "the id `{}` is used by an earlier rule; ids must be unique",
                            rule.id
                        ),
                    )
                    .marked_by_nth(quoted_id.clone(), *occurrence),
                );
            }
            let this_occurrence = *occurrence;
            *occurrence += 1;
            let problem = |message: String| {
                Problem::new(path.clone(), message)
                    .marked_by_nth(quoted_id.clone(), this_occurrence)
            };
            if !is_valid_key(&rule.id) {
                problems.push(problem(String::from(
                    "the id must be lowercase letters, digits and _, starting with a letter",
                )));
            }
            for text in [&rule.citation, &rule.explanation, &rule.prompt] {
                if text.trim().is_empty() {
                    problems.push(problem(String::from(
                        "citation, explanation and prompt must each say something",
                    )));
                    break;
                }
            }
            check_condition(&rule.when, false, &mut |message| {
                problems.push(problem(message));
            });
            for (metric, _, threshold) in rule.when.comparisons() {
                if !threshold.is_finite() {
                    problems.push(problem(format!(
                        "the threshold of {} is not a number",
                        metric.describe()
                    )));
                }
                if let Some(key) = metric.statement()
                    && questionnaire.statement(key).is_none()
                {
                    problems.push(
                        Problem::new(
                            path.clone(),
                            format!(
                                "`{key}` is not a statement of the questionnaire \"{}\"",
                                questionnaire.name
                            ),
                        )
                        .marked_by(format!("\"{key}\"")),
                    );
                }
                if let Some(key) = metric.source()
                    && questionnaire.source(key).is_none()
                {
                    problems.push(
                        Problem::new(
                            path.clone(),
                            format!(
                                "`{key}` is not a friction source of the questionnaire \"{}\"",
                                questionnaire.name
                            ),
                        )
                        .marked_by(format!("\"{key}\"")),
                    );
                }
            }
        }
        problems
    }
}

fn check_condition(condition: &Condition, in_either: bool, report: &mut impl FnMut(String)) {
    match condition {
        Condition::All(children) | Condition::Any(children) => {
            if children.is_empty() {
                let kind = if matches!(condition, Condition::All(_)) {
                    "all"
                } else {
                    "any"
                };
                report(format!(
                    "`{kind}([])` is empty: give it at least one condition"
                ));
            }
            for child in children {
                check_condition(child, in_either, report);
            }
        }
        Condition::Not(child) => check_condition(child, in_either, report),
        Condition::EitherFunction(child) => {
            if in_either {
                report(String::from(
                    "`either_function` inside `either_function` means nothing",
                ));
            }
            if child.compares_functions() {
                report(String::from(
                    "the perception gap compares the two functions, so it cannot be measured `in either function`",
                ));
            }
            check_condition(child, true, report);
        }
        Condition::Compare { .. } => {}
    }
}
