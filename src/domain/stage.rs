use serde::{Deserialize, Serialize};

/// The seven stages of a workshop, in the order a facilitator walks through them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Setup,
    Framing,
    Capture,
    Reveal,
    Diagnose,
    Agree,
    Close,
}

impl Stage {
    pub const ALL: [Self; 7] = [
        Self::Setup,
        Self::Framing,
        Self::Capture,
        Self::Reveal,
        Self::Diagnose,
        Self::Agree,
        Self::Close,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Setup => "Setup",
            Self::Framing => "Framing",
            Self::Capture => "Capture",
            Self::Reveal => "Reveal",
            Self::Diagnose => "Diagnose",
            Self::Agree => "Agree",
            Self::Close => "Close",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Setup => "setup",
            Self::Framing => "framing",
            Self::Capture => "capture",
            Self::Reveal => "reveal",
            Self::Diagnose => "diagnose",
            Self::Agree => "agree",
            Self::Close => "close",
        }
    }

    /// 1-based position in the stepper.
    pub fn number(self) -> usize {
        Self::ALL
            .iter()
            .position(|stage| *stage == self)
            .unwrap_or(0)
            + 1
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
