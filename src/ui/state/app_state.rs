//! The app state and the one place it changes: [`AppState::handle`].

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::background::Background;
use super::command::{AppCommand, Command};
use super::effects::{Effects, FollowUp};
use super::event::Event;
use super::file_purpose::FilePurpose;
use super::notice::{INFO_SHOWN_FOR, Notice, Place};
use super::path_entry::PathEntry;
use super::screen::Screen;
use crate::clock::Clock;
use crate::compare::Comparison;
use crate::i18n::Language;
use crate::storage;
use crate::ui::home::library::Library;
use crate::ui::kiosk::kiosk_state::Kiosk;
use crate::ui::style::theme;
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// Unsaved edits are written to the recovery file after this long without another edit.
pub const AUTOSAVE_PAUSE: Duration = Duration::from_secs(2);

/// ...and never later than this after the first edit not yet in it, so typing that never
/// pauses is kept too.
pub const AUTOSAVE_MAX_WAIT: Duration = Duration::from_secs(8);

/// Closing the window: unsaved edits are never lost to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    /// Not closing; a close request now is refused (the app tells egui `CancelClose`).
    No,
    /// Asking the facilitator: save, discard or cancel.
    Asking,
    /// Close now; the edits are saved, or the facilitator discarded them.
    Confirmed,
}

pub struct AppState {
    pub workshops_dir: PathBuf,
    pub library: Library,
    pub screen: Screen,
    pub notice: Option<Notice>,
    /// Where and when the notice was raised: it goes when the facilitator moves on.
    notice_raised: Option<(Place, Instant)>,
    pub recent: Vec<PathBuf>,
    pub dark_mode: bool,
    /// The language of the facilitator's screens; the kiosk and phones use the workshop's.
    pub language: Language,
    /// Presentation mode: full screen, everything [`theme::PRESENTATION_ZOOM`] times larger.
    pub presenting: bool,
    /// The facilitator asked for the responses CSV: the app says what it links first.
    pub asking_raw_export: bool,
    /// The facilitator's own zoom (1.0 by default); presentation mode multiplies it.
    pub zoom: f32,
    /// The native file dialog that is open, if one is; its answer arrives as an [`Event`].
    pub dialog: Option<FilePurpose>,
    /// When it was asked for, until the typed path is offered beside it.
    pub dialog_asked: Option<Instant>,
    /// The typed path offered when a file dialog could not be shown or did not answer.
    pub path_entry: Option<PathEntry>,
    /// An export is running on its own thread.
    pub exporting: bool,
    /// Text for the clipboard, which the app hands to egui after the frame.
    pub clipboard: Option<String>,
    /// Where closing the window stands; the app tells egui after the frame.
    pub closing: Closing,
    pub background: Background,
    /// What the room sees on the projector, as the facilitator chose.
    pub audience: crate::ui::audience::audience_state::Audience,
    /// The About view, while it is open.
    pub about: Option<crate::ui::about::About>,
    /// Where every reading of the time comes from (the computer's, or a test's).
    clock: Clock,
}

impl AppState {
    pub fn new(workshops_dir: PathBuf, clock: Clock) -> Self {
        let background = Background::default();
        let library = Library::scan(&workshops_dir, &background.sender());
        Self {
            workshops_dir,
            library,
            screen: Screen::Home,
            notice: None,
            notice_raised: None,
            recent: Vec::new(),
            dark_mode: false,
            language: Language::of_system(),
            presenting: false,
            asking_raw_export: false,
            zoom: 1.0,
            dialog: None,
            dialog_asked: None,
            path_entry: None,
            exporting: false,
            clipboard: None,
            closing: Closing::No,
            background,
            audience: crate::ui::audience::audience_state::Audience::default(),
            about: None,
            clock,
        }
    }

    /// The open workshop, whether the facilitator or a participant has it.
    pub fn open(&self) -> Option<&OpenWorkshop> {
        self.screen.open_workshop()
    }

