//! What the comparison screen says about each step from one workshop to the next, and what
//! festers: part of [`super::lines::ComparisonLines`], written once per comparison
//! and language.

use crate::compare::change_words::{SCREEN_ARROWS, direction_words, gap_words};
use crate::compare::{Compared, Comparison};
use crate::domain::Function;
use crate::i18n::Language;
use crate::metrics::Scope;

use crate::ui::style::widgets::{signed, verdict_badge_words};

/// What changed from one workshop to the next.
pub struct Step {
    pub heading: String,
    pub verdicts: String,
    /// Each function's friction level before and after, then the perception gap, when
    /// known; each says whether its change could be chance.
    pub levels: Vec<String>,
    /// The statements that moved most.
    pub movers: Vec<String>,
    /// "Festering: …", when a toxic finding fired in both.
    pub festering: Option<String>,
    /// Whether the earlier workshop's actions were done: a line, then one per action.
    pub actions: Vec<String>,
}

/// The titles of the toxic findings that fired in workshop `index` and the one before it.
pub fn festering(comparison: &Comparison, index: usize, language: Language) -> Option<String> {
    let festering = comparison.festering(index);
    (!festering.is_empty()).then(|| comparison.rule_titles_in(&festering, language))
}

/// What changed from workshop `index - 1` to workshop `index`.
pub fn step(comparison: &Comparison, index: usize, language: Language) -> Step {
    let (previous, current) = (
        &comparison.workshops[index - 1],
        &comparison.workshops[index],
    );
    let verdict = |index| verdict_badge_words(comparison.verdict(index, Scope::Overall), language);
    let changes = comparison.changes(index);
    let mut levels: Vec<String> = Function::ALL
        .into_iter()
        .filter_map(|function| {
            let changes = changes?;
            let change = changes.level(function)?;
            let id = match function {
                Function::Sales => "compare-level-step-sales",
                Function::Product => "compare-level-step-product",
            };
            let direction = direction_words(
                language,
                SCREEN_ARROWS,
                change.shown_difference(),
                changes.level_better(function),
                &change.chance,
            );
            Some(language.text_with(
                id,
                &[
                    ("from", language.decimal(change.from, 2).into()),
                    ("to", language.decimal(change.to, 2).into()),
                    ("direction", direction.into()),
                ],
            ))
        })
        .collect();
    if let Some(gap) = changes.and_then(|changes| changes.gap.as_ref()) {
        levels.push(language.text_with(
            "compare-gap-step",
            &[
                ("from", signed(language, Some(gap.from)).into()),
                ("to", signed(language, Some(gap.to)).into()),
                ("direction", gap_words(language, gap).into()),
            ],
        ));
    }
    let movers = comparison
        .movers(index, 3)
        .into_iter()
        .map(|moved| {
            let direction = direction_words(
                language,
                SCREEN_ARROWS,
                moved.shown_change(),
                comparison.is_better_move(&moved),
                &moved.chance,
            );
            language.text_with(
                "compare-mover",
                &[
                    (
                        "statement",
                        comparison
                            .statement_label_in(&moved.statement, language)
                            .into(),
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
                ("from", previous.date.written_in(language).into()),
                ("to", current.date.written_in(language).into()),
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
        festering: festering(comparison, index, language)
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
            ("date", previous.date.written_in(language).into()),
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
