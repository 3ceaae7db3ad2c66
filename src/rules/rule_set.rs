use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::condition::Condition;
use super::rule::Rule;
use super::rule_texts::LanguageBlock;
use crate::domain::problem::is_valid_key;
use crate::domain::{NoteKey, Position, Problem, Questionnaire};
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

/// The built-in rules, parsed and checked the first time they are asked for.
static BUILT_IN: LazyLock<Result<RuleSet, BuiltInRulesError>> =
    LazyLock::new(|| RuleSet::from_built_in_text(DEFAULT_RULES_RON));

/// The built-in rules did not parse or check: a fault of this copy of Tandem, said to the
/// user rather than hidden behind an empty rule set. `Display` is English.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe(Language::English))]
pub struct BuiltInRulesError {
    /// Where in the built-in text, 1-based; 0 when not known.
    pub line: usize,
    pub column: usize,
    /// What is wrong, in English: the RON parser's words or the problem found.
    pub message: String,
}

impl BuiltInRulesError {
    pub fn describe(&self, language: Language) -> String {
        language.text_with(
            "rules-error-built-in",
            &[
                ("line", self.line.to_string().into()),
                ("column", self.column.to_string().into()),
                ("message", self.message.as_str().into()),
            ],
        )
    }
}

impl RuleSet {
    /// The built-in default rules, parsed once. An error is a fault of this copy of Tandem
    /// (the asset is tested to parse and check); callers say it where the rules were needed.
    pub fn built_in() -> Result<&'static Self, BuiltInRulesError> {
        BUILT_IN.as_ref().map_err(Clone::clone)
    }

    /// A set without rules, for a workshop that has none to use (the built-in rules failed to
    /// load, and the error is said beside its verdicts).
    pub fn without_rules() -> Self {
        Self {
            name: String::new(),
            rules: Vec::new(),
            language: Language::English,
            translations: BTreeMap::new(),
        }
    }

    /// Reads rules compiled into Tandem, checked against the default questionnaire.
    fn from_built_in_text(text: &str) -> Result<Self, BuiltInRulesError> {
        let rules: Self = ron::from_str(text).map_err(|error| BuiltInRulesError {
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
        })?;
        let problems = rules.problems(Questionnaire::builtin());
        match problems.into_iter().next() {
            None => Ok(rules),
            Some(problem) => {
                let problem = problem.located_in(text, 0);
                let position = problem.position.unwrap_or(Position { line: 0, column: 0 });
                Err(BuiltInRulesError {
                    line: position.line,
                    column: position.column,
                    message: format!("{}: {}", problem.path, problem.message),
                })
            }
        }
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.id == id)
    }

    /// What serde cannot check: ids, empty conditions, thresholds, and statement and source
    /// keys that `questionnaire` does not have. Each problem is marked by text that locates it.
    pub fn problems(&self, questionnaire: &Questionnaire) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.rules.is_empty() {
            problems.push(Problem::said("rules", "rules-problem-no-rules", &[]));
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (index, rule) in self.rules.iter().enumerate() {
            let path = format!("rules[{index}] `{}`", rule.id);
            let quoted_id = format!("\"{}\"", rule.id);
            let occurrence = seen.entry(rule.id.as_str()).or_insert(0);
            if *occurrence > 0 {
                problems.push(
                    Problem::said(&path, "rules-problem-id-used", &[("id", &rule.id)])
                        .marked_by_nth(quoted_id.clone(), *occurrence),
                );
            }
            let this_occurrence = *occurrence;
            *occurrence += 1;
            let problem = |id: &'static str, args: &[(&'static str, &str)]| {
                Problem::said(&path, id, args).marked_by_nth(quoted_id.clone(), this_occurrence)
            };
            if !is_valid_key(&rule.id) {
                problems.push(problem("rules-problem-id-form", &[]));
            }
            // Notes on the overall verdict are filed under `overall` (`NoteKey::Overall`): a
            // rule of that name would share its notes.
            if rule.id == NoteKey::OVERALL {
                problems.push(problem("rules-problem-id-overall", &[]));
            }
            for text in [&rule.citation, &rule.explanation, &rule.prompt] {
                if text.trim().is_empty() {
                    problems.push(problem("rules-problem-texts-empty", &[]));
                    break;
                }
            }
            check_condition(&rule.when, false, &mut |id, args| {
                problems.push(problem(id, args));
            });
            for (metric, _, threshold) in rule.when.comparisons() {
                if !threshold.is_finite() {
                    let metric = metric.describe();
                    problems.push(problem("rules-problem-threshold", &[("metric", &metric)]));
                }
                let unknown = |id: &'static str, key: &str| {
                    let args = [("key", key), ("questionnaire", questionnaire.name.as_str())];
                    Problem::said(&path, id, &args).marked_by(format!("\"{key}\""))
                };
                if let Some(key) = metric.statement()
                    && questionnaire.statement(key).is_none()
                {
                    problems.push(unknown("rules-problem-unknown-statement", key));
                }
                if let Some(key) = metric.source()
                    && questionnaire.source(key).is_none()
                {
                    problems.push(unknown("rules-problem-unknown-source", key));
                }
            }
        }
        problems
    }
}

/// What a condition's shape gets wrong, as message ids with their arguments.
fn check_condition(
    condition: &Condition,
    in_either: bool,
    report: &mut impl FnMut(&'static str, &[(&'static str, &str)]),
) {
    match condition {
        Condition::All(children) | Condition::Any(children) => {
            if children.is_empty() {
                let kind = if matches!(condition, Condition::All(_)) {
                    "all"
                } else {
                    "any"
                };
                report("rules-problem-empty-group", &[("kind", kind)]);
            }
            for child in children {
                check_condition(child, in_either, report);
            }
        }
        Condition::Not(child) => check_condition(child, in_either, report),
        Condition::EitherFunction(child) => {
            if in_either {
                report("rules-problem-either-in-either", &[]);
            }
            if child.compares_functions() {
                report("rules-problem-gap-in-either", &[]);
            }
            check_condition(child, true, report);
        }
        Condition::Compare { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_rules_parse_once() {
        let rules = RuleSet::built_in().unwrap();
        assert_eq!(rules.rules.len(), 13);
        assert!(std::ptr::eq(rules, RuleSet::built_in().unwrap()));
    }

    #[test]
    fn broken_built_in_rules_are_an_error_with_where_and_what() {
        let broken = DEFAULT_RULES_RON.replacen("weight: 3,", "weight: 3", 1);
        let error = RuleSet::from_built_in_text(&broken).unwrap_err();
        let line = DEFAULT_RULES_RON[..DEFAULT_RULES_RON.find("weight: 3,").unwrap()]
            .matches('\n')
            .count()
            + 2;
        assert_eq!(error.line, line);
        assert!(error.message.contains("comma"), "{error}");
        let said = error.describe(Language::German);
        assert!(
            said.starts_with("Die eingebauten Regeln von Tandem"),
            "{said}"
        );
        assert!(said.contains(&format!("Zeile {line}")), "{said}");

        // Parses, but names a statement the questionnaire does not have.
        let unknown = DEFAULT_RULES_RON.replacen("mean(\"trust\")", "mean(\"trusst\")", 1);
        let error = RuleSet::from_built_in_text(&unknown).unwrap_err();
        assert!(error.message.contains("`trusst`"), "{error}");
        assert!(error.line > 0);
    }
}
