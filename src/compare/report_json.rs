//! The comparison as stable JSON for scripts: keys, not words, in any language.

use serde::Serialize;

use super::Comparison;
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
    }
}
