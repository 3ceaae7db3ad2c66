use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::function::Function;
use super::ratings::Ratings;
use super::relationship::Relationship;

/// One participant's anonymous answers. It holds no name, device or time, and responses are
/// kept in a canonical order (see [`Responses`]), so a file does not reveal who answered when.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub function: Function,
    pub relationship: Relationship,
    /// Statement key to rating; a skipped statement is absent.
    #[serde(default)]
    pub ratings: Ratings,
    #[serde(default)]
    pub sources: BTreeSet<String>,
    /// Absent from the file when there is none: fewer tokens per response to write and parse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friction_comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub works_well_comment: Option<String>,
}

impl Response {
    pub fn new(function: Function, relationship: Relationship) -> Self {
        Self {
            function,
            relationship,
            ratings: Ratings::new(),
            sources: BTreeSet::new(),
            friction_comment: None,
            works_well_comment: None,
        }
    }

    pub fn rating(&self, statement: &str) -> Option<u8> {
        self.ratings.get(statement).map(|rating| rating.value())
    }

    /// Cleans comments of what must never reach a file ([`super::participant_text::clean`]),
    /// trims them and drops empty ones, so an untouched comment box stores nothing.
    pub fn normalized(mut self) -> Self {
        self.friction_comment = normalize_comment(self.friction_comment);
        self.works_well_comment = normalize_comment(self.works_well_comment);
        self
    }
}

fn normalize_comment(comment: Option<String>) -> Option<String> {
    comment
        .map(|text| super::participant_text::clean(&text).trim().to_owned())
        .filter(|text| !text.is_empty())
}

/// The responses of a workshop, always sorted. The same answers given in any order give the
/// same list, and so the same file, byte for byte.
///
/// Beside the list it keeps every rating and named source in one flat table, so metrics
/// over 100,000 responses read contiguous bytes instead of chasing a map per response.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(from = "Vec<Response>", into = "Vec<Response>")]
pub struct Responses {
    list: Vec<Response>,
    table: AnswerTable,
}

/// Ratings and sources of all responses as rows of bytes, one row per response in list order.
#[derive(Clone, Debug, Default)]
pub struct AnswerTable {
    /// Every statement key rated by any response, sorted.
    pub statement_keys: Vec<String>,
    /// Every source key named by any response, sorted.
    pub source_keys: Vec<String>,
    /// `list.len() × statement_keys.len()` ratings; 0 means skipped.
    pub ratings: Vec<u8>,
    /// `list.len() × source_keys.len()` flags; 1 means named.
    pub sources: Vec<u8>,
    /// Each row's function and relationship answer, so a pass over the table never touches
    /// the responses themselves.
    pub answers: Vec<(Function, Relationship)>,
}

impl AnswerTable {
    /// The table of `list`, one row per response in the order given.
    pub fn build(list: &[Response]) -> Self {
        let mut table = Self {
            statement_keys: distinct_sorted(list.iter().map(|r| r.ratings.keys())),
            source_keys: distinct_sorted(list.iter().map(|r| r.sources.iter().map(String::as_str))),
            ratings: Vec::new(),
            sources: Vec::new(),
            answers: Vec::with_capacity(list.len()),
        };
        table
            .ratings
            .reserve(list.len() * table.statement_keys.len());
        table.sources.reserve(list.len() * table.source_keys.len());
        for response in list {
            append_row(
                &table.statement_keys,
                &table.source_keys,
                response,
                &mut table.ratings,
                &mut table.sources,
            );
            table
                .answers
                .push((response.function, response.relationship));
        }
        table
    }

    /// The row of one response, if every key it uses is already a column.
    fn row_of(&self, response: &Response) -> (Vec<u8>, Vec<u8>) {
        let mut ratings = Vec::with_capacity(self.statement_keys.len());
        let mut sources = Vec::with_capacity(self.source_keys.len());
        append_row(
            &self.statement_keys,
            &self.source_keys,
            response,
            &mut ratings,
            &mut sources,
        );
        (ratings, sources)
    }

    fn has_columns_for(&self, response: &Response) -> bool {
        response
            .ratings
            .keys()
            .all(|key| has_column(&self.statement_keys, key))
            && response
                .sources
                .iter()
                .all(|key| has_column(&self.source_keys, key))
    }

