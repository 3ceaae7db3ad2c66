//! What every kiosk screen is built from: the smallest touch target, the rating scale's
//! words, a title, a large choice button and its tick, the language choice, and whether the
//! pointer rests where it was (the type sizes are in `style/theme.rs`).

use eframe::egui::{self, RichText};

use super::kiosk_state::KioskStep;
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

/// A choice's words, ticked when chosen: chosen reads as chosen in any colour, never only
/// as a fill a hover could be mistaken for.
pub fn chosen_mark(selected: bool, words: &str) -> String {
    if selected {
        format!("✔ {words}")
    } else {
        words.to_owned()
    }
}

/// The four languages, each by its own name, `current` chosen, as the phones offer them;
/// the language picked. For a right-to-left row (the kiosk's footer), so added last first.
pub fn language_choice_ui(ui: &mut egui::Ui, current: Language) -> Option<Language> {
    let mut picked = None;
    for language in Language::ALL.into_iter().rev() {
        let selected = language == current;
        let name = language.name();
        let text = RichText::new(chosen_mark(selected, name)).size(theme::KIOSK_SMALL);
        let size = egui::vec2(TOUCH * 1.5, TOUCH);
        if choice(ui, selected, text, size, egui::Role::RadioButton, name).clicked() {
            picked = Some(language);
        }
    }
    ui.label(RichText::new("🌐").size(theme::KIOSK_TEXT));
    picked.filter(|language| *language != current)
}

/// Where the pointer was when a step came up, until it moves (`None` once it has).
#[derive(Clone, Copy)]
struct Rest {
    step: KioskStep,
    at: Option<egui::Pos2>,
}

/// Whether the pointer still rests where it was when `step` came up (called every frame).
pub fn pointer_resting(ui: &egui::Ui, step: KioskStep) -> bool {
    let id = egui::Id::unique("kiosk pointer rest");
    let pointer = ui.input(|input| input.pointer.latest_pos());
    let rest = match ui.data(|data| data.get_temp::<Rest>(id)) {
        Some(rest) if rest.step == step => Rest {
            at: rest.at.filter(|at| Some(*at) == pointer),
            ..rest
        },
        _ => Rest { step, at: pointer },
    };
    ui.data_mut(|data| data.insert_temp(id, rest));
    rest.at.is_some()
}
