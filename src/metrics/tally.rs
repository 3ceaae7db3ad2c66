//! One pass over an answer table, counting into integer sums. Integer sums keep results
//! independent of response order; reading contiguous rows keeps 100,000 responses fast.

use crate::domain::response::AnswerTable;
use crate::domain::{Questionnaire, Rating, Relationship};

/// Where each of the questionnaire's statements and sources sits in a workshop's answer
/// table (`None` when no response used that key).
pub struct TableColumns {
    statements: Vec<Option<usize>>,
    sources: Vec<Option<usize>>,
    task_debate: Option<usize>,
    personal: Option<usize>,
}

impl TableColumns {
    pub fn new(questionnaire: &Questionnaire, table: &AnswerTable) -> Self {
        let column =
            |keys: &[String], key: &str| keys.binary_search_by(|k| k.as_str().cmp(key)).ok();
        let statements: Vec<_> = questionnaire
            .statements
            .iter()
            .map(|statement| column(&table.statement_keys, &statement.key))
            .collect();
        Self {
            task_debate: column(&table.statement_keys, "task_debate"),
            personal: column(&table.statement_keys, "personal"),
            sources: questionnaire
                .sources
                .iter()
                .map(|source| column(&table.source_keys, &source.key))
                .collect(),
            statements,
        }
    }
}

/// Running sums for one scope.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub respondents: usize,
    pub relationship_counts: [usize; 4],
    pub friction_sum: u64,
    /// Per statement, in questionnaire order: (rated, sum, sum of squares).
    pub ratings: Vec<(usize, u64, u64)>,
    pub spillover_base: usize,
    pub spillover_count: usize,
    /// Per source, in questionnaire order.
    pub sources: Vec<usize>,
}

impl Tally {
    pub fn new(questionnaire: &Questionnaire) -> Self {
        Self {
            ratings: vec![(0, 0, 0); questionnaire.statements.len()],
            sources: vec![0; questionnaire.sources.len()],
            ..Self::default()
        }
    }

    /// Adds one response given as a row of its workshop's answer table.
    pub fn add_row(
        &mut self,
        relationship: Relationship,
        ratings: &[u8],
        sources: &[u8],
        columns: &TableColumns,
    ) {
        self.respondents += 1;
        let level = relationship.friction_level();
        self.relationship_counts[usize::from(level)] += 1;
        self.friction_sum += u64::from(level);
        for (entry, column) in self.ratings.iter_mut().zip(&columns.statements) {
            let value = column.and_then(|c| ratings.get(c)).copied().unwrap_or(0);
            if value > 0 {
                let value = u64::from(value);
                entry.0 += 1;
                entry.1 += value;
                entry.2 += value * value;
            }
        }
        let rating_at = |column: Option<usize>| {
            column
                .and_then(|c| ratings.get(c))
                .copied()
                .filter(|value| *value > 0)
        };
        if let (Some(task), Some(personal)) =
            (rating_at(columns.task_debate), rating_at(columns.personal))
        {
            self.spillover_base += 1;
            if task >= Rating::AGREE && personal >= Rating::AGREE {
                self.spillover_count += 1;
            }
        }
        for (count, column) in self.sources.iter_mut().zip(&columns.sources) {
            if column
                .and_then(|c| sources.get(c))
                .is_some_and(|named| *named > 0)
            {
                *count += 1;
            }
        }
    }

    /// The sums of two disjoint scopes together.
    pub fn merged(&self, other: &Self) -> Self {
        let mut relationship_counts = self.relationship_counts;
        for (count, more) in relationship_counts
            .iter_mut()
            .zip(other.relationship_counts)
        {
            *count += more;
        }
        Self {
            respondents: self.respondents + other.respondents,
            relationship_counts,
            friction_sum: self.friction_sum + other.friction_sum,
            ratings: self
                .ratings
                .iter()
                .zip(&other.ratings)
                .map(|(a, b)| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
                .collect(),
            spillover_base: self.spillover_base + other.spillover_base,
            spillover_count: self.spillover_count + other.spillover_count,
            sources: self
                .sources
                .iter()
                .zip(&other.sources)
                .map(|(a, b)| a + b)
                .collect(),
        }
    }
}

/// Sums every row of an answer table, split by `scope_of` (an index into the returned
/// tallies; `None` skips the row).
pub fn tally_rows<const N: usize>(
    questionnaire: &Questionnaire,
    table: &AnswerTable,
    scope_of: impl Fn(crate::domain::Function) -> Option<usize>,
) -> [Tally; N] {
    let columns = TableColumns::new(questionnaire, table);
    let mut tallies = std::array::from_fn(|_| Tally::new(questionnaire));
    for (row, (function, relationship)) in table.answers.iter().enumerate() {
        if let Some(tally) = scope_of(*function).and_then(|index| tallies.get_mut(index)) {
            tally.add_row(
                *relationship,
                table.ratings_row(row),
                table.sources_row(row),
                &columns,
            );
        }
    }
    tallies
}
