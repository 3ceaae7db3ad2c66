use serde::{Deserialize, Serialize};

/// The number of responses each function needs before any result is shown: never below 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct AnonymityFloor(u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "an anonymity floor of {0} is too low: each function needs at least 3 responses before results are shown, so the floor can never be below 3"
)]
pub struct AnonymityFloorError(pub u32);

impl AnonymityFloor {
    pub const MIN: u32 = 3;

    pub fn new(value: u32) -> Result<Self, AnonymityFloorError> {
        if value >= Self::MIN {
            Ok(Self(value))
        } else {
            Err(AnonymityFloorError(value))
        }
    }

    pub fn value(self) -> u32 {
        self.0
    }

    /// Whether `count` responses of one function reach the floor.
    pub fn is_reached_by(self, count: usize) -> bool {
        u32::try_from(count).map_or(true, |count| count >= self.0)
    }
}

impl Default for AnonymityFloor {
    fn default() -> Self {
        Self(Self::MIN)
    }
}

impl TryFrom<u32> for AnonymityFloor {
    type Error = AnonymityFloorError;

    fn try_from(value: u32) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<AnonymityFloor> for u32 {
    fn from(floor: AnonymityFloor) -> Self {
        floor.0
    }
}
