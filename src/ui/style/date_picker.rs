//! A calendar to pick a date from, beside a date typed as YYYY-MM-DD (Setup's date, Agree's
//! due dates). Tandem's own rather than `egui_extras`' picker, which cannot be set from
//! outside: its arrows have no accessible names, its calendar grows and shrinks between
//! months of 4, 5 and 6 weeks (moving its buttons under the pointer), its words are English
//! only, and it reads today's date from the computer instead of the app's clock.

use eframe::egui::{self, RichText};

use super::language_ui;
use crate::domain::Date;
use crate::i18n::Language;

/// Six weeks hold every month, so every month shows as six rows and nothing moves.
const WEEKS: u8 = 6;

/// One day's button.
const CELL: egui::Vec2 = egui::vec2(38.0, 30.0);

const GAP: f32 = 2.0;

/// A "Calendar…" button that opens the month of `shown`; the day picked, when one is.
pub fn date_picker_ui(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    shown: Date,
) -> Option<Date> {
    ui.push_id(id_salt, |ui| {
        let language = language_ui::of(ui);
        let name = language.text("agree-calendar");
        // Words, no pictogram: the emoji fonts draw 📆 as a box on some machines.
        let button = ui.button(format!("{name}…"));
        let month_id = button.id.with("month shown");
        if button.clicked() {
            // It opens on the date it is for.
            ui.data_mut(|data| data.insert_temp(month_id, shown.first_of_month()));
        }
        let mut picked = None;
        egui::Popup::from_toggle_button_response(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .accessible_name(name)
            .show(|ui| {
                let month = ui
                    .data(|data| data.get_temp::<Date>(month_id))
                    .unwrap_or_else(|| shown.first_of_month());
                let (moved, day) = month_ui(ui, language, month, shown);
                if let Some(moved) = moved {
                    ui.data_mut(|data| data.insert_temp(month_id, moved));
                }
                if day.is_some() {
                    picked = day;
                    ui.close();
                }
            });
        picked
    })
    .inner
}

/// The month starting on `first`, `selected` marked: the month moved to with an arrow, and
/// the day clicked.
fn month_ui(
    ui: &mut egui::Ui,
    language: Language,
    first: Date,
    selected: Date,
) -> (Option<Date>, Option<Date>) {
    ui.spacing_mut().item_spacing = egui::vec2(GAP, GAP);
    let width = 7.0 * CELL.x + 6.0 * GAP;
    let mut moved = None;
    ui.horizontal(|ui| {
        if arrow(ui, "⬅", &language.text("calendar-previous-month")) {
            moved = Some(first.plus_months(-1));
        }
        let month = language.text(&format!("month-{}", first.month()));
        let title = language.text_with(
            "calendar-month",
            &[
                ("month", month.into()),
                ("year", first.year().to_string().into()),
            ],
        );
        // A fixed width between the arrows, so they stay put whatever the month's name.
        let title_width = width - 2.0 * (CELL.x + GAP);
        ui.add_sized(
            [title_width, CELL.y],
            egui::Label::new(RichText::new(title).strong()),
        );
        if arrow(ui, "➡", &language.text("calendar-next-month")) {
            moved = Some(first.plus_months(1));
        }
    });
    ui.horizontal(|ui| {
        for name in language.text("calendar-weekdays").split_whitespace() {
            ui.add_sized(CELL, egui::Label::new(RichText::new(name).weak()));
        }
    });
    let offset = first.weekday_from_monday();
    let days = Date::days_in(first.year(), first.month());
    let mut day_clicked = None;
    for week in 0..WEEKS {
        ui.horizontal(|ui| {
            for weekday in 0..7 {
                let day = (week * 7 + weekday + 1).checked_sub(offset);
                match day.filter(|day| (1..=days).contains(day)) {
                    Some(day) => {
                        if let Some(date) = Date::new(first.year(), first.month(), day)
                            && day_ui(ui, language, date, date == selected)
                        {
                            day_clicked = Some(date);
                        }
                    }
                    // Outside the month: the same room, so every month is the same size.
                    None => {
                        ui.allocate_exact_size(CELL, egui::Sense::hover());
                    }
                }
            }
        });
    }
    (moved, day_clicked)
}

/// A month arrow, named for screen readers and tests by what it does.
fn arrow(ui: &mut egui::Ui, icon: &str, name: &str) -> bool {
    let response = ui.add_sized(CELL, egui::Button::new(icon));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    response.on_hover_text(name).clicked()
}

/// One day: its number on screen, the whole date as its name ("15 April 2026").
fn day_ui(ui: &mut egui::Ui, language: Language, date: Date, selected: bool) -> bool {
    let button = egui::Button::new(date.day().to_string()).selected(selected);
    let response = ui.add_sized(CELL, button);
    let name = date.written_in(language);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    response.clicked()
}
