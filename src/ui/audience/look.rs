//! How the audience view writes: large type in the workshop's language, sized to the space
//! it has, and lines that wrap but are never controls.

use eframe::egui::{self, RichText};

use crate::clock::Clock;
use crate::i18n::Language;

/// Type sizes at 1280×720; [`Look::scale`] sizes them to the space there is.
const TITLE: f32 = 40.0;
const HEADING: f32 = 31.0;
const TEXT: f32 = 24.0;
const NOTE: f32 = 21.0;

/// How the audience view writes: its language and sizes, and the moment it shows.
pub struct Look<'a> {
    pub language: Language,
    pub scale: f32,
    pub clock: &'a Clock,
}

impl Look<'_> {
    pub fn title(&self, text: impl Into<String>) -> RichText {
        RichText::new(text.into()).size(TITLE * self.scale).strong()
    }

    pub fn heading(&self, text: impl Into<String>) -> RichText {
        RichText::new(text.into())
            .size(HEADING * self.scale)
            .strong()
    }

    pub fn text(&self, text: impl Into<String>) -> RichText {
        RichText::new(text.into()).size(TEXT * self.scale)
    }

    pub fn note(&self, text: impl Into<String>) -> RichText {
        RichText::new(text.into()).size(NOTE * self.scale)
    }

    /// Space between parts, in proportion.
    pub fn gap(&self, ui: &mut egui::Ui) {
        ui.add_space(14.0 * self.scale);
    }

    /// Whether there is room left for about `lines` more lines of text.
    pub fn room_for(&self, ui: &egui::Ui, lines: f32) -> bool {
        ui.available_height() >= lines * TEXT * self.scale * 1.4
    }
}

/// A line of the audience view: it wraps, never truncates, and is no control (not even
/// selectable text).
pub fn line(ui: &mut egui::Ui, text: RichText) {
    ui.add(egui::Label::new(text).wrap().selectable(false));
}
