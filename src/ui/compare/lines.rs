//! The comparison as its screen says it: every row of its tables, the trend's series and
//! every sentence of its steps, written once per comparison and language of the screens
//! ([`ComparisonScreen::lines`]). `view` and `tables` only draw them.

use std::sync::Arc;

use crate::compare::{Compared, Comparison};
use crate::domain::{Function, Questionnaire, Relationship};
use crate::i18n::Language;
use crate::metrics::Scope;
use crate::metrics::benchmark::study_share;
use crate::rules::Verdict;

use super::steps::{Step, festering, step};
use crate::ui::style::culled_rows::next_revision;
use crate::ui::style::kept::Kept;
use crate::ui::style::widgets::{mean, percent, signed, verdict_badge_words};

/// The comparison on screen, with its lines kept for the screens' language.
pub struct ComparisonScreen {
    /// Never replaced while shown: its lines are kept for it. Shared with an export's
    /// thread, which renders it there.
    comparison: Arc<Comparison>,
    lines: Kept<ComparisonLines>,
}

impl ComparisonScreen {
    pub fn new(comparison: Comparison) -> Self {
        Self {
            comparison: Arc::new(comparison),
            lines: Kept::default(),
        }
    }

    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// The comparison, to render an export of it on another thread.
    pub fn shared(&self) -> Arc<Comparison> {
        Arc::clone(&self.comparison)
    }

    /// What the screen says in `language`, made once per language (the comparison does
    /// not change while it is shown).
    pub fn lines(&self, language: Language) -> std::rc::Rc<ComparisonLines> {
        self.lines.get(language, 0, || {
            ComparisonLines::new(&self.comparison, language)
        })
    }
}

/// Everything the comparison screen says, in one language.
pub struct ComparisonLines {
    /// Unique to these lines, so the page's layout measurements of them can be kept.
    pub revision: u64,
    pub title: String,
    /// One row per workshop: answers, verdicts and weights.
    pub workshops: Vec<WorkshopRow>,
    /// What the tables leave out and which verdicts hinge on one answer, line by line.
    pub notes: Vec<String>,
    pub trend: Trend,
    /// One row per workshop: friction levels, the gap and what festers.
    pub friction: Vec<FrictionRow>,
    pub shares: Shares,
    /// What changed from each workshop to the next, from the second on.
    pub steps: Vec<Step>,
}

pub struct WorkshopRow {
    pub date: String,
    pub title: String,
    pub sales: String,
    pub product: String,
    /// Overall, sales and product, each with its icon and word.
    pub verdicts: [(Verdict, String); 3],
    /// "toxic / healthy" weight, or withheld.
    pub weights: String,
}

/// Friction levels and the gap over time, workshop by workshop: the `i`th workshop at x = `i`
/// (see `date_axis`).
pub struct Trend {
    /// Each workshop's date, in date order.
    pub dates: Vec<String>,
    pub sales: Vec<[f64; 2]>,
    pub product: Vec<[f64; 2]>,
    pub gap: Vec<[f64; 2]>,
    /// The series' names: sales, product, the gap.
    pub names: [String; 3],
    /// What the chart shows, for screen readers.
    pub description: String,
}

pub struct FrictionRow {
    pub date: String,
    pub sales: String,
    pub product: String,
    pub gap: String,
    /// "⚠ …" with the titles of the findings that fester; `None` when none does.
    pub festering: Option<String>,
}

/// Each relationship answer's share per workshop and function, beside the 2014 study.
pub struct Shares {
    /// "Sales 2026-01-15", "Product 2026-01-15", …
    pub columns: Vec<String>,
    pub rows: Vec<SharesRow>,
}

pub struct SharesRow {
    pub answer: String,
    pub shares: Vec<String>,
    /// The study's own figure, to its two decimals.
    pub study: String,
}

impl ComparisonLines {
    pub fn new(comparison: &Comparison, language: Language) -> Self {
        let workshops = &comparison.workshops;
        Self {
            revision: next_revision(),
            title: language.text_with("compare-title", &[("count", workshops.len().into())]),
            workshops: (0..workshops.len())
                .zip(workshops)
                .map(|(index, workshop)| workshop_row(comparison, index, workshop, language))
                .collect(),
            notes: notes(comparison, language),
            trend: trend(comparison, language),
            friction: (0..workshops.len())
                .zip(workshops)
                .map(|(index, workshop)| FrictionRow {
                    date: workshop.date.to_string(),
                    sales: mean(language, comparison.friction_level(index, Function::Sales)),
                    product: mean(
                        language,
                        comparison.friction_level(index, Function::Product),
                    ),
                    gap: signed(language, comparison.perception_gap(index)),
                    festering: festering(comparison, index, language)
                        .map(|titles| format!("⚠ {titles}")),
                })
                .collect(),
            shares: shares(comparison, language),
            steps: (1..workshops.len())
                .map(|index| step(comparison, index, language))
                .collect(),
        }
    }
}

