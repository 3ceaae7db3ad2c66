//! What changed from one workshop to the next — each team's friction level, the perception
//! gap, each shared statement's mean — and whether each change is larger than chance would
//! give at those sizes ([`super::chance`]). Computed once, when the comparison is made.

use super::chance::{self, ChanceTest, Statistic, Stratum};
use super::is_better;
use crate::domain::{Function, Workshop};
use crate::i18n::Language;
use crate::metrics::{Scope, WorkshopMetrics};

/// The answers of one workshop that the tests shuffle: each team's friction levels (0–3),
/// and each shared statement's ratings (1–5) per team, skips left out.
pub(super) struct Answers {
    levels: [Vec<u8>; 2],
    /// In the order of the shared statements.
    ratings: Vec<[Vec<u8>; 2]>,
}

impl Answers {
    pub(super) fn of(workshop: &Workshop, statements: &[String]) -> Self {
        let mut answers = Self {
            levels: [Vec::new(), Vec::new()],
            ratings: statements
                .iter()
                .map(|_| [Vec::new(), Vec::new()])
                .collect(),
        };
        for response in &workshop.responses {
            let team = team(response.function);
            answers.levels[team].push(response.relationship.friction_level());
            for (key, ratings) in statements.iter().zip(&mut answers.ratings) {
                if let Some(rating) = response.rating(key) {
                    ratings[team].push(rating);
                }
            }
        }
        answers
    }
}

fn team(function: Function) -> usize {
    match function {
        Function::Sales => 0,
        Function::Product => 1,
    }
}

/// Whether a change could be chance, and how many answers it was tested on.
#[derive(Clone, Debug, PartialEq)]
pub struct Chance {
    pub test: ChanceTest,
    /// The answers the figure rests on, before and after: one count, or sales and product.
    pub before: Vec<usize>,
    pub after: Vec<usize>,
}

impl Chance {
    pub fn likely_real(&self) -> bool {
        self.test.likely_real()
    }

    /// "likely a real change", or "could be chance with 17 and 5 answers" ("5 + 5" for a
    /// figure of both teams).
    pub fn words(&self, language: Language) -> String {
        if self.likely_real() {
            return language.text("compare-chance-real");
        }
        let counts = |counts: &[usize]| {
            counts
                .iter()
                .map(|count| language.count(*count))
                .collect::<Vec<_>>()
                .join(" + ")
        };
        language.text_with(
            "compare-chance-could-be",
            &[
                ("before", counts(&self.before).into()),
                ("after", counts(&self.after).into()),
                ("count", self.after.iter().sum::<usize>().into()),
            ],
        )
    }

    /// `better` (whether the change is for the better) when the change is likely real; a
    /// change that could be chance is neither better nor worse.
    pub fn supports(&self, better: Option<bool>) -> Option<bool> {
        better.filter(|_| self.likely_real())
    }
}

/// A figure before and after, and whether the change could be chance.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub from: f64,
    pub to: f64,
    pub chance: Chance,
}

impl Change {
    pub fn difference(&self) -> f64 {
        self.to - self.from
    }

    /// The difference of the two figures as written (two decimals each), so that a reader
    /// subtracting them gets the change the report says.
    pub fn shown_difference(&self) -> f64 {
        shown(self.to) - shown(self.from)
    }
}

/// A figure as the reports and the screen write it: to two decimals, rounded as the
/// formatter rounds (0.625 is written 0.62), so the difference matches what is read.
pub fn shown(value: f64) -> f64 {
    format!("{value:.2}").parse().unwrap_or(value)
}

/// How one statement's overall mean moved between two consecutive workshops.
#[derive(Clone, Debug, PartialEq)]
pub struct Move {
    pub statement: String,
    pub from: f64,
    pub to: f64,
    pub chance: Chance,
}

impl Move {
    pub fn change(&self) -> f64 {
        self.to - self.from
    }

    /// [`Change::shown_difference`] of a statement's mean.
    pub fn shown_change(&self) -> f64 {
        shown(self.to) - shown(self.from)
    }
}

/// Every tested change from one workshop to the next; empty when either is below the floor.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepChanges {
    /// Sales' and product's friction level.
    pub levels: [Option<Change>; 2],
    /// The perception gap; its test is on how far it is from zero.
    pub gap: Option<Change>,
    /// Each shared statement whose overall mean both workshops show, in questionnaire order.
    pub statements: Vec<Move>,
}

