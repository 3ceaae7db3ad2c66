//! Evaluating the rules on a workshop's metrics: verdicts overall and per function, each
//! explained by the rules that fired and the values they saw.

use serde::Serialize;

use super::comparison::Comparison;
use super::condition::Condition;
use super::metric::Metric;
use super::rule::{Rule, Signal};
use super::rule_set::RuleSet;
use super::three_valued::{all_hold, any_holds};
use crate::domain::Workshop;
use crate::metrics::{Scope, WorkshopMetrics};

/// A rule that did not fire counts as nearly fired when its conditions are this close to
/// their thresholds, as a fraction of each metric's range (5% of the 1–5 scale is 0.2).
pub const NEAR_MISS: f64 = 0.05;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Healthy,
    Toxic,
    /// Some function has not reached the anonymity floor: nothing may be shown.
    Insufficient,
}

impl Verdict {
    /// Toxic when the toxic rules that fired weigh at least as much as the healthy ones and
    /// at least one toxic rule fired; otherwise healthy.
    pub fn weighing(healthy_weight: u32, toxic_weight: u32) -> Self {
        if toxic_weight > 0 && toxic_weight >= healthy_weight {
            Self::Toxic
        } else {
            Self::Healthy
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Healthy => "healthy",
            Self::Toxic => "toxic",
            Self::Insufficient => "insufficient",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Healthy => "Healthy",
            Self::Toxic => "Toxic",
            Self::Insufficient => "Too few responses",
        }
    }

    /// A symbol, so the verdict never relies on colour alone.
    pub fn icon(self) -> &'static str {
        match self {
            Self::Healthy => "✔",
            Self::Toxic => "⚠",
            Self::Insufficient => "…",
        }
    }
}

/// One comparison as it was evaluated.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Measurement {
    pub scope: Scope,
    pub metric: Metric,
    /// `None` when the metric has no data.
    pub value: Option<f64>,
    pub op: Comparison,
    pub threshold: f64,
    /// `None` when the value is missing.
    pub holds: Option<bool>,
    /// Whether the comparison sits under a `not`, so the rule needs it to fail.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub negated: bool,
}

impl Measurement {
    /// "`personal` mean (sales) 3.80 ≥ 3.50", with keys, for messages about files and tests;
    /// screens and reports say [`Measurement::sentence`].
    pub fn describe(&self) -> String {
        let value = self
            .value
            .map_or_else(|| String::from("no value"), |v| self.metric.format(v));
        let scope = match self.scope {
            Scope::Overall => String::new(),
            other => format!(" ({})", other.key()),
        };
        format!(
            "{}{scope} {value} {} {}",
            self.metric.describe(),
            self.op.symbol(),
            self.metric.format(self.threshold)
        )
    }
}

/// How one rule came out in one scope.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleOutcome {
    pub rule: String,
    pub signal: Signal,
    pub weight: u32,
    pub fired: bool,
    pub measurements: Vec<Measurement>,
    /// For a rule that did not fire: how far its values are from making it fire, as a
    /// fraction of the metrics' ranges (`None` when a value is missing).
    pub shortfall: Option<f64>,
}

impl RuleOutcome {
    pub fn nearly_fired(&self) -> bool {
        !self.fired
            && self
                .shortfall
                .is_some_and(|shortfall| shortfall <= NEAR_MISS)
    }
}

/// The verdict of one scope with every applicable rule's outcome.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScopeVerdict {
    pub scope: Scope,
    pub verdict: Verdict,
    pub healthy_weight: u32,
    pub toxic_weight: u32,
    /// Empty when the verdict is insufficient: below the floor nothing is measured.
    pub outcomes: Vec<RuleOutcome>,
}

impl ScopeVerdict {
    pub fn fired(&self) -> impl Iterator<Item = &RuleOutcome> {
        self.outcomes.iter().filter(|outcome| outcome.fired)
    }

    pub fn nearly_fired(&self) -> impl Iterator<Item = &RuleOutcome> {
        self.outcomes
            .iter()
            .filter(|outcome| outcome.nearly_fired())
    }

    fn insufficient(scope: Scope) -> Self {
        Self {
            scope,
            verdict: Verdict::Insufficient,
            healthy_weight: 0,
            toxic_weight: 0,
            outcomes: Vec::new(),
        }
    }
}

/// The verdicts of a workshop: overall, sales and product.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Classification {
    pub floor_reached: bool,
    pub overall: ScopeVerdict,
    pub sales: ScopeVerdict,
    pub product: ScopeVerdict,
}

impl Classification {
    pub fn scope(&self, scope: Scope) -> &ScopeVerdict {
        match scope {
            Scope::Overall => &self.overall,
            Scope::Sales => &self.sales,
            Scope::Product => &self.product,
        }
    }
}

/// Classifies a workshop's friction with `rules`.
pub fn classify(workshop: &Workshop, rules: &RuleSet) -> Classification {
    classify_metrics(
        &WorkshopMetrics::compute(workshop),
        workshop.floor_reached(),
        rules,
    )
}

