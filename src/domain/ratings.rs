//! One response's ratings: statement key → [`Rating`], sorted by key.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

use super::rating::Rating;

/// A statement key as a response holds it. Keys are short `snake_case` words (the longest
/// default one has 16 bytes), so they sit inline in the entry and a response's ratings are
/// one allocation instead of a map node plus a `String` per key; a longer key still works
/// (`SmolStr` then shares it behind an `Arc`).
pub type StatementKey = SmolStr;

/// A response's ratings, sorted by statement key; a skipped statement is absent.
///
/// Written and read as a RON map in key order (`{"personal": 4, "trust": 2}`), exactly as a
/// `BTreeMap<String, Rating>` was, so files do not change. Unlike that map, a key given twice
/// in a file is an error: a hand edit that rates a statement twice is a mistake, and
/// silently keeping the last value would hide it.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ratings {
    /// Sorted by key, each key once. Sorted order makes equality, ordering and the file
    /// independent of the order ratings were given in.
    entries: Vec<(StatementKey, Rating)>,
}

/// A statement rated twice in one response's ratings.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the statement `{0}` is rated twice in one response; keep one of the two ratings")]
pub struct DuplicateRating(pub String);

impl Ratings {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the rating of `key`, returning the one it replaces (as a map's `insert` does).
    /// Takes a `String` as `BTreeMap<String, Rating>::insert` did, so callers did not change.
    #[allow(
        clippy::needless_pass_by_value,
        reason = "the map's own signature: callers that build an owned key stay as they were"
    )]
    pub fn insert(&mut self, key: String, rating: Rating) -> Option<Rating> {
        self.set(&key, rating)
    }

    fn set(&mut self, key: &str, rating: Rating) -> Option<Rating> {
        match self.position(key) {
            Ok(index) => self
                .entries
                .get_mut(index)
                .map(|entry| std::mem::replace(&mut entry.1, rating)),
            Err(index) => {
                self.entries.insert(index, (StatementKey::new(key), rating));
                None
            }
        }
    }

    /// Adds a rating for a key not rated yet; a key already rated is refused, unchanged.
    pub fn try_insert(&mut self, key: &str, rating: Rating) -> Result<(), DuplicateRating> {
        let index = self.vacancy(key)?;
        self.entries.insert(index, (StatementKey::new(key), rating));
        Ok(())
    }

    /// Where a rating for `key` would go, or why it cannot.
    fn vacancy(&self, key: &str) -> Result<usize, DuplicateRating> {
        // Keys usually arrive in order (files are written sorted): one comparison, a push.
        match self.entries.last() {
            None => Ok(0),
            Some((last, _)) if last.as_str() < key => Ok(self.entries.len()),
            Some(_) => match self.position(key) {
                Ok(_) => Err(DuplicateRating(key.to_owned())),
                Err(index) => Ok(index),
            },
        }
    }

    pub fn get(&self, key: &str) -> Option<&Rating> {
        let index = self.position(key).ok()?;
        self.entries.get(index).map(|(_, rating)| rating)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    pub fn remove(&mut self, key: &str) -> Option<Rating> {
        let index = self.position(key).ok()?;
        Some(self.entries.remove(index).1)
    }

    /// Key and rating pairs in key order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, Rating)> + Clone + '_ {
        self.entries
            .iter()
            .map(|(key, rating)| (key.as_str(), *rating))
    }

    /// The rated statement keys in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> + Clone + '_ {
        self.entries.iter().map(|(key, _)| key.as_str())
    }

    pub fn values(&self) -> impl ExactSizeIterator<Item = Rating> + Clone + '_ {
        self.entries.iter().map(|(_, rating)| *rating)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    fn position(&self, key: &str) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|(known, _)| known.as_str().cmp(key))
    }
}

impl fmt::Debug for Ratings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: AsRef<str>> FromIterator<(K, Rating)> for Ratings {
    /// Later pairs replace earlier ones with the same key, as when collecting into a map.
    fn from_iter<I: IntoIterator<Item = (K, Rating)>>(pairs: I) -> Self {
        let mut ratings = Self::new();
        ratings.extend(pairs);
        ratings
    }
}

impl<K: AsRef<str>> Extend<(K, Rating)> for Ratings {
    fn extend<I: IntoIterator<Item = (K, Rating)>>(&mut self, pairs: I) {
        for (key, rating) in pairs {
            self.set(key.as_ref(), rating);
        }
    }
}

impl Serialize for Ratings {
    /// A map in key order: the same bytes a `BTreeMap<String, Rating>` wrote.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (key, rating) in &self.entries {
            map.serialize_entry(key.as_str(), rating)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Ratings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RatingsVisitor)
    }
}

struct RatingsVisitor;

impl<'de> Visitor<'de> for RatingsVisitor {
    type Value = Ratings;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a map of statement keys to ratings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ratings, A::Error> {
        // The default questionnaire has ten statements: room for them in one allocation.
        let mut ratings = Ratings {
            entries: Vec::with_capacity(map.size_hint().unwrap_or(10).min(64)),
        };
        while let Some(KeyIn(key)) = map.next_key()? {
            // Checked before the value is read, so the parser's position, which the error
            // carries, is the repeated key's.
            let index = ratings.vacancy(&key).map_err(de::Error::custom)?;
            let rating: Rating = map.next_value()?;
            ratings.entries.insert(index, (key, rating));
        }
        Ok(ratings)
    }
}

