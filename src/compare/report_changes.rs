//! The comparison's steps in its language: what changed from one workshop to the next, as
//! lines the summary and the details both use.

use super::Comparison;
use super::change_words::{REPORT_ARROWS, direction_words, gap_words};
use super::changes::{Move, StepChanges};
use super::details::ListLine;
use super::report_words::{signed, verdict_words};
use crate::domain::Function;
use crate::metrics::Scope;

/// One step of the details: "#1 → #2" and what changed.
pub struct Step {
    pub heading: String,
    pub lines: Vec<ListLine>,
}

/// Verdict, friction levels and the gap, movers, festering findings and the previous
/// actions, step by step; then, with more than two workshops, the first to the newest.
pub(super) fn steps(comparison: &Comparison) -> Vec<Step> {
    let count = comparison.workshops.len();
    let mut steps: Vec<Step> = (1..count)
        .map(|index| {
            let mut lines = vec![verdict_line(comparison, index - 1, index)];
            if let Some(changes) = comparison.changes(index) {
                lines.extend(level_lines(comparison, changes));
            }
            lines.extend(
                detailed_moves(comparison, index)
                    .iter()
                    .map(|moved| mover_line(comparison, moved)),
            );
            lines.extend(festering_line(comparison, index));
            lines.extend(actions_line(comparison, index));
            Step {
                heading: format!("#{} → #{}", index, index + 1),
                lines,
            }
        })
        .collect();
    if let Some(series) = &comparison.series {
        let mut lines = vec![verdict_line(comparison, 0, count - 1)];
        lines.extend(level_lines(comparison, series));
        steps.push(Step {
            heading: format!("#1 → #{count}"),
            lines,
        });
    }
    steps
}

/// The statements a step's details name: every one whose change is likely real, largest
/// first, and at least the three that moved most.
fn detailed_moves(comparison: &Comparison, index: usize) -> Vec<Move> {
    const AT_LEAST: usize = 3;
    comparison
        .movers(index, usize::MAX)
        .into_iter()
        .enumerate()
        .filter(|(rank, moved)| *rank < AT_LEAST || moved.chance.likely_real())
        .map(|(_, moved)| moved)
        .collect()
}

/// "Verdict: ⚠ Toxic → ✔ Healthy".
fn verdict_line(comparison: &Comparison, before: usize, after: usize) -> ListLine {
    let language = comparison.language;
    let words = |index| verdict_words(language, comparison.verdict(index, Scope::Overall));
    ListLine::new(language.text_with(
        "compare-report-verdict-change",
        &[
            ("before", words(before).into()),
            ("after", words(after).into()),
        ],
    ))
}

/// Each team's friction level and the perception gap, before and after, each with whether
/// its change could be chance.
pub(super) fn level_lines(comparison: &Comparison, changes: &StepChanges) -> Vec<ListLine> {
    let language = comparison.language;
    let mut lines = Vec::new();
    for function in Function::ALL {
        let Some(change) = changes.level(function) else {
            continue;
        };
        let direction = direction_words(
            language,
            REPORT_ARROWS,
            change.shown_difference(),
            changes.level_better(function),
            &change.chance,
        );
        let id = match function {
            Function::Sales => "compare-report-level-sales",
            Function::Product => "compare-report-level-product",
        };
        lines.push(ListLine::new(language.text_with(
            id,
            &[
                ("from", language.decimal(change.from, 2).into()),
                ("to", language.decimal(change.to, 2).into()),
                ("direction", direction.into()),
            ],
        )));
    }
    if let Some(gap) = &changes.gap {
        lines.push(ListLine::new(language.text_with(
            "compare-report-gap-step",
            &[
                ("from", signed(language, gap.from).into()),
                ("to", signed(language, gap.to).into()),
                ("direction", gap_words(language, gap).into()),
            ],
        )));
    }
    lines
}

/// "Average for “Gets personal”: 3.58 → 2.71 (↓ -0.87, better: likely a real change)".
pub(super) fn mover_line(comparison: &Comparison, moved: &Move) -> ListLine {
    let language = comparison.language;
    let direction = direction_words(
        language,
        REPORT_ARROWS,
        moved.shown_change(),
        comparison.is_better_move(moved),
        &moved.chance,
    );
    ListLine::new(language.text_with(
        "compare-report-moved",
        &[
            (
                "statement",
                comparison.names.statement(&moved.statement).into(),
            ),
            ("from", language.decimal(moved.from, 2).into()),
            ("to", language.decimal(moved.to, 2).into()),
            ("direction", direction.into()),
        ],
    ))
}

/// "⚠ Festering (toxic in both): …", when a toxic finding fired in both workshops.
pub(super) fn festering_line(comparison: &Comparison, index: usize) -> Option<ListLine> {
    let festering = comparison.festering(index);
    (!festering.is_empty()).then(|| {
        ListLine::marked(
            "⚠",
            comparison.language.text_with(
                "compare-report-festering",
                &[("rules", comparison.rule_titles(&festering).into())],
            ),
        )
    })
}

/// The actions of the workshop before `index`, how many are done, and each ticked or not.
fn actions_line(comparison: &Comparison, index: usize) -> Option<ListLine> {
    let previous = &comparison.workshops[index - 1];
    if previous.actions.is_empty() {
        return None;
    }
    let done = previous.actions.iter().filter(|a| a.done).count();
    let mut line = ListLine::new(comparison.language.text_with(
        "compare-report-actions-done",
        &[
            ("number", index.into()),
            ("done", done.into()),
            ("count", previous.actions.len().into()),
        ],
    ));
    line.under = previous
        .actions
        .iter()
        .map(|action| ListLine::marked(if action.done { "☑" } else { "☐" }, action.text.clone()))
        .collect();
    Some(line)
}
