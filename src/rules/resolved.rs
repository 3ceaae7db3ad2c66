//! A rule's condition with its metrics resolved, once, to places in a scope's sums, so it can
//! be evaluated on sums directly: thousands of times per change, with no lookup by key and no
//! allocation. Values come from the same formulas as `ScopeMetrics`, so they are identical.

use super::comparison::Comparison;
use super::condition::Condition;
use super::metric::Metric;
use super::three_valued::{all_hold, any_holds};
use crate::domain::Questionnaire;
use crate::metrics::leave_one_out::WithoutOne;
use crate::metrics::tally::Tally;
use crate::metrics::{Scope, formulas};

/// A metric as a place in the sums. A statement or source the questionnaire lacks has no
/// place (`None`) and so, as in `ScopeMetrics`, no value.
#[derive(Clone, Copy, Debug)]
enum Place {
    Respondents,
    Share(usize),
    AlignedShare,
    DysfunctionShare,
    FrictionLevel,
    Mean(Option<usize>),
    Spread(Option<usize>),
    SpilloverShare,
    SourceShare(Option<usize>),
    PerceptionGap,
    StatementGap(Option<usize>),
}

impl Place {
    fn of(metric: &Metric, questionnaire: &Questionnaire) -> Self {
        // The last of equal keys, as a map built from the questionnaire keeps it.
        let statement = |key: &str| questionnaire.statements.iter().rposition(|s| s.key == key);
        match metric {
            Metric::Respondents => Self::Respondents,
            Metric::Share(answer) => Self::Share(usize::from(answer.friction_level())),
            Metric::AlignedShare => Self::AlignedShare,
            Metric::DysfunctionShare => Self::DysfunctionShare,
            Metric::FrictionLevel => Self::FrictionLevel,
            Metric::Mean(key) => Self::Mean(statement(key)),
            Metric::Spread(key) => Self::Spread(statement(key)),
            Metric::SpilloverShare => Self::SpilloverShare,
            Metric::SourceShare(key) => {
                Self::SourceShare(questionnaire.sources.iter().rposition(|s| s.key == *key))
            }
            Metric::PerceptionGap => Self::PerceptionGap,
            Metric::StatementGap(key) => Self::StatementGap(statement(key)),
        }
    }

    /// The value in `scope`, as `Metric::value` gives it on metrics made from these sums.
    fn value(self, sums: &WithoutOne<'_>, scope: Scope) -> Option<f64> {
        let of = sums.scope(scope);
        let shared = |count: usize| formulas::share(count, of.respondents);
        let counts = of.relationship_counts;
        match self {
            Self::Respondents => Some(of.respondents as f64),
            Self::Share(level) => shared(*counts.get(level)?),
            Self::AlignedShare => shared(counts[0] + counts[1]),
            Self::DysfunctionShare => shared(counts[2] + counts[3]),
            Self::FrictionLevel => formulas::friction_level(of.friction_sum, of.respondents),
            Self::Mean(statement) => sums.statement(scope, statement?)?.mean(),
            Self::Spread(statement) => sums.statement(scope, statement?)?.spread(),
            Self::SpilloverShare => formulas::share(of.spillover_count, of.spillover_base),
            Self::SourceShare(source) => shared(*of.sources.get(source?)?),
            Self::PerceptionGap => (scope == Scope::Overall).then(|| {
                let level = |t: &Tally| formulas::friction_level(t.friction_sum, t.respondents);
                Some(level(sums.sales)? - level(sums.product)?)
            })?,
            Self::StatementGap(statement) => (scope == Scope::Overall).then(|| {
                let statement = statement?;
                let mean = |function| sums.statement(function, statement)?.mean();
                Some(mean(Scope::Sales)? - mean(Scope::Product)?)
            })?,
        }
    }
}

/// A rule's condition over resolved metrics.
#[derive(Clone, Debug)]
pub struct ResolvedCondition(Node);

impl ResolvedCondition {
    pub fn new(condition: &Condition, questionnaire: &Questionnaire) -> Self {
        Self(Node::new(condition, questionnaire))
    }

    /// Three-valued, exactly as the verdict evaluates the condition it came from.
    pub fn holds(&self, sums: &WithoutOne<'_>, scope: Scope) -> Option<bool> {
        self.0.holds(sums, scope)
    }
}

#[derive(Clone, Debug)]
enum Node {
    All(Vec<Node>),
    Any(Vec<Node>),
    Not(Box<Node>),
    Compare {
        place: Place,
        op: Comparison,
        threshold: f64,
    },
    EitherFunction(Box<Node>),
}

impl Node {
    fn new(condition: &Condition, questionnaire: &Questionnaire) -> Self {
        let all = |children: &[Condition]| {
            children
                .iter()
                .map(|child| Self::new(child, questionnaire))
                .collect()
        };
        match condition {
            Condition::All(children) => Self::All(all(children)),
            Condition::Any(children) => Self::Any(all(children)),
            Condition::Not(child) => Self::Not(Box::new(Self::new(child, questionnaire))),
            Condition::Compare {
                metric,
                op,
                threshold,
            } => Self::Compare {
                place: Place::of(metric, questionnaire),
                op: *op,
                threshold: *threshold,
            },
            Condition::EitherFunction(child) => {
                Self::EitherFunction(Box::new(Self::new(child, questionnaire)))
            }
        }
    }

    fn holds(&self, sums: &WithoutOne<'_>, scope: Scope) -> Option<bool> {
        match self {
            Self::All(children) => all_hold(children.iter().map(|c| c.holds(sums, scope))),
            Self::Any(children) => any_holds(children.iter().map(|c| c.holds(sums, scope))),
            Self::Not(child) => child.holds(sums, scope).map(|holds| !holds),
            Self::Compare {
                place,
                op,
                threshold,
            } => place
                .value(sums, scope)
                .map(|value| op.holds(value, *threshold)),
            Self::EitherFunction(child) => match scope {
                Scope::Overall => any_holds(
                    [Scope::Sales, Scope::Product].map(|function| child.holds(sums, function)),
                ),
                function => child.holds(sums, function),
            },
        }
    }
}
