use std::collections::{BTreeMap, BTreeSet};

use crate::domain::questionnaire::Statement;
use crate::domain::{Function, Questionnaire, Rating, Relationship, Response};
use crate::i18n::Language;
use crate::ui::kiosk::statement_answer::StatementAnswer;
use crate::ui::state::command::KioskCommand;

/// The steps a participant walks through, one screen each: one statement per screen, so
/// every statement is seen, answered or skipped on purpose, with nothing below the fold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskStep {
    Function,
    Relationship,
    /// The statement at this index of the questionnaire.
    Statement(usize),
    Sources,
    Comments,
    Review,
    Thanks,
}

impl KioskStep {
    /// The step after this one, in a questionnaire of `statements` statements.
    pub fn next(self, statements: usize) -> Self {
        match self {
            Self::Function => Self::Relationship,
            Self::Relationship if statements > 0 => Self::Statement(0),
            Self::Statement(index) if index + 1 < statements => Self::Statement(index + 1),
            Self::Relationship | Self::Statement(_) => Self::Sources,
            Self::Sources => Self::Comments,
            Self::Comments | Self::Review => Self::Review,
            Self::Thanks => Self::Thanks,
        }
    }

    pub fn previous(self, statements: usize) -> Self {
        match self {
            Self::Function | Self::Relationship => Self::Function,
            Self::Statement(0) => Self::Relationship,
            Self::Statement(index) => Self::Statement(index - 1),
            Self::Sources if statements > 0 => Self::Statement(statements - 1),
            Self::Sources => Self::Relationship,
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
    /// Statements answered so far; one missing here is not answered yet (not skipped).
    pub answers: BTreeMap<String, StatementAnswer>,
    pub sources: BTreeSet<String>,
    pub friction_comment: String,
    pub works_well_comment: String,
}

impl Draft {
    pub fn answer(&self, statement: &Statement) -> Option<StatementAnswer> {
        self.answers.get(&statement.key).copied()
    }

    /// The statements the participant chose to skip, in the questionnaire's order.
    pub fn skipped<'q>(&self, questionnaire: &'q Questionnaire) -> Vec<&'q Statement> {
        questionnaire
            .statements
            .iter()
            .filter(|statement| self.answer(statement) == Some(StatementAnswer::Skipped))
            .collect()
    }

    /// The first statement neither rated nor skipped, if one is left.
    pub fn first_unanswered(&self, questionnaire: &Questionnaire) -> Option<usize> {
        questionnaire
            .statements
            .iter()
            .position(|statement| self.answer(statement).is_none())
    }

    /// The response, once the team, the relationship and every statement (rated or
    /// skipped) are answered.
    pub fn response(&self, questionnaire: &Questionnaire) -> Option<Response> {
        if self.first_unanswered(questionnaire).is_some() {
            return None;
        }
        let mut response = Response::new(self.function?, self.relationship?);
        for (key, answer) in &self.answers {
            if let StatementAnswer::Rated(value) = answer {
                response.ratings.insert(key.clone(), Rating::new(*value)?);
            }
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
    /// A statement opened from the review: answering it goes back to the review.
    pub revising: bool,
    pub unlock: Option<UnlockPrompt>,
    /// A submission that could not be saved; the draft is kept so nothing is lost.
    pub save_error: Option<String>,
    /// The language this participant chose, as a phone may; `None`: the workshop's. It
    /// goes with the participant, like the draft.
    pub language: Option<Language>,
}

impl Kiosk {
    pub fn new() -> Self {
        Self {
            step: KioskStep::Function,
            draft: Draft::default(),
            revising: false,
            unlock: None,
            save_error: None,
            language: None,
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
    pub fn handle(&mut self, command: KioskCommand, questionnaire: &Questionnaire) {
        let statements = questionnaire.statements.len();
        match command {
            KioskCommand::PickFunction(function) => {
                self.draft.function = Some(function);
                self.step = KioskStep::Relationship;
            }
            KioskCommand::PickRelationship(answer) => {
                self.draft.relationship = Some(answer);
                if self.step == KioskStep::Relationship {
                    self.step = self.step.next(statements);
                }
            }
            KioskCommand::Answer { statement, answer } => {
                self.answer(statement, answer, questionnaire);
            }
            KioskCommand::ToggleSource(key) => {
                if !self.draft.sources.remove(&key) {
                    self.draft.sources.insert(key);
                }
            }
            KioskCommand::SetFrictionComment(text) => self.draft.friction_comment = text,
            KioskCommand::SetWorksWellComment(text) => self.draft.works_well_comment = text,
            KioskCommand::Next => {
                if self.ready_to_go_on(questionnaire) {
                    self.step = self.step.next(statements);
                }
            }
            KioskCommand::Back => {
                self.revising = false;
                self.step = self.step.previous(statements);
            }
            KioskCommand::Revise(index) => {
                if index < statements && self.step == KioskStep::Review {
                    self.step = KioskStep::Statement(index);
                    self.revising = true;
                }
            }
            KioskCommand::NextParticipant => *self = Self::new(),
            KioskCommand::AskToUnlock => self.unlock = Some(UnlockPrompt::default()),
            KioskCommand::SetUnlockPin(pin) => {
                if let Some(prompt) = &mut self.unlock {
                    prompt.pin = pin;
                }
            }
            KioskCommand::CancelUnlock => self.unlock = None,
            // Only the words change: the answers are kept by key, whatever the language.
            KioskCommand::ChooseLanguage(language) => self.language = Some(language),
            KioskCommand::Submit | KioskCommand::Unlock => {}
        }
    }

    /// Rates or skips a statement. Answering the statement on screen moves on to the next
    /// one, or back to the review it was opened from.
    fn answer(&mut self, key: String, answer: StatementAnswer, questionnaire: &Questionnaire) {
        let on_screen = match self.step {
            KioskStep::Statement(index) => questionnaire
                .statements
                .get(index)
                .is_some_and(|statement| statement.key == key),
            _ => false,
        };
        self.draft.answers.insert(key, answer);
        if on_screen {
            self.step = if self.revising {
                KioskStep::Review
            } else {
                self.step.next(questionnaire.statements.len())
            };
            self.revising = false;
        }
    }

    /// Whether the step on screen is answered enough to go on: a team, a relationship, and
    /// each statement rated or skipped on purpose.
    pub fn ready_to_go_on(&self, questionnaire: &Questionnaire) -> bool {
        match self.step {
            KioskStep::Function => self.draft.function.is_some(),
            KioskStep::Relationship => self.draft.relationship.is_some(),
            KioskStep::Statement(index) => questionnaire
                .statements
                .get(index)
                .is_some_and(|statement| self.draft.answer(statement).is_some()),
            KioskStep::Sources | KioskStep::Comments => true,
            KioskStep::Review | KioskStep::Thanks => false,
        }
    }
}
