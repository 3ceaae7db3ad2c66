//! Small pieces the stages share.

use eframe::egui::{self, Color32, RichText};

use crate::rules::Verdict;

/// A labelled single-line text field; returns the new text when it changed.
pub fn text_field(ui: &mut egui::Ui, label: &str, value: &str, hint: &str) -> Option<String> {
    let mut text = value.to_owned();
    let changed = ui
        .horizontal(|ui| {
            let label = ui.label(label);
            ui.add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(hint)
                    .desired_width(360.0),
            )
            .labelled_by(label.id)
            .changed()
        })
        .inner;
    changed.then_some(text)
}

/// A labelled multi-line text field; returns the new text when it changed.
pub fn text_area(ui: &mut egui::Ui, label: &str, value: &str, rows: usize) -> Option<String> {
    let mut text = value.to_owned();
    let label = ui.label(label);
    let changed = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed();
    changed.then_some(text)
}

/// A labelled whole-number field; returns the new value when it changed.
pub fn number_field(
    ui: &mut egui::Ui,
    label: &str,
    value: u32,
    range: std::ops::RangeInclusive<u32>,
) -> Option<u32> {
    let mut number = value;
    let changed = ui
        .horizontal(|ui| {
            let label = ui.label(label);
            ui.add(egui::DragValue::new(&mut number).range(range))
                .labelled_by(label.id)
                .changed()
        })
        .inner;
    changed.then_some(number)
}

/// A validation message beside a field.
pub fn field_error(ui: &mut egui::Ui, message: &str) {
    ui.label(RichText::new(format!("⚠ {message}")).color(ui.visuals().warn_fg_color));
}

pub fn verdict_color(ui: &egui::Ui, verdict: Verdict) -> Color32 {
    match verdict {
        Verdict::Healthy => {
            if ui.visuals().dark_mode {
                Color32::from_rgb(120, 200, 140)
            } else {
                Color32::from_rgb(20, 110, 50)
            }
        }
        Verdict::Toxic => ui.visuals().error_fg_color,
        Verdict::Insufficient => ui.visuals().weak_text_color(),
    }
}

/// The verdict as icon and word, never colour alone.
pub fn verdict_badge(ui: &mut egui::Ui, verdict: Verdict, size: f32) {
    ui.label(
        RichText::new(format!("{} {}", verdict.icon(), verdict.label()))
            .size(size)
            .strong()
            .color(verdict_color(ui, verdict)),
    );
}

/// Formats a share as a percentage.
pub fn percent(share: Option<f64>) -> String {
    // Rounded as every export rounds shares.
    share.map_or_else(|| String::from("–"), crate::rules::percent)
}

/// Formats a mean with two decimals, or a dash.
pub fn mean(value: Option<f64>) -> String {
    value.map_or_else(|| String::from("–"), |value| format!("{value:.2}"))
}
