//! `tandem classify FILE [--rules RULES] [--json]`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::domain::{Function, Relationship, Workshop};
use crate::metrics::benchmark::{study_share, study_share_label};
use crate::metrics::{Scope, WorkshopMetrics};
use crate::rules::{Classification, RuleSet, ScopeVerdict, Signal, Verdict, classify_metrics};
use crate::storage;

pub fn run(file: &Path, rules: Option<&Path>, json: bool) -> anyhow::Result<ExitCode> {
    let workshop = storage::load_workshop(file)?;
    let rules = super::rules_for(file, &workshop, rules)?;
    let metrics = WorkshopMetrics::compute(&workshop);
    let classification = classify_metrics(&metrics, workshop.floor_reached(), &rules);
    let text = if json {
        let report = JsonReport::new(file, &workshop, &rules, &metrics, &classification);
        serde_json::to_string_pretty(&report)?
    } else {
        human(&workshop, &rules, &metrics, &classification)
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
}

#[derive(Serialize)]
struct JsonFired {
    rule: String,
    signal: Signal,
    weight: u32,
}

impl JsonReport {
    fn new(
        file: &Path,
        workshop: &Workshop,
        rules: &RuleSet,
        metrics: &WorkshopMetrics,
        classification: &Classification,
    ) -> Self {
        // Below the floor nothing but counts leaves the program.
        let shown = classification.floor_reached;
        let scopes = Scope::ALL
            .into_iter()
            .map(|scope| {
                let of = metrics.scope(scope);
                let verdict = classification.scope(scope);
                let json = JsonScope {
                    verdict: verdict.verdict,
                    healthy_weight: verdict.healthy_weight,
                    toxic_weight: verdict.toxic_weight,
                    friction_level: of.friction_level.filter(|_| shown),
                    relationship_shares: shown.then(|| {
                        Relationship::ALL
                            .into_iter()
                            .map(|answer| {
                                (answer.key(), of.relationship_share(answer).unwrap_or(0.0))
                            })
                            .collect()
                    }),
                    means: shown.then(|| {
                        of.statements
                            .iter()
                            .map(|(key, stats)| (key.clone(), stats.mean))
                            .collect()
                    }),
                    fired: verdict
                        .fired()
                        .map(|outcome| JsonFired {
                            rule: outcome.rule.clone(),
                            signal: outcome.signal,
                            weight: outcome.weight,
                        })
                        .collect(),
                };
                (scope.key(), json)
            })
            .collect();
        Self {
            file: file.display().to_string(),
            title: workshop.meta.title.clone(),
            rules: rules.name.clone(),
            anonymity_floor: workshop.settings.anonymity_floor.value(),
            verdict: classification.overall.verdict,
            respondents: Function::ALL
                .into_iter()
                .map(|function| (function.key(), workshop.respondents(function)))
                .collect(),
            perception_gap: metrics.perception_gap().filter(|_| shown),
            scopes,
        }
    }
}

fn percent(share: Option<f64>) -> String {
    share.map_or_else(
        || String::from("–"),
        |share| format!("{:.1}%", share * 100.0),
    )
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
fn human(
    workshop: &Workshop,
    rules: &RuleSet,
    metrics: &WorkshopMetrics,
    classification: &Classification,
) -> String {
    let mut out = String::new();
    let meta = &workshop.meta;
    let _ = writeln!(out, "{} — {}, {}", meta.title, meta.organisation, meta.date);
    let _ = writeln!(out, "Rules: {}", rules.name);
    let sales = workshop.respondents(Function::Sales);
    let product = workshop.respondents(Function::Product);
    let floor = workshop.settings.anonymity_floor.value();
    let _ = writeln!(
        out,
        "Respondents: {sales} sales, {product} product (anonymity floor {floor})"
    );
    if !classification.floor_reached {
        let _ = writeln!(
            out,
            "\nResults are withheld until each function has at least {floor} responses (sales needs {} more, product {} more).",
            (floor as usize).saturating_sub(sales),
            (floor as usize).saturating_sub(product)
        );
        return out;
    }
    let _ = writeln!(out, "\nVerdict: {}", verdict_line(&classification.overall));
    let _ = writeln!(out, "  Sales:   {}", verdict_line(&classification.sales));
    let _ = writeln!(out, "  Product: {}", verdict_line(&classification.product));
    if let Some(gap) = metrics.perception_gap() {
        let _ = writeln!(
            out,
            "Perception gap: {gap:+.2} (sales − product mean friction level, 0–3)"
        );
    }
    for scope in Scope::ALL {
        let verdict = classification.scope(scope);
        let _ = writeln!(out, "\nFired rules, {}:", scope.label().to_lowercase());
        let mut any = false;
        for outcome in verdict.fired() {
            any = true;
            let _ = writeln!(
                out,
                "  {} {} {} {}",
                signal_icon(outcome.signal),
                outcome.signal.key(),
                outcome.weight,
                outcome.rule
            );
            for measurement in &outcome.measurements {
                let mark = if measurement.holds == Some(true) {
                    "✓"
                } else {
                    "✗"
                };
                let _ = writeln!(out, "      {mark} {}", measurement.describe());
            }
            if scope == Scope::Overall
                && let Some(rule) = rules.rule(&outcome.rule)
            {
                let _ = writeln!(out, "      source: {}", rule.citation);
            }
        }
        if !any {
            let _ = writeln!(out, "  none");
        }
        let near: Vec<_> = verdict
            .nearly_fired()
            .map(|outcome| outcome.rule.as_str())
            .collect();
        if !near.is_empty() {
            let _ = writeln!(out, "  nearly fired: {}", near.join(", "));
        }
    }
    let _ = writeln!(
        out,
        "\n{:<42} {:>8} {:>8} {:>8}  Study (2014)",
        "Relationship", "Sales", "Product", "Overall"
    );
    for answer in Relationship::ALL {
        let _ = writeln!(
            out,
            "{:<42} {:>8} {:>8} {:>8}  {} ({:.1}%)",
            workshop.questionnaire.relationship_label(answer),
            percent(metrics.sales.relationship_share(answer)),
            percent(metrics.product.relationship_share(answer)),
            percent(metrics.overall.relationship_share(answer)),
            study_share_label(answer),
            study_share(answer) * 100.0
        );
    }
    out
}

fn signal_icon(signal: Signal) -> &'static str {
    match signal {
        Signal::Healthy => Verdict::Healthy.icon(),
        Signal::Toxic => Verdict::Toxic.icon(),
    }
}
