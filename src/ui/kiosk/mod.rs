//! Participant mode: participants answer one at a time at the facilitator's computer. Their
//! draft and step, the screens they walk through, the review, and the PIN that unlocks it.

pub mod kiosk_state;
mod kiosk_widgets;
pub(super) mod participant;
mod participant_review;
pub mod participant_screen;
mod participant_statement;
mod participant_unlock;
pub mod statement_answer;