/// Classifies already computed metrics; `floor_reached` says whether each function has
/// reached the anonymity floor.
pub fn classify_metrics(
    metrics: &WorkshopMetrics,
    floor_reached: bool,
    rules: &RuleSet,
) -> Classification {
    if !floor_reached {
        return Classification {
            floor_reached,
            overall: ScopeVerdict::insufficient(Scope::Overall),
            sales: ScopeVerdict::insufficient(Scope::Sales),
            product: ScopeVerdict::insufficient(Scope::Product),
        };
    }
    Classification {
        floor_reached,
        overall: verdict_of(metrics, rules, Scope::Overall),
        sales: verdict_of(metrics, rules, Scope::Sales),
        product: verdict_of(metrics, rules, Scope::Product),
    }
}

fn verdict_of(metrics: &WorkshopMetrics, rules: &RuleSet, scope: Scope) -> ScopeVerdict {
    let outcomes: Vec<RuleOutcome> = rules
        .rules
        .iter()
        // Rules that compare the functions have no meaning on one function's answers.
        .filter(|rule| scope == Scope::Overall || !rule.is_overall_only())
        .map(|rule| evaluate_rule(rule, metrics, scope))
        .collect();
    let weight_of = |signal| {
        outcomes
            .iter()
            .filter(|outcome| outcome.fired && outcome.signal == signal)
            .map(|outcome| outcome.weight)
            .sum::<u32>()
    };
    let healthy_weight = weight_of(Signal::Healthy);
    let toxic_weight = weight_of(Signal::Toxic);
    let verdict = Verdict::weighing(healthy_weight, toxic_weight);
    ScopeVerdict {
        scope,
        verdict,
        healthy_weight,
        toxic_weight,
        outcomes,
    }
}

fn evaluate_rule(rule: &Rule, metrics: &WorkshopMetrics, scope: Scope) -> RuleOutcome {
    let mut measurements = Vec::new();
    let (holds, shortfall) = evaluate(&rule.when, metrics, scope, false, &mut measurements);
    let fired = holds == Some(true);
    RuleOutcome {
        rule: rule.id.clone(),
        signal: rule.signal,
        weight: rule.weight.value(),
        fired,
        measurements,
        shortfall: if fired { Some(0.0) } else { shortfall },
    }
}

/// Three-valued: `Some(true)`, `Some(false)`, or `None` when a value is missing. A missing
/// value never makes a rule fire, not even under `not`; `any` still holds when one branch does.
/// The second value is how far the condition is from holding (0 when it holds).
/// `negated` says whether the condition sits under an odd number of `not`s.
fn evaluate(
    condition: &Condition,
    metrics: &WorkshopMetrics,
    scope: Scope,
    negated: bool,
    measurements: &mut Vec<Measurement>,
) -> (Option<bool>, Option<f64>) {
    match condition {
        Condition::Compare {
            metric,
            op,
            threshold,
        } => {
            let value = metric.value(metrics, scope);
            let holds = value.map(|value| op.holds(value, *threshold));
            measurements.push(Measurement {
                scope,
                metric: metric.clone(),
                value,
                op: *op,
                threshold: *threshold,
                holds,
                negated,
            });
            let shortfall = value.map(|value| {
                if op.holds(value, *threshold) {
                    0.0
                } else {
                    (value - threshold).abs() / metric.range()
                }
            });
            (holds, shortfall)
        }
        Condition::All(children) => {
            let results: Vec<_> = children
                .iter()
                .map(|child| evaluate(child, metrics, scope, negated, measurements))
                .collect();
            let holds = all_hold(results.iter().map(|(holds, _)| *holds));
            let shortfall = results.iter().map(|(_, s)| *s).sum::<Option<f64>>();
            (holds, shortfall)
        }
        Condition::Any(children) => {
            let results: Vec<_> = children
                .iter()
                .map(|child| evaluate(child, metrics, scope, negated, measurements))
                .collect();
            any_of(&results)
        }
        Condition::Not(child) => {
            let (holds, _) = evaluate(child, metrics, scope, !negated, measurements);
            let holds = holds.map(|holds| !holds);
            (holds, holds.and_then(|holds| holds.then_some(0.0)))
        }
        Condition::EitherFunction(child) => match scope {
            Scope::Overall => {
                let results = [Scope::Sales, Scope::Product]
                    .map(|function| evaluate(child, metrics, function, negated, measurements));
                any_of(&results)
            }
            function => evaluate(child, metrics, function, negated, measurements),
        },
    }
}

fn any_of(results: &[(Option<bool>, Option<f64>)]) -> (Option<bool>, Option<f64>) {
    let holds = any_holds(results.iter().map(|(holds, _)| *holds));
    let shortfall = results
        .iter()
        .filter_map(|(_, shortfall)| *shortfall)
        .min_by(f64::total_cmp);
    (holds, shortfall)
}
