//! A comparison as Markdown (also the terminal form), self-contained HTML, or JSON. The
//! Markdown and HTML are written in the comparison's language (messages
//! `compare-report-…`); the JSON keeps its keys.

use std::fmt::Write as _;

use super::{Comparison, is_better};
use crate::domain::{Function, Relationship};
use crate::i18n::Language;
use crate::metrics::Scope;
use crate::metrics::benchmark::{study_column, study_share_label};
use crate::rules::Verdict;

/// "+0.40", "-1,25" as the language writes them.
pub(super) fn signed(language: Language, value: f64) -> String {
    let sign = if value >= 0.0 { "+" } else { "" };
    format!("{sign}{}", language.decimal(value, 2))
}

pub(super) fn number(language: Language, value: Option<f64>, signed_value: bool) -> String {
    match value {
        Some(value) if signed_value => signed(language, value),
        Some(value) => language.decimal(value, 2),
        None => String::from("–"),
    }
}

/// An arrow for a change, and whether it is for the better: "↓ better", "↑ schlechter".
fn arrow(language: Language, change: f64, lower_is_better: bool) -> String {
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

fn change(language: Language, from: Option<f64>, to: Option<f64>, lower_is_better: bool) -> String {
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

/// Rules by their titles: "Constant friction, Low trust".
pub(super) fn titles(comparison: &Comparison, rules: &[String]) -> String {
    rules
        .iter()
        .map(|rule| comparison.names.rule(rule))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writing to a `String` cannot fail, so `writeln!` results are ignored throughout.
pub fn markdown(comparison: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", title(comparison));
    verdicts_markdown(&mut out, comparison);
    friction_markdown(&mut out, comparison);
    relationship_markdown(&mut out, comparison);
    super::report_changes::changes_markdown(&mut out, comparison);
    if !comparison.left_out.is_empty() {
        let left_out = comparison
            .left_out
            .iter()
            .map(|key| comparison.names.statement(key))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "{}",
            comparison.language.text_with(
                "compare-report-left-out",
                &[
                    ("shared", comparison.shared_statements.len().into()),
                    ("left", left_out.into()),
                ],
            )
        );
    }
    out
}

/// "Comparison of 3 workshops".
pub(super) fn title(comparison: &Comparison) -> String {
    comparison.language.text_with(
        "compare-report-title",
        &[("count", comparison.workshops.len().into())],
    )
}

/// A table's head and rule line: "| # | Date |…" and "|---|---|…".
fn head(language: Language, columns: &[(&str, bool)]) -> String {
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

/// One row per workshop: counts and verdicts; which ones are below the floor.
fn verdicts_markdown(out: &mut String, comparison: &Comparison) {
    let language = comparison.language;
    let _ = writeln!(
        out,
        "{}",
        head(
            language,
            &[
                ("#", false),
                ("compare-report-date", false),
                ("compare-report-workshop", false),
                ("compare-report-sales", true),
                ("compare-report-product", true),
                ("compare-report-verdict", false),
                ("compare-report-sales-verdict", false),
                ("compare-report-product-verdict", false),
                ("compare-report-weights", false),
            ]
        )
    );
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        let weights = workshop.results.as_ref().map_or_else(
            || language.text("compare-report-withheld"),
            |r| {
                format!(
                    "{} / {}",
                    r.classification.overall.toxic_weight, r.classification.overall.healthy_weight
                )
            },
        );
        let verdict = |scope| verdict_words(language, comparison.verdict(index, scope));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            index + 1,
            workshop.date,
            workshop.title.replace('|', "\\|"),
            workshop.sales,
            workshop.product,
            verdict(Scope::Overall),
            verdict(Scope::Sales),
            verdict(Scope::Product),
            weights
        );
    }
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        if workshop.results.is_none() {
            let _ = writeln!(
                out,
                "\n{}",
                language.text_with(
                    "compare-report-below-floor",
                    &[("number", (index + 1).into())]
                )
            );
        }
    }
    stability_markdown(out, comparison);
}

