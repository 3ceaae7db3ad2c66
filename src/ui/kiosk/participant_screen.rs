use std::time::{Duration, Instant};

use super::kiosk_state::{Kiosk, KioskStep};
use crate::domain::{PinAttempts, Questionnaire};
use crate::i18n::Language;
use crate::ui::state::command::KioskCommand;
use crate::ui::state::effects::{Effects, FollowUp};
use crate::ui::workshop::open_workshop::OpenWorkshop;
use crate::ui::workshop::stepper;

/// Participant mode: the open workshop behind a kiosk. Only [`KioskCommand`]s reach it, so
/// nothing a participant does can edit, export or show the workshop.
pub struct ParticipantScreen {
    pub open: OpenWorkshop,
    /// The workshop's questionnaire in [`Self::language`], translated once when the kiosk
    /// starts rather than every frame. Its keys are the workshop's.
    pub questionnaire: Questionnaire,
    pub kiosk: Kiosk,
    /// Wrong PINs so far; they outlive each participant's kiosk, so "I am the next
    /// participant" is no way to guess again for free.
    pub pin_attempts: PinAttempts,
}

impl ParticipantScreen {
    pub fn new(open: OpenWorkshop) -> Self {
        let questionnaire = open
            .workshop
            .questionnaire
            .in_language(open.workshop.meta.language);
        Self {
            open,
            questionnaire,
            kiosk: Kiosk::new(),
            pin_attempts: PinAttempts::default(),
        }
    }

    /// The language participants read: the workshop's, which nothing a participant can
    /// reach changes.
    pub fn language(&self) -> Language {
        self.open.workshop.meta.language
    }

    /// Applies one participant's (or the unlocking facilitator's) command; an unlock asks
    /// the app to leave participant mode.
    pub fn handle(&mut self, command: KioskCommand, effects: &mut Effects<'_>) {
        match command {
            KioskCommand::Submit => self.submit(),
            KioskCommand::Unlock => {
                if self.unlock(effects.now) {
                    effects.then(FollowUp::LeaveParticipantMode);
                }
            }
            command => self.kiosk.handle(command, &self.questionnaire),
        }
    }

    /// How long until the screen shows something else by itself: the stage's countdown or
    /// the wait after wrong PINs ticking to its next whole second. `None`: nothing to wait for.
    pub fn next_wake(&self, now: Instant) -> Option<Duration> {
        let countdown = stepper::next_tick(&self.open, now);
        let pin_wait = self
            .kiosk
            .unlock
            .as_ref()
            .and(self.pin_attempts.wait_left(now))
            .map(|left| match left.subsec_nanos() {
                0 => Duration::from_secs(1),
                nanos => Duration::from_nanos(u64::from(nanos)),
            });
        match (countdown, pin_wait) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Adds the participant's response and saves the workshop file before the thank-you
    /// screen shows. If saving fails, the draft is kept and the participant told.
    fn submit(&mut self) {
        let Some(response) = self.kiosk.draft.response(&self.questionnaire) else {
            return;
        };
        match self.open.add_responses([response]) {
            Ok(_) => {
                self.kiosk = Kiosk {
                    step: KioskStep::Thanks,
                    ..Kiosk::new()
                };
            }
            Err(_) => {
                self.kiosk.save_error = Some(self.language().text("kiosk-not-saved"));
            }
        }
    }

    /// Tries the typed PIN, unless wrong PINs before it make this try wait: then the PIN is
    /// not even compared, so waiting cannot be skipped by typing faster. `true` when it opens.
    fn unlock(&mut self, now: Instant) -> bool {
        let Some(prompt) = &mut self.kiosk.unlock else {
            return false;
        };
        if self.pin_attempts.wait_left(now).is_some() {
            return false;
        }
        let opens = self
            .open
            .workshop
            .participant_lock
            .is_none_or(|lock| lock.opens_with(&prompt.pin));
        if !opens {
            self.pin_attempts.record_wrong(now);
            prompt.wrong = true;
            prompt.pin.clear();
            return false;
        }
        self.open.workshop.participant_lock = None;
        true
    }
}
