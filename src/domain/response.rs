use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::function::Function;
use super::rating::Rating;
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
    pub ratings: BTreeMap<String, Rating>,
    #[serde(default)]
    pub sources: BTreeSet<String>,
    #[serde(default)]
    pub friction_comment: Option<String>,
    #[serde(default)]
    pub works_well_comment: Option<String>,
}

impl Response {
    pub fn new(function: Function, relationship: Relationship) -> Self {
        Self {
            function,
            relationship,
            ratings: BTreeMap::new(),
            sources: BTreeSet::new(),
            friction_comment: None,
            works_well_comment: None,
        }
    }

    pub fn rating(&self, statement: &str) -> Option<u8> {
        self.ratings.get(statement).map(|rating| rating.value())
    }

    /// Trims comments and drops empty ones, so an untouched comment box stores nothing.
    pub fn normalized(mut self) -> Self {
        self.friction_comment = normalize_comment(self.friction_comment);
        self.works_well_comment = normalize_comment(self.works_well_comment);
        self
    }
}

fn normalize_comment(comment: Option<String>) -> Option<String> {
    comment
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
}

/// The responses of a workshop, always sorted. The same answers given in any order give the
/// same list, and so the same file, byte for byte.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<Response>", into = "Vec<Response>")]
pub struct Responses(Vec<Response>);

impl Responses {
    pub fn insert(&mut self, response: Response) {
        let index = self.0.partition_point(|existing| existing <= &response);
        self.0.insert(index, response);
    }

    pub fn as_slice(&self) -> &[Response] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Response> {
        self.0.iter()
    }

    pub fn count(&self, function: Function) -> usize {
        self.0.iter().filter(|r| r.function == function).count()
    }
}

impl From<Vec<Response>> for Responses {
    fn from(mut responses: Vec<Response>) -> Self {
        responses.sort();
        Self(responses)
    }
}

impl From<Responses> for Vec<Response> {
    fn from(responses: Responses) -> Self {
        responses.0
    }
}

impl Extend<Response> for Responses {
    fn extend<I: IntoIterator<Item = Response>>(&mut self, iter: I) {
        self.0.extend(iter);
        self.0.sort();
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
        self.0.iter()
    }
}
