//! What a rule measured, in the reader's words and language: the metric's name with the
//! statement's label, the value, the threshold, and how far a rule that did not fire is from
//! firing. The one place every screen and both exports take these sentences from; keys stay
//! in files, CSV, JSON and `tandem check`. Messages `words-…` in assets/translations.

use super::comparison::Comparison;
use super::evidence::{Measurement, Reason};
use super::metric::Metric;
use crate::domain::{Questionnaire, words_from_key};
use crate::i18n::Language;
use crate::metrics::Scope;

/// A label in the language's quotation marks: “…”, „…“, « … », «…».
fn quoted(language: Language, label: &str) -> String {
    language.text_with("words-quoted", &[("text", label.into())])
}

/// The first letter as a capital, for a subject at the start of a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        format!("{}{}", first.to_uppercase(), chars.as_str())
    })
}

impl Metric {
    /// The metric in words, without whose answers: "average for “Gets personal”". The
    /// questionnaire gives labels in the language it is in (see `Questionnaire::in_language`).
    pub fn name(&self, questionnaire: &Questionnaire, language: Language) -> String {
        let statement = |key: &str| quoted(language, &questionnaire.statement_label(key));
        let with =
            |id: &str, name: &str, value: String| language.text_with(id, &[(name, value.into())]);
        match self {
            Self::Respondents => language.text("words-metric-respondents"),
            Self::Share(answer) => with(
                "words-metric-share",
                "answer",
                quoted(language, questionnaire.relationship_label(*answer)),
            ),
            Self::AlignedShare => language.text("words-metric-aligned-share"),
            Self::DysfunctionShare => language.text("words-metric-dysfunction-share"),
            Self::FrictionLevel => language.text("words-metric-friction-level"),
            Self::Mean(key) => with("words-metric-mean", "statement", statement(key)),
            Self::Spread(key) => with("words-metric-spread", "statement", statement(key)),
            Self::SpilloverShare => language.text_with(
                "words-metric-spillover",
                &[
                    ("debate", statement("task_debate").into()),
                    ("personal", statement("personal").into()),
                ],
            ),
            Self::SourceShare(key) => {
                let label = questionnaire
                    .source(key)
                    .map_or_else(|| words_from_key(key), |source| source.label.clone());
                with(
                    "words-metric-source-share",
                    "source",
                    quoted(language, &label),
                )
            }
            Self::PerceptionGap => language.text("words-metric-perception-gap"),
            Self::StatementGap(key) => {
                with("words-metric-statement-gap", "statement", statement(key))
            }
        }
    }

    /// A value as a reader of `language` reads it: shares in percent with one decimal,
    /// counts whole, gaps signed, others with two decimals ("12,5 %", "+0,40", "3,71").
    pub fn written(&self, value: f64, language: Language) -> String {
        if self.is_share() {
            language.percent(value, 1)
        } else if matches!(self, Self::Respondents) {
            language.decimal(value, 0)
        } else if self.compares_functions() {
            let sign = if value >= 0.0 { "+" } else { "" };
            format!("{sign}{}", language.decimal(value, 2))
        } else {
            language.decimal(value, 2)
        }
    }

    /// A distance between a value and a threshold: "0.17", "4.2 percentage points".
    pub fn format_distance(&self, distance: f64, language: Language) -> String {
        if self.is_share() {
            language.text_with(
                "words-percentage-points",
                &[("points", language.decimal(distance * 100.0, 1).into())],
            )
        } else if matches!(self, Self::Respondents) {
            language.decimal(distance, 0)
        } else {
            language.decimal(distance, 2)
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

    /// The sentence saying where a value lies from the threshold, given whether this
    /// comparison holds on it.
    fn relation(self, holds: bool) -> &'static str {
        match (self, holds) {
            (Self::AtLeast, true) | (Self::Below, false) => "words-sentence-at-or-above",
            (Self::AtMost, true) | (Self::Above, false) => "words-sentence-at-or-below",
            (Self::Above, true) | (Self::AtMost, false) => "words-sentence-above",
            (Self::Below, true) | (Self::AtLeast, false) => "words-sentence-below",
        }
    }

    /// The sentence saying what the comparison asks of a value and how far it is.
    fn requirement(self) -> &'static str {
        match self {
            Self::AtLeast => "words-distance-at-least",
            Self::AtMost => "words-distance-at-most",
            Self::Above => "words-distance-above",
            Self::Below => "words-distance-below",
        }
    }
}

