//! What a facilitator's note is about: the overall verdict, or one rule's finding.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The key of a note. Files write it as they always have, `"overall"` or the rule's id, so
/// a rule may not be called `overall` (rules files with one are refused).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum NoteKey {
    /// The overall verdict.
    Overall,
    /// The finding of the rule with this id.
    Rule(String),
}

impl NoteKey {
    /// How files write the overall verdict's key.
    pub const OVERALL: &'static str = "overall";

    /// The key as files write it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Overall => Self::OVERALL,
            Self::Rule(id) => id,
        }
    }

    /// The key of the finding of rule `id`.
    pub fn rule(id: &str) -> Self {
        Self::Rule(id.to_owned())
    }
}

impl From<String> for NoteKey {
    fn from(key: String) -> Self {
        if key == Self::OVERALL {
            Self::Overall
        } else {
            Self::Rule(key)
        }
    }
}

impl From<NoteKey> for String {
    fn from(key: NoteKey) -> Self {
        match key {
            NoteKey::Overall => Self::from(NoteKey::OVERALL),
            NoteKey::Rule(id) => id,
        }
    }
}

/// In the order of the written keys, so a file's notes keep the order they always had.
impl Ord for NoteKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| matches!(self, Self::Rule(_)).cmp(&matches!(other, Self::Rule(_))))
    }
}

impl PartialOrd for NoteKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for NoteKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn notes_read_and_write_as_they_always_did() {
        let text = r#"{"perception_gap": "b", "overall": "a", "low_trust": "c"}"#;
        let notes: BTreeMap<NoteKey, String> = ron::from_str(text).unwrap();
        assert_eq!(notes[&NoteKey::Overall], "a");
        assert_eq!(notes[&NoteKey::rule("low_trust")], "c");
        assert_eq!(
            ron::to_string(&notes).unwrap(),
            r#"{"low_trust":"c","overall":"a","perception_gap":"b"}"#
        );
    }
}