/// Whether each verdict holds whichever single answer is left out.
fn stability_markdown(out: &mut String, comparison: &Comparison) {
    let mut lines = String::new();
    for index in 0..comparison.workshops.len() {
        for scope in Scope::ALL {
            if let Some(words) = comparison.stability_words(index, scope) {
                let scope = comparison.language.text(match scope {
                    Scope::Overall => "export-scope-inline-overall",
                    Scope::Sales => "export-scope-inline-sales",
                    Scope::Product => "export-scope-inline-product",
                });
                let _ = writeln!(lines, "- #{} {scope}: {words}", index + 1);
            }
        }
    }
    if !lines.is_empty() {
        let _ = write!(
            out,
            "\n{}\n\n{lines}",
            comparison.language.text("compare-report-hinge-question")
        );
    }
}

/// Friction level and perception gap per workshop, with the change from the one before.
fn friction_markdown(out: &mut String, comparison: &Comparison) {
    let language = comparison.language;
    let _ = writeln!(
        out,
        "\n## {}\n",
        language.text("compare-report-friction-heading")
    );
    let _ = writeln!(
        out,
        "{}",
        head(
            language,
            &[
                ("#", false),
                ("compare-report-sales", true),
                ("compare-report-product", true),
                ("compare-report-perception-gap", true),
                ("compare-report-sales-change", false),
                ("compare-report-product-change", false),
                ("compare-report-gap-change", false),
            ]
        )
    );
    for index in 0..comparison.workshops.len() {
        let previous = index.checked_sub(1);
        let at = |i: Option<usize>, f: Function| i.and_then(|i| comparison.friction_level(i, f));
        let gap_change = match (
            previous.and_then(|i| comparison.perception_gap(i)),
            comparison.perception_gap(index),
        ) {
            (Some(from), Some(to)) => format!(
                "{} {}",
                signed(language, to.abs() - from.abs()),
                arrow(language, to.abs() - from.abs(), true)
            ),
            _ => String::from("–"),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            index + 1,
            number(
                language,
                comparison.friction_level(index, Function::Sales),
                false
            ),
            number(
                language,
                comparison.friction_level(index, Function::Product),
                false
            ),
            number(language, comparison.perception_gap(index), true),
            change(
                language,
                at(previous, Function::Sales),
                at(Some(index), Function::Sales),
                true
            ),
            change(
                language,
                at(previous, Function::Product),
                at(Some(index), Function::Product),
                true
            ),
            gap_change
        );
    }
}

/// Each relationship answer's share per workshop and function, beside the study.
fn relationship_markdown(out: &mut String, comparison: &Comparison) {
    let language = comparison.language;
    let _ = writeln!(
        out,
        "\n## {}\n",
        language.text("compare-report-relationship-heading")
    );
    let mut header = format!("| {} |", language.text("compare-report-answer"));
    let mut rule = String::from("|---|");
    for index in 0..comparison.workshops.len() {
        for id in [
            "compare-report-number-sales",
            "compare-report-number-product",
        ] {
            let name = language.text_with(id, &[("number", (index + 1).into())]);
            let _ = write!(header, " {name} |");
        }
        rule.push_str("---:|---:|");
    }
    let _ = writeln!(out, "{header} {} |\n{rule}---:|", study_column(language));
    for answer in Relationship::ALL {
        let mut row = format!("| {} |", comparison.names.relationship(answer));
        for index in 0..comparison.workshops.len() {
            for scope in [Scope::Sales, Scope::Product] {
                let share = comparison.share(index, scope, answer);
                let _ = write!(
                    row,
                    " {} |",
                    share.map_or_else(|| String::from("–"), |share| language.percent(share, 1))
                );
            }
        }
        let _ = writeln!(out, "{row} {} |", study_share_label(answer, language));
    }
}

pub use super::report_html::html;
pub use super::report_json::{JsonComparison, JsonCounts, JsonLevels, JsonWorkshop, json};
