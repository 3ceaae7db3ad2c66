//! Evaluating the rules on a workshop's metrics: verdicts overall and per function, each
//! explained by the rules that fired and the values they saw.

use serde::Serialize;

use super::condition::Condition;
use super::evidence::{Evidence, Measurement, Part};
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

/// How one rule came out in one scope.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleOutcome {
    pub rule: String,
    pub signal: Signal,
    pub weight: u32,
    pub fired: bool,
    /// Its condition as evaluated, part by part: what made it fire, or what stopped it.
    pub evidence: Evidence,
    /// For a rule that did not fire: how far its values are from making it fire, as a
    /// fraction of the metrics' ranges (`None` when a value is missing).
    pub shortfall: Option<f64>,
}

impl RuleOutcome {
    /// Every comparison the rule evaluated, held or not, depth first.
    pub fn measurements(&self) -> Vec<&Measurement> {
        self.evidence.measurements()
    }

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
    let evidence = evaluate(&rule.when, metrics, scope, false);
    let fired = evidence.holds == Some(true);
    RuleOutcome {
        rule: rule.id.clone(),
        signal: rule.signal,
        weight: rule.weight.value(),
        fired,
        shortfall: if fired { Some(0.0) } else { evidence.shortfall },
        evidence,
    }
}

/// Three-valued: holds `Some(true)`, `Some(false)`, or `None` when a value is missing. A
/// missing value never makes a rule fire, not even under `not`; `any` still holds when one
/// branch does. Each part keeps how far it is from holding (0 when it holds).
/// `negated` says whether the condition sits under an odd number of `not`s.
fn evaluate(
    condition: &Condition,
    metrics: &WorkshopMetrics,
    scope: Scope,
    negated: bool,
) -> Evidence {
    let each = |children: &[Condition], scope| -> Vec<Evidence> {
        children
            .iter()
            .map(|child| evaluate(child, metrics, scope, negated))
            .collect()
    };
    match condition {
        Condition::Compare {
            metric,
            op,
            threshold,
        } => {
            let value = metric.value(metrics, scope);
            let holds = value.map(|value| op.holds(value, *threshold));
            let shortfall = value.map(|value| {
                if op.holds(value, *threshold) {
                    0.0
                } else {
                    (value - threshold).abs() / metric.range()
                }
            });
            Evidence {
                holds,
                shortfall,
                part: Part::Compare(Measurement {
                    scope,
                    metric: metric.clone(),
                    value,
                    op: *op,
                    threshold: *threshold,
                    holds,
                    negated,
                }),
            }
        }
        Condition::All(children) => {
            let parts = each(children, scope);
            Evidence {
                holds: all_hold(parts.iter().map(|part| part.holds)),
                shortfall: parts.iter().map(|part| part.shortfall).sum::<Option<f64>>(),
                part: Part::All(parts),
            }
        }
        Condition::Any(children) => any_of(each(children, scope), Part::Any),
        Condition::Not(child) => {
            let inner = evaluate(child, metrics, scope, !negated);
            let holds = inner.holds.map(|holds| !holds);
            Evidence {
                holds,
                shortfall: holds.and_then(|holds| holds.then_some(0.0)),
                part: Part::Not(Box::new(inner)),
            }
        }
        Condition::EitherFunction(child) => match scope {
            Scope::Overall => {
                let parts = [Scope::Sales, Scope::Product]
                    .map(|function| evaluate(child, metrics, function, negated))
                    .to_vec();
                any_of(parts, Part::EitherFunction)
            }
            function => evaluate(child, metrics, function, negated),
        },
    }
}

/// An `any` of `parts`: holds when one does, as close to holding as its closest part.
fn any_of(parts: Vec<Evidence>, kind: fn(Vec<Evidence>) -> Part) -> Evidence {
    let holds = any_holds(parts.iter().map(|part| part.holds));
    let shortfall = parts
        .iter()
        .filter_map(|part| part.shortfall)
        .min_by(f64::total_cmp);
    Evidence {
        holds,
        shortfall,
        part: kind(parts),
    }
}
