//! The comparison's words and numbers in its language: signed changes, table cells of
//! changes, verdicts, rule titles and the title.

use super::Comparison;
use super::change_words::REPORT_ARROWS;
use super::changes::Chance;
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

/// A change in a table's cell: "-1.05 ↓ better" when it is likely real, "+0.40 (could be
/// chance)" when not, "–" when it was not measured. `better` only counts when likely real.
pub(super) fn change_cell(
    language: Language,
    change: f64,
    better: Option<bool>,
    chance: Option<&Chance>,
) -> String {
    let Some(chance) = chance else {
        return String::from("–");
    };
    let change_text = signed(language, change);
    if !chance.likely_real() {
        return language.text_with(
            "compare-report-chance-cell",
            &[("change", change_text.into())],
        );
    }
    match chance.supports(better) {
        None => change_text,
        Some(better) => {
            let arrow = if change < 0.0 {
                REPORT_ARROWS.down
            } else {
                REPORT_ARROWS.up
            };
            let id = if better {
                "compare-report-better"
            } else {
                "compare-report-worse"
            };
            format!("{change_text} {arrow} {}", language.text(id))
        }
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

/// Workshop `index` as the summary names it: its date, and its title too when another
/// compared workshop has the same date.
pub(super) fn date(comparison: &Comparison, index: usize) -> String {
    let Some(workshop) = comparison.workshops.get(index) else {
        return String::new();
    };
    let written = workshop.date.written_in(comparison.language);
    let shared = comparison
        .workshops
        .iter()
        .filter(|other| other.date == workshop.date)
        .count()
        > 1;
    if shared {
        format!("{written}, {}", workshop.title)
    } else {
        written
    }
}
