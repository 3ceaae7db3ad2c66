use std::collections::{BTreeMap, BTreeSet};

use super::command::KioskCommand;
use crate::domain::{Function, Rating, Relationship, Response};

/// The steps a participant walks through, one screen each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskStep {
    Function,
    Relationship,
    Statements,
    Sources,
    Comments,
    Review,
    Thanks,
}

impl KioskStep {
    pub fn next(self) -> Self {
        match self {
            Self::Function => Self::Relationship,
            Self::Relationship => Self::Statements,
            Self::Statements => Self::Sources,
            Self::Sources => Self::Comments,
            Self::Comments | Self::Review => Self::Review,
            Self::Thanks => Self::Thanks,
        }
    }

    pub fn previous(self) -> Self {
        match self {
            Self::Function | Self::Relationship => Self::Function,
            Self::Statements => Self::Relationship,
            Self::Sources => Self::Statements,
            Self::Comments => Self::Sources,
            Self::Review => Self::Comments,
            Self::Thanks => Self::Thanks,
        }
    }
}

/// One participant's answers while they are being given. Dropped whole after submitting,
/// so nothing of it can reach the next participant.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub function: Option<Function>,
    pub relationship: Option<Relationship>,
    pub ratings: BTreeMap<String, u8>,
    pub sources: BTreeSet<String>,
    pub friction_comment: String,
    pub works_well_comment: String,
}

impl Draft {
    /// The response, once the required answers are given.
    pub fn response(&self) -> Option<Response> {
        let mut response = Response::new(self.function?, self.relationship?);
        for (key, value) in &self.ratings {
            response.ratings.insert(key.clone(), Rating::new(*value)?);
        }
        response.sources = self.sources.clone();
        response.friction_comment = Some(self.friction_comment.clone());
        response.works_well_comment = Some(self.works_well_comment.clone());
        Some(response.normalized())
    }
}

/// The facilitator's PIN prompt, shown over the kiosk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnlockPrompt {
    pub pin: String,
    pub wrong: bool,
}

/// Participant mode: the kiosk a participant sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kiosk {
    pub step: KioskStep,
    pub draft: Draft,
    pub unlock: Option<UnlockPrompt>,
    /// A submission that could not be saved; the draft is kept so nothing is lost.
    pub save_error: Option<String>,
}

impl Kiosk {
    pub fn new() -> Self {
        Self {
            step: KioskStep::Function,
            draft: Draft::default(),
            unlock: None,
            save_error: None,
        }
    }
}

impl Default for Kiosk {
    fn default() -> Self {
        Self::new()
    }
}

impl Kiosk {
    /// Applies a command that touches only the participant's own draft and screens. Submit
    /// and Unlock need the workshop too: [`super::participant_screen::ParticipantScreen`]
    /// handles them.
    pub fn handle(&mut self, command: KioskCommand) {
        let draft = &mut self.draft;
        match command {
            KioskCommand::PickFunction(function) => {
                draft.function = Some(function);
                self.step = KioskStep::Relationship;
            }
            KioskCommand::PickRelationship(answer) => draft.relationship = Some(answer),
            KioskCommand::Rate(key, Some(value)) => {
                draft.ratings.insert(key, value);
            }
            KioskCommand::Rate(key, None) => {
                draft.ratings.remove(&key);
            }
            KioskCommand::ToggleSource(key) => {
                if !draft.sources.remove(&key) {
                    draft.sources.insert(key);
                }
            }
            KioskCommand::SetFrictionComment(text) => draft.friction_comment = text,
            KioskCommand::SetWorksWellComment(text) => draft.works_well_comment = text,
            KioskCommand::Next => {
                let ready = match self.step {
                    KioskStep::Function => draft.function.is_some(),
                    KioskStep::Relationship => draft.relationship.is_some(),
                    _ => true,
                };
                if ready {
                    self.step = self.step.next();
                }
            }
            KioskCommand::Back => self.step = self.step.previous(),
            KioskCommand::NextParticipant => *self = Self::new(),
            KioskCommand::AskToUnlock => self.unlock = Some(UnlockPrompt::default()),
            KioskCommand::SetUnlockPin(pin) => {
                if let Some(prompt) = &mut self.unlock {
                    prompt.pin = pin;
                }
            }
            KioskCommand::CancelUnlock => self.unlock = None,
            KioskCommand::Submit | KioskCommand::Unlock => {}
        }
    }
}
