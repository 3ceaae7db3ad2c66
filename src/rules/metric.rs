use serde::{Deserialize, Serialize};

use crate::domain::Relationship;
use crate::metrics::{Scope, WorkshopMetrics};

/// A measured quantity a rule can compare with a threshold. Shares are fractions (0.25 = 25%).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// How many responded.
    Respondents,
    /// Share of respondents who gave this relationship answer.
    Share(Relationship),
    /// Share of `completely_aligned` + `mostly_aligned`.
    AlignedShare,
    /// Share of `lacking_alignment` + `constant_friction`.
    DysfunctionShare,
    /// Mean friction level, 0 to 3.
    FrictionLevel,
    /// Mean rating (1 to 5) of a statement, counting only those who rated it.
    Mean(String),
    /// Standard deviation of a statement's ratings.
    Spread(String),
    /// Among those who rated both `task_debate` and `personal`, the share who rated both 4+.
    SpilloverShare,
    /// Share of respondents who named this friction source.
    SourceShare(String),
    /// Sales' mean friction level minus product's. Compares the functions: overall only.
    PerceptionGap,
    /// Sales' mean rating of a statement minus product's. Compares the functions: overall only.
    StatementGap(String),
}

impl Metric {
    /// Whether this metric compares the two functions, so it has no per-function value.
    pub fn compares_functions(&self) -> bool {
        matches!(self, Self::PerceptionGap | Self::StatementGap(_))
    }

    /// Whether the metric is a share, shown as a percentage.
    pub fn is_share(&self) -> bool {
        matches!(
            self,
            Self::Share(_)
                | Self::AlignedShare
                | Self::DysfunctionShare
                | Self::SpilloverShare
                | Self::SourceShare(_)
        )
    }

    /// The statement a metric reads, if any.
    pub fn statement(&self) -> Option<&str> {
        match self {
            Self::Mean(key) | Self::Spread(key) | Self::StatementGap(key) => Some(key),
            _ => None,
        }
    }

    pub fn source(&self) -> Option<&str> {
        match self {
            Self::SourceShare(key) => Some(key),
            _ => None,
        }
    }

    /// The value in `scope`; `None` when there is no data (or the metric compares functions
    /// and the scope is one function).
    pub fn value(&self, metrics: &WorkshopMetrics, scope: Scope) -> Option<f64> {
        let of = metrics.scope(scope);
        match self {
            Self::Respondents => Some(of.respondents as f64),
            Self::Share(answer) => of.relationship_share(*answer),
            Self::AlignedShare => of.aligned_share(),
            Self::DysfunctionShare => of.dysfunction_share(),
            Self::FrictionLevel => of.friction_level,
            Self::Mean(key) => of.mean(key),
            Self::Spread(key) => of.spread(key),
            Self::SpilloverShare => of.spillover_share(),
            Self::SourceShare(key) => of.source_share(key),
            Self::PerceptionGap => (scope == Scope::Overall)
                .then(|| metrics.perception_gap())
                .flatten(),
            Self::StatementGap(key) => (scope == Scope::Overall)
                .then(|| metrics.statement_gap(key))
                .flatten(),
        }
    }

    /// How wide the metric's range is, so distances to a threshold compare across metrics.
    pub fn range(&self) -> f64 {
        match self {
            Self::Respondents => 100.0,
            Self::FrictionLevel | Self::PerceptionGap => 3.0,
            Self::Mean(_) | Self::StatementGap(_) => 4.0,
            Self::Spread(_) => 2.0,
            _ => 1.0,
        }
    }

    /// The metric with its keys, for messages about rules files (`tandem check`); screens and
    /// reports use [`Metric::name`].
    pub fn describe(&self) -> String {
        match self {
            Self::Respondents => String::from("respondents"),
            Self::Share(answer) => format!("share answering `{}`", answer.key()),
            Self::AlignedShare => String::from("aligned share"),
            Self::DysfunctionShare => String::from("dysfunction share"),
            Self::FrictionLevel => String::from("mean friction level"),
            Self::Mean(key) => format!("`{key}` mean"),
            Self::Spread(key) => format!("`{key}` spread"),
            Self::SpilloverShare => String::from("spill-over share"),
            Self::SourceShare(key) => format!("share naming `{key}`"),
            Self::PerceptionGap => String::from("perception gap (sales − product friction level)"),
            Self::StatementGap(key) => format!("`{key}` gap (sales − product)"),
        }
    }

    /// A value as the facilitator reads it: shares in percent, others with two decimals.
    pub fn format(&self, value: f64) -> String {
        if self.is_share() {
            // The key forms `tandem check` speaks are English.
            crate::i18n::Language::English.percent(value, 1)
        } else if matches!(self, Self::Respondents) {
            format!("{value:.0}")
        } else if self.compares_functions() {
            format!("{value:+.2}")
        } else {
            format!("{value:.2}")
        }
    }
}
