//! About Tandem: the version, the licence, the folder the workshops are kept in, and the
//! study the questions come from. Opened from the home screen, over it.

use std::path::Path;

use eframe::egui::{self, RichText};

use crate::ui::state::command::{AppCommand, Commands};
use crate::ui::style::language_ui;

/// What the About view says that is not known when Tandem is built, worked out when it
/// opens: the workshops folder in use, in full (the app may have been given a relative one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct About {
    pub folder: String,
}

impl About {
    pub fn new(workshops_dir: &Path) -> Self {
        let folder =
            std::path::absolute(workshops_dir).unwrap_or_else(|_| workshops_dir.to_path_buf());
        Self {
            folder: folder.display().to_string(),
        }
    }
}

/// The About view, over everything else until closed (its button, Esc or a click beside it).
pub fn about_ui(ctx: &egui::Context, about: &About, commands: &mut Commands) {
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        let language = language_ui::of(ui);
        ui.set_max_width(620.0);
        ui.heading(language.text("about-title"));
        let version = env!("CARGO_PKG_VERSION");
        ui.label(language.text_with("about-version", &[("version", version.into())]));
        let licence = env!("CARGO_PKG_LICENSE");
        ui.label(language.text_with("about-licence", &[("licence", licence.into())]));
        ui.add_space(8.0);
        ui.label(language.text("about-folder"));
        ui.label(RichText::new(&about.folder).monospace());
        ui.add_space(8.0);
        ui.label(RichText::new(language.text("about-study-title")).strong());
        ui.label(language.text("about-study"));
        ui.add_space(8.0);
        if ui.button(language.text("about-close")).clicked() {
            commands.send(AppCommand::ShowAbout(false));
        }
    });
    if modal.should_close() {
        commands.send(AppCommand::ShowAbout(false));
    }
}
