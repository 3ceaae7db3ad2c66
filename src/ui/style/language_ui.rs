//! The language of the facilitator's screens. It lives in egui's context, as the style does,
//! so every view reads it without one more argument; the app sets it each time it changes.
//! Participants' screens (the kiosk) use the workshop's language instead.

use eframe::egui;

use crate::i18n::{Arg, Language};

fn key() -> egui::Id {
    egui::Id::unique("tandem screens' language")
}

/// Tells every view which language the facilitator's screens speak.
pub fn set(ctx: &egui::Context, language: Language) {
    ctx.data_mut(|data| data.insert_temp(key(), language));
}

/// The language of the facilitator's screens (English until the app says otherwise).
pub fn of(ui: &egui::Ui) -> Language {
    ui.ctx()
        .data(|data| data.get_temp::<Language>(key()))
        .unwrap_or_default()
}

/// The message `id` in the facilitator's language.
pub fn text(ui: &egui::Ui, id: &str) -> String {
    of(ui).text(id)
}

/// The message `id` with its variables, in the facilitator's language.
pub fn text_with(ui: &egui::Ui, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    of(ui).text_with(id, args)
}

/// A labelled menu of the languages Tandem speaks, each by its own name; the new choice
/// when it changed.
pub fn language_picker(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    current: Language,
) -> Option<Language> {
    let mut chosen = current;
    // In a right-to-left row (the top bar's right side) the label is added after the menu,
    // so it still reads before it.
    let right_to_left = ui.layout().prefer_right_to_left();
    ui.horizontal(|ui| {
        let before = (!right_to_left).then(|| ui.label(label));
        let menu = egui::ComboBox::from_id_salt(id_salt)
            .selected_text(current.name())
            .show_ui(ui, |ui| {
                for language in Language::ALL {
                    ui.selectable_value(&mut chosen, language, language.name());
                }
            })
            .response;
        let label = before.unwrap_or_else(|| ui.label(label));
        menu.labelled_by(label.id);
    });
    (chosen != current).then_some(chosen)
}
