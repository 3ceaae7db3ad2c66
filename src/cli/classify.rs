//! `tandem classify FILE [--rules RULES] [--json]`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::domain::{Function, Relationship};
use crate::export::{Results, Summary};
use crate::metrics::Scope;
use crate::metrics::benchmark::{STUDY_NOTE, study_share_label};
use crate::rules::stability_words::sentence;
use crate::rules::{RuleStability, ScopeVerdict, Signal, Verdict};
use crate::storage;

pub fn run(file: &Path, rules: Option<&Path>, json: bool) -> anyhow::Result<ExitCode> {
    let workshop = storage::load_workshop(file)?;
    let rules = super::rules_for(file, &workshop, rules)?;
    // Through the same Summary as every export, so the anonymity floor is applied in one
    // place: below it, `results` is `None` and nothing but counts can be printed.
    let summary = Summary::new(&workshop, &rules);
    let text = if json {
        serde_json::to_string_pretty(&JsonReport::new(file, &summary))?
    } else {
        human(&summary)
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
    means: Option<BTreeMap<String, Option<f64>>>,
    fired: Vec<JsonFired>,
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
                fired: Vec::new(),
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
                    .map(|(key, stats)| (key.clone(), stats.mean))
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
                })
                .collect(),
            flips_when_one_left_out: stability.flips,
            robust: stability.robust(),
        }
    }
}

fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| String::from("–"), crate::rules::percent)
}

fn verdict_line(verdict: &ScopeVerdict) -> String {
    match verdict.verdict {
        Verdict::Insufficient => format!("{} {}", verdict.verdict.icon(), verdict.verdict.label()),
        other => format!(
            "{} {} (toxic weight {}, healthy weight {})",
            other.icon(),
            other.label().to_uppercase(),
            verdict.toxic_weight,
            verdict.healthy_weight
        ),
    }
}

/// The human form: verdicts, fired rules with their values, and the distribution beside the
/// study. Writing to a String cannot fail, so `writeln!` results are ignored.
fn human(summary: &Summary<'_>) -> String {
    let mut out = String::new();
    let (workshop, rules) = (summary.workshop, summary.rules);
    let meta = &workshop.meta;
    let _ = writeln!(out, "{} — {}, {}", meta.title, meta.organisation, meta.date);
    let _ = writeln!(out, "Rules: {}", rules.name);
    let (sales, product, floor) = (summary.sales, summary.product, summary.floor);
    let _ = writeln!(
        out,
        "Respondents: {sales} sales, {product} product (anonymity floor {floor})"
    );
    for notice in summary.held_back_notices() {
        let _ = writeln!(out, "{notice}");
    }
    let Some(results) = &summary.results else {
        let _ = writeln!(
            out,
            "\nResults are withheld until each function has at least {floor} responses (sales needs {} more, product {} more).",
            (floor as usize).saturating_sub(sales),
            (floor as usize).saturating_sub(product)
        );
        return out;
    };
    let Results {
        metrics,
        classification,
        stability,
        ..
    } = results;
    let _ = writeln!(out, "\nVerdict: {}", verdict_line(&classification.overall));
    let _ = writeln!(out, "  Sales:   {}", verdict_line(&classification.sales));
    let _ = writeln!(out, "  Product: {}", verdict_line(&classification.product));
    for scope in Scope::ALL {
        if let Some(words) = stability.scope(scope).words() {
            let _ = writeln!(out, "  {} verdict {words}.", scope.label());
        }
    }
    if let Some(gap) = metrics.perception_gap() {
        let _ = writeln!(
            out,
            "Perception gap: {gap:+.2} (sales − product mean friction level, 0–3)"
        );
    }
    fired_text(&mut out, summary, results);
    let _ = writeln!(
        out,
        "\n{:<42} {:>8} {:>8} {:>8}  Study (2014)",
        "Relationship", "Sales", "Product", "Overall"
    );
    for answer in Relationship::ALL {
        let _ = writeln!(
            out,
            "{:<42} {:>8} {:>8} {:>8}  {}",
            workshop.questionnaire.relationship_label(answer),
            percent(metrics.sales.relationship_share(answer)),
            percent(metrics.product.relationship_share(answer)),
            percent(metrics.overall.relationship_share(answer)),
            study_share_label(answer),
        );
    }
    let _ = writeln!(out, "Study (2014): {STUDY_NOTE}");
    out
}

fn signal_icon(signal: Signal) -> &'static str {
    match signal {
        Signal::Healthy => Verdict::Healthy.icon(),
        Signal::Toxic => Verdict::Toxic.icon(),
    }
}

/// Per scope, the rules that fired by their titles with what they measured in sentences and
/// whether they hinge on one answer, then those that nearly fired and how far they are.
fn fired_text(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let (rules, questionnaire) = (summary.rules, &summary.workshop.questionnaire);
    for scope in Scope::ALL {
        let verdict = results.classification.scope(scope);
        let stability = results.stability.scope(scope);
        let _ = writeln!(out, "\nFired rules, {}:", scope.label().to_lowercase());
        let mut any = false;
        for outcome in verdict.fired() {
            any = true;
            let _ = writeln!(
                out,
                "  {} {} (weight {}): {}",
                signal_icon(outcome.signal),
                outcome.signal.key(),
                outcome.weight,
                title(rules, &outcome.rule)
            );
            for measurement in &outcome.measurements {
                let _ = writeln!(out, "      {}", measurement.sentence(questionnaire));
            }
            if let Some(words) = stability.rule_words(&outcome.rule) {
                let _ = writeln!(out, "      {}", sentence(&words));
            }
            if scope == Scope::Overall
                && let Some(rule) = rules.rule(&outcome.rule)
            {
                let _ = writeln!(out, "      Source: {}", rule.citation);
            }
        }
        if !any {
            let _ = writeln!(out, "  none");
        }
        for outcome in verdict.nearly_fired() {
            let _ = writeln!(out, "  nearly fired: {}", title(rules, &outcome.rule));
            for measurement in &outcome.measurements {
                let _ = writeln!(
                    out,
                    "      {}",
                    measurement.distance_sentence(questionnaire)
                );
            }
        }
    }
}

fn title(rules: &crate::rules::RuleSet, id: &str) -> String {
    rules.rule(id).map_or_else(
        || crate::domain::words_from_key(id),
        crate::rules::Rule::title,
    )
}
