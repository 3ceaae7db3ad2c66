use serde::{Deserialize, Serialize};

use super::condition::Condition;
use crate::domain::words_from_key;

/// Whether a rule that fires speaks for healthy or for toxic friction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    Healthy,
    Toxic,
}

impl Signal {
    /// The verdict a rule with this signal weighs towards.
    pub fn verdict(self) -> super::Verdict {
        match self {
            Self::Healthy => super::Verdict::Healthy,
            Self::Toxic => super::Verdict::Toxic,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Healthy => "healthy",
            Self::Toxic => "toxic",
        }
    }
}

/// How much a fired rule counts, 1 to 5; checked while parsing so the error has a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Weight(u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a weight of {0} is outside 1 to 5")]
pub struct WeightError(pub u32);

impl Weight {
    pub fn new(value: u32) -> Result<Self, WeightError> {
        match u8::try_from(value) {
            Ok(weight @ 1..=5) => Ok(Self(weight)),
            _ => Err(WeightError(value)),
        }
    }

    pub fn value(self) -> u32 {
        u32::from(self.0)
    }
}

impl TryFrom<u32> for Weight {
    type Error = WeightError;

    fn try_from(value: u32) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Weight> for u32 {
    fn from(weight: Weight) -> Self {
        weight.value()
    }
}

/// One rule of the rules file: data, cited, explained, with a prompt for the room.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    /// What the room sees as the finding's name ("Disagreements turn personal"). Rules files
    /// written before rules had titles have none; [`Rule::title`] then writes the id as words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub signal: Signal,
    pub weight: Weight,
    pub when: Condition,
    /// Where the rule comes from (a study, a paper).
    pub citation: String,
    /// What it means when the rule fires, in plain words.
    pub explanation: String,
    /// A question the facilitator can put to the room.
    pub prompt: String,
}

impl Rule {
    /// The finding's name for screens and reports: its title, or its id in words.
    pub fn title(&self) -> String {
        if self.title.trim().is_empty() {
            words_from_key(&self.id)
        } else {
            self.title.clone()
        }
    }

    /// Rules that compare the two functions take part in the overall verdict only.
    pub fn is_overall_only(&self) -> bool {
        self.when.compares_functions()
    }
}
