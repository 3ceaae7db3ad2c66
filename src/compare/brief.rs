//! The part of the comparison a manager reads first, made once so the Markdown, the HTML and
//! the PDF say the same: each verdict now and before, what changed since the workshop
//! before and over all of them (each change said likely real or possibly chance), and which
//! of the actions agreed before are done. Words only; the tables are in the details.

use super::Comparison;
use super::changes::StepChanges;
use super::details::{ListLine, ReportTable};
use super::report_changes::{festering_line, level_lines, mover_line};
use super::report_words::verdict_words;
use crate::domain::ActionItem;
use crate::export::summary::with_person;
use crate::metrics::Scope;
use crate::rules::Verdict;

/// How many statements' changes the summary names at most (the likely real ones, largest
/// first); the details have the others.
pub const KEY_MOVES: usize = 3;

pub struct ComparisonBrief {
    /// "3 workshops, 12 February 2026 to 20 August 2026".
    pub span: String,
    pub verdicts: Vec<VerdictTrail>,
    /// What changed since the workshop before the newest.
    pub latest: Option<ChangeSection>,
    /// What changed from the first workshop to the newest, when there are more than two.
    pub series: Option<ChangeSection>,
    /// The actions agreed at the workshop before the newest: were they done?
    pub actions: Option<ActionsSection>,
    /// Actions still open from the workshops before that.
    pub still_open: Option<ActionsSection>,
}

/// One scope's verdict now and before.
pub struct VerdictTrail {
    pub scope_word: String,
    pub now: Verdict,
    /// "✔ Healthy".
    pub now_words: String,
    /// "was ⚠ Toxic", "as before"; `None` for a single workshop.
    pub before: Option<String>,
    /// "over the 3 workshops: ⚠ → ⚠ → ✔", oldest first, when there are more than two.
    pub trail: Option<String>,
}

pub struct ChangeSection {
    pub heading: String,
    pub lines: Vec<ListLine>,
    /// "No statement's average changed by more than chance would give." and the like.
    pub note: Option<String>,
}

pub struct ActionsSection {
    pub heading: String,
    pub table: ReportTable,
}

impl ComparisonBrief {
    pub fn new(comparison: &Comparison) -> Self {
        let language = comparison.language;
        let count = comparison.workshops.len();
        let date = |index: usize| comparison.workshops[index].date.written_in(language);
        let newest = count.saturating_sub(1);
        let span = if count == 0 {
            String::new()
        } else {
            language.text_with(
                "compare-brief-span",
                &[
                    ("count", count.into()),
                    ("first", date(0).into()),
                    ("last", date(newest).into()),
                ],
            )
        };
        Self {
            span,
            verdicts: Scope::ALL
                .into_iter()
                .filter(|_| count > 0)
                .map(|scope| VerdictTrail::new(comparison, scope))
                .collect(),
            latest: (count >= 2).then(|| latest_section(comparison, newest)),
            series: comparison
                .series
                .as_ref()
                .filter(|_| count > 2)
                .map(|changes| series_section(comparison, changes)),
            actions: (count >= 2).then(|| done_section(comparison, newest - 1)),
            still_open: (count >= 3)
                .then(|| still_open(comparison, newest - 1))
                .flatten(),
        }
    }
}

impl VerdictTrail {
    fn new(comparison: &Comparison, scope: Scope) -> Self {
        let language = comparison.language;
        let count = comparison.workshops.len();
        let newest = count - 1;
        let now = comparison.verdict(newest, scope);
        let before = newest.checked_sub(1).map(|index| {
            let before = comparison.verdict(index, scope);
            if before == now {
                language.text("compare-brief-same")
            } else {
                language.text_with(
                    "compare-brief-was",
                    &[("before", verdict_words(language, before).into())],
                )
            }
        });
        let trail = (count > 2).then(|| {
            let icons: Vec<&str> = (0..count)
                .map(|index| comparison.verdict(index, scope).icon())
                .collect();
            language.text_with(
                "compare-brief-trail",
                &[("count", count.into()), ("trail", icons.join(" → ").into())],
            )
        });
        Self {
            scope_word: language.text(match scope {
                Scope::Overall => "export-scope-overall",
                Scope::Sales => "export-scope-sales",
                Scope::Product => "export-scope-product",
            }),
            now,
            now_words: verdict_words(language, now),
            before,
            trail,
        }
    }
}

