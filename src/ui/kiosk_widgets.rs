//! What every kiosk screen is built from: the type size, the smallest touch target, the
//! rating scale's words, a title and a large choice button.

use eframe::egui::{self, RichText};

pub const TEXT: f32 = 22.0;
/// The smallest height of anything a participant taps.
pub const TOUCH: f32 = 48.0;

/// The rating scale, with the words for each point.
pub const SCALE: [(u8, &str); 5] = [
    (1, "strongly disagree"),
    (2, "disagree"),
    (3, "neutral"),
    (4, "agree"),
    (5, "strongly agree"),
];

pub fn title(ui: &mut egui::Ui, text: &str) {
    ui.heading(RichText::new(text).size(30.0));
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
