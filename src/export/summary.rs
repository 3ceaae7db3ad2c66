//! What every export says, computed once: the facts, and — only when each function has reached
//! the anonymity floor — the results.

use super::finding::{Finding, NearMiss, finding_title};
use crate::domain::{ActionItem, Agreement, Function, PooledComments, Relationship, Workshop};
use crate::metrics::benchmark::{study_share, study_share_label};
use crate::metrics::{Scope, WorkshopMetrics};
use crate::rules::{Classification, RuleSet, Signal, Stability, classify_metrics, leave_one_out};

/// One workshop as the exports show it.
pub struct Summary<'a> {
    pub workshop: &'a Workshop,
    pub rules: &'a RuleSet,
    pub sales: usize,
    pub product: usize,
    pub floor: u32,
    /// `None` below the anonymity floor: nothing but counts may leave the app then.
    pub results: Option<Results>,
}

pub struct Results {
    pub metrics: WorkshopMetrics,
    pub classification: Classification,
    /// How much each verdict and finding hinges on one answer.
    pub stability: Stability,
    pub relationship_rows: Vec<RelationshipRow>,
    pub statement_rows: Vec<StatementRow>,
    pub source_rows: Vec<SourceRow>,
    /// The rules of the overall verdict that fired, explained.
    pub findings: Vec<Finding>,
    /// The rules that fired on one function's answers alone (not overall), explained the
    /// same way: sales' first, then product's.
    pub function_findings: Vec<Finding>,
    /// Rules of the overall verdict that nearly fired, with how far each is from firing.
    pub nearly_fired: Vec<NearMiss>,
    pub comments: PooledComments,
}

pub struct RelationshipRow {
    pub answer: Relationship,
    pub label: String,
    pub sales: f64,
    pub product: f64,
    pub overall: f64,
    pub study: f64,
    pub study_label: String,
}

pub struct StatementRow {
    pub key: String,
    /// The short label charts show ("Gets personal").
    pub label: String,
    pub text: String,
    pub sales: Option<f64>,
    pub product: Option<f64>,
    pub gap: Option<f64>,
}

pub struct SourceRow {
    pub label: String,
    pub sales: usize,
    pub product: usize,
    pub total: usize,
}

impl<'a> Summary<'a> {
    pub fn new(workshop: &'a Workshop, rules: &'a RuleSet) -> Self {
        let results = workshop
            .floor_reached()
            .then(|| Results::new(workshop, rules));
        Self {
            workshop,
            rules,
            sales: workshop.respondents(Function::Sales),
            product: workshop.respondents(Function::Product),
            floor: workshop.settings.anonymity_floor.value(),
            results,
        }
    }

    /// The sentence every export uses below the floor.
    /// What each function has held back since the reveal (nothing of it is in the results).
    pub fn held_back_notices(&self) -> Vec<String> {
        Function::ALL
            .into_iter()
            .filter_map(|function| self.workshop.held_back_notice(function))
            .collect()
    }

    pub fn withheld_message(&self) -> String {
        format!(
            "Results are withheld until each function has at least {} responses (sales has {}, product has {}).",
            self.floor, self.sales, self.product
        )
    }

    pub fn agreements(&self) -> &[Agreement] {
        &self.workshop.agreements
    }

    pub fn actions(&self) -> &[ActionItem] {
        &self.workshop.actions
    }

    /// The facilitator's note on the overall verdict. Notes are about results, so they are
    /// withheld with them.
    pub fn overall_note(&self) -> Option<&str> {
        self.results.as_ref()?;
        self.workshop.notes.get("overall").map(String::as_str)
    }

    /// The finding an agreement or action answers, by its title; a finding is a result, so
    /// it is withheld below the floor with the rest.
    pub fn finding_of(&self, finding: Option<&String>) -> Option<String> {
        self.results.as_ref()?;
        finding.map(|finding| finding_title(self.rules, finding))
    }

    /// The action items as every export's table shows them, cell by cell (not yet escaped).
    pub fn action_rows(&self) -> Vec<ActionRow<'_>> {
        self.actions()
            .iter()
            .map(|action| ActionRow {
                done: if action.done { "☑ yes" } else { "☐ no" },
                text: &action.text,
                owner: action.owner.label(),
                due: action
                    .due
                    .map_or_else(|| String::from("–"), |due| due.to_string()),
                answers: self
                    .finding_of(action.finding.as_ref())
                    .unwrap_or_else(|| String::from("–")),
            })
            .collect()
    }
}

/// One action item's cells in an export's table.
pub struct ActionRow<'a> {
    pub done: &'static str,
    pub text: &'a str,
    pub owner: &'static str,
    pub due: String,
    /// The finding it answers, by its title, or a dash.
    pub answers: String,
}

impl Results {
    fn new(workshop: &Workshop, rules: &RuleSet) -> Self {
        let metrics = WorkshopMetrics::compute(workshop);
        let classification = classify_metrics(&metrics, true, rules);
        let stability = leave_one_out(workshop, rules);
        let questionnaire = &workshop.questionnaire;
        let relationship_rows = Relationship::ALL
            .into_iter()
            .map(|answer| RelationshipRow {
                answer,
                label: questionnaire.relationship_label(answer).to_owned(),
                sales: metrics.sales.relationship_share(answer).unwrap_or(0.0),
                product: metrics.product.relationship_share(answer).unwrap_or(0.0),
                overall: metrics.overall.relationship_share(answer).unwrap_or(0.0),
                study: study_share(answer),
                study_label: study_share_label(answer),
            })
            .collect();
        let statement_rows = questionnaire
            .statements
            .iter()
            .map(|statement| StatementRow {
                key: statement.key.clone(),
                label: statement.label(),
                text: statement.text.clone(),
                sales: metrics.sales.mean(&statement.key),
                product: metrics.product.mean(&statement.key),
                gap: metrics.statement_gap(&statement.key),
            })
            .collect();
        let source_rows = metrics
            .overall
            .sources_ranked()
            .into_iter()
            .map(|(key, total)| SourceRow {
                label: questionnaire
                    .source(key)
                    .map_or(key, |s| s.label.as_str())
                    .to_owned(),
                sales: metrics.sales.source_counts.get(key).copied().unwrap_or(0),
                product: metrics.product.source_counts.get(key).copied().unwrap_or(0),
                total,
            })
            .collect();
        let (findings, function_findings) =
            Finding::all(workshop, rules, &classification, &stability)
                .into_iter()
                .partition(|finding| finding.scope == Scope::Overall);
        let nearly_fired = NearMiss::all(workshop, rules, &classification.overall, &stability);
        Self {
            comments: PooledComments::of(workshop.responses.iter()),
            metrics,
            classification,
            stability,
            nearly_fired,
            relationship_rows,
            statement_rows,
            source_rows,
            findings,
            function_findings,
        }
    }
}

pub use crate::rules::percent;

pub fn optional_mean(value: Option<f64>) -> String {
    value.map_or_else(|| String::from("–"), |value| format!("{value:.2}"))
}

pub fn optional_gap(value: Option<f64>) -> String {
    value.map_or_else(|| String::from("–"), |value| format!("{value:+.2}"))
}

pub fn signal_word(signal: Signal) -> &'static str {
    match signal {
        Signal::Healthy => "✔ healthy",
        Signal::Toxic => "⚠ toxic",
    }
}
