//! Which way is better for a statement's mean, read from the rules that use it: a fall in
//! "Gets personal" is better because a toxic rule fires when it is high.

use std::collections::BTreeMap;

use super::is_better;
use crate::rules::{Comparison, Condition, Metric, RuleSet, Signal};

/// Which way a statement's mean should move.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Direction {
    /// Agreeing is good (also when no rule says otherwise: the statements are worded so).
    Higher,
    /// Agreeing is bad: a toxic rule fires when it is high, or a healthy one when it is low.
    Lower,
    /// Best within a range (a healthy rule asks for a moderate mean): moving towards it is
    /// better.
    Within(f64, f64),
    /// The rules pull both ways (a toxic rule above a healthy one's floor): no call.
    Unclear,
}

impl Direction {
    /// Whether moving from `from` to `to` is for the better (`Some(true)`), the worse, or too
    /// small to call (`None`), decided by [`is_better`].
    pub fn judge(self, from: f64, to: f64) -> Option<bool> {
        match self {
            Self::Higher => is_better(to - from, false),
            Self::Lower => is_better(to - from, true),
            Self::Within(low, high) => {
                let distance = |value: f64| (low - value).max(value - high).max(0.0);
                is_better(distance(to) - distance(from), true)
            }
            Self::Unclear => None,
        }
    }
}

/// One rule's wish for a statement: its mean should be at least, or at most, a value.
#[derive(Default)]
struct Wishes {
    at_least: Vec<f64>,
    at_most: Vec<f64>,
}

/// The direction of every statement some rule compares; statements no rule mentions are
/// better higher.
pub fn directions<'a>(
    rule_sets: impl IntoIterator<Item = &'a RuleSet>,
) -> BTreeMap<String, Direction> {
    let mut wishes: BTreeMap<String, Wishes> = BTreeMap::new();
    for rule in rule_sets.into_iter().flat_map(|set| &set.rules) {
        collect(&rule.when, rule.signal == Signal::Healthy, &mut wishes);
    }
    wishes
        .into_iter()
        .map(|(key, wish)| {
            let low = wish.at_least.iter().copied().reduce(f64::max);
            let high = wish.at_most.iter().copied().reduce(f64::min);
            let direction = match (low, high) {
                (Some(low), Some(high)) if low <= high => Direction::Within(low, high),
                (Some(_), Some(_)) => Direction::Unclear,
                (None, Some(_)) => Direction::Lower,
                (Some(_) | None, None) => Direction::Higher,
            };
            (key, direction)
        })
        .collect()
}

/// What a condition wishes for each statement mean: a healthy rule wants its condition to
/// hold, a toxic one wants it not to (so `wanted` flips under a toxic rule and under `not`).
fn collect(condition: &Condition, wanted: bool, wishes: &mut BTreeMap<String, Wishes>) {
    match condition {
        Condition::All(children) | Condition::Any(children) => {
            for child in children {
                collect(child, wanted, wishes);
            }
        }
        Condition::Not(child) => collect(child, !wanted, wishes),
        Condition::EitherFunction(child) => collect(child, wanted, wishes),
        Condition::Compare {
            metric: Metric::Mean(key),
            op,
            threshold,
        } => {
            let wish = wishes.entry(key.clone()).or_default();
            let high_fires = matches!(op, Comparison::AtLeast | Comparison::Above);
            // A healthy "at least" wants the mean up; a toxic "at least" wants it down.
            if high_fires == wanted {
                wish.at_least.push(*threshold);
            } else {
                wish.at_most.push(*threshold);
            }
        }
        Condition::Compare { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_rules_say_which_way_is_better() {
        let directions = directions([RuleSet::built_in().unwrap()]);
        // Toxic when high: a fall is better.
        assert_eq!(directions["personal"], Direction::Lower);
        assert_eq!(directions["who_decides"], Direction::Lower);
        // Toxic when low, healthy when high: a rise is better.
        assert_eq!(directions["trust"], Direction::Higher);
        assert_eq!(directions["raised_early"], Direction::Higher);
        assert_eq!(directions["resolution"], Direction::Higher);
        // Healthy between 2.5 and 4: moderate debate is best.
        assert_eq!(directions["task_debate"], Direction::Within(2.5, 4.0));
        // No rule reads `voice`: the default (agreeing is good) holds.
        assert!(!directions.contains_key("voice"));
    }

    #[test]
    fn better_and_worse_follow_the_direction() {
        assert_eq!(Direction::Lower.judge(3.58, 2.71), Some(true));
        assert_eq!(Direction::Lower.judge(2.0, 2.9), Some(false));
        assert_eq!(Direction::Higher.judge(3.0, 3.86), Some(true));
        assert_eq!(Direction::Higher.judge(3.0, 3.001), None);
        // Into the healthy range is better, out of it worse, within it no call.
        assert_eq!(Direction::Within(2.5, 4.0).judge(1.9, 2.6), Some(true));
        assert_eq!(Direction::Within(2.5, 4.0).judge(3.9, 4.5), Some(false));
        assert_eq!(Direction::Within(2.5, 4.0).judge(2.7, 3.6), None);
    }
}
