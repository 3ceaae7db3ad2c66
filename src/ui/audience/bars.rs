//! Horizontal bars painted for the room: no plot, so nothing reacts to a resting pointer
//! (no crosshair, no stray value), and every label is a word the room can read.

use eframe::egui::{self, Align2, Color32, FontId, Stroke};

use super::look::Look;

/// One bar: whose, what share (0–1), in which colour.
pub struct Bar {
    pub name: String,
    pub share: f64,
    pub colour: Color32,
}

impl Bar {
    pub fn new(name: String, share: f64, colour: Color32) -> Self {
        Self {
            name,
            share: share.clamp(0.0, 1.0),
            colour,
        }
    }
}

/// Rows of bars, each row under its label (an answer), the bars' shares written at their
/// ends and a legend of names above; in `height` points at most.
pub fn bar_rows(ui: &mut egui::Ui, rows: &[(String, Vec<Bar>)], height: f32, look: &Look<'_>) {
    let width = ui.available_width();
    let text_size = 19.0 * look.scale;
    let label_width = (width * 0.32).min(380.0 * look.scale);
    let bars_per_row = rows.first().map_or(1, |(_, bars)| bars.len().max(1));
    let row_height = (height - text_size * 2.0) / rows.len().max(1) as f32;
    let bar_height = (row_height * 0.8 / bars_per_row as f32).min(28.0 * look.scale);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let text_colour = ui.visuals().text_color();
    let font = FontId::proportional(text_size);
    // The legend: each colour with its name.
    let mut x = rect.left();
    if let Some((_, bars)) = rows.first() {
        for bar in bars {
            let swatch = egui::Rect::from_min_size(
                egui::pos2(x, rect.top() + text_size * 0.2),
                egui::vec2(text_size, text_size),
            );
            painter.rect_filled(swatch, 2.0, bar.colour);
            let name = painter.text(
                egui::pos2(swatch.right() + 6.0, rect.top()),
                Align2::LEFT_TOP,
                &bar.name,
                font.clone(),
                text_colour,
            );
            x = name.right() + 24.0 * look.scale;
        }
    }
    let top = rect.top() + text_size * 2.0;
    let bar_width = width - label_width - 90.0 * look.scale;
    for (index, (label, bars)) in rows.iter().enumerate() {
        let row_top = top + index as f32 * row_height;
        let galley = painter.layout(label.clone(), font.clone(), text_colour, label_width - 12.0);
        let label_top = row_top + (row_height * 0.8 - galley.size().y).max(0.0) / 2.0;
        painter.galley(egui::pos2(rect.left(), label_top), galley, text_colour);
        for (slot, bar) in bars.iter().enumerate() {
            let y = row_top + slot as f32 * bar_height;
            let length = (bar.share as f32 * bar_width).max(1.0);
            let bar_rect = egui::Rect::from_min_size(
                egui::pos2(rect.left() + label_width, y),
                egui::vec2(length, bar_height * 0.85),
            );
            painter.rect_filled(bar_rect, 2.0, bar.colour);
            painter.text(
                egui::pos2(bar_rect.right() + 6.0, bar_rect.center().y),
                Align2::LEFT_CENTER,
                look.language.percent(bar.share, 0),
                FontId::proportional((bar_height * 0.8).clamp(10.0, text_size)),
                text_colour,
            );
        }
        painter.line_segment(
            [
                egui::pos2(rect.left() + label_width, row_top),
                egui::pos2(rect.left() + label_width, row_top + row_height * 0.8),
            ],
            Stroke::new(1.0, ui.visuals().weak_text_color()),
        );
    }
}
