//! A rule's condition as it was evaluated, part by part, so a verdict can say what made a
//! rule fire (for an `any`, only the branches that held; for an `all`, every part) and what
//! stopped a rule that nearly fired. Screens, exports and `tandem classify` all take their
//! evidence from here, so they never disagree.

use serde::Serialize;

use super::comparison::Comparison;
use super::metric::Metric;
use crate::metrics::Scope;

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

/// One part of a rule's condition, evaluated.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// Whether this part held; `None` when a value it needs is missing.
    pub holds: Option<bool>,
    /// How far the part is from holding, as a fraction of its metrics' ranges: 0 when it
    /// holds, `None` when a value is missing or under a `not` (no distance is defined there).
    pub shortfall: Option<f64>,
    pub part: Part,
}

/// What kind of part, with its parts evaluated.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    All(Vec<Evidence>),
    Any(Vec<Evidence>),
    Not(Box<Evidence>),
    /// `either_function` in the overall verdict: on the sales answers, then on the product
    /// answers. In a function's own verdict it is that function's part alone.
    EitherFunction(Vec<Evidence>),
    Compare(Measurement),
}

/// Part of why a rule came out as it did, nested as the rule is.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason<'a> {
    /// A comparison as it was measured: a true sentence about its value.
    Measured(&'a Measurement),
    /// Parts of a different kind than the group around them: all needed together
    /// (`together`), or each enough on its own.
    Group {
        together: bool,
        parts: Vec<Reason<'a>>,
    },
}

impl<'a> Reason<'a> {
    /// Every comparison in this reason, in order.
    pub fn measurements(&self) -> Vec<&'a Measurement> {
        match self {
            Self::Measured(measurement) => vec![*measurement],
            Self::Group { parts, .. } => parts.iter().flat_map(Reason::measurements).collect(),
        }
    }
}

/// The reasons a part came out as it did, and whether they are needed together.
struct Why<'a> {
    together: bool,
    parts: Vec<Reason<'a>>,
}

impl Why<'_> {
    /// Groups of the same kind as this one, or of one part, join it: "a and (b and c)" is
    /// said as three reasons, "a or (b and c)" keeps "b and c" as a group.
    fn gather<'a>(together: bool, groups: impl Iterator<Item = Why<'a>>) -> Why<'a> {
        let mut parts = Vec::new();
        for group in groups {
            if group.parts.len() == 1 || group.together == together {
                parts.extend(group.parts);
            } else {
                parts.push(Reason::Group {
                    together: group.together,
                    parts: group.parts,
                });
            }
        }
        Why { together, parts }
    }
}

impl Evidence {
    /// What made this part hold, when it held: the parts that held and were needed, nested
    /// as the rule is. Empty when it did not hold.
    pub fn reasons(&self) -> Vec<Reason<'_>> {
        if self.holds == Some(true) {
            self.why(true).parts
        } else {
            Vec::new()
        }
    }

    /// The comparisons among [`Evidence::reasons`], without their nesting.
    pub fn reason_measurements(&self) -> Vec<&Measurement> {
        self.reasons()
            .iter()
            .flat_map(Reason::measurements)
            .collect()
    }

    /// Why this part came out as `outcome`, which it did (a `not` asks its part for the
    /// opposite).
    fn why(&self, outcome: bool) -> Why<'_> {
        let came_out = |child: &&Self| child.holds == Some(outcome);
        match &self.part {
            Part::Compare(measurement) => Why {
                together: true,
                parts: vec![Reason::Measured(measurement)],
            },
            Part::Not(child) => child.why(!outcome),
            // A true `all` needs every part; a false one is false by each false part alone.
            Part::All(children) => Why::gather(
                outcome,
                children
                    .iter()
                    .filter(came_out)
                    .map(|child| child.why(outcome)),
            ),
            // A true `any` holds by each true branch alone; a false one needs every branch false.
            Part::Any(children) | Part::EitherFunction(children) => Why::gather(
                !outcome,
                children
                    .iter()
                    .filter(came_out)
                    .map(|child| child.why(outcome)),
            ),
        }
    }

    /// For a part that did not hold, the comparisons that stopped it: for an `all`, each part
    /// that failed; for an `any`, the branch closest to holding. Empty when it held or is unknown.
    pub fn blockers(&self) -> Vec<&Measurement> {
        if self.holds != Some(false) {
            return Vec::new();
        }
        match &self.part {
            Part::Compare(measurement) => vec![measurement],
            Part::All(children) => children.iter().flat_map(Self::blockers).collect(),
            Part::Any(children) | Part::EitherFunction(children) => children
                .iter()
                .min_by(|a, b| distance(a).total_cmp(&distance(b)))
                .map(Self::blockers)
                .unwrap_or_default(),
            // What holds under the `not` is what would have to stop holding.
            Part::Not(child) => child
                .why(true)
                .parts
                .iter()
                .flat_map(Reason::measurements)
                .collect(),
        }
    }

    /// Every comparison, depth first, whether it held or not.
    pub fn measurements(&self) -> Vec<&Measurement> {
        match &self.part {
            Part::Compare(measurement) => vec![measurement],
            Part::Not(child) => child.measurements(),
            Part::All(children) | Part::Any(children) | Part::EitherFunction(children) => {
                children.iter().flat_map(Self::measurements).collect()
            }
        }
    }
}