/// Since the workshop before: the verdict, both teams' levels, the gap, the statements
/// whose change is likely real, and festering findings.
fn latest_section(comparison: &Comparison, newest: usize) -> ChangeSection {
    let language = comparison.language;
    let date = |index: usize| comparison.workshops[index].date.written_in(language);
    let heading = language.text_with(
        "compare-brief-latest",
        &[
            ("from", date(newest - 1).into()),
            ("to", date(newest).into()),
        ],
    );
    let mut lines = Vec::new();
    let Some(changes) = comparison
        .changes(newest)
        .filter(|changes| changes.gap.is_some() || changes.levels.iter().any(Option::is_some))
    else {
        let withheld = (newest - 1..=newest)
            .find(|index| comparison.workshops[*index].results.is_none())
            .map(|index| {
                language.text_with("compare-brief-below-floor", &[("date", date(index).into())])
            });
        return ChangeSection {
            heading,
            lines,
            note: withheld,
        };
    };
    lines.extend(level_lines(comparison, changes));
    let real: Vec<_> = comparison
        .movers(newest, usize::MAX)
        .into_iter()
        .filter(|moved| moved.chance.likely_real())
        .collect();
    lines.extend(
        real.iter()
            .take(KEY_MOVES)
            .map(|moved| mover_line(comparison, moved)),
    );
    lines.extend(festering_line(comparison, newest));
    let note = if real.is_empty() {
        Some(language.text("compare-brief-no-real-move"))
    } else {
        (real.len() > KEY_MOVES).then(|| {
            language.text_with(
                "compare-brief-more-moves",
                &[("count", (real.len() - KEY_MOVES).into())],
            )
        })
    };
    ChangeSection {
        heading,
        lines,
        note,
    }
}

/// From the first workshop to the newest: both teams' levels and the gap.
fn series_section(comparison: &Comparison, changes: &StepChanges) -> ChangeSection {
    let language = comparison.language;
    let count = comparison.workshops.len();
    let date = |index: usize| comparison.workshops[index].date.written_in(language);
    ChangeSection {
        heading: language.text_with(
            "compare-brief-series",
            &[
                ("count", count.into()),
                ("from", date(0).into()),
                ("to", date(count - 1).into()),
            ],
        ),
        lines: level_lines(comparison, changes),
        note: None,
    }
}

/// The actions agreed at workshop `index`, each done or open.
fn done_section(comparison: &Comparison, index: usize) -> ActionsSection {
    let language = comparison.language;
    let workshop = &comparison.workshops[index];
    let done = workshop.actions.iter().filter(|action| action.done).count();
    let date = workshop.date.written_in(language);
    let heading = if workshop.actions.is_empty() {
        language.text_with("compare-brief-no-actions", &[("date", date.into())])
    } else {
        language.text_with(
            "compare-brief-actions",
            &[
                ("date", date.into()),
                ("done", done.into()),
                ("count", workshop.actions.len().into()),
            ],
        )
    };
    let mut table = actions_table(comparison, false);
    for action in &workshop.actions {
        table.rows.push(action_row(comparison, action, None));
    }
    ActionsSection { heading, table }
}

/// Open actions of the workshops before `index`, oldest first; `None` when all are done.
fn still_open(comparison: &Comparison, index: usize) -> Option<ActionsSection> {
    let language = comparison.language;
    let mut table = actions_table(comparison, true);
    for workshop in &comparison.workshops[..index] {
        let agreed = workshop.date.written_in(language);
        for action in workshop.actions.iter().filter(|action| !action.done) {
            table
                .rows
                .push(action_row(comparison, action, Some(agreed.clone())));
        }
    }
    (!table.rows.is_empty()).then(|| ActionsSection {
        heading: language.text("compare-brief-still-open"),
        table,
    })
}

fn actions_table(comparison: &Comparison, with_agreed: bool) -> ReportTable {
    let language = comparison.language;
    let mut columns = vec![(language.text("export-action"), false)];
    if with_agreed {
        columns.push((language.text("compare-brief-agreed"), false));
    }
    columns.extend([
        (language.text("export-owner"), false),
        (language.text("export-due"), false),
        (language.text("export-status"), false),
    ]);
    ReportTable::new(columns)
}

fn action_row(comparison: &Comparison, action: &ActionItem, agreed: Option<String>) -> Vec<String> {
    let language = comparison.language;
    let mut row = vec![action.text.clone()];
    row.extend(agreed);
    row.extend([
        with_person(action.owner.name(language), &action.owner_name),
        action
            .due
            .map_or_else(|| String::from("–"), |due| due.written_in(language)),
        language.text(if action.done {
            "export-status-done"
        } else {
            "export-status-open"
        }),
    ]);
    row
}
