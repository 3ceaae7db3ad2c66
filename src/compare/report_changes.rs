//! The comparison's steps in its language: what changed from one workshop to the next.

use std::fmt::Write as _;

use super::Comparison;
use super::change_words::{REPORT_ARROWS, direction_words, gap_words};
use super::report_words::{signed, verdict_words};
use crate::domain::Function;
use crate::metrics::Scope;

/// Verdict, friction levels and the gap, movers, festering findings and the previous
/// actions, step by step.
pub(super) fn changes_markdown(out: &mut String, comparison: &Comparison) {
    let language = comparison.language;
    let _ = writeln!(
        out,
        "\n## {}\n",
        language.text("compare-report-changes-heading")
    );
    for index in 1..comparison.workshops.len() {
        let _ = writeln!(out, "### #{} → #{}\n", index, index + 1);
        let before = comparison.verdict(index - 1, Scope::Overall);
        let after = comparison.verdict(index, Scope::Overall);
        let _ = writeln!(
            out,
            "- {}",
            language.text_with(
                "compare-report-verdict-change",
                &[
                    ("before", verdict_words(language, before).into()),
                    ("after", verdict_words(language, after).into()),
                ],
            )
        );
        levels_markdown(out, comparison, index);
        for moved in &comparison.movers(index, 3) {
            let direction = direction_words(
                language,
                REPORT_ARROWS,
                moved.change(),
                comparison.is_better_move(moved),
                &moved.chance,
            );
            let _ = writeln!(
                out,
                "- {}",
                language.text_with(
                    "compare-report-moved",
                    &[
                        (
                            "statement",
                            comparison.names.statement(&moved.statement).into()
                        ),
                        ("from", language.decimal(moved.from, 2).into()),
                        ("to", language.decimal(moved.to, 2).into()),
                        ("direction", direction.into()),
                    ],
                )
            );
        }
        let festering = comparison.festering(index);
        if !festering.is_empty() {
            let _ = writeln!(
                out,
                "- ⚠ {}",
                language.text_with(
                    "compare-report-festering",
                    &[("rules", comparison.rule_titles(&festering).into())],
                )
            );
        }
        actions_markdown(out, comparison, index);
        let _ = writeln!(out);
    }
}

/// Each team's friction level and the perception gap, from workshop `index - 1` to
/// `index`, each with whether its change could be chance.
fn levels_markdown(out: &mut String, comparison: &Comparison, index: usize) {
    let language = comparison.language;
    let Some(changes) = comparison.changes(index) else {
        return;
    };
    for function in Function::ALL {
        let Some(change) = changes.level(function) else {
            continue;
        };
        let direction = direction_words(
            language,
            REPORT_ARROWS,
            change.difference(),
            changes.level_better(function),
            &change.chance,
        );
        let id = match function {
            Function::Sales => "compare-report-level-sales",
            Function::Product => "compare-report-level-product",
        };
        let _ = writeln!(
            out,
            "- {}",
            language.text_with(
                id,
                &[
                    ("from", language.decimal(change.from, 2).into()),
                    ("to", language.decimal(change.to, 2).into()),
                    ("direction", direction.into()),
                ],
            )
        );
    }
    if let Some(gap) = &changes.gap {
        let _ = writeln!(
            out,
            "- {}",
            language.text_with(
                "compare-report-gap-step",
                &[
                    ("from", signed(language, gap.from).into()),
                    ("to", signed(language, gap.to).into()),
                    ("direction", gap_words(language, gap).into()),
                ],
            )
        );
    }
}

/// The actions of the workshop before `index`, and how many are done.
fn actions_markdown(out: &mut String, comparison: &Comparison, index: usize) {
    let previous = &comparison.workshops[index - 1];
    if previous.actions.is_empty() {
        return;
    }
    let done = previous.actions.iter().filter(|a| a.done).count();
    let _ = writeln!(
        out,
        "- {}",
        comparison.language.text_with(
            "compare-report-actions-done",
            &[
                ("number", index.into()),
                ("done", done.into()),
                ("count", previous.actions.len().into()),
            ],
        )
    );
    for action in &previous.actions {
        let _ = writeln!(
            out,
            "  - {} {}",
            if action.done { "☑" } else { "☐" },
            action.text.replace('|', "\\|")
        );
    }
}
