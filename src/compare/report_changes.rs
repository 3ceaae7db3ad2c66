//! The comparison's steps in its language: what changed from one workshop to the next.

use std::fmt::Write as _;

use super::Comparison;
use super::report_words::{signed, verdict_words};
use crate::metrics::Scope;

/// Verdict, movers, festering findings and the previous actions, step by step.
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
        for moved in &comparison.movers(index, 3) {
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
                        ("change", signed(language, moved.change()).into()),
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
