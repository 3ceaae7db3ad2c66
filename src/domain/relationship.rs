use serde::{Deserialize, Serialize};

/// The answer to the study's own question: how would you describe the relationship between
/// the sales organisation and the product team? Ordered from least to most friction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    CompletelyAligned,
    MostlyAligned,
    LackingAlignment,
    ConstantFriction,
}

impl Relationship {
    pub const ALL: [Self; 4] = [
        Self::CompletelyAligned,
        Self::MostlyAligned,
        Self::LackingAlignment,
        Self::ConstantFriction,
    ];

    /// The friction level, 0 (none) to 3 (constant).
    pub fn friction_level(self) -> u8 {
        match self {
            Self::CompletelyAligned => 0,
            Self::MostlyAligned => 1,
            Self::LackingAlignment => 2,
            Self::ConstantFriction => 3,
        }
    }

    pub fn from_friction_level(level: u8) -> Option<Self> {
        Self::ALL.get(usize::from(level)).copied()
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::CompletelyAligned => "completely_aligned",
            Self::MostlyAligned => "mostly_aligned",
            Self::LackingAlignment => "lacking_alignment",
            Self::ConstantFriction => "constant_friction",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|answer| answer.key().eq_ignore_ascii_case(key.trim()))
    }

    /// The study's wording, used when a questionnaire gives no label of its own.
    pub fn default_label(self) -> &'static str {
        match self {
            Self::CompletelyAligned => "Completely aligned, little or no friction",
            Self::MostlyAligned => "Mostly aligned, occasional friction",
            Self::LackingAlignment => "Lacking alignment, significant friction",
            Self::ConstantFriction => "Constant state of friction",
        }
    }
}

impl std::fmt::Display for Relationship {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.default_label())
    }
}
