use serde::{Deserialize, Serialize};

use super::comparison::Comparison;
use super::metric::Metric;

/// When a rule fires: a typed tree, written in the rules file as RON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// A metric compared with a threshold.
    Compare {
        metric: Metric,
        op: Comparison,
        threshold: f64,
    },
    /// Holds when the condition holds on the sales answers or on the product answers.
    /// On one function's verdict it is simply that function's answers.
    EitherFunction(Box<Condition>),
}

impl Condition {
    /// Every comparison in the tree, depth first.
    pub fn comparisons(&self) -> Vec<(&Metric, Comparison, f64)> {
        let mut found = Vec::new();
        self.visit(&mut |condition| {
            if let Self::Compare {
                metric,
                op,
                threshold,
            } = condition
            {
                found.push((metric, *op, *threshold));
            }
        });
        found
    }

    /// Whether any metric in the tree compares the two functions (the perception gap).
    pub fn compares_functions(&self) -> bool {
        self.comparisons()
            .iter()
            .any(|(metric, _, _)| metric.compares_functions())
    }

    pub fn visit<'a>(&'a self, visitor: &mut impl FnMut(&'a Self)) {
        visitor(self);
        match self {
            Self::All(children) | Self::Any(children) => {
                for child in children {
                    child.visit(visitor);
                }
            }
            Self::Not(child) | Self::EitherFunction(child) => child.visit(visitor),
            Self::Compare { .. } => {}
        }
    }

    /// The condition in words: "`personal` mean ≥ 3.5 in either function".
    pub fn describe(&self) -> String {
        match self {
            Self::All(children) => join(children, " and "),
            Self::Any(children) => join(children, " or "),
            Self::Not(child) => format!("not ({})", child.describe()),
            Self::Compare {
                metric,
                op,
                threshold,
            } => format!(
                "{} {} {}",
                metric.describe(),
                op.symbol(),
                metric.format(*threshold)
            ),
            Self::EitherFunction(child) => format!("{} in either function", child.describe()),
        }
    }
}

fn join(children: &[Condition], separator: &str) -> String {
    let parts: Vec<String> = children
        .iter()
        .map(|child| match child {
            Condition::All(_) | Condition::Any(_) => format!("({})", child.describe()),
            _ => child.describe(),
        })
        .collect();
    parts.join(separator)
}
