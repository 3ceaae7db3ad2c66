//! The comparison as stable JSON for scripts: keys, not words, in any language.

use serde::Serialize;

use super::Comparison;
use super::chance::{self, Method};
use super::changes::{Chance, StepChanges};
use crate::domain::Function;
use crate::metrics::Scope;

/// The `--format json` form: per workshop in date order.
#[derive(Serialize)]
pub struct JsonWorkshop {
    pub file: String,
    pub title: String,
    pub date: String,
    pub verdict: &'static str,
    pub respondents: JsonCounts,
    pub friction_level: JsonLevels,
    pub perception_gap: Option<f64>,
    pub festering: Vec<String>,
    /// How many single answers, left out, flip the overall verdict; null below the floor.
    pub flips_when_one_left_out: Option<usize>,
    /// Whether the overall verdict holds whichever single answer is left out.
    pub robust: Option<bool>,
}

#[derive(Serialize)]
pub struct JsonCounts {
    pub sales: usize,
    pub product: usize,
}

#[derive(Serialize)]
pub struct JsonLevels {
    pub sales: Option<f64>,
    pub product: Option<f64>,
}

#[derive(Serialize)]
pub struct JsonComparison {
    pub workshops: Vec<JsonWorkshop>,
    pub shared_statements: Vec<String>,
    pub left_out: Vec<String>,
    /// A change is `likely_real` when its p-value is under this.
    pub chance_threshold: f64,
    /// From each workshop to the next, in date order; empty where either is below the floor.
    pub changes: Vec<JsonStep>,
}

/// What changed from one workshop to the next, each change tested against chance.
#[derive(Serialize)]
pub struct JsonStep {
    pub from: String,
    pub to: String,
    pub friction_level: JsonLevelChanges,
    /// Tested on how far the gap is from zero: `better` when it narrowed.
    pub perception_gap: Option<JsonChange>,
    /// Every shared statement whose overall mean both workshops show.
    pub statements: Vec<JsonStatementChange>,
}

#[derive(Serialize)]
pub struct JsonLevelChanges {
    pub sales: Option<JsonChange>,
    pub product: Option<JsonChange>,
}

#[derive(Serialize)]
pub struct JsonChange {
    pub from: f64,
    pub to: f64,
    /// Two-sided: the share of arrangements of the answers that move it at least as far.
    pub p_value: f64,
    /// `likely_real` or `could_be_chance`.
    pub verdict: &'static str,
    /// `exact` (every arrangement counted) or `sampled` (5,000 from a fixed seed).
    pub method: Method,
    /// The answers tested, before and after: one count, or sales and product.
    pub answers_before: Vec<usize>,
    pub answers_after: Vec<usize>,
    /// Better (`true`) or worse; null when it could be chance or no direction is better.
    pub better: Option<bool>,
}

#[derive(Serialize)]
pub struct JsonStatementChange {
    pub statement: String,
    #[serde(flatten)]
    pub change: JsonChange,
}

fn json_change(from: f64, to: f64, chance: &Chance, better: Option<bool>) -> JsonChange {
    JsonChange {
        from,
        to,
        p_value: chance.test.p_value,
        verdict: if chance.likely_real() {
            "likely_real"
        } else {
            "could_be_chance"
        },
        method: chance.test.method,
        answers_before: chance.before.clone(),
        answers_after: chance.after.clone(),
        better: chance.supports(better),
    }
}

fn json_step(comparison: &Comparison, index: usize, changes: &StepChanges) -> JsonStep {
    let level = |function| {
        let change = changes.level(function)?;
        Some(json_change(
            change.from,
            change.to,
            &change.chance,
            changes.level_better(function),
        ))
    };
    JsonStep {
        from: comparison.workshops[index - 1].date.to_string(),
        to: comparison.workshops[index].date.to_string(),
        friction_level: JsonLevelChanges {
            sales: level(Function::Sales),
            product: level(Function::Product),
        },
        perception_gap: changes
            .gap
            .as_ref()
            .map(|gap| json_change(gap.from, gap.to, &gap.chance, changes.gap_better())),
        statements: changes
            .statements
            .iter()
            .map(|moved| JsonStatementChange {
                statement: moved.statement.clone(),
                change: json_change(
                    moved.from,
                    moved.to,
                    &moved.chance,
                    comparison.is_better_move(moved),
                ),
            })
            .collect(),
    }
}

pub fn json(comparison: &Comparison) -> JsonComparison {
    JsonComparison {
        workshops: comparison
            .workshops
            .iter()
            .enumerate()
            .map(|(index, workshop)| JsonWorkshop {
                file: workshop.path.display().to_string(),
                title: workshop.title.clone(),
                date: workshop.date.to_string(),
                verdict: comparison.verdict(index, Scope::Overall).key(),
                respondents: JsonCounts {
                    sales: workshop.sales,
                    product: workshop.product,
                },
                friction_level: JsonLevels {
                    sales: comparison.friction_level(index, Function::Sales),
                    product: comparison.friction_level(index, Function::Product),
                },
                perception_gap: comparison.perception_gap(index),
                festering: comparison.festering(index),
                flips_when_one_left_out: workshop
                    .results
                    .as_ref()
                    .and_then(|r| r.stability.overall.flips),
                robust: workshop
                    .results
                    .as_ref()
                    .and_then(|r| r.stability.overall.robust()),
            })
            .collect(),
        shared_statements: comparison.shared_statements.clone(),
        left_out: comparison.left_out.clone(),
        chance_threshold: chance::THRESHOLD,
        changes: (1..comparison.workshops.len())
            .filter_map(|index| Some(json_step(comparison, index, comparison.changes(index)?)))
            .collect(),
    }
}
