//! The comparison's tables in its language: verdicts per workshop, friction levels and the
//! perception gap, and the relationship answers beside the study.

use super::Comparison;
use super::details::{ListLine, ReportTable};
use super::report_words::{change_cell, number, verdict_words};
use crate::domain::{Function, Relationship};
use crate::metrics::Scope;
use crate::metrics::benchmark::{study_column, study_share_label};

/// The table's columns from message ids, each with whether it holds numbers.
fn columns(comparison: &Comparison, ids: &[(&str, bool)]) -> Vec<(String, bool)> {
    ids.iter()
        .map(|(id, numeric)| {
            let heading = if id.starts_with('#') {
                (*id).to_owned()
            } else {
                comparison.language.text(id)
            };
            (heading, *numeric)
        })
        .collect()
}

/// One row per workshop: counts and verdicts, and the weights the verdicts rest on.
pub(super) fn verdicts_table(comparison: &Comparison) -> ReportTable {
    let language = comparison.language;
    let mut table = ReportTable::new(columns(
        comparison,
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
        ],
    ))
    // The date and the verdicts ("✔ Healthy") each on one line.
    .keeping_whole(1)
    .keeping_whole(5)
    .keeping_whole(6)
    .keeping_whole(7);
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        let weights = comparison.weights(index).map_or_else(
            || language.text("compare-report-withheld"),
            |(toxic, healthy)| format!("{toxic} / {healthy}"),
        );
        let verdict = |scope| verdict_words(language, comparison.verdict(index, scope));
        table.rows.push(vec![
            (index + 1).to_string(),
            workshop.date.to_string(),
            workshop.title.clone(),
            workshop.sales.to_string(),
            workshop.product.to_string(),
            verdict(Scope::Overall),
            verdict(Scope::Sales),
            verdict(Scope::Product),
            weights,
        ]);
    }
    table
}

/// "Workshop 2 is below the anonymity floor: only its counts are compared.", for each.
pub(super) fn below_floor(comparison: &Comparison) -> Vec<String> {
    (0..comparison.workshops.len())
        .filter(|index| comparison.workshops[*index].results.is_none())
        .map(|index| {
            comparison.language.text_with(
                "compare-report-below-floor",
                &[("number", (index + 1).into())],
            )
        })
        .collect()
}

/// Whether each verdict holds whichever single answer is left out.
pub(super) fn stability_lines(comparison: &Comparison) -> Vec<ListLine> {
    let mut lines = Vec::new();
    for index in 0..comparison.workshops.len() {
        for scope in Scope::ALL {
            if let Some(words) = comparison.stability_words(index, scope) {
                let scope = comparison.language.text(match scope {
                    Scope::Overall => "export-scope-inline-overall",
                    Scope::Sales => "export-scope-inline-sales",
                    Scope::Product => "export-scope-inline-product",
                });
                lines.push(ListLine::new(format!("#{} {scope}: {words}", index + 1)));
            }
        }
    }
    lines
}

/// Friction level and perception gap per workshop, with the change from the one before.
pub(super) fn friction_table(comparison: &Comparison) -> ReportTable {
    let language = comparison.language;
    let mut table = ReportTable::new(columns(
        comparison,
        &[
            ("#", false),
            ("compare-report-sales", true),
            ("compare-report-product", true),
            ("compare-report-perception-gap", true),
            ("compare-report-sales-change", false),
            ("compare-report-product-change", false),
            ("compare-report-gap-change", false),
        ],
    ));
    for index in 0..comparison.workshops.len() {
        let changes = comparison.changes(index);
        let level_cell = |function: Function| {
            let change = changes.and_then(|changes| changes.level(function));
            change_cell(
                language,
                change.map_or(0.0, super::changes::Change::shown_difference),
                changes.and_then(|changes| changes.level_better(function)),
                change.map(|change| &change.chance),
            )
        };
        let gap = changes.and_then(|changes| changes.gap.as_ref());
        let gap_cell = change_cell(
            language,
            gap.map_or(0.0, |gap| {
                super::changes::shown(gap.to.abs()) - super::changes::shown(gap.from.abs())
            }),
            changes.and_then(super::changes::StepChanges::gap_better),
            gap.map(|gap| &gap.chance),
        );
        let level = |function| number(language, comparison.friction_level(index, function), false);
        table.rows.push(vec![
            (index + 1).to_string(),
            level(Function::Sales),
            level(Function::Product),
            number(language, comparison.perception_gap(index), true),
            level_cell(Function::Sales),
            level_cell(Function::Product),
            gap_cell,
        ]);
    }
    table
}

/// How "likely real" is decided, when any change was tested.
pub(super) fn chance_method(comparison: &Comparison) -> Option<String> {
    comparison
        .changes
        .iter()
        .chain(&comparison.series)
        .any(super::changes::StepChanges::any)
        .then(|| comparison.language.text("compare-report-chance-method"))
}

/// Each relationship answer's share per workshop and function, beside the study.
pub(super) fn relationship_table(comparison: &Comparison) -> ReportTable {
    let language = comparison.language;
    let mut columns = vec![(language.text("compare-report-answer"), false)];
    for index in 0..comparison.workshops.len() {
        for id in [
            "compare-report-number-sales",
            "compare-report-number-product",
        ] {
            columns.push((
                language.text_with(id, &[("number", (index + 1).into())]),
                true,
            ));
        }
    }
    columns.push((study_column(language), true));
    let mut table = ReportTable::new(columns);
    for answer in Relationship::ALL {
        let mut row = vec![comparison.names.relationship(answer)];
        for index in 0..comparison.workshops.len() {
            for scope in [Scope::Sales, Scope::Product] {
                let share = comparison.share(index, scope, answer);
                row.push(
                    share.map_or_else(|| String::from("–"), |share| language.percent(share, 1)),
                );
            }
        }
        row.push(study_share_label(answer, language));
        table.rows.push(row);
    }
    table
}