    /// The ratings of row `row`, one per statement key.
    pub fn ratings_row(&self, row: usize) -> &[u8] {
        let width = self.statement_keys.len();
        self.ratings
            .get(row * width..(row + 1) * width)
            .unwrap_or(&[])
    }

    /// The named-source flags of row `row`, one per source key.
    pub fn sources_row(&self, row: usize) -> &[u8] {
        let width = self.source_keys.len();
        self.sources
            .get(row * width..(row + 1) * width)
            .unwrap_or(&[])
    }
}

/// Appends the ratings and source flags of `response` under the given columns, which must
/// hold every key it uses. Writes straight into the table: no vector per row.
fn append_row(
    statement_keys: &[String],
    source_keys: &[String],
    response: &Response,
    ratings: &mut Vec<u8>,
    sources: &mut Vec<u8>,
) {
    // Columns and a response's keys are both sorted: one merge walk, no lookups.
    let mut rated = response.ratings.iter().peekable();
    ratings.extend(statement_keys.iter().map(|key| {
        match rated.next_if(|(rated_key, _)| *rated_key == key.as_str()) {
            Some((_, rating)) => rating.value(),
            None => 0,
        }
    }));
    let mut named = response.sources.iter().peekable();
    sources.extend(
        source_keys
            .iter()
            .map(|key| u8::from(named.next_if(|source| *source == key).is_some())),
    );
}

/// The distinct keys of many sorted key lists, sorted. Thousands of responses use the same
/// dozen keys, so each list is walked along those found so far: a key is usually the very
/// one expected next, one equality check.
fn distinct_sorted<'a, Keys>(lists: impl Iterator<Item = Keys>) -> Vec<String>
where
    Keys: Iterator<Item = &'a str>,
{
    let mut found: Vec<&str> = Vec::new();
    for keys in lists {
        let mut at = 0;
        for key in keys {
            if found.get(at) != Some(&key) {
                at += found
                    .get(at..)
                    .unwrap_or_default()
                    .partition_point(|known| *known < key);
                if found.get(at) != Some(&key) {
                    found.insert(at, key);
                }
            }
            at += 1;
        }
    }
    found.into_iter().map(str::to_owned).collect()
}

fn has_column(columns: &[String], key: &str) -> bool {
    columns
        .binary_search_by(|column| column.as_str().cmp(key))
        .is_ok()
}

impl PartialEq for Responses {
    /// The table is derived from the list, so the list alone decides equality.
    fn eq(&self, other: &Self) -> bool {
        self.list == other.list
    }
}

impl Eq for Responses {}

impl Responses {
    pub fn insert(&mut self, response: Response) {
        let index = self.list.partition_point(|existing| existing <= &response);
        if self.table.has_columns_for(&response) {
            let (ratings, sources) = self.table.row_of(&response);
            let width = self.table.statement_keys.len();
            self.table
                .ratings
                .splice(index * width..index * width, ratings);
            let width = self.table.source_keys.len();
            self.table
                .sources
                .splice(index * width..index * width, sources);
            self.table
                .answers
                .insert(index, (response.function, response.relationship));
            self.list.insert(index, response);
        } else {
            self.list.insert(index, response);
            self.table = AnswerTable::build(&self.list);
        }
    }

    pub fn table(&self) -> &AnswerTable {
        &self.table
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Response> {
        self.list.iter()
    }

    pub fn count(&self, function: Function) -> usize {
        self.list.iter().filter(|r| r.function == function).count()
    }
}

impl From<Vec<Response>> for Responses {
    fn from(mut list: Vec<Response>) -> Self {
        list.sort();
        let table = AnswerTable::build(&list);
        Self { list, table }
    }
}

impl From<Responses> for Vec<Response> {
    fn from(responses: Responses) -> Self {
        responses.list
    }
}

impl Extend<Response> for Responses {
    fn extend<I: IntoIterator<Item = Response>>(&mut self, iter: I) {
        self.list.extend(iter);
        self.list.sort();
        self.table = AnswerTable::build(&self.list);
    }
}

impl FromIterator<Response> for Responses {
    fn from_iter<I: IntoIterator<Item = Response>>(iter: I) -> Self {
        Self::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl<'a> IntoIterator for &'a Responses {
    type Item = &'a Response;
    type IntoIter = std::slice::Iter<'a, Response>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}
