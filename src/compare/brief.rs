//! The part of the comparison a manager reads first, made once so the Markdown, the HTML and
//! the PDF say the same: each verdict now and before, what changed since the workshop
//! before and over all of them (each change said likely real or possibly chance), and which
//! of the actions agreed before are done. Words only; the tables are in the details.

use super::Comparison;
use super::brief_actions::{ActionsSection, done_section, newest_section, still_open};
use super::details::ListLine;
use super::report_changes::{festering_line, level_lines, mover_line};
use super::report_words::{date, verdict_words};
use crate::export::summary::scope_word;
use crate::metrics::Scope;
use crate::rules::Verdict;

/// How many statements' changes the summary names at most (the likely real ones, largest
/// first); the details have the others.
const KEY_MOVES: usize = 3;

pub struct ComparisonBrief {
    /// "Northwind Analytics · 3 workshops, 12 February 2026 to 20 August 2026" (the
    /// organisation when every workshop is of the same one).
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
    /// The actions the newest workshop agreed: what comes next.
    pub newest_actions: Option<ActionsSection>,
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

impl ComparisonBrief {
    pub fn new(comparison: &Comparison) -> Self {
        let count = comparison.workshops.len();
        let Some(newest) = count.checked_sub(1) else {
            return Self {
                span: String::new(),
                verdicts: Vec::new(),
                latest: None,
                series: None,
                actions: None,
                still_open: None,
                newest_actions: None,
            };
        };
        let language = comparison.language;
        let span = language.text_with(
            "compare-brief-span",
            &[
                ("count", count.into()),
                ("first", date(comparison, 0).into()),
                ("last", date(comparison, newest).into()),
            ],
        );
        Self {
            span: match shared_organisation(comparison) {
                Some(organisation) => format!("{organisation} · {span}"),
                None => span,
            },
            verdicts: Scope::ALL
                .into_iter()
                .map(|scope| VerdictTrail::new(comparison, scope, newest))
                .collect(),
            latest: (newest >= 1).then(|| latest_section(comparison, newest)),
            series: (newest >= 2).then(|| series_section(comparison, newest)),
            actions: (newest >= 1).then(|| done_section(comparison, newest - 1)),
            still_open: (newest >= 2)
                .then(|| still_open(comparison, newest - 1))
                .flatten(),
            newest_actions: (newest >= 1)
                .then(|| newest_section(comparison, newest))
                .flatten(),
        }
    }
}

/// The organisation every compared workshop is of, if they share one.
pub fn shared_organisation(comparison: &Comparison) -> Option<&str> {
    let organisation = comparison.workshops.first()?.organisation.trim();
    let shared = comparison
        .workshops
        .iter()
        .all(|workshop| workshop.organisation.trim() == organisation);
    (shared && !organisation.is_empty()).then_some(organisation)
}

impl VerdictTrail {
    fn new(comparison: &Comparison, scope: Scope, newest: usize) -> Self {
        let language = comparison.language;
        let now = comparison.verdict(newest, scope);
        let before = newest
            .checked_sub(1)
            .map(|index| match comparison.verdict(index, scope) {
                before if before == now => language.text("compare-brief-same"),
                Verdict::Insufficient => language.text("compare-brief-was-unknown"),
                before => language.text_with(
                    "compare-brief-was",
                    &[("before", verdict_words(language, before).into())],
                ),
            });
        let trail = (newest >= 2).then(|| {
            let icons: Vec<&str> = (0..=newest)
                .map(|index| comparison.verdict(index, scope).icon())
                .collect();
            language.text_with(
                "compare-brief-trail",
                &[
                    ("count", (newest + 1).into()),
                    ("trail", icons.join(" → ").into()),
                ],
            )
        });
        Self {
            scope_word: scope_word(language, scope),
            now,
            now_words: verdict_words(language, now),
            before,
            trail,
        }
    }
}

/// Since the workshop before: both teams' levels, the gap, the statements whose change is
/// likely real, and festering findings; or why nothing is compared.
fn latest_section(comparison: &Comparison, newest: usize) -> ChangeSection {
    let language = comparison.language;
    let heading = language.text_with(
        "compare-brief-latest",
        &[
            ("from", date(comparison, newest - 1).into()),
            ("to", date(comparison, newest).into()),
        ],
    );
    let Some(changes) = comparison.changes(newest).filter(|changes| changes.any()) else {
        return withheld_section(comparison, heading, &[newest - 1, newest]);
    };
    let mut lines = level_lines(comparison, changes);
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

/// From the first workshop to the newest: both teams' levels and the gap; or why nothing is
/// compared.
fn series_section(comparison: &Comparison, newest: usize) -> ChangeSection {
    let heading = comparison.language.text_with(
        "compare-brief-series",
        &[
            ("from", date(comparison, 0).into()),
            ("to", date(comparison, newest).into()),
        ],
    );
    match &comparison.series {
        Some(changes) => ChangeSection {
            heading,
            lines: level_lines(comparison, changes),
            note: None,
        },
        None => withheld_section(comparison, heading, &[0, newest]),
    }
}

/// A step with nothing compared: which of its workshops is below the anonymity floor.
fn withheld_section(comparison: &Comparison, heading: String, ends: &[usize]) -> ChangeSection {
    let below = ends.iter().find(|index| {
        comparison
            .workshops
            .get(**index)
            .is_some_and(|workshop| workshop.results.is_none())
    });
    ChangeSection {
        heading,
        lines: Vec::new(),
        note: below.map(|index| {
            comparison.language.text_with(
                "compare-brief-below-floor",
                &[("date", date(comparison, *index).into())],
            )
        }),
    }
}