    pub fn kiosk(&self) -> Option<&Kiosk> {
        match &self.screen {
            Screen::Participant(screen) => Some(&screen.kiosk),
            _ => None,
        }
    }

    pub fn comparison(&self) -> Option<&Comparison> {
        match &self.screen {
            Screen::Comparison(screen) => Some(screen.comparison()),
            _ => None,
        }
    }

    /// The app's clock, which the views read their time from too.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Applies one command, routed to the state that owns it. Errors become a notice; the
    /// data the app had is kept.
    pub fn handle(&mut self, command: Command) {
        let now = self.clock.now();
        let before = (self.place(), self.notice.clone());
        let place = before.0;
        self.route(command, now);
        // A finding in the spotlight belongs to Diagnose: another stage starts without one.
        if self.place() != place {
            self.audience.spotlight = None;
        }
        self.settle_notice(before, now);
    }

    fn route(&mut self, command: Command, now: Instant) {
        let in_participant_mode = matches!(self.screen, Screen::Participant(_));
        match command {
            // The participant-mode gate: while a kiosk is up, nothing but its own commands
            // reaches any state.
            Command::Kiosk(_) => self.route_to_screen(command, now),
            _ if in_participant_mode => {}
            Command::Library(command) => self.library.handle(command),
            Command::App(command) => self.handle_app(command, now),
            Command::Workshop(_) | Command::Room(_) => self.route_to_screen(command, now),
        }
    }

    /// A command for the screen on show, handled by the state that owns it; then what it
    /// asked of the app.
    fn route_to_screen(&mut self, command: Command, now: Instant) {
        let mut effects = Effects::new(
            (&self.clock, now),
            self.language,
            &mut self.notice,
            &self.background,
        );
        match (&mut self.screen, command) {
            (Screen::Participant(screen), Command::Kiosk(command)) => {
                screen.handle(command, &mut effects);
            }
            (Screen::Workshop(open), Command::Workshop(command)) => {
                open.handle(command, &mut effects);
            }
            (Screen::Workshop(open), Command::Room(command)) => {
                open.handle_room(command, &mut effects);
            }
            // A command for a screen that is not shown does nothing.
            _ => {}
        }
        match effects.follow_up() {
            Some(FollowUp::LeaveParticipantMode) => self.leave_participant_mode(),
            Some(FollowUp::CloseWorkshop) => self.handle_app(AppCommand::CloseWorkshop, now),
            None => {}
        }
    }

    /// Work between frames: what background work reported, and autosave after a pause in
    /// editing. Returns how long until it needs to run again, if it does; reports wake the
    /// UI by themselves.
    pub fn tick(&mut self) -> Option<Duration> {
        let now = self.clock.now();
        let before = (self.place(), self.notice.clone());
        self.take_reports();
        self.library.settle();
        self.reopen_locked(now);
        let autosave = self.autosave(now);
        self.settle_notice(before, now);
        let toast = self.expire_notice(now);
        let patience = self.dialog_patience(now);
        [autosave, toast, patience].into_iter().flatten().min()
    }

    /// Handles what background work and the room's phones reported. Also called when no
    /// frame is drawn (the window minimised or hidden), so a phone's answer is saved while
    /// the phone waits for it.
    pub fn take_reports(&mut self) {
        let events: Vec<Event> = self.background.drain().collect();
        for event in events {
            self.on_event(event);
        }
    }

    /// Where the facilitator is, for the notice.
    pub fn place(&self) -> Place {
        match &self.screen {
            Screen::Home => Place::Home,
            Screen::Comparison(_) => Place::Comparison,
            Screen::Workshop(open) => Place::Workshop(open.workshop.stage),
            Screen::Participant(_) => Place::Participant,
        }
    }

