use serde::{Deserialize, Serialize};

/// Agreement with a statement: 1 (strongly disagree) to 5 (strongly agree).
/// Out-of-range values are rejected while parsing, so the parser can say where they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "a rating of {0} is outside the scale: ratings go from 1 (strongly disagree) to 5 (strongly agree)"
)]
pub struct RatingError(pub u8);

impl Rating {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;
    /// At or above this a statement counts as agreed with (4 or 5): a property of the
    /// scale, which the spill-over metric reads.
    pub const AGREE: u8 = 4;

    pub fn new(value: u8) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Self(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = RatingError;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or(RatingError(value))
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> Self {
        rating.0
    }
}