impl Measurement {
    /// Whose value and what it is: "Sales' average for “Gets personal”".
    pub fn subject(&self, questionnaire: &Questionnaire, language: Language) -> String {
        let id = match self.scope {
            Scope::Overall => "words-subject-overall",
            Scope::Sales => "words-subject-sales",
            Scope::Product => "words-subject-product",
        };
        let metric = self.metric.name(questionnaire, language);
        capitalised(&language.text_with(id, &[("metric", metric.into())]))
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
    pub fn sentence(&self, questionnaire: &Questionnaire, language: Language) -> String {
        let subject = self.subject(questionnaire, language);
        let Some(value) = self.value else {
            return language.text_with("words-no-value", &[("subject", subject.into())]);
        };
        let (shown, threshold) = (
            self.metric.written(value, language),
            self.metric.written(self.threshold, language),
        );
        let id = if shown == threshold && value != self.threshold {
            // Rounding would make "3.50, below 3.50" read as false.
            if value < self.threshold {
                "words-sentence-just-below"
            } else {
                "words-sentence-just-above"
            }
        } else {
            self.op.relation(self.op.holds(value, self.threshold))
        };
        language.text_with(
            id,
            &[
                ("subject", subject.into()),
                ("value", shown.into()),
                ("threshold", threshold.into()),
            ],
        )
    }

    /// For a rule that did not fire, how far this value is from what the rule needs: "The
    /// average for “Trust” is 3.33; it fires at 3.50 or more — 0.17 away", or, for a part
    /// that already holds, "…, at or above 2.50: this part holds".
    pub fn distance_sentence(&self, questionnaire: &Questionnaire, language: Language) -> String {
        let Some(value) = self.value else {
            return self.sentence(questionnaire, language);
        };
        let needed = self.needed();
        if needed.holds(value, self.threshold) {
            return language.text_with(
                "words-part-holds",
                &[("sentence", self.sentence(questionnaire, language).into())],
            );
        }
        let distance = (value - self.threshold).abs();
        let written = self.metric.format_distance(distance, language);
        let away = if written == self.metric.format_distance(0.0, language) {
            language.text("words-just-short")
        } else {
            language.text_with("words-away", &[("distance", written.into())])
        };
        language.text_with(
            needed.requirement(),
            &[
                ("subject", self.subject(questionnaire, language).into()),
                ("value", self.metric.written(value, language).into()),
                (
                    "threshold",
                    self.metric.written(self.threshold, language).into(),
                ),
                ("away", away.into()),
            ],
        )
    }
}

/// One line of what made a rule fire: a true sentence about a value, or the heading of a
/// group of them; `depth` is how far it is set in under the group it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceLine {
    pub depth: usize,
    pub text: String,
}

/// The reasons a rule fired (see [`super::evidence::Evidence::reasons`]) as lines, nested as
/// the rule is: a group of a different kind than the one around it comes under "All of these
/// together:" or "Each of these on its own:".
pub fn evidence_lines(
    reasons: &[Reason<'_>],
    questionnaire: &Questionnaire,
    language: Language,
) -> Vec<EvidenceLine> {
    let mut lines = Vec::new();
    add_lines(reasons, 0, questionnaire, language, &mut lines);
    lines
}

fn add_lines(
    reasons: &[Reason<'_>],
    depth: usize,
    questionnaire: &Questionnaire,
    language: Language,
    lines: &mut Vec<EvidenceLine>,
) {
    for reason in reasons {
        match reason {
            Reason::Measured(measurement) => lines.push(EvidenceLine {
                depth,
                text: measurement.sentence(questionnaire, language),
            }),
            Reason::Group { together, parts } => {
                let id = if *together {
                    "words-evidence-together"
                } else {
                    "words-evidence-each"
                };
                lines.push(EvidenceLine {
                    depth,
                    text: language.text(id),
                });
                add_lines(parts, depth + 1, questionnaire, language, lines);
            }
        }
    }
}
