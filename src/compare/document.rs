//! Everything a comparison report says, made once in its language: the summary first, then
//! the details. `report` writes it as Markdown and HTML, `report_pdf` as a PDF.

use super::Comparison;
use super::brief::ComparisonBrief;
use super::details::{ListLine, ReportTable};
use super::report_changes::{Step, steps};
use super::report_tables::{
    below_floor, chance_method, friction_table, relationship_table, stability_lines, verdicts_table,
};
use super::report_words::title;

pub struct ComparisonDocument {
    /// "Comparison of 3 workshops".
    pub title: String,
    pub brief: ComparisonBrief,
    /// One row per workshop: counts, verdicts and their weights.
    pub workshops: ReportTable,
    pub below_floor: Vec<String>,
    /// Whether each verdict hinges on one answer.
    pub stability: Vec<ListLine>,
    pub friction: ReportTable,
    pub chance_method: Option<String>,
    pub relationship: ReportTable,
    pub steps: Vec<Step>,
    /// Which statements were left out because not every questionnaire has them.
    pub left_out: Option<String>,
}

impl ComparisonDocument {
    pub fn new(comparison: &Comparison) -> Self {
        Self {
            title: title(comparison),
            brief: ComparisonBrief::new(comparison),
            workshops: verdicts_table(comparison),
            below_floor: below_floor(comparison),
            stability: stability_lines(comparison),
            friction: friction_table(comparison),
            chance_method: chance_method(comparison),
            relationship: relationship_table(comparison),
            steps: steps(comparison),
            left_out: left_out(comparison),
        }
    }
}

fn left_out(comparison: &Comparison) -> Option<String> {
    if comparison.left_out.is_empty() {
        return None;
    }
    let left_out = comparison
        .left_out
        .iter()
        .map(|key| comparison.names.statement(key))
        .collect::<Vec<_>>()
        .join(", ");
    Some(comparison.language.text_with(
        "compare-report-left-out",
        &[
            ("shared", comparison.shared_statements.len().into()),
            ("left", left_out.into()),
        ],
    ))
}
