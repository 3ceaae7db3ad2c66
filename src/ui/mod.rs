//! The egui layer: an app state changed only through commands
//! ([`state::app_state::AppState::handle`]), nested by the state that owns them; views that
//! read it and send commands; one file per workshop stage; background work reporting through
//! one inbox ([`state::background::Background`]). A folder per thing the facilitator sees:
//! `home`, `compare`, `workshop` (with its `room` and `stages`), `kiosk`; `state` holds what
//! the app keeps and how it changes, `style` how it all looks.

pub mod about;
pub mod app;
mod applied_view;
pub mod audience;
mod chrome;
pub mod compare;
pub mod frame_probe;
pub mod home;
pub mod kiosk;
pub mod state;
pub mod style;
pub mod workshop;

use std::path::PathBuf;

/// What the window should show first.
#[derive(Clone, Debug)]
pub struct Launch {
    pub workshops_dir: PathBuf,
    pub open: Option<PathBuf>,
    /// Show the audience window from the start (`tandem open FILE --audience`).
    pub audience: bool,
}

/// Tandem's icon for the window and the taskbar (eframe's own is an "e"): the 256-pixel
/// rendering of `assets/icons/tandem.svg`. `None` only if that file were not a PNG.
pub fn window_icon() -> Option<eframe::egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/tandem-256.png")).ok()
}

/// Opens the window and blocks until it is closed.
pub fn run(launch: Launch, clock: crate::clock::Clock) -> anyhow::Result<()> {
    let viewport = eframe::egui::ViewportBuilder::default()
        .with_title("Tandem")
        .with_app_id("tandem")
        .with_inner_size([1200.0, 800.0])
        .with_min_inner_size([720.0, 480.0]);
    let options = eframe::NativeOptions {
        viewport: match window_icon() {
            Some(icon) => viewport.with_icon(icon),
            None => viewport,
        },
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
            let app = TandemApp::new(launch, creation.storage, clock);
            Ok(match frame_probe::FrameProbe::wrap(app) {
                Ok(probed) => Box::new(probed),
                Err(app) => Box::new(app),
            })
        }),
    )
    .map_err(|error| anyhow::anyhow!("could not open the Tandem window: {error}"))
}

// The app and the commands a caller (the binary, tests, benchmarks) drives it with.
pub use app::TandemApp;
pub use state::app_state::AppState;
pub use state::command::{
    AppCommand, Command, Edit, KioskCommand, LibraryCommand, RoomCommand, WorkshopCommand,
};
