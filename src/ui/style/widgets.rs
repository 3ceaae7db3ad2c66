//! Small pieces the stages share.

use eframe::egui::{self, Color32, RichText};

use crate::domain::{Function, Owner};
use crate::i18n::Language;
use crate::metrics::Scope;
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

/// A striped table: a bold header row, then the rows `body` adds (each ended with
/// `ui.end_row()`), its cells `spacing` apart.
pub fn table_ui(
    ui: &mut egui::Ui,
    id: &str,
    spacing: [f32; 2],
    headers: &[String],
    body: impl FnOnce(&mut egui::Ui),
) {
    egui::Grid::new(id)
        .striped(true)
        .spacing(spacing)
        .show(ui, |ui| {
            for header in headers {
                ui.strong(header);
            }
            ui.end_row();
            body(ui);
        });
}

/// A validation message beside a field.
pub fn field_error(ui: &mut egui::Ui, message: &str) {
    ui.label(RichText::new(format!("⚠ {message}")).color(ui.visuals().warn_fg_color));
}

pub fn verdict_color(ui: &egui::Ui, verdict: Verdict) -> Color32 {
    match verdict {
        Verdict::Healthy => super::theme::healthy_color(ui.visuals().dark_mode),
        Verdict::Toxic => ui.visuals().error_fg_color,
        Verdict::Insufficient => ui.visuals().weak_text_color(),
    }
}

/// The verdict as icon and word, never colour alone.
pub fn verdict_badge(ui: &mut egui::Ui, verdict: Verdict, size: f32) {
    let words = verdict_badge_words(verdict, super::language_ui::of(ui));
    worded_verdict_badge(ui, verdict, &words, size);
}

/// [`verdict_badge`] with its words written beforehand ([`verdict_badge_words`]).
pub fn worded_verdict_badge(ui: &mut egui::Ui, verdict: Verdict, words: &str, size: f32) {
    ui.label(
        RichText::new(words)
            .size(size)
            .strong()
            .color(verdict_color(ui, verdict)),
    );
}

/// A verdict's icon and word, in `language`: "⚠ Toxic".
pub fn verdict_badge_words(verdict: Verdict, language: Language) -> String {
    format!("{} {}", verdict.icon(), verdict_name(verdict, language))
}

/// A verdict's word on the facilitator's screens, in `language`.
pub fn verdict_name(verdict: Verdict, language: Language) -> String {
    language.text(match verdict {
        Verdict::Healthy => "workshop-verdict-healthy",
        Verdict::Toxic => "workshop-verdict-toxic",
        Verdict::Insufficient => "workshop-verdict-insufficient",
    })
}

/// "Overall", "Sales" or "Product" in the facilitator's language.
pub fn scope_word(ui: &egui::Ui, scope: Scope) -> String {
    scope_name(scope, super::language_ui::of(ui))
}

/// "Overall", "Sales" or "Product" in `language`.
pub fn scope_name(scope: Scope, language: Language) -> String {
    language.text(match scope {
        Scope::Overall => "workshop-scope-overall",
        Scope::Sales => "function-sales",
        Scope::Product => "function-product",
    })
}

/// A function's name in the facilitator's language.
pub fn function_word(ui: &egui::Ui, function: Function) -> String {
    scope_word(ui, Scope::of(function))
}

/// An action owner's role in the facilitator's language.
pub fn owner_word(ui: &egui::Ui, owner: Owner) -> String {
    owner.name(super::language_ui::of(ui))
}

/// Formats a share as a percentage in `language`, or a dash.
pub fn percent(language: Language, share: Option<f64>) -> String {
    // One decimal, as every export rounds shares (`Summary::percent`).
    share.map_or_else(|| String::from("–"), |share| language.percent(share, 1))
}

/// Formats a mean with two decimals in `language`, or a dash.
pub fn mean(language: Language, value: Option<f64>) -> String {
    value.map_or_else(|| String::from("–"), |value| language.decimal(value, 2))
}

/// A signed difference with two decimals in `language` ("+0,42"), or a dash.
pub fn signed(language: Language, value: Option<f64>) -> String {
    value.map_or_else(|| String::from("–"), |value| language.signed(value, 2))
}

/// A chart whose axis tick labels are shown in full colour or not at all (see
/// [`super::theme::axis_hints`]); set its labels and formatters after this.
pub fn readable_axes(plot: egui_plot::Plot<'_>) -> egui_plot::Plot<'_> {
    plot.custom_x_axes(vec![super::theme::axis_hints(egui_plot::Axis::X)])
        .custom_y_axes(vec![super::theme::axis_hints(egui_plot::Axis::Y)])
}

/// The names of a bar chart's groups (at x = 0, 1, 2, …) under the chart, each wrapped to
/// its group's width, so that no two overlap at any zoom. (`egui_plot` leaves out an axis
/// label that is wider than its group: at a projector's type size every long one went.)
pub fn category_labels_ui(
    ui: &mut egui::Ui,
    transform: &egui_plot::PlotTransform,
    labels: &[String],
) {
    let x_of = |value: f64| {
        transform
            .position_from_point(&egui_plot::PlotPoint::new(value, 0.0))
            .x
    };
    let width = ((x_of(1.0) - x_of(0.0)).abs() - 8.0).max(40.0);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let galleys: Vec<_> = labels
        .iter()
        .map(|label| {
            let mut job = egui::text::LayoutJob::simple(label.clone(), font.clone(), color, width);
            job.halign = egui::Align::Center;
            ui.painter().layout_job(job)
        })
        .collect();
    let height = galleys
        .iter()
        .map(|galley| galley.size().y)
        .fold(0.0, f32::max);
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::hover(),
    );
    for (index, galley) in galleys.into_iter().enumerate() {
        let centre = x_of(index as f64);
        ui.painter()
            .galley(egui::pos2(centre, rect.top()), galley, color);
    }
}