    /// After a change: a new notice is raised here and now; an old one goes when the
    /// facilitator has moved to another stage or screen.
    fn settle_notice(&mut self, (place, notice): (Place, Option<Notice>), now: Instant) {
        if self.notice != notice {
            self.notice_raised = self.notice.as_ref().map(|_| (self.place(), now));
        } else if self.place() != place {
            self.notice = None;
            self.notice_raised = None;
        }
    }

    /// Information goes by itself after a while; errors stay until dismissed. Returns how
    /// long until the shown information goes.
    fn expire_notice(&mut self, now: Instant) -> Option<Duration> {
        let (Some(Notice::Info(_)), Some((_, raised))) = (&self.notice, self.notice_raised) else {
            return None;
        };
        let due = raised + INFO_SHOWN_FOR;
        if now < due {
            return Some(due - now);
        }
        self.notice = None;
        self.notice_raised = None;
        None
    }

    /// The zoom egui should use: the facilitator's, times presentation mode's.
    pub fn zoom_factor(&self) -> f32 {
        if self.presenting {
            self.zoom * theme::PRESENTATION_ZOOM
        } else {
            self.zoom
        }
    }

    pub(super) fn set_zoom(&mut self, zoom: f32) {
        if zoom.is_finite() {
            self.zoom = zoom.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM);
        }
    }

    /// The workshop is being left (closed, or the window): the time on its stage is kept.
    pub fn keep_time(&mut self) {
        let now = self.clock.now();
        if let Screen::Workshop(open) = &mut self.screen
            && let Err(error) = open.keep_time(now)
        {
            self.notice = Some(Notice::Error(self.language.text_with(
                "file-error-time-not-kept",
                &[("error", error.describe(self.language).into())],
            )));
        }
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::DialogClosed(purpose, answer) => self.on_dialog_closed(purpose, answer),
            Event::ExportFinished(result) => self.on_export_finished(result),
            Event::Scan { generation, event } => self.library.on_scan(generation, event),
            Event::RoomAnswer(submission) => self.take_room_answer(submission),
        }
    }

    /// A workshop left in participant mode goes back to its kiosk as soon as the library
    /// finds it: a restart (even a forced one, before the app could remember anything) is
    /// no way around the lock.
    fn reopen_locked(&mut self, now: Instant) {
        if let Some(path) = self.library.take_found_locked()
            && matches!(self.screen, Screen::Home | Screen::Comparison(_))
        {
            self.open_path(&path, now);
        }
    }

    fn autosave(&mut self, now: Instant) -> Option<Duration> {
        // A window that no longer holds the workshop keeps its edits in memory (the header
        // offers a copy): the recovery file beside it is the holder's.
        let open = self
            .screen
            .open_workshop_mut()
            .filter(|open| open.writable())?;
        let paused = open.last_edit? + AUTOSAVE_PAUSE;
        let due = open
            .first_unsaved_edit
            .map_or(paused, |first| paused.min(first + AUTOSAVE_MAX_WAIT));
        if now < due {
            return Some(due - now);
        }
        open.last_edit = None;
        open.first_unsaved_edit = None;
        if let Err(error) = storage::autosave_workshop(&open.path, &open.workshop) {
            self.notice = Some(Notice::Error(self.language.text_with(
                "file-error-autosave-failed",
                &[("error", error.describe(self.language).into())],
            )));
        }
        None
    }

    /// Writes edits not yet in the recovery file there now (the window is going away).
    pub fn flush_recovery(&mut self) {
        if self.closing == Closing::Confirmed {
            return; // saved, or discarded on purpose
        }
        if let Some(open) = self.screen.open_workshop_mut()
            && open.last_edit.take().is_some()
            && open.first_unsaved_edit.take().is_some()
            && let Err(error) = storage::autosave_workshop(&open.path, &open.workshop)
        {
            self.notice = Some(Notice::Error(error.describe(self.language)));
        }
    }

    /// Drops recent files that no longer exist, so the home screen lists only what opens.
    pub fn forget_missing_recent(&mut self) {
        self.recent.retain(|path| path.exists());
    }
}
