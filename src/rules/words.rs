//! What a rule measured, in the room's words: the metric's name with the statement's label,
//! the value, the threshold, and how far a rule that did not fire is from firing. The one
//! place every screen and both exports take these sentences from; keys stay in files, CSV,
//! JSON and `tandem check`.

use super::comparison::Comparison;
use super::evaluation::Measurement;
use super::metric::Metric;
use crate::domain::{Questionnaire, words_from_key};
use crate::metrics::Scope;

fn quoted(label: &str) -> String {
    format!("“{label}”")
}

impl Metric {
    /// The metric in words, without whose answers: "average for “Gets personal”".
    pub fn name(&self, questionnaire: &Questionnaire) -> String {
        let statement = |key: &str| quoted(&questionnaire.statement_label(key));
        match self {
            Self::Respondents => String::from("number of respondents"),
            Self::Share(answer) => format!(
                "share answering {}",
                quoted(questionnaire.relationship_label(*answer))
            ),
            Self::AlignedShare => String::from("share describing little or occasional friction"),
            Self::DysfunctionShare => {
                String::from("share describing significant or constant friction")
            }
            Self::FrictionLevel => String::from("mean friction level (0 to 3)"),
            Self::Mean(key) => format!("average for {}", statement(key)),
            Self::Spread(key) => format!("spread of the ratings for {}", statement(key)),
            Self::SpilloverShare => format!(
                "share rating both {} and {} 4 or higher (of those who rated both)",
                statement("task_debate"),
                statement("personal")
            ),
            Self::SourceShare(key) => {
                let label = questionnaire
                    .source(key)
                    .map_or_else(|| words_from_key(key), |source| source.label.clone());
                format!("share naming {}", quoted(&label))
            }
            Self::PerceptionGap => {
                String::from("perception gap (sales' mean friction level minus product's)")
            }
            Self::StatementGap(key) => {
                format!("gap on {} (sales' average minus product's)", statement(key))
            }
        }
    }

    /// A distance between a value and a threshold: "0.17", "4.2 percentage points".
    pub fn format_distance(&self, distance: f64) -> String {
        if self.is_share() {
            format!("{:.1} percentage points", distance * 100.0)
        } else if matches!(self, Self::Respondents) {
            format!("{distance:.0}")
        } else {
            format!("{distance:.2}")
        }
    }
}

impl Comparison {
    /// The comparison a rule needs when it sits under a `not`.
    pub fn negated(self) -> Self {
        match self {
            Self::AtLeast => Self::Below,
            Self::Below => Self::AtLeast,
            Self::AtMost => Self::Above,
            Self::Above => Self::AtMost,
        }
    }

    /// Where a value lies from the threshold, given whether this comparison holds on it.
    fn relation(self, holds: bool) -> &'static str {
        match (self, holds) {
            (Self::AtLeast, true) | (Self::Below, false) => "at or above",
            (Self::AtMost, true) | (Self::Above, false) => "at or below",
            (Self::Above, true) | (Self::AtMost, false) => "above",
            (Self::Below, true) | (Self::AtLeast, false) => "below",
        }
    }

    /// What the comparison asks of a value: "at 3.50 or more", "below 3.00".
    fn requirement(self, threshold: &str) -> String {
        match self {
            Self::AtLeast => format!("at {threshold} or more"),
            Self::AtMost => format!("at {threshold} or less"),
            Self::Above => format!("above {threshold}"),
            Self::Below => format!("below {threshold}"),
        }
    }
}

impl Measurement {
    /// Whose value and what it is: "Sales' average for “Gets personal”".
    pub fn subject(&self, questionnaire: &Questionnaire) -> String {
        let whose = match self.scope {
            Scope::Overall => "The",
            Scope::Sales => "Sales'",
            Scope::Product => "Product's",
        };
        format!("{whose} {}", self.metric.name(questionnaire))
    }

    /// The comparison the rule needs to hold: the written one, or its opposite under a `not`.
    fn needed(&self) -> Comparison {
        if self.negated {
            self.op.negated()
        } else {
            self.op
        }
    }

    /// A true sentence about the value and the threshold: "Sales' average for “Gets
    /// personal” is 3.71, at or above 3.50".
    pub fn sentence(&self, questionnaire: &Questionnaire) -> String {
        let subject = self.subject(questionnaire);
        let Some(value) = self.value else {
            return format!("{subject} has no value: no one gave the answers it needs");
        };
        let (shown, threshold) = (
            self.metric.format(value),
            self.metric.format(self.threshold),
        );
        let relation = if shown == threshold && value != self.threshold {
            // Rounding would make "3.50, below 3.50" read as false.
            if value < self.threshold {
                "just below"
            } else {
                "just above"
            }
        } else {
            self.op.relation(self.op.holds(value, self.threshold))
        };
        format!("{subject} is {shown}, {relation} {threshold}")
    }

    /// For a rule that did not fire, how far this value is from what the rule needs: "The
    /// average for “Trust” is 3.33; it fires at 3.50 or more — 0.17 away", or, for a part
    /// that already holds, "…, at or above 2.50: this part holds".
    pub fn distance_sentence(&self, questionnaire: &Questionnaire) -> String {
        let Some(value) = self.value else {
            return self.sentence(questionnaire);
        };
        let needed = self.needed();
        if needed.holds(value, self.threshold) {
            return format!("{}: this part holds", self.sentence(questionnaire));
        }
        let distance = (value - self.threshold).abs();
        let away = if self.metric.format_distance(distance) == self.metric.format_distance(0.0) {
            String::from("just short")
        } else {
            format!("{} away", self.metric.format_distance(distance))
        };
        format!(
            "{} is {}; it fires {} — {away}",
            self.subject(questionnaire),
            self.metric.format(value),
            needed.requirement(&self.metric.format(self.threshold))
        )
    }
}
