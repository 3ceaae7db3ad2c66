//! Comparing workshops over time: what changed from one to the next, and which toxic findings
//! keep coming back ("festering"). Workshops below the anonymity floor take part with counts
//! only.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::domain::{ActionItem, Date, Function, Relationship, Workshop};
use crate::i18n::Language;
use crate::metrics::{Scope, WorkshopMetrics};
use crate::rules::{
    Classification, RuleSet, Signal, Stability, Verdict, classify_metrics, leave_one_out,
};

pub mod brief;
pub mod brief_actions;
pub mod chance;
pub mod change_words;
pub mod changes;
pub mod details;
pub mod direction;
pub mod document;
pub mod names;
pub mod report;
pub mod report_changes;
pub mod report_html;
pub mod report_json;
pub mod report_pdf;
pub mod report_tables;
pub mod report_words;
pub mod trend_chart;
pub mod trend_pdf;

pub use changes::{Chance, Change, Move, StepChanges};
pub use direction::Direction;

/// One workshop as the comparison sees it.
pub struct Compared {
    pub path: PathBuf,
    pub title: String,
    pub organisation: String,
    pub date: Date,
    pub sales: usize,
    pub product: usize,
    pub rules: String,
    /// `None` below the anonymity floor.
    pub results: Option<ComparedResults>,
    pub actions: Vec<ActionItem>,
}

