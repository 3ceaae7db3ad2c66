//! Two or more workshops side by side, in date order.

use eframe::egui::{self, RichText};
use egui_plot::{GridMark, Legend, Line, Plot, PlotPoints};

use super::compare_tables;
use crate::compare::Comparison;
use crate::domain::Function;
use crate::metrics::Scope;
use crate::ui::command::{AppCommand, Commands};

/// "better" or "worse" in words, with an arrow the default fonts have.
fn direction_words(change: f64, better: Option<bool>) -> String {
    let Some(better) = better else {
        return format!("{change:+.2}, no clear change");
    };
    let arrow = if change < 0.0 { "⏷" } else { "⏶" };
    format!(
        "{arrow} {change:+.2}, {}",
        if better { "better" } else { "worse" }
    )
}

pub fn show(ui: &mut egui::Ui, comparison: &Comparison, exporting: bool, commands: &mut Commands) {
    let width = ui.available_width();
    header_ui(ui, comparison, exporting, commands);
    compare_tables::workshops_ui(ui, comparison);
    notes_ui(ui, comparison);
    ui.add_space(8.0);
    trend_ui(ui, comparison, width);
    compare_tables::friction_ui(ui, comparison);
    ui.add_space(8.0);
    compare_tables::shares_ui(ui, comparison);
    for index in 1..comparison.workshops.len() {
        ui.add_space(8.0);
        step_ui(ui, comparison, index);
    }
}

fn header_ui(ui: &mut egui::Ui, comparison: &Comparison, exporting: bool, commands: &mut Commands) {
    ui.horizontal(|ui| {
        if ui.button("⬅ Library").clicked() {
            commands.send(AppCommand::CloseComparison);
        }
        ui.heading(
            RichText::new(format!(
                "Comparing {} workshops",
                comparison.workshops.len()
            ))
            .size(28.0),
        );
        for (label, html) in [
            ("Export comparison (HTML)…", true),
            ("Export comparison (Markdown)…", false),
        ] {
            if ui
                .add_enabled(!exporting, egui::Button::new(label))
                .clicked()
            {
                commands.send(AppCommand::ExportComparison { html });
            }
        }
    });
}

/// What the tables leave out: workshops below the floor, statements not shared.
fn notes_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    for workshop in &comparison.workshops {
        if workshop.results.is_none() {
            ui.label(format!(
                "The workshop of {} is below the anonymity floor: only its counts are shown.",
                workshop.date
            ));
        }
    }
    for index in 0..comparison.workshops.len() {
        stability_ui(ui, comparison, index);
    }
    if !comparison.left_out.is_empty() {
        let left_out: Vec<String> = comparison
            .left_out
            .iter()
            .map(|key| comparison.statement_label(key))
            .collect();
        ui.label(format!(
            "These workshops used different questionnaires: compared are the {} statements they share; left out: {}.",
            comparison.shared_statements.len(),
            left_out.join(", ")
        ));
    }
}

/// Whether a workshop's verdicts hinge on one answer: one line when none does, else one per
/// verdict that does (or that cannot be checked).
fn stability_ui(ui: &mut egui::Ui, comparison: &Comparison, index: usize) {
    let Some(workshop) = comparison.workshops.get(index) else {
        return;
    };
    let Some(results) = workshop.results.as_ref() else {
        return;
    };
    let notable: Vec<(Scope, String)> = Scope::ALL
        .into_iter()
        .filter_map(|scope| {
            let stability = results.stability.scope(scope);
            let holds = stability.checked > 0 && stability.robust() == Some(true);
            Some((scope, stability.words(crate::ui::language_ui::of(ui))?)).filter(|_| !holds)
        })
        .collect();
    if notable.is_empty() {
        ui.label(format!(
            "{}: every verdict holds whichever single answer is left out.",
            workshop.date
        ));
    }
    for (scope, words) in notable {
        ui.label(format!(
            "{} {} verdict: {words}.",
            workshop.date,
            scope.label().to_lowercase()
        ));
    }
}

