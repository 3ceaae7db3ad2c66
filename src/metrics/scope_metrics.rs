use std::collections::BTreeMap;

use serde::Serialize;

use super::benchmark::{STUDY_ALIGNED_SHARE, STUDY_DYSFUNCTION_SHARE, study_share};
use super::formulas;
use super::statement_stats::StatementStats;
use super::tally::{Tally, tally_rows};
use crate::domain::response::AnswerTable;
use crate::domain::{Questionnaire, Relationship, Response};

/// The metrics of one scope: the whole workshop, or one function's answers.
/// A metric with no data has no value (`None`), never zero.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ScopeMetrics {
    pub respondents: usize,
    /// Count of each relationship answer, least friction first.
    pub relationship_counts: [usize; 4],
    /// Mean friction level, 0 (completely aligned) to 3 (constant friction).
    pub friction_level: Option<f64>,
    /// Per statement key, in questionnaire order.
    pub statements: BTreeMap<String, StatementStats>,
    /// How many rated both `task_debate` and `personal`.
    pub spillover_base: usize,
    /// How many of those rated both 4 or 5.
    pub spillover_count: usize,
    /// How many respondents named each friction source (every source of the questionnaire,
    /// zero included).
    pub source_counts: BTreeMap<String, usize>,
}

impl ScopeMetrics {
    /// The figures of one group of `responses`, with no per-statement floor: a group knows no
    /// functions to hide a few raters among. For arithmetic only; what screens, exports and
    /// rules read comes from [`super::WorkshopMetrics`], which applies the floor.
    pub fn compute<'a>(
        questionnaire: &Questionnaire,
        responses: impl IntoIterator<Item = &'a Response>,
    ) -> Self {
        // In the order given: the sums must not depend on it.
        let list: Vec<Response> = responses.into_iter().cloned().collect();
        let [tally] = tally_rows(questionnaire, &AnswerTable::build(&list), |_| Some(0));
        Self::from_tally(questionnaire, &tally, |_| false)
    }

    /// The figures of `tally`; `hidden(i)` says whether the `i`th statement's mean and spread
    /// are hidden by the per-statement floor.
    pub fn from_tally(
        questionnaire: &Questionnaire,
        tally: &Tally,
        hidden: impl Fn(usize) -> bool,
    ) -> Self {
        Self {
            respondents: tally.respondents,
            relationship_counts: tally.relationship_counts,
            friction_level: formulas::friction_level(tally.friction_sum, tally.respondents),
            statements: questionnaire
                .statements
                .iter()
                .zip(&tally.ratings)
                .enumerate()
                .map(|(index, (statement, (rated, sum, squares)))| {
                    (
                        statement.key.clone(),
                        StatementStats::from_sums(*rated, *sum, *squares, hidden(index)),
                    )
                })
                .collect(),
            spillover_base: tally.spillover_base,
            spillover_count: tally.spillover_count,
            source_counts: questionnaire
                .sources
                .iter()
                .zip(&tally.sources)
                .map(|(source, count)| (source.key.clone(), *count))
                .collect(),
        }
    }

    fn share_of(&self, count: usize) -> Option<f64> {
        formulas::share(count, self.respondents)
    }

    /// Share of respondents who gave `answer`, of all respondents in scope.
    pub fn relationship_share(&self, answer: Relationship) -> Option<f64> {
        self.share_of(self.relationship_counts[usize::from(answer.friction_level())])
    }

    /// Share of the first two answers (completely or mostly aligned).
    pub fn aligned_share(&self) -> Option<f64> {
        self.share_of(self.relationship_counts[0] + self.relationship_counts[1])
    }

    /// Share of the last two answers (lacking alignment or constant friction).
    pub fn dysfunction_share(&self) -> Option<f64> {
        self.share_of(self.relationship_counts[2] + self.relationship_counts[3])
    }

    /// A statement's figures; unrated when the questionnaire lacks it.
    pub fn statement(&self, statement: &str) -> StatementStats {
        self.statements.get(statement).copied().unwrap_or_default()
    }

    /// `None` when nobody rated it, or too few for it to be shown.
    pub fn mean(&self, statement: &str) -> Option<f64> {
        self.statement(statement).mean()
    }

    pub fn spread(&self, statement: &str) -> Option<f64> {
        self.statement(statement).spread()
    }

    /// Among respondents who rated both `task_debate` and `personal`, the share who rated
    /// both 4 or 5: task conflict spilling into relationship conflict.
    pub fn spillover_share(&self) -> Option<f64> {
        formulas::share(self.spillover_count, self.spillover_base)
    }

    /// Share of respondents in scope who named `source`.
    pub fn source_share(&self, source: &str) -> Option<f64> {
        self.share_of(self.source_counts.get(source).copied()?)
    }

    /// This scope's share of `answer` minus the study's.
    pub fn benchmark_difference(&self, answer: Relationship) -> Option<f64> {
        self.relationship_share(answer)
            .map(|share| share - study_share(answer))
    }

    pub fn aligned_difference(&self) -> Option<f64> {
        self.aligned_share()
            .map(|share| share - STUDY_ALIGNED_SHARE)
    }

    pub fn dysfunction_difference(&self) -> Option<f64> {
        self.dysfunction_share()
            .map(|share| share - STUDY_DYSFUNCTION_SHARE)
    }

    /// Sources by how often they were named, most first; ties by key.
    pub fn sources_ranked(&self) -> Vec<(&str, usize)> {
        let mut ranked: Vec<_> = self
            .source_counts
            .iter()
            .map(|(key, count)| (key.as_str(), *count))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        ranked
    }
}
