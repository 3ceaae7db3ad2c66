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
    /// The workshop's questionnaire in each language a participant may choose, translated
    /// once when the kiosk starts rather than every frame. Their keys are the workshop's.
    questionnaires: Vec<(Language, Questionnaire)>,
    pub kiosk: Kiosk,
    /// Wrong PINs so far; they outlive each participant's kiosk, so "I am the next
    /// participant" is no way to guess again for free.
    pub pin_attempts: PinAttempts,
}

impl ParticipantScreen {
    pub fn new(open: OpenWorkshop) -> Self {
        let questionnaires = Language::ALL
            .into_iter()
            .map(|language| (language, open.workshop.questionnaire.in_language(language)))
            .collect();
        Self {
            open,
            questionnaires,
            kiosk: Kiosk::new(),
            pin_attempts: PinAttempts::default(),
        }
    }

    /// The language this participant reads: the one they chose at the kiosk, else the
    /// workshop's (which nothing a participant can reach changes).
    pub fn language(&self) -> Language {
        self.kiosk
            .language
            .unwrap_or(self.open.workshop.meta.language)
    }

    /// The questionnaire in [`Self::language`].
    pub fn questionnaire(&self) -> &Questionnaire {
        let language = self.language();
        self.questionnaires
            .iter()
            .find(|(translated, _)| *translated == language)
            .map_or(&self.open.workshop.questionnaire, |(_, questionnaire)| {
                questionnaire
            })
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
            command => {
                // Answers are kept by key: any translation tells the steps apart.
                let questionnaire = &self.open.workshop.questionnaire;
                self.kiosk.handle(command, questionnaire);
            }
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
        let Some(response) = self.kiosk.draft.response(&self.open.workshop.questionnaire) else {
            return;
        };
        match self.open.add_responses([response]) {
            Ok(_) => {
                // The thanks in the participant's language; the next one starts afresh.
                self.kiosk = Kiosk {
                    step: KioskStep::Thanks,
                    language: self.kiosk.language,
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