/// Friction levels and the gap over time: each workshop at its date.
fn trend_ui(ui: &mut egui::Ui, comparison: &Comparison, width: f32) {
    ui.label(
        RichText::new("Friction level and perception gap over time")
            .size(22.0)
            .strong(),
    );
    let days: Vec<(f64, String)> = comparison
        .workshops
        .iter()
        .map(|w| (w.day_number() as f64, w.date.to_string()))
        .collect();
    let series = |pick: &dyn Fn(usize) -> Option<f64>| -> Vec<[f64; 2]> {
        days.iter()
            .enumerate()
            .filter_map(|(i, (day, _))| pick(i).map(|v| [*day, v]))
            .collect()
    };
    let sales = series(&|i| comparison.friction_level(i, Function::Sales));
    let product = series(&|i| comparison.friction_level(i, Function::Product));
    let gap = series(&|i| comparison.perception_gap(i));
    let date_at = |value: f64| {
        days.iter()
            .find(|(day, _)| (day - value).abs() < 0.5)
            .map(|(_, date)| date.clone())
    };
    // What the chart shows, for screen readers (and what a test can read).
    let dates: Vec<&str> = days.iter().map(|(_, date)| date.as_str()).collect();
    let description = format!(
        "Chart: sales' and product's friction level and the perception gap at each workshop's date: {}",
        dates.join(", ")
    );
    let plot = Plot::new("trend")
        .height(240.0)
        .width(width)
        .legend(Legend::default().follow_insertion_order(true))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(-1.0)
        .include_y(3.0)
        .x_axis_label("Workshop date")
        .y_axis_label("Friction level (0–3) · gap")
        .x_grid_spacer(|input| {
            // A step of about 90 points: dates in full strength, grid lines faint.
            let step_size = input.base_step_size * 90.0 / 8.0;
            days.iter()
                .map(|(day, _)| GridMark {
                    value: *day,
                    step_size,
                })
                .collect()
        })
        .x_axis_formatter(|mark, _| date_at(mark.value).unwrap_or_default())
        .label_formatter(|hover| {
            let (name, position) = match hover {
                egui_plot::HoverPosition::NearDataPoint {
                    plot_name,
                    position,
                    ..
                } => (*plot_name, position),
                egui_plot::HoverPosition::Elsewhere { .. } => return None,
            };
            Some(format!(
                "{name}\n{}: {:.2}",
                date_at(position.x).unwrap_or_default(),
                position.y
            ))
        })
        .show(ui, |plot| {
            plot.line(
                Line::new("Sales", PlotPoints::from(sales))
                    .color(egui::Color32::from_rgb(0x2f, 0x6d, 0xb5))
                    .width(2.5),
            );
            plot.line(
                Line::new("Product", PlotPoints::from(product))
                    .color(egui::Color32::from_rgb(0xd9, 0x77, 0x1a))
                    .width(2.5),
            );
            plot.line(
                Line::new("Perception gap (sales − product)", PlotPoints::from(gap))
                    .color(egui::Color32::GRAY)
                    .width(2.0),
            );
        });
    plot.response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
}

/// What changed from workshop `index - 1` to workshop `index`.
fn step_ui(ui: &mut egui::Ui, comparison: &Comparison, index: usize) {
    let (previous, current) = (
        &comparison.workshops[index - 1],
        &comparison.workshops[index],
    );
    ui.label(
        RichText::new(format!("From {} to {}", previous.date, current.date))
            .size(20.0)
            .strong(),
    );
    let before = comparison.verdict(index - 1, Scope::Overall);
    let after = comparison.verdict(index, Scope::Overall);
    ui.label(format!(
        "Verdict: {} {} ➡ {} {}",
        before.icon(),
        before.label(),
        after.icon(),
        after.label()
    ));
    for function in Function::ALL {
        if let (Some(from), Some(to)) = (
            comparison.friction_level(index - 1, function),
            comparison.friction_level(index, function),
        ) {
            ui.label(format!(
                "{} friction level {from:.2} ➡ {to:.2} ({})",
                function.label(),
                direction_words(to - from, crate::compare::is_better(to - from, true))
            ));
        }
    }
    let movers = comparison.movers(index, 3);
    if !movers.is_empty() {
        ui.label(RichText::new("Statements that moved most (mean, 1–5)").strong());
    }
    for moved in movers {
        ui.label(format!(
            "{}: {:.2} ➡ {:.2} ({})",
            comparison.statement_label(&moved.statement),
            moved.from,
            moved.to,
            direction_words(moved.change(), comparison.is_better_move(&moved))
        ));
    }
    festering_ui(ui, comparison, index);
    actions_ui(ui, previous);
}

fn festering_ui(ui: &mut egui::Ui, comparison: &Comparison, index: usize) {
    let festering: Vec<String> = comparison
        .festering(index)
        .iter()
        .map(|id| comparison.rule_title(id))
        .collect();
    if !festering.is_empty() {
        ui.label(
            RichText::new(format!(
                "⚠ Festering (toxic in both): {}",
                festering.join(", ")
            ))
            .strong()
            .color(ui.visuals().error_fg_color),
        );
    }
}

/// Whether the earlier workshop's actions were done.
fn actions_ui(ui: &mut egui::Ui, previous: &crate::compare::Compared) {
    if previous.actions.is_empty() {
        return;
    }
    let done = previous.actions.iter().filter(|a| a.done).count();
    ui.label(format!(
        "Actions from {}: {done} of {} done",
        previous.date,
        previous.actions.len()
    ));
    for action in &previous.actions {
        ui.label(format!(
            "   {} {}",
            if action.done { "☑" } else { "☐" },
            action.text
        ));
    }
}