fn workshop_row(
    comparison: &Comparison,
    index: usize,
    workshop: &Compared,
    language: Language,
) -> WorkshopRow {
    WorkshopRow {
        date: workshop.date.to_string(),
        title: workshop.title.clone(),
        sales: language.count(workshop.sales),
        product: language.count(workshop.product),
        verdicts: Scope::ALL.map(|scope| {
            let verdict = comparison.verdict(index, scope);
            (verdict, verdict_badge_words(verdict, language))
        }),
        weights: comparison.weights(index).map_or_else(
            || language.text("compare-withheld"),
            |(toxic, healthy)| format!("{toxic} / {healthy}"),
        ),
    }
}

/// What the tables leave out: workshops below the floor, statements not shared; whether
/// each workshop's verdicts hinge on one answer; and when a change is called real.
fn notes(comparison: &Comparison, language: Language) -> Vec<String> {
    let mut notes: Vec<String> = comparison
        .workshops
        .iter()
        .filter(|workshop| workshop.results.is_none())
        .map(|workshop| {
            language.text_with(
                "compare-below-floor",
                &[("date", workshop.date.written_in(language).into())],
            )
        })
        .collect();
    for workshop in &comparison.workshops {
        stability_notes(workshop, language, &mut notes);
    }
    if !comparison.left_out.is_empty() {
        let left_out: Vec<String> = comparison
            .left_out
            .iter()
            .map(|key| comparison.statement_label_in(key, language))
            .collect();
        notes.push(language.text_with(
            "compare-left-out",
            &[
                ("count", comparison.shared_statements.len().into()),
                ("left", left_out.join(", ").into()),
            ],
        ));
    }
    if comparison
        .changes
        .iter()
        .any(|changes| changes.gap.is_some())
    {
        notes.push(language.text("compare-chance-note"));
    }
    notes
}

/// Whether a workshop's verdicts hinge on one answer: one line when none does, else one per
/// verdict that does (or that cannot be checked).
fn stability_notes(workshop: &Compared, language: Language, notes: &mut Vec<String>) {
    let Some(results) = workshop.results.as_ref() else {
        return;
    };
    let notable: Vec<(Scope, String)> = Scope::ALL
        .into_iter()
        .filter_map(|scope| {
            let stability = results.stability.scope(scope);
            let holds = stability.checked > 0 && stability.robust() == Some(true);
            Some((scope, stability.words(language)?)).filter(|_| !holds)
        })
        .collect();
    let date = workshop.date.written_in(language);
    if notable.is_empty() {
        notes.push(language.text_with("compare-all-hold", &[("date", date.as_str().into())]));
    }
    for (scope, words) in notable {
        let id = match scope {
            Scope::Overall => "compare-stability-overall",
            Scope::Sales => "compare-stability-sales",
            Scope::Product => "compare-stability-product",
        };
        notes.push(language.text_with(
            id,
            &[("date", date.as_str().into()), ("words", words.into())],
        ));
    }
}

fn trend(comparison: &Comparison, language: Language) -> Trend {
    let dates: Vec<String> = comparison
        .workshops
        .iter()
        .map(|workshop| workshop.date.to_string())
        .collect();
    let series = |pick: &dyn Fn(usize) -> Option<f64>| -> Vec<[f64; 2]> {
        (0..dates.len())
            .filter_map(|i| pick(i).map(|v| [i as f64, v]))
            .collect()
    };
    Trend {
        sales: series(&|i| comparison.friction_level(i, Function::Sales)),
        product: series(&|i| comparison.friction_level(i, Function::Product)),
        gap: series(&|i| comparison.perception_gap(i)),
        names: [
            Function::Sales.name(language),
            Function::Product.name(language),
            language.text("compare-gap-series"),
        ],
        description: language.text_with(
            "compare-trend-description",
            &[(
                "dates",
                comparison
                    .workshops
                    .iter()
                    .map(|workshop| workshop.date.written_in(language))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            )],
        ),
        dates,
    }
}

fn shares(comparison: &Comparison, language: Language) -> Shares {
    let columns = comparison
        .workshops
        .iter()
        .flat_map(|workshop| {
            Function::ALL.map(|function| format!("{} {}", function.name(language), workshop.date))
        })
        .collect();
    // The answers as the default questionnaire words them in the facilitator's language.
    let answers = Questionnaire::builtin();
    let rows = Relationship::ALL
        .into_iter()
        .map(|answer| SharesRow {
            answer: answers.relationship_label_in(answer, language).to_owned(),
            shares: (0..comparison.workshops.len())
                .flat_map(|index| {
                    Function::ALL.map(|function| {
                        percent(
                            language,
                            comparison.share(index, Scope::of(function), answer),
                        )
                    })
                })
                .collect(),
            study: language.percent(study_share(answer), 2),
        })
        .collect();
    Shares { columns, rows }
}
