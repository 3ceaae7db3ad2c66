use super::command::KioskCommand;
use super::kiosk::{Kiosk, KioskStep};
use super::open_workshop::OpenWorkshop;

/// Participant mode: the open workshop behind a kiosk. Only [`KioskCommand`]s reach it, so
/// nothing a participant does can edit, export or show the workshop.
pub struct ParticipantScreen {
    pub open: OpenWorkshop,
    pub kiosk: Kiosk,
}

/// Whether the participant screen stays, or the facilitator unlocked it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskOutcome {
    Stay,
    Unlocked,
}

impl ParticipantScreen {
    pub fn handle(&mut self, command: KioskCommand) -> KioskOutcome {
        match command {
            KioskCommand::Submit => self.submit(),
            KioskCommand::Unlock => return self.unlock(),
            command => self.kiosk.handle(command),
        }
        KioskOutcome::Stay
    }

    /// Adds the participant's response and saves the workshop file before the thank-you
    /// screen shows. If saving fails, the draft is kept and the participant told.
    fn submit(&mut self) {
        let Some(response) = self.kiosk.draft.response() else {
            return;
        };
        match self.open.add_responses([response]) {
            Ok(()) => {
                self.kiosk = Kiosk {
                    step: KioskStep::Thanks,
                    ..Kiosk::new()
                };
            }
            Err(_) => {
                self.kiosk.save_error = Some(String::from(
                    "Your answers could not be saved. Please call the facilitator; your answers are still here.",
                ));
            }
        }
    }

    fn unlock(&mut self) -> KioskOutcome {
        let Some(prompt) = &mut self.kiosk.unlock else {
            return KioskOutcome::Stay;
        };
        let opens = self
            .open
            .workshop
            .participant_lock
            .is_none_or(|lock| lock.opens_with(&prompt.pin));
        if !opens {
            prompt.wrong = true;
            prompt.pin.clear();
            return KioskOutcome::Stay;
        }
        self.open.workshop.participant_lock = None;
        KioskOutcome::Unlocked
    }
}
