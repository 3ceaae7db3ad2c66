//! Work that runs off the UI thread — file dialogs, exports, the library scan — and the one
//! inbox through which all of it reports back.

use std::path::PathBuf;

use eframe::egui;
use egui_inbox::{UiInbox, UiInboxSender};

use super::event::Event;
use super::file_purpose::FilePurpose;
use crate::clock::Clock;
use crate::storage;

/// The app's one inbox: a report sent to it wakes the UI, so nothing polls while idle.
#[derive(Default)]
pub struct Background {
    inbox: UiInbox<Event>,
}

impl Background {
    /// Reports wake this context from now on.
    pub fn attach(&mut self, ctx: &egui::Context) {
        self.inbox.set_ctx(ctx);
    }

    pub fn sender(&self) -> UiInboxSender<Event> {
        self.inbox.sender()
    }

    /// Everything reported since the last call.
    pub fn drain(&self) -> impl Iterator<Item = Event> {
        self.inbox.read_without_ctx()
    }

    /// Shows a native file dialog on its own thread (rfd's dialogs block); the answer arrives
    /// as [`Event::DialogClosed`], also when no dialog could be shown. `file_name` is what a
    /// save dialog suggests.
    pub fn ask_for_file(
        &self,
        purpose: FilePurpose,
        folder: PathBuf,
        file_name: String,
        language: crate::i18n::Language,
        clock: Clock,
    ) -> std::io::Result<()> {
        let sender = self.sender();
        spawn("file dialog", move || {
            let answer = purpose.ask(folder, file_name, language, &clock);
            // The app may have closed meanwhile; then nobody needs the answer.
            let _ = sender.send(Event::DialogClosed(purpose, answer));
        })
    }

    /// Renders and writes atomically on its own thread; the result arrives as
    /// [`Event::ExportFinished`].
    pub fn export(&self, job: ExportJob) -> std::io::Result<()> {
        let sender = self.sender();
        spawn("export", move || {
            let ExportJob { target, render } = job;
            let result = render().and_then(|bytes| {
                storage::atomic::write_atomically(&target, &bytes)
                    .map(|()| target)
                    .map_err(|error| error.to_string())
            });
            let _ = sender.send(Event::ExportFinished(result));
        })
    }
}

/// One export: where it goes, and how to make its bytes (run on the export's thread), or
/// why they could not be made.
pub struct ExportJob {
    pub target: PathBuf,
    pub render: Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send>,
}

/// Runs `work` on a thread named `name` (names show in debuggers and panics).
pub fn spawn(name: &str, work: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(work)
        .map(drop)
}
