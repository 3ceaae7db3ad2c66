//! The egui layer: an app state changed only through commands ([`state::AppState::handle`]),
//! nested by the state that owns them; views that read it and send commands; one file per
//! workshop stage; background work reporting through one inbox ([`background::Background`]).

pub mod app;
mod app_commands;
pub mod background;
mod chrome;
pub mod command;
pub mod compare_lines;
pub mod compare_steps;
mod compare_tables;
mod compare_view;
mod culled_rows;
mod dialog_commands;
mod edit;
pub mod event;
mod export_buttons;
pub mod file_purpose;
pub mod findings_view;
pub mod frame_probe;
mod home;
mod import_commands;
mod import_mapping;
mod kept;
pub mod kiosk;
mod kiosk_widgets;
pub mod language_ui;
pub mod library;
pub mod notice;
pub mod open_workshop;
mod participant;
mod participant_review;
pub mod participant_screen;
mod participant_unlock;
pub mod path_entry;
pub mod qr_matrix;
mod room_commands;
pub mod room_panel;
mod room_view;
pub mod screen;
mod sort_key;
mod stages;
pub mod state;
pub mod stepper;
pub mod theme;
mod widgets;
mod workshop_commands;

use std::path::PathBuf;

pub use app::TandemApp;
pub use command::{
    AppCommand, Command, Edit, KioskCommand, LibraryCommand, RoomCommand, WorkshopCommand,
};
pub use state::AppState;

/// What the window should show first.
#[derive(Clone, Debug)]
pub struct Launch {
    pub workshops_dir: PathBuf,
    pub open: Option<PathBuf>,
}

/// Opens the window and blocks until it is closed.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Tandem")
            .with_app_id("tandem")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        // Without winit's default menu, Cmd+Q reaches the app as keys, like Ctrl+Q elsewhere,
        // so it asks before closing and participant mode refuses it.
        #[cfg(target_os = "macos")]
        event_loop_builder: Some(Box::new(|builder| {
            use winit::platform::macos::EventLoopBuilderExtMacOS as _;
            builder.with_default_menu(false);
        })),
        ..Default::default()
    };
    eframe::run_native(
        "Tandem",
        options,
        Box::new(|creation| {
            TandemApp::style(&creation.egui_ctx);
            let app = TandemApp::new(launch, creation.storage);
            Ok(match frame_probe::FrameProbe::wrap(app) {
                Ok(probed) => Box::new(probed),
                Err(app) => Box::new(app),
            })
        }),
    )
    .map_err(|error| anyhow::anyhow!("could not open the Tandem window: {error}"))
}
