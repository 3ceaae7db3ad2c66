//! One pass over the responses, counting into integer sums per function. Integer sums keep
//! results independent of response order; indexing keys once keeps 100,000 responses fast.

use crate::domain::response::AnswerTable;
use crate::domain::{Questionnaire, Relationship, Response};

/// Statement and source keys of a questionnaire, sorted for binary search, with the
/// position each has in the questionnaire.
pub struct KeyIndex<'q> {
    statements: Vec<(&'q str, usize)>,
    sources: Vec<(&'q str, usize)>,
    task_debate: Option<usize>,
    personal: Option<usize>,
}

impl<'q> KeyIndex<'q> {
    pub fn new(questionnaire: &'q Questionnaire) -> Self {
        let sorted = |keys: Vec<&'q str>| {
            let mut indexed: Vec<_> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            indexed.sort_unstable();
            indexed
        };
        let statements = sorted(
            questionnaire
                .statements
                .iter()
                .map(|s| s.key.as_str())
                .collect(),
        );
        let sources = sorted(
            questionnaire
                .sources
                .iter()
                .map(|s| s.key.as_str())
                .collect(),
        );
        let find = |key: &str| {
            questionnaire
                .statements
                .iter()
                .position(|statement| statement.key == key)
        };
        Self {
            task_debate: find("task_debate"),
            personal: find("personal"),
            statements,
            sources,
        }
    }

    fn statement(&self, key: &str) -> Option<usize> {
        lookup(&self.statements, key)
    }

    fn source(&self, key: &str) -> Option<usize> {
        lookup(&self.sources, key)
    }
}

fn lookup(sorted: &[(&str, usize)], key: &str) -> Option<usize> {
    sorted
        .binary_search_by(|(candidate, _)| (*candidate).cmp(key))
        .ok()
        .map(|position| sorted[position].1)
}

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
    pub fn new(index: &KeyIndex<'_>) -> Self {
        Self {
            ratings: vec![(0, 0, 0); index.statements.len()],
            sources: vec![0; index.sources.len()],
            ..Self::default()
        }
    }

    pub fn add(&mut self, response: &Response, index: &KeyIndex<'_>) {
        self.respondents += 1;
        let level = response.relationship.friction_level();
        self.relationship_counts[usize::from(level)] += 1;
        self.friction_sum += u64::from(level);
        let (mut task, mut personal) = (None, None);
        for (key, rating) in &response.ratings {
            let Some(position) = index.statement(key) else {
                continue;
            };
            let value = u64::from(rating.value());
            let entry = &mut self.ratings[position];
            entry.0 += 1;
            entry.1 += value;
            entry.2 += value * value;
            if Some(position) == index.task_debate {
                task = Some(rating.value());
            } else if Some(position) == index.personal {
                personal = Some(rating.value());
            }
        }
        if let (Some(task), Some(personal)) = (task, personal) {
            self.spillover_base += 1;
            if task >= super::scope_metrics::AGREE && personal >= super::scope_metrics::AGREE {
                self.spillover_count += 1;
            }
        }
        for key in &response.sources {
            if let Some(position) = index.source(key) {
                self.sources[position] += 1;
            }
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
            if task >= super::scope_metrics::AGREE && personal >= super::scope_metrics::AGREE {
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
