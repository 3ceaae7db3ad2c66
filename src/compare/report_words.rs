//! The comparison's words and numbers in its language: signed changes, arrows, verdicts,
//! rule titles, the title and table heads.

use std::fmt::Write as _;

use super::{Comparison, is_better};
use crate::i18n::Language;
use crate::rules::Verdict;

/// "+0.40", "-1,25" as the language writes them.
pub(super) fn signed(language: Language, value: f64) -> String {
    language.signed(value, 2)
}

pub(super) fn number(language: Language, value: Option<f64>, signed_value: bool) -> String {
    match value {
        Some(value) if signed_value => signed(language, value),
        Some(value) => language.decimal(value, 2),
        None => String::from("–"),
    }
}

/// An arrow for a change, and whether it is for the better: "↓ better", "↑ schlechter".
pub(super) fn arrow(language: Language, change: f64, lower_is_better: bool) -> String {
    match (is_better(change, lower_is_better), change < 0.0) {
        (None, _) => String::from("→"),
        (Some(better), down) => {
            let arrow = if down { "↓" } else { "↑" };
            let id = if better {
                "compare-report-better"
            } else {
                "compare-report-worse"
            };
            format!("{arrow} {}", language.text(id))
        }
    }
}

pub(super) fn change(
    language: Language,
    from: Option<f64>,
    to: Option<f64>,
    lower_is_better: bool,
) -> String {
    match (from, to) {
        (Some(from), Some(to)) => format!(
            "{} {}",
            signed(language, to - from),
            arrow(language, to - from, lower_is_better)
        ),
        _ => String::from("–"),
    }
}

/// A verdict with its icon, in words: "⚠ Toxic".
pub(super) fn verdict_words(language: Language, verdict: Verdict) -> String {
    let id = match verdict {
        Verdict::Healthy => "export-verdict-healthy",
        Verdict::Toxic => "export-verdict-toxic",
        Verdict::Insufficient => "export-verdict-insufficient",
    };
    format!("{} {}", verdict.icon(), language.text(id))
}

/// "Comparison of 3 workshops".
pub(super) fn title(comparison: &Comparison) -> String {
    comparison.language.text_with(
        "compare-report-title",
        &[("count", comparison.workshops.len().into())],
    )
}

/// A table's head and rule line: "| # | Date |…" and "|---|---|…".
pub(super) fn head(language: Language, columns: &[(&str, bool)]) -> String {
    let mut names = String::from("|");
    let mut rule = String::from("|");
    for (id, number) in columns {
        let name = if id.starts_with('#') {
            (*id).to_owned()
        } else {
            language.text(id)
        };
        let _ = write!(names, " {name} |");
        rule.push_str(if *number { "---:|" } else { "---|" });
    }
    format!("{names}\n{rule}")
}
