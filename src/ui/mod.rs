//! The egui layer. Until the facilitator app lands this is a read-only window over the
//! workshops folder, so `tandem` and `tandem open FILE` already show real data.

mod placeholder;

use std::path::PathBuf;

pub use placeholder::PlaceholderApp;

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
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Tandem",
        options,
        Box::new(|_creation| Ok(Box::new(PlaceholderApp::new(launch)))),
    )
    .map_err(|error| anyhow::anyhow!("could not open the Tandem window: {error}"))
}
