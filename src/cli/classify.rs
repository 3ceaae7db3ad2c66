//! `tandem classify FILE [--rules RULES] [--json]`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::domain::{Function, Relationship};
use crate::export::safe_output::safe_json;
use crate::export::{Results, Summary};
use crate::i18n::Language;
use crate::metrics::Scope;
use crate::rules::{Comparison, Measurement, Metric, RuleOutcome, RuleStability, Signal, Verdict};
use crate::storage;

/// The text form is in `language`, else the workshop's (like its exports); the JSON keeps
/// its keys whatever the language.
pub fn run(
    file: &Path,
    rules: Option<&Path>,
    json: bool,
    language: Option<Language>,
) -> anyhow::Result<ExitCode> {
    let workshop = storage::load_workshop(file)?;
    let rules = super::rules_for(file, &workshop, rules)?;
    // Through the same Summary as every export, so the anonymity floor is applied in one
    // place: below it, `results` is `None` and nothing but counts can be printed.
    let language = language.unwrap_or(workshop.meta.language);
    let summary = Summary::in_language(&workshop, &rules, language);
    let text = if json {
        safe_json(&JsonReport::new(file, &summary))?
    } else {
        super::classify_text::human(&summary)
    };
    super::print_stdout(&format!("{text}\n"))?;
    Ok(ExitCode::SUCCESS)
}

/// The `--json` form. Stable for scripts: fields are only ever added.
#[derive(Serialize)]
struct JsonReport {
    file: String,
    title: String,
    rules: String,
    anonymity_floor: u32,
    /// Whether the facilitator revealed the results in the app.
    revealed: bool,
    /// Answers given after the reveal that count nowhere yet, per function.
    held_back: BTreeMap<&'static str, usize>,
    verdict: Verdict,
    respondents: BTreeMap<&'static str, usize>,
    /// Sales minus product mean friction level; null below the floor or without data.
    perception_gap: Option<f64>,
    scopes: BTreeMap<&'static str, JsonScope>,
}

#[derive(Serialize)]
struct JsonScope {
    verdict: Verdict,
    healthy_weight: u32,
    toxic_weight: u32,
    friction_level: Option<f64>,
    relationship_shares: Option<BTreeMap<&'static str, f64>>,
    /// Per statement; null when nobody rated it, or fewer than the floor of a function did
    /// (then `rated` says how many).
    means: Option<BTreeMap<String, Option<f64>>>,
    /// How many rated each statement.
    rated: Option<BTreeMap<String, usize>>,
    fired: Vec<JsonFired>,
    /// Rules that did not fire but came close, with what stopped them.
    nearly_fired: Vec<JsonNearMiss>,
    /// How many single answers, left out, turn this verdict from healthy to toxic or back
    /// (removals that take a function below the floor do not count); null when insufficient.
    flips_when_one_left_out: Option<usize>,
    /// Whether no single answer left out flips the verdict; null when insufficient.
    robust: Option<bool>,
}

#[derive(Serialize)]
struct JsonFired {
    rule: String,
    signal: Signal,
    weight: u32,
    /// Whether it still fires whichever single answer is left out.
    robust: bool,
    /// Every comparison of its condition, each with whether it held; `shown` marks what made
    /// it fire (for an `any`, the branches that held), which is all the screens show.
    conditions: Vec<JsonCondition>,
}

#[derive(Serialize)]
struct JsonNearMiss {
    rule: String,
    signal: Signal,
    weight: u32,
    /// How far from firing, as a fraction of the metrics' ranges.
    shortfall: Option<f64>,
    /// Every comparison; `shown` marks what stopped it.
    conditions: Vec<JsonCondition>,
}

/// One comparison of a rule as it was evaluated.
#[derive(Serialize)]
struct JsonCondition {
    scope: Scope,
    metric: Metric,
    /// Null when the metric has no value.
    value: Option<f64>,
    op: Comparison,
    threshold: f64,
    /// Whether the comparison held; null when the value is missing.
    held: Option<bool>,
    /// Under a `not`: the rule needs it not to hold.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    negated: bool,
    /// Part of what the screens and exports show: what made a fired rule fire, or what
    /// stopped a rule that nearly fired.
    shown: bool,
}

