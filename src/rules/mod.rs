//! The explainable rules engine: rules are data (a RON file), evaluated on the metrics to
//! classify friction as healthy or toxic. No egui, no scripting language.

pub mod comparison;
pub mod condition;
pub mod evaluation;
pub mod evidence;
pub mod findings;
pub mod metric;
pub mod resolved;
pub mod rule;
pub mod rule_set;
pub mod rule_texts;
mod rule_translation;
pub mod stability;
pub mod stability_words;
pub mod three_valued;
pub mod words;

pub use comparison::Comparison;
pub use condition::Condition;
pub use evaluation::{
    Classification, RuleOutcome, ScopeVerdict, Verdict, classify, classify_metrics,
};
pub use evidence::{Evidence, Measurement, Part, Reason};
pub use findings::FiredRule;
pub use metric::Metric;
pub use rule::{Rule, Signal, Weight};
pub use rule_set::RuleSet;
pub use stability::{RuleStability, ScopeStability, Stability, leave_one_out};
