//! [`Effects`]: what the owners of a screen's commands (the open workshop, its room, the
//! kiosk) are given to `handle` them besides their own state — the time, the
//! screens' language, the notice, where background work reports — and the one way it asks
//! the app for what only the app can do.

use std::time::Instant;

use super::background::Background;
use super::notice::Notice;
use crate::clock::Clock;
use crate::i18n::Language;

/// The context a command is handled in, and what it did beyond its owner's state.
pub struct Effects<'a> {
    /// When the command happens, by the app's clock.
    pub now: Instant,
    /// The same moment on the wall clock, for what is dated (who holds a workshop, since when).
    pub wall: jiff::Timestamp,
    /// The facilitator's screens' language, which notices speak.
    pub language: Language,
    notice: &'a mut Option<Notice>,
    background: &'a Background,
    clock: &'a Clock,
    follow_up: Option<FollowUp>,
}

/// What an owner asks of the app after its command, since only the app changes screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUp {
    /// The facilitator unlocked the kiosk: back to the facilitator's screens.
    LeaveParticipantMode,
    /// Close the workshop and go home (after the room was closed on the way out).
    CloseWorkshop,
}

impl<'a> Effects<'a> {
    /// `now` is when the command happens, by `clock`.
    pub fn new(
        (clock, now): (&'a Clock, Instant),
        language: Language,
        notice: &'a mut Option<Notice>,
        background: &'a Background,
    ) -> Self {
        Self {
            now,
            wall: clock.wall(),
            language,
            notice,
            background,
            clock,
            follow_up: None,
        }
    }

    /// The app's clock, for what keeps time after the command (a room's ballots).
    pub fn clock(&self) -> Clock {
        self.clock.clone()
    }

    /// Shows `notice` in place of the one shown.
    pub fn say(&mut self, notice: Notice) {
        *self.notice = Some(notice);
    }

    pub fn error(&mut self, text: String) {
        self.say(Notice::Error(text));
    }

    pub fn info(&mut self, text: String) {
        self.say(Notice::Info(text));
    }

    /// Shows `notice`, or none: what was shown is over.
    pub fn replace_notice(&mut self, notice: Option<Notice>) {
        *self.notice = notice;
    }

    /// Where background work (a room's phones) reports.
    pub fn background(&self) -> &Background {
        self.background
    }

    /// Asks the app for `follow_up` once the command is handled.
    pub fn then(&mut self, follow_up: FollowUp) {
        self.follow_up = Some(follow_up);
    }

    /// What the owner asked of the app, if anything.
    pub fn follow_up(&self) -> Option<FollowUp> {
        self.follow_up
    }
}
