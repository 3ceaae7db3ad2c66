//! Room mode on the app's side: opening and closing the room, and taking in the answers its
//! phones send.

use std::time::Instant;

use super::qr_matrix::QrMatrix;
use super::room_panel::{Leaving, OpenRoom};
use crate::domain::Stage;
use crate::room::{Room, RoomConfig, Submission};
use crate::ui::state::app_state::AppState;
use crate::ui::state::command::{AppCommand, RoomCommand, WorkshopCommand};
use crate::ui::state::event::Event;
use crate::ui::state::notice::Notice;
use crate::ui::state::screen::Screen;

impl AppState {
    /// Room commands act on the facilitator's open workshop only (participant mode never
    /// gets here: see the gate in [`AppState::handle`]).
    pub(in crate::ui) fn handle_room(&mut self, command: RoomCommand, now: Instant) {
        let Screen::Workshop(open) = &mut self.screen else {
            return;
        };
        let room = &mut open.room;
        match command {
            RoomCommand::StayInRoom => room.leaving = None,
            RoomCommand::CloseAndLeave => {
                room.open = None;
                match room.leaving.take() {
                    Some(Leaving::To(stage)) => {
                        open.handle(WorkshopCommand::GoTo(stage), now, &mut self.notice);
                    }
                    Some(Leaving::Home) => self.handle_app(AppCommand::CloseWorkshop, now),
                    None => {}
                }
            }
            RoomCommand::LookForNetworks => room.interfaces = crate::room::network_interfaces(),
            RoomCommand::ChooseNetwork(address) => room.chosen = Some(address),
            RoomCommand::Close => room.open = None,
            RoomCommand::Present(presenting) => {
                if let Some(open_room) = &mut room.open {
                    open_room.presenting = presenting;
                }
            }
            RoomCommand::Open => {
                if room.open.is_some() || open.workshop.stage != Stage::Capture {
                    return;
                }
                let Some(bind) = room.bind_address() else {
                    self.notice = Some(Notice::Error(self.language.text("room-no-network")));
                    return;
                };
                let sender = self.background.sender();
                let mut config = RoomConfig::new(bind, open.workshop.questionnaire.clone());
                config.language = open.workshop.meta.language;
                // A send fails only when the app is closing: the dropped submission then
                // tells the phone its answer was not counted.
                let opened = Room::open(config, move |submission| {
                    let _ = sender.send(Event::RoomAnswer(submission));
                });
                let language = self.language;
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
                        room.open = Some(open_room);
                        self.notice = None;
                    }
                    Err(error) => self.notice = Some(Notice::Error(error)),
                }
            }
        }
    }

    /// Saves a phone's answer (held back after the reveal, like any other) and tells the
    /// phone whether it counts. Participant mode takes answers too: the kiosk and the phones
    /// fill one workshop.
    pub(in crate::ui) fn take_room_answer(&mut self, submission: Submission) {
        let Some(open) = self.screen.open_workshop_mut() else {
            // The phone shows the reason. The workshop, and with it the room's language, is
            // gone: the screens' language is the best guess left.
            submission.reply(Err(self.language.text("room-reason-workshop-closed")));
            return;
        };
        let reply = match open.add_responses([submission.response.clone()]) {
            Ok(()) => Ok(()),
            Err(error) => {
                self.notice = Some(Notice::Error(self.language.text_with(
                    "room-answer-not-counted",
                    &[("error", error.to_string().into())],
                )));
                Err(open.workshop.meta.language.text("room-reason-not-written"))
            }
        };
        submission.reply(reply);
    }
}
