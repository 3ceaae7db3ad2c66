//! What the comparison screen says about each step from one workshop to the next, and what
//! festers: part of [`super::lines::ComparisonLines`], written once per comparison
//! and language.

use crate::compare::{Compared, Comparison, is_better};
use crate::domain::Function;
use crate::i18n::Language;
use crate::metrics::Scope;

use crate::ui::style::widgets::{signed, verdict_badge_words};

/// What changed from one workshop to the next.
pub struct Step {
    pub heading: String,
    pub verdicts: String,
    /// Each function's friction level before and after, when both are known.
    pub levels: Vec<String>,
    /// The statements that moved most.
    pub movers: Vec<String>,
    /// "Festering: …", when a toxic finding fired in both.
    pub festering: Option<String>,
    /// Whether the earlier workshop's actions were done: a line, then one per action.
    pub actions: Vec<String>,
}

/// The titles of the toxic findings that fired in workshop `index` and the one before it.
pub fn festering(comparison: &Comparison, index: usize) -> Option<String> {
    let festering = comparison.festering(index);
    (!festering.is_empty()).then(|| comparison.rule_titles(&festering))
}

/// "better" or "worse" in words, with an arrow the default fonts have.
fn direction_words(language: Language, change: f64, better: Option<bool>) -> String {
    let change_text = signed(language, Some(change));
    let Some(better) = better else {
        return language.text_with("compare-no-clear-change", &[("change", change_text.into())]);
    };
    let arrow = if change < 0.0 { "⏷" } else { "⏶" };
    let id = if better {
        "compare-better"
    } else {
        "compare-worse"
    };
    language.text_with(
        id,
        &[("arrow", arrow.into()), ("change", change_text.into())],
    )
}

/// What changed from workshop `index - 1` to workshop `index`.
pub fn step(comparison: &Comparison, index: usize, language: Language) -> Step {
    let (previous, current) = (
        &comparison.workshops[index - 1],
        &comparison.workshops[index],
    );
    let verdict = |index| verdict_badge_words(comparison.verdict(index, Scope::Overall), language);
    let levels = Function::ALL
        .into_iter()
        .filter_map(|function| {
            let from = comparison.friction_level(index - 1, function)?;
            let to = comparison.friction_level(index, function)?;
            let id = match function {
                Function::Sales => "compare-level-step-sales",
                Function::Product => "compare-level-step-product",
            };
            let direction = direction_words(language, to - from, is_better(to - from, true));
            Some(language.text_with(
                id,
                &[
                    ("from", language.decimal(from, 2).into()),
                    ("to", language.decimal(to, 2).into()),
                    ("direction", direction.into()),
                ],
            ))
        })
        .collect();
    let movers = comparison
        .movers(index, 3)
        .into_iter()
        .map(|moved| {
            let direction =
                direction_words(language, moved.change(), comparison.is_better_move(&moved));
            language.text_with(
                "compare-mover",
                &[
                    (
                        "statement",
                        comparison.statement_label(&moved.statement).into(),
                    ),
                    ("from", language.decimal(moved.from, 2).into()),
                    ("to", language.decimal(moved.to, 2).into()),
                    ("direction", direction.into()),
                ],
            )
        })
        .collect();
    Step {
        heading: language.text_with(
            "compare-step",
            &[
                ("from", previous.date.to_string().into()),
                ("to", current.date.to_string().into()),
            ],
        ),
        verdicts: language.text_with(
            "compare-verdict-step",
            &[
                ("before", verdict(index - 1).into()),
                ("after", verdict(index).into()),
            ],
        ),
        levels,
        movers,
        festering: festering(comparison, index)
            .map(|rules| language.text_with("compare-festering", &[("rules", rules.into())])),
        actions: actions(previous, language),
    }
}

/// Whether the earlier workshop's actions were done: a line, then one per action.
fn actions(previous: &Compared, language: Language) -> Vec<String> {
    if previous.actions.is_empty() {
        return Vec::new();
    }
    let done = previous.actions.iter().filter(|a| a.done).count();
    let mut lines = vec![language.text_with(
        "compare-actions",
        &[
            ("date", previous.date.to_string().into()),
            ("done", done.to_string().into()),
            ("count", previous.actions.len().into()),
        ],
    )];
    lines.extend(
        previous
            .actions
            .iter()
            .map(|action| format!("   {} {}", if action.done { "☑" } else { "☐" }, action.text)),
    );
    lines
}
