//! The smallest eframe window with Tandem's renderer and window settings: the reference for
//! the startup ratio. `cargo build --release --example minimal_window`, then
//! `.ci/measure-window target/release/examples/minimal_window`.

use eframe::egui;
use tandem::ui::frame_probe::FrameProbe;

struct Minimal;

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal")
            .with_inner_size([1200.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "minimal",
        options,
        Box::new(|_| {
            Ok(match FrameProbe::wrap(Minimal) {
                Ok(probed) => Box::new(probed),
                Err(app) => Box::new(app),
            })
        }),
    )
}