impl JsonCondition {
    /// Every comparison of `outcome`, those in `shown` (by identity) marked.
    fn all_of(outcome: &RuleOutcome, shown: &[&Measurement]) -> Vec<Self> {
        outcome
            .measurements()
            .into_iter()
            .map(|measurement| Self {
                scope: measurement.scope,
                metric: measurement.metric.clone(),
                value: measurement.value,
                op: measurement.op,
                threshold: measurement.threshold,
                held: measurement.holds,
                negated: measurement.negated,
                shown: shown.iter().any(|one| std::ptr::eq(*one, measurement)),
            })
            .collect()
    }
}

impl JsonReport {
    fn new(file: &Path, summary: &Summary<'_>) -> Self {
        let results = summary.results.as_ref();
        let scopes = Scope::ALL
            .into_iter()
            .map(|scope| (scope.key(), JsonScope::new(results, scope)))
            .collect();
        Self {
            file: file.display().to_string(),
            title: summary.workshop.meta.title.clone(),
            rules: summary.rules.name.clone(),
            anonymity_floor: summary.floor,
            revealed: summary.workshop.revealed,
            held_back: Function::ALL
                .into_iter()
                .map(|function| (function.key(), summary.workshop.held_back(function)))
                .collect(),
            verdict: results.map_or(Verdict::Insufficient, |results| {
                results.classification.overall.verdict
            }),
            respondents: BTreeMap::from([
                (Function::Sales.key(), summary.sales),
                (Function::Product.key(), summary.product),
            ]),
            perception_gap: results.and_then(|results| results.metrics.perception_gap()),
            scopes,
        }
    }
}

impl JsonScope {
    /// One scope's verdict and figures; below the floor (`results` is `None`) only the
    /// verdict "insufficient".
    fn new(results: Option<&Results>, scope: Scope) -> Self {
        let Some(results) = results else {
            return Self {
                verdict: Verdict::Insufficient,
                healthy_weight: 0,
                toxic_weight: 0,
                friction_level: None,
                relationship_shares: None,
                means: None,
                rated: None,
                fired: Vec::new(),
                nearly_fired: Vec::new(),
                flips_when_one_left_out: None,
                robust: None,
            };
        };
        let of = results.metrics.scope(scope);
        let verdict = results.classification.scope(scope);
        let stability = results.stability.scope(scope);
        Self {
            verdict: verdict.verdict,
            healthy_weight: verdict.healthy_weight,
            toxic_weight: verdict.toxic_weight,
            friction_level: of.friction_level,
            relationship_shares: Some(
                Relationship::ALL
                    .into_iter()
                    .map(|answer| (answer.key(), of.relationship_share(answer).unwrap_or(0.0)))
                    .collect(),
            ),
            means: Some(
                of.statements
                    .iter()
                    .map(|(key, stats)| (key.clone(), stats.mean()))
                    .collect(),
            ),
            rated: Some(
                of.statements
                    .iter()
                    .map(|(key, stats)| (key.clone(), stats.rated()))
                    .collect(),
            ),
            fired: verdict
                .fired()
                .map(|outcome| JsonFired {
                    rule: outcome.rule.clone(),
                    signal: outcome.signal,
                    weight: outcome.weight,
                    robust: stability
                        .rule(&outcome.rule)
                        .is_none_or(RuleStability::robust),
                    conditions: JsonCondition::all_of(
                        outcome,
                        &outcome.evidence.reason_measurements(),
                    ),
                })
                .collect(),
            nearly_fired: verdict
                .nearly_fired()
                .map(|outcome| JsonNearMiss {
                    rule: outcome.rule.clone(),
                    signal: outcome.signal,
                    weight: outcome.weight,
                    shortfall: outcome.shortfall,
                    conditions: JsonCondition::all_of(outcome, &outcome.evidence.blockers()),
                })
                .collect(),
            flips_when_one_left_out: stability.flips,
            robust: stability.robust(),
        }
    }
}
