//! The comparison's tables in its language: verdicts per workshop, friction levels and the
//! perception gap, and the relationship answers beside the study.

use std::fmt::Write as _;

use super::Comparison;
use super::report_words::{change_cell, head, number, verdict_words};
use crate::domain::{Function, Relationship};
use crate::metrics::Scope;
use crate::metrics::benchmark::{study_column, study_share_label};

/// One row per workshop: counts and verdicts; which ones are below the floor.
pub(super) fn verdicts_markdown(out: &mut String, comparison: &Comparison) {
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
pub(super) fn friction_markdown(out: &mut String, comparison: &Comparison) {
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
        let changes = comparison.changes(index);
        let level_cell = |function: Function| {
            let change = changes.and_then(|changes| changes.level(function));
            change_cell(
                language,
                change.map_or(0.0, super::changes::Change::difference),
                changes.and_then(|changes| changes.level_better(function)),
                change.map(|change| &change.chance),
            )
        };
        let gap = changes.and_then(|changes| changes.gap.as_ref());
        let gap_cell = change_cell(
            language,
            gap.map_or(0.0, |gap| gap.to.abs() - gap.from.abs()),
            changes.and_then(super::changes::StepChanges::gap_better),
            gap.map(|gap| &gap.chance),
        );
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
            level_cell(Function::Sales),
            level_cell(Function::Product),
            gap_cell
        );
    }
    if comparison
        .changes
        .iter()
        .any(|changes| changes.gap.is_some())
    {
        let _ = writeln!(out, "\n{}", language.text("compare-report-chance-method"));
    }
}

/// Each relationship answer's share per workshop and function, beside the study.
pub(super) fn relationship_markdown(out: &mut String, comparison: &Comparison) {
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