/// A key read straight from the parser's text: no `String` per key.
struct KeyIn(StatementKey);

impl<'de> Deserialize<'de> for KeyIn {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = KeyIn;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a statement key in double quotes")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<KeyIn, E> {
        Ok(KeyIn(StatementKey::new(key)))
    }
}

#[cfg(test)]
mod tests {

    use std::collections::BTreeMap;

    use super::*;

    fn rating(value: u8) -> Rating {
        Rating::new(value).unwrap()
    }

    fn ratings(pairs: &[(&str, u8)]) -> Ratings {
        pairs
            .iter()
            .map(|(key, value)| (*key, rating(*value)))
            .collect()
    }

    #[test]
    fn keeps_keys_sorted_whatever_the_insertion_order() {
        let forward = ratings(&[("personal", 4), ("task_debate", 2), ("trust", 1)]);
        let backward = ratings(&[("trust", 1), ("task_debate", 2), ("personal", 4)]);
        assert_eq!(forward, backward);
        assert_eq!(
            backward.keys().collect::<Vec<_>>(),
            ["personal", "task_debate", "trust"]
        );
        assert_eq!(
            backward.iter().collect::<Vec<_>>(),
            [
                ("personal", rating(4)),
                ("task_debate", rating(2)),
                ("trust", rating(1))
            ]
        );
    }

    #[test]
    fn behaves_as_a_map() {
        let mut ratings = Ratings::new();
        assert!(ratings.is_empty());
        assert_eq!(ratings.insert(String::from("trust"), rating(2)), None);
        assert_eq!(
            ratings.insert(String::from("trust"), rating(5)),
            Some(rating(2))
        );
        assert_eq!(ratings.len(), 1);
        assert_eq!(ratings.get("trust"), Some(&rating(5)));
        assert_eq!(ratings.get("voice"), None);
        assert!(ratings.contains_key("trust"));
        assert_eq!(ratings.remove("voice"), None);
        assert_eq!(ratings.remove("trust"), Some(rating(5)));
        assert!(ratings.is_empty());
    }

    #[test]
    fn try_insert_refuses_a_second_rating_and_keeps_the_first() {
        let mut ratings = ratings(&[("personal", 4), ("trust", 2)]);
        assert_eq!(
            ratings.try_insert("personal", rating(1)),
            Err(DuplicateRating(String::from("personal")))
        );
        assert_eq!(ratings.get("personal"), Some(&rating(4)));
        assert_eq!(ratings.try_insert("horizons", rating(3)), Ok(()));
        assert_eq!(
            ratings.keys().collect::<Vec<_>>(),
            ["horizons", "personal", "trust"]
        );
    }

    #[test]
    fn long_keys_work_like_short_ones() {
        let long = "a_statement_key_longer_than_fits_inline_in_the_entry";
        let mut ratings = ratings(&[("trust", 3)]);
        ratings.insert(long.to_owned(), rating(4));
        assert_eq!(ratings.get(long), Some(&rating(4)));
        assert_eq!(ratings.keys().collect::<Vec<_>>(), [long, "trust"]);
    }

    #[test]
    fn writes_the_same_ron_as_a_sorted_map() {
        let ratings = ratings(&[("trust", 2), ("personal", 4)]);
        let map: BTreeMap<String, Rating> = ratings
            .iter()
            .map(|(key, rating)| (key.to_owned(), rating))
            .collect();
        let text = ron::to_string(&ratings).unwrap();
        assert_eq!(text, ron::to_string(&map).unwrap());
        assert_eq!(text, r#"{"personal":4,"trust":2}"#);
    }

    #[test]
    fn round_trips_through_ron() {
        let ratings = ratings(&[("who_decides", 5), ("better_decisions", 1), ("voice", 3)]);
        let text = ron::to_string(&ratings).unwrap();
        assert_eq!(ron::from_str::<Ratings>(&text).unwrap(), ratings);
        assert_eq!(ron::from_str::<Ratings>("{}").unwrap(), Ratings::new());
    }

    #[test]
    fn reads_keys_in_any_order_and_with_escapes() {
        let read: Ratings = ron::from_str(r#"{"trust": 2, "pers\u{6f}nal": 4}"#).unwrap();
        assert_eq!(read, ratings(&[("personal", 4), ("trust", 2)]));
    }

    #[test]
    fn rejects_a_key_given_twice_where_it_stands() {
        let text = "{\n    \"trust\": 2,\n    \"personal\": 4,\n    \"trust\": 3,\n}";
        let error = ron::from_str::<Ratings>(text).unwrap_err();
        assert_eq!(
            error.code.to_string(),
            "the statement `trust` is rated twice in one response; keep one of the two ratings"
        );
        // Column 6: the repeated key's first letter, just inside its quote.
        assert_eq!(
            (error.span.start.line, error.span.start.col),
            (4, 6),
            "{error}"
        );
    }

    #[test]
    fn rejects_a_rating_outside_the_scale_where_it_stands() {
        let error = ron::from_str::<Ratings>("{\"trust\": 2,\n \"voice\": 7}").unwrap_err();
        assert!(error.code.to_string().contains("a rating of 7"), "{error}");
        assert_eq!((error.span.start.line, error.span.start.col), (2, 11));
    }
}