/// A branch's distance from holding, with no distance as far as can be.
fn distance(evidence: &Evidence) -> f64 {
    evidence.shortfall.unwrap_or(f64::INFINITY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compare(key: &str, value: f64, threshold: f64) -> Evidence {
        let holds = value >= threshold;
        Evidence {
            holds: Some(holds),
            shortfall: Some(if holds {
                0.0
            } else {
                (threshold - value) / 4.0
            }),
            part: Part::Compare(Measurement {
                scope: Scope::Overall,
                metric: Metric::Mean(key.to_owned()),
                value: Some(value),
                op: Comparison::AtLeast,
                threshold,
                holds: Some(holds),
                negated: false,
            }),
        }
    }

    fn group(all: bool, parts: Vec<Evidence>) -> Evidence {
        let holds = if all {
            parts.iter().all(|part| part.holds == Some(true))
        } else {
            parts.iter().any(|part| part.holds == Some(true))
        };
        Evidence {
            holds: Some(holds),
            shortfall: None,
            part: if all {
                Part::All(parts)
            } else {
                Part::Any(parts)
            },
        }
    }

    fn keys(reasons: &[Reason<'_>]) -> Vec<String> {
        reasons
            .iter()
            .map(|reason| match reason {
                Reason::Measured(measurement) => {
                    measurement.metric.statement().unwrap_or("").to_owned()
                }
                Reason::Group { together, parts } => {
                    let joined = keys(parts).join(if *together { " and " } else { " or " });
                    format!("({joined})")
                }
            })
            .collect()
    }

    #[test]
    fn an_any_is_explained_by_its_true_branches_only() {
        let rule = group(false, vec![compare("a", 2.0, 3.0), compare("b", 4.0, 3.0)]);
        assert_eq!(keys(&rule.reasons()), ["b"]);
    }

    #[test]
    fn an_all_is_explained_by_every_part_and_nested_groups_keep_their_kind() {
        // a or (b and c), with all three true: a alone is enough, and so are b and c together.
        let rule = group(
            false,
            vec![
                compare("a", 4.0, 3.0),
                group(true, vec![compare("b", 4.0, 3.0), compare("c", 5.0, 3.0)]),
            ],
        );
        assert_eq!(keys(&rule.reasons()), ["a", "(b and c)"]);
        // a and (b and c): one group of three.
        let rule = group(
            true,
            vec![
                compare("a", 4.0, 3.0),
                group(true, vec![compare("b", 4.0, 3.0), compare("c", 5.0, 3.0)]),
            ],
        );
        assert_eq!(keys(&rule.reasons()), ["a", "b", "c"]);
    }

    #[test]
    fn a_not_is_explained_by_what_failed_under_it() {
        // not(a and b) with a false: a's failing is the reason.
        let inner = group(true, vec![compare("a", 2.0, 3.0), compare("b", 4.0, 3.0)]);
        let rule = Evidence {
            holds: Some(true),
            shortfall: Some(0.0),
            part: Part::Not(Box::new(inner)),
        };
        assert_eq!(keys(&rule.reasons()), ["a"]);
    }

    #[test]
    fn a_rule_that_did_not_fire_is_stopped_by_its_closest_branch() {
        // 3.40 is 0.10 short of 3.50; 2.00 is 1.50 short.
        let rule = group(false, vec![compare("a", 2.0, 3.5), compare("b", 3.4, 3.5)]);
        let blockers: Vec<_> = rule
            .blockers()
            .iter()
            .map(|m| m.metric.statement().unwrap_or("").to_owned())
            .collect();
        assert_eq!(blockers, ["b"]);
        assert!(rule.reasons().is_empty());
        // In an all, only the part that failed stopped it.
        let rule = group(true, vec![compare("a", 4.0, 3.5), compare("b", 3.4, 3.5)]);
        assert_eq!(rule.blockers().len(), 1);
        assert_eq!(rule.blockers()[0].value, Some(3.4));
        assert_eq!(rule.measurements().len(), 2);
    }
}
