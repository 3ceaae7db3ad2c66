//! What every kiosk screen is built from: the smallest touch target, the rating scale's
//! words, a title and a large choice button (the type sizes are in `style/theme.rs`).

use eframe::egui::{self, RichText};

use crate::i18n::Language;
use crate::ui::style::theme;

/// The smallest height of anything a participant taps.
pub const TOUCH: f32 = 48.0;

/// The rating scale's points.
pub const SCALE: [u8; 5] = [1, 2, 3, 4, 5];

/// The words for a point of the rating scale, in `language` ("strongly agree" for 5).
pub fn scale_word(language: Language, value: u8) -> String {
    language.text(match value {
        1 => "scale-1",
        2 => "scale-2",
        3 => "scale-3",
        4 => "scale-4",
        _ => "scale-5",
    })
}

pub fn title(ui: &mut egui::Ui, text: &str) {
    ui.heading(RichText::new(text).size(theme::KIOSK_TITLE));
    ui.add_space(12.0);
}

/// A large button a participant taps, announced as a radio button or a check box.
pub fn choice(
    ui: &mut egui::Ui,
    selected: bool,
    text: RichText,
    size: egui::Vec2,
    role: egui::Role,
    name: &str,
) -> egui::Response {
    let button = egui::Button::new(text).selected(selected).min_size(size);
    let response = ui.add(button);
    response.widget_info(|| egui::WidgetInfo::selected(role, true, selected, name));
    response
}

/// A [`choice`] of exactly `size`, its text wrapping inside it: rows of these stay even,
/// and a long label in any language stays on the page.
pub fn sized_choice(
    ui: &mut egui::Ui,
    selected: bool,
    text: RichText,
    size: egui::Vec2,
    role: egui::Role,
    name: &str,
) -> egui::Response {
    let button = egui::Button::new(text).selected(selected).wrap();
    let response = ui.add_sized(size, button);
    response.widget_info(|| egui::WidgetInfo::selected(role, true, selected, name));
    response
}
