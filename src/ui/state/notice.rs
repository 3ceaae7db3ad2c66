use std::time::Duration;

use crate::domain::Stage;

/// A message to the facilitator after a command: what happened, or what went wrong and what
/// was kept. Shown in a strip at the bottom of the window; it goes when the facilitator moves to another
/// stage or screen, and information also after [`INFO_SHOWN_FOR`] (errors stay until
/// dismissed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

impl Notice {
    pub fn text(&self) -> &str {
        match self {
            Self::Info(text) | Self::Error(text) => text,
        }
    }
}

/// How long a toast with information (not an error) stays.
pub const INFO_SHOWN_FOR: Duration = Duration::from_secs(10);

/// Where the facilitator is: a notice belongs to the place it was raised in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Home,
    Comparison,
    Workshop(Stage),
    Participant,
}