impl Compared {
    /// The workshop's date as a day count (days since 1970-01-01), for time axes.
    pub fn day_number(&self) -> i64 {
        days_from_civil(
            i64::from(self.date.year()),
            i64::from(self.date.month()),
            i64::from(self.date.day()),
        )
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

pub struct ComparedResults {
    pub metrics: WorkshopMetrics,
    pub classification: Classification,
    /// How much each verdict hinges on one answer.
    pub stability: Stability,
}

pub struct Comparison {
    /// In date order (then by file name).
    pub workshops: Vec<Compared>,
    /// Statement keys every compared questionnaire has; only these are compared.
    pub shared_statements: Vec<String>,
    /// Statement keys some questionnaires have and others lack: left out, and said so.
    pub left_out: Vec<String>,
    /// The statements' labels, the rules' titles and which way each statement is better,
    /// in [`Comparison::language`].
    pub names: names::Names,
    /// The same in every language, for a screen that speaks another than the reports.
    names_in: BTreeMap<Language, names::Names>,
    /// The language its reports are written in: the newest workshop's, unless told.
    pub language: Language,
    /// What changed into each workshop from the one before, each change tested against
    /// chance; the first workshop's is empty.
    pub changes: Vec<StepChanges>,
    /// What changed from the first workshop to the newest, when there are more than two
    /// and neither is below the floor.
    pub series: Option<StepChanges>,
}

impl Comparison {
    /// Compares workshops, each classified with its own rules, in the newest one's language.
    pub fn new(workshops: Vec<(PathBuf, Workshop, RuleSet)>) -> Self {
        Self::in_language(workshops, None)
    }

    /// Compares workshops, its reports in `language`, or the newest workshop's when `None`.
    pub fn in_language(
        mut workshops: Vec<(PathBuf, Workshop, RuleSet)>,
        language: Option<Language>,
    ) -> Self {
        workshops.sort_by(|a, b| {
            a.1.meta
                .date
                .cmp(&b.1.meta.date)
                .then_with(|| a.0.cmp(&b.0))
        });
        let key_sets: Vec<BTreeSet<&str>> = workshops
            .iter()
            .map(|(_, workshop, _)| {
                workshop
                    .questionnaire
                    .statements
                    .iter()
                    .map(|s| s.key.as_str())
                    .collect()
            })
            .collect();
        let all: BTreeSet<&str> = key_sets.iter().flatten().copied().collect();
        let shared_set: BTreeSet<&str> = all
            .iter()
            .copied()
            .filter(|key| key_sets.iter().all(|set| set.contains(key)))
            .collect();
        // Keep the first questionnaire's order for the shared statements.
        let shared_statements: Vec<String> = workshops
            .first()
            .map(|(_, workshop, _)| {
                workshop
                    .questionnaire
                    .statements
                    .iter()
                    .filter(|s| shared_set.contains(s.key.as_str()))
                    .map(|s| s.key.clone())
                    .collect()
            })
            .unwrap_or_default();
        let left_out = all
            .difference(&shared_set)
            .map(|key| (*key).to_owned())
            .collect();
        let language = language.unwrap_or_else(|| {
            workshops
                .last()
                .map(|(_, workshop, _)| workshop.meta.language)
                .unwrap_or_default()
        });
        let names = names::Names::of(&workshops, language);
        let names_in = Language::ALL
            .into_iter()
            .map(|other| (other, names::Names::of(&workshops, other)))
            .collect();
        let mut answers = Vec::with_capacity(workshops.len());
        let workshops: Vec<Compared> = workshops
            .into_iter()
            .map(|(path, workshop, rules)| {
                let results = workshop.floor_reached().then(|| {
                    let metrics = WorkshopMetrics::compute(&workshop);
                    let classification = classify_metrics(&metrics, true, &rules);
                    ComparedResults {
                        metrics,
                        classification,
                        stability: leave_one_out(&workshop, &rules),
                    }
                });
                // Only above the floor: below it nothing but counts is compared.
                answers.push(
                    results
                        .is_some()
                        .then(|| changes::Answers::of(&workshop, &shared_statements)),
                );
                Compared {
                    title: workshop.meta.title.clone(),
                    organisation: workshop.meta.organisation.clone(),
                    date: workshop.meta.date,
                    sales: workshop.respondents(Function::Sales),
                    product: workshop.respondents(Function::Product),
                    rules: rules.name.clone(),
                    actions: workshop.actions.clone(),
                    results,
                    path,
                }
            })
            .collect();
        let changes = changes::steps(&workshops, &answers, &shared_statements);
        let series = (workshops.len() > 2)
            .then(|| {
                let newest = workshops.len() - 1;
                changes::between(&workshops, &answers, &shared_statements, 0, newest)
            })
            .flatten();
        Self {
            workshops,
            shared_statements,
            left_out,
            names,
            names_in,
            language,
            changes,
            series,
        }
    }

    /// What changed from workshop `index - 1` to `index`, each change tested against chance;
    /// empty for the first workshop and when either is below the floor.
    pub fn changes(&self, index: usize) -> Option<&StepChanges> {
        self.changes.get(index).filter(|_| index > 0)
    }

    /// A statement's short label ("Gets personal"), or its key in words.
    pub fn statement_label(&self, key: &str) -> String {
        self.names.statement(key)
    }

    /// A rule's title ("Disagreements turn personal"), or its id in words.
    pub fn rule_title(&self, id: &str) -> String {
        self.names.rule(id)
    }

    /// The titles of `rules`, joined: "Low trust, Constant friction".
    pub fn rule_titles(&self, rules: &[String]) -> String {
        self.rule_titles_in(rules, self.language)
    }

    /// The names as a reader of `language` reads them.
    fn names_in(&self, language: Language) -> &names::Names {
        self.names_in.get(&language).unwrap_or(&self.names)
    }

    /// [`Self::statement_label`] in `language`.
    pub fn statement_label_in(&self, key: &str, language: Language) -> String {
        self.names_in(language).statement(key)
    }

    /// [`Self::rule_titles`] in `language`.
    pub fn rule_titles_in(&self, rules: &[String], language: Language) -> String {
        let names = self.names_in(language);
        rules
            .iter()
            .map(|rule| names.rule(rule))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Which way a statement's mean is better, from the compared workshops' rules.
    pub fn direction(&self, key: &str) -> Direction {
        self.names.direction(key)
    }

    /// Whether a statement's move was for the better (`Some(true)`), the worse, or not to be
    /// called: too small, a direction the rules do not say, or a change that could be chance.
    pub fn is_better_move(&self, moved: &Move) -> Option<bool> {
        moved
            .chance
            .supports(self.direction(&moved.statement).judge(moved.from, moved.to))
    }

    /// The overall toxic and healthy weight of workshop `index`; `None` below the floor.
    pub fn weights(&self, index: usize) -> Option<(u32, u32)> {
        let overall = &self
            .workshops
            .get(index)?
            .results
            .as_ref()?
            .classification
            .overall;
        Some((overall.toxic_weight, overall.healthy_weight))
    }

    pub fn verdict(&self, index: usize, scope: Scope) -> Verdict {
        self.workshops
            .get(index)
            .and_then(|w| w.results.as_ref())
            .map_or(Verdict::Insufficient, |r| {
                r.classification.scope(scope).verdict
            })
    }

    /// Whether a verdict holds whichever single answer is left out, in words; `None` below
    /// the floor.
    pub fn stability_words(&self, index: usize, scope: Scope) -> Option<String> {
        let results = self.workshops.get(index)?.results.as_ref()?;
        results.stability.scope(scope).words(self.language)
    }

    /// Toxic rules that fired (overall) in workshop `index`; empty below the floor.
    pub fn toxic_fired(&self, index: usize) -> BTreeSet<&str> {
        self.workshops
            .get(index)
            .and_then(|w| w.results.as_ref())
            .map(|results| {
                results
                    .classification
                    .overall
                    .fired()
                    .filter(|outcome| outcome.signal == Signal::Toxic)
                    .map(|outcome| outcome.rule.as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Rules that fired toxic in workshop `index` and in the one before it: festering.
    pub fn festering(&self, index: usize) -> Vec<String> {
        if index == 0 {
            return Vec::new();
        }
        let before = self.toxic_fired(index - 1);
        self.toxic_fired(index)
            .intersection(&before)
            .map(|rule| (*rule).to_owned())
            .collect()
    }

    /// The shared statements whose overall mean moved most from workshop `index - 1` to
    /// `index`, largest change first, each with whether it could be chance.
    pub fn movers(&self, index: usize, count: usize) -> Vec<Move> {
        let mut moves: Vec<Move> = self
            .changes(index)
            .map(|changes| changes.statements.clone())
            .unwrap_or_default();
        moves.sort_by(|a, b| {
            b.change()
                .abs()
                .total_cmp(&a.change().abs())
                .then(a.statement.cmp(&b.statement))
        });
        moves.truncate(count);
        moves
    }

    pub fn friction_level(&self, index: usize, function: Function) -> Option<f64> {
        let results = self.workshops.get(index)?.results.as_ref()?;
        results.metrics.scope(Scope::of(function)).friction_level
    }

    pub fn perception_gap(&self, index: usize) -> Option<f64> {
        self.workshops
            .get(index)?
            .results
            .as_ref()?
            .metrics
            .perception_gap()
    }

    pub fn share(&self, index: usize, scope: Scope, answer: Relationship) -> Option<f64> {
        self.workshops
            .get(index)?
            .results
            .as_ref()?
            .metrics
            .scope(scope)
            .relationship_share(answer)
    }
}

/// Whether a change is for the better (`Some(true)`), for the worse (`Some(false)`), or too
/// small to call (`None`); `lower_is_better` for friction.
pub fn is_better(change: f64, lower_is_better: bool) -> Option<bool> {
    (change.abs() >= 0.005).then_some((change < 0.0) == lower_is_better)
}

#[cfg(test)]
mod tests {
    #[test]
    fn day_numbers_count_days_since_1970() {
        assert_eq!(super::days_from_civil(1970, 1, 1), 0);
        assert_eq!(super::days_from_civil(2000, 3, 1), 11_017);
        // 2024 is a leap year: 29 February is the day before 1 March.
        assert_eq!(
            super::days_from_civil(2024, 3, 1) - super::days_from_civil(2024, 2, 28),
            2
        );
        assert_eq!(
            super::days_from_civil(2026, 5, 14) - super::days_from_civil(2026, 2, 12),
            91
        );
    }
}