impl StepChanges {
    pub(super) fn between(
        before: (&WorkshopMetrics, &Answers),
        after: (&WorkshopMetrics, &Answers),
        statements: &[String],
    ) -> Self {
        let ((before_metrics, before), (after_metrics, after)) = (before, after);
        let levels = Function::ALL.map(|function| {
            let team = team(function);
            let stratum = Stratum {
                before: before.levels[team].clone(),
                after: after.levels[team].clone(),
            };
            let level =
                |metrics: &WorkshopMetrics| metrics.scope(Scope::of(function)).friction_level;
            Some(Change {
                from: level(before_metrics)?,
                to: level(after_metrics)?,
                chance: tested(&[stratum], Statistic::MeanDifference)?,
            })
        });
        let gap = gap_change(before_metrics, after_metrics, &before.levels, &after.levels);
        let statements = statements
            .iter()
            .enumerate()
            .filter_map(|(index, key)| {
                let (from, to) = (
                    shown_mean(before_metrics, key)?,
                    shown_mean(after_metrics, key)?,
                );
                let strata = strata(before.ratings.get(index)?, after.ratings.get(index)?);
                let chance = tested(&strata, Statistic::MeanDifference)?;
                Some(Move {
                    statement: key.clone(),
                    from,
                    to,
                    // A statement's answers are counted together, whichever team gave them.
                    chance: Chance {
                        before: vec![chance.before.iter().sum()],
                        after: vec![chance.after.iter().sum()],
                        ..chance
                    },
                })
            })
            .collect();
        Self {
            levels,
            gap,
            statements,
        }
    }

    /// Whether anything was compared (both workshops above the floor).
    pub fn any(&self) -> bool {
        self.gap.is_some() || self.levels.iter().any(Option::is_some)
    }

    pub fn level(&self, function: Function) -> Option<&Change> {
        self.levels[team(function)].as_ref()
    }

    /// Whether a team's friction level changed for the better (it fell), when the change is
    /// likely real.
    pub fn level_better(&self, function: Function) -> Option<bool> {
        let change = self.level(function)?;
        change.chance.supports(is_better(change.difference(), true))
    }

    /// Whether the teams' views came closer together, when the change is likely real.
    pub fn gap_better(&self) -> Option<bool> {
        let gap = self.gap.as_ref()?;
        gap.chance
            .supports(is_better(gap.to.abs() - gap.from.abs(), true))
    }
}

/// For each workshop, what changed into it from the one before (empty for the first and
/// where either is below the floor); `answers` are each workshop's, `None` below the floor.
pub(super) fn steps(
    workshops: &[super::Compared],
    answers: &[Option<Answers>],
    statements: &[String],
) -> Vec<StepChanges> {
    (0..workshops.len())
        .map(|index| {
            index
                .checked_sub(1)
                .and_then(|previous| between(workshops, answers, statements, previous, index))
                .unwrap_or_default()
        })
        .collect()
}

/// What changed from workshop `before` to workshop `after`; `None` when either is below the
/// floor.
pub(super) fn between(
    workshops: &[super::Compared],
    answers: &[Option<Answers>],
    statements: &[String],
    before: usize,
    after: usize,
) -> Option<StepChanges> {
    let at = |index: usize| {
        let results = workshops.get(index)?.results.as_ref()?;
        Some((&results.metrics, answers.get(index)?.as_ref()?))
    };
    Some(StepChanges::between(at(before)?, at(after)?, statements))
}

/// The perception gap before and after; tested on how far it is from zero.
fn gap_change(
    before_metrics: &WorkshopMetrics,
    after_metrics: &WorkshopMetrics,
    before: &[Vec<u8>; 2],
    after: &[Vec<u8>; 2],
) -> Option<Change> {
    Some(Change {
        from: before_metrics.perception_gap()?,
        to: after_metrics.perception_gap()?,
        chance: tested(&strata(before, after), Statistic::GapWidening)?,
    })
}

/// Sales' and product's answers, each a stratum of its own.
fn strata(before: &[Vec<u8>; 2], after: &[Vec<u8>; 2]) -> [Stratum; 2] {
    [0, 1].map(|team| Stratum {
        before: before[team].clone(),
        after: after[team].clone(),
    })
}

fn tested(strata: &[Stratum], statistic: Statistic) -> Option<Chance> {
    Some(Chance {
        test: chance::test(strata, statistic)?,
        before: strata.iter().map(|stratum| stratum.before.len()).collect(),
        after: strata.iter().map(|stratum| stratum.after.len()).collect(),
    })
}

/// A statement's overall mean as the workshop shows it: `None` when nobody rated it or when
/// it is withheld, and then it is not compared.
fn shown_mean(metrics: &WorkshopMetrics, statement: &str) -> Option<f64> {
    metrics.overall.mean(statement)
}
