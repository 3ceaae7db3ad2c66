//! Room mode on the app's side: opening and closing the room, and taking in the answers its
//! phones send.

use std::net::IpAddr;

use super::qr_matrix::QrMatrix;
use super::room_panel::{Leaving, OpenRoom};
use crate::domain::Stage;
use crate::room::{NotSaved, Room, RoomConfig, Submission};
use crate::ui::state::app_state::AppState;
use crate::ui::state::command::RoomCommand;
use crate::ui::state::effects::{Effects, FollowUp};
use crate::ui::state::event::Event;
use crate::ui::state::notice::Notice;
use crate::ui::workshop::open_workshop::{Change, OpenWorkshop};

impl OpenWorkshop {
    /// Room commands act on the facilitator's open workshop only (participant mode never
    /// gets here: see the gate in [`AppState::handle`]).
    pub(in crate::ui) fn handle_room(&mut self, command: RoomCommand, effects: &mut Effects<'_>) {
        let room = &mut self.room;
        match command {
            RoomCommand::StayInRoom => room.leaving = None,
            RoomCommand::CloseAndLeave => {
                room.open = None;
                if room.leaving.take() == Some(Leaving::Home) {
                    effects.then(FollowUp::CloseWorkshop);
                }
            }
            RoomCommand::LookForNetworks => {
                room.look_again(self.workshop.settings.room_network.as_deref());
            }
            RoomCommand::ChooseNetwork(address) => self.choose_network(address, effects),
            RoomCommand::Close => room.open = None,
            RoomCommand::Present(presenting) => {
                if let Some(open_room) = &mut room.open {
                    open_room.presenting = presenting;
                }
            }
            // Phones' answers are writes: only the window that holds the workshop takes them.
            RoomCommand::Open if !self.writable() => {
                effects.error(effects.language.text("file-read-only-refused"));
            }
            RoomCommand::Open => self.open_room(effects),
        }
    }

    /// Chooses the network the room opens on, and keeps the choice in the workshop file at
    /// once (as moving between stages does), so a reopened workshop opens the room there
    /// again. A window that only reads the file keeps it for this session.
    fn choose_network(&mut self, address: IpAddr, effects: &mut Effects<'_>) {
        self.room.chosen = Some(address);
        self.room.missing = None;
        let kept = Some(address.to_string());
        if !self.writable() || self.workshop.settings.room_network == kept {
            return;
        }
        self.workshop.settings.room_network = kept;
        match self.save_file() {
            Ok(saved) => {
                if let Some(notice) = saved.notice(effects.language) {
                    effects.say(notice);
                }
            }
            // The header says why; the choice waits with the other unsaved edits.
            Err(_) => self.mark_edit(effects.now, Change::Content),
        }
    }

    /// Opens the room on the chosen network; its phones' answers arrive as
    /// [`Event::RoomAnswer`]s.
    fn open_room(&mut self, effects: &mut Effects<'_>) {
        if self.room.open.is_some() || self.workshop.stage != Stage::Capture {
            return;
        }
        let language = effects.language;
        let Some(bind) = self.room.bind_address() else {
            effects.error(language.text("room-no-network"));
            return;
        };
        let sender = effects.background().sender();
        let mut config =
            RoomConfig::new(bind, self.workshop.questionnaire.clone(), effects.clock());
        config.language = self.workshop.meta.language;
        if let Some(timeout) = self.room.reply_timeout {
            config.reply_timeout = timeout;
        }
        // A send fails only when the app is closing: the dropped submission then tells the
        // phone its answer was not counted.
        let opened = Room::open(config, move |submission| {
            let _ = sender.send(Event::RoomAnswer(submission));
        });
        match opened.map_err(|error| error.to_string()).and_then(|room| {
            let qr = QrMatrix::encode(room.join_url()).map_err(|error| {
                language.text_with("room-no-code", &[("error", error.to_string().into())])
            })?;
            Ok(OpenRoom {
                room,
                qr,
                presenting: false,
            })
        }) {
            Ok(open_room) => {
                self.room.open = Some(open_room);
                effects.replace_notice(None);
            }
            Err(error) => effects.error(error),
        }
    }
}

impl AppState {
    /// Saves a phone's answer (held back after the reveal, like any other) and tells the
    /// phone whether it counts. Participant mode takes answers too: the kiosk and the phones
    /// fill one workshop.
    pub(in crate::ui) fn take_room_answer(&mut self, submission: Submission) {
        // A phone that gave up waiting was told its answer was not saved: it is not.
        let Some(submission) = submission.claim() else {
            return;
        };
        let Some(open) = self.screen.open_workshop_mut() else {
            // The phone shows the reason. The workshop, and with it the room's language, is
            // gone: the screens' language is the best guess left.
            submission.reply(Err(NotSaved::WorkshopClosed));
            return;
        };
        let reply = match open.add_responses([submission.response.clone()]) {
            Ok(saved) => {
                if let Some(notice) = saved.notice(self.language) {
                    self.notice = Some(notice);
                }
                Ok(())
            }
            Err(error) => {
                self.notice = Some(Notice::Error(self.language.text_with(
                    "room-answer-not-counted",
                    &[("error", error.describe(self.language).into())],
                )));
                Err(NotSaved::FileNotWritten)
            }
        };
        submission.reply(reply);
    }
}
