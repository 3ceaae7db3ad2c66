use crate::ui::compare::lines::ComparisonScreen;
use crate::ui::kiosk::participant_screen::ParticipantScreen;
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// What the window shows. A state that cannot be shown cannot exist: a comparison and an
/// open workshop never coexist, and a kiosk always has its workshop.
pub enum Screen {
    /// The library of the workshops folder.
    Home,
    /// Workshops compared, with what the screen says of them.
    Comparison(Box<ComparisonScreen>),
    /// The facilitator on an open workshop.
    Workshop(Box<OpenWorkshop>),
    /// Participant mode on an open workshop.
    Participant(Box<ParticipantScreen>),
}

impl Screen {
    /// The open workshop, whether the facilitator or a participant has it.
    pub fn open_workshop(&self) -> Option<&OpenWorkshop> {
        match self {
            Self::Workshop(open) => Some(open),
            Self::Participant(screen) => Some(&screen.open),
            Self::Home | Self::Comparison(_) => None,
        }
    }

    pub fn open_workshop_mut(&mut self) -> Option<&mut OpenWorkshop> {
        match self {
            Self::Workshop(open) => Some(open),
            Self::Participant(screen) => Some(&mut screen.open),
            Self::Home | Self::Comparison(_) => None,
        }
    }
}
