//! Two or more workshops side by side, in date order.

use eframe::egui::{self, RichText};
use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::widgets::verdict_badge;
use crate::compare::Comparison;
use crate::domain::Function;
use crate::metrics::Scope;
use crate::ui::command::{AppCommand, Commands};

/// "better" or "worse" in words and an arrow the default fonts have.
fn direction(change: f64, lower_is_better: bool) -> String {
    let Some(better) = crate::compare::is_better(change, lower_is_better) else {
        return String::from("no change");
    };
    let arrow = if change < 0.0 { "⏷" } else { "⏶" };
    format!(
        "{arrow} {change:+.2} {}",
        if better { "better" } else { "worse" }
    )
}

pub fn show(ui: &mut egui::Ui, comparison: &Comparison, exporting: bool, commands: &mut Commands) {
    let width = ui.available_width();
    header_ui(ui, comparison, exporting, commands);
    table_ui(ui, comparison);
    notes_ui(ui, comparison);
    ui.add_space(8.0);
    trend_ui(ui, comparison, width);
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

/// One row per workshop: counts, verdicts, friction levels, gap and festering findings.
fn table_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    egui::Grid::new("comparison")
        .striped(true)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for header in [
                "#",
                "Date",
                "Workshop",
                "Sales",
                "Product",
                "Verdict",
                "Sales",
                "Product",
                "Sales level",
                "Product level",
                "Gap",
                "Festering",
            ] {
                ui.strong(header);
            }
            ui.end_row();
            for (index, workshop) in comparison.workshops.iter().enumerate() {
                ui.label((index + 1).to_string());
                ui.label(workshop.date.to_string());
                ui.label(&workshop.title);
                ui.label(workshop.sales.to_string());
                ui.label(workshop.product.to_string());
                for scope in Scope::ALL {
                    verdict_badge(ui, comparison.verdict(index, scope), 14.0);
                }
                let level = |function| {
                    comparison
                        .friction_level(index, function)
                        .map_or_else(|| String::from("–"), |v| format!("{v:.2}"))
                };
                ui.label(level(Function::Sales));
                ui.label(level(Function::Product));
                ui.label(
                    comparison
                        .perception_gap(index)
                        .map_or_else(|| String::from("–"), |v| format!("{v:+.2}")),
                );
                let festering = comparison.festering(index);
                if festering.is_empty() {
                    ui.label("–");
                } else {
                    ui.label(
                        RichText::new(format!("⚠ {}", festering.join(", ")))
                            .color(ui.visuals().error_fg_color),
                    );
                }
                ui.end_row();
            }
        });
}

/// What the table leaves out: workshops below the floor, statements not shared.
fn notes_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        if workshop.results.is_none() {
            ui.label(format!(
                "#{} is below the anonymity floor: only its counts are shown.",
                index + 1
            ));
        }
    }
    for index in 0..comparison.workshops.len() {
        stability_ui(ui, comparison, index);
    }
    if !comparison.left_out.is_empty() {
        ui.label(format!(
            "These workshops used different questionnaires: compared are the {} statements they share; left out: {}.",
            comparison.shared_statements.len(),
            comparison.left_out.join(", ")
        ));
    }
}

/// Whether a workshop's verdicts hinge on one answer: one line when none does, else one per
/// verdict that does (or that cannot be checked).
fn stability_ui(ui: &mut egui::Ui, comparison: &Comparison, index: usize) {
    let Some(results) = comparison
        .workshops
        .get(index)
        .and_then(|w| w.results.as_ref())
    else {
        return;
    };
    let notable: Vec<(Scope, String)> = Scope::ALL
        .into_iter()
        .filter_map(|scope| {
            let stability = results.stability.scope(scope);
            let holds = stability.checked > 0 && stability.robust() == Some(true);
            Some((scope, stability.words()?)).filter(|_| !holds)
        })
        .collect();
    if notable.is_empty() {
        ui.label(format!(
            "#{}: every verdict holds whichever single answer is left out.",
            index + 1
        ));
    }
    for (scope, words) in notable {
        ui.label(format!(
            "#{} {} verdict: {words}.",
            index + 1,
            scope.label().to_lowercase()
        ));
    }
}

fn trend_ui(ui: &mut egui::Ui, comparison: &Comparison, width: f32) {
    ui.label(
        RichText::new("Friction level and perception gap over time")
            .size(22.0)
            .strong(),
    );
    let series = |pick: &dyn Fn(usize) -> Option<f64>| -> Vec<[f64; 2]> {
        (0..comparison.workshops.len())
            .filter_map(|i| pick(i).map(|v| [(i + 1) as f64, v]))
            .collect()
    };
    let sales = series(&|i| comparison.friction_level(i, Function::Sales));
    let product = series(&|i| comparison.friction_level(i, Function::Product));
    let gap = series(&|i| comparison.perception_gap(i));
    Plot::new("trend")
        .height(220.0)
        .width(width)
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(-1.0)
        .include_y(3.0)
        .x_axis_label("workshop #")
        .show(ui, |plot| {
            plot.line(
                Line::new("Sales friction level", PlotPoints::from(sales))
                    .color(egui::Color32::from_rgb(0x2f, 0x6d, 0xb5))
                    .width(2.5),
            );
            plot.line(
                Line::new("Product friction level", PlotPoints::from(product))
                    .color(egui::Color32::from_rgb(0xd9, 0x77, 0x1a))
                    .width(2.5),
            );
            plot.line(
                Line::new("Perception gap", PlotPoints::from(gap))
                    .color(egui::Color32::GRAY)
                    .width(2.0),
            );
        });
}

/// What changed from workshop `index - 1` to workshop `index`.
fn step_ui(ui: &mut egui::Ui, comparison: &Comparison, index: usize) {
    ui.label(
        RichText::new(format!("#{index} ➡ #{}", index + 1))
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
                direction(to - from, true)
            ));
        }
    }
    for moved in comparison.movers(index, 3) {
        ui.label(format!(
            "`{}` mean {:.2} ➡ {:.2} ({:+.2})",
            moved.statement,
            moved.from,
            moved.to,
            moved.change()
        ));
    }
    let festering = comparison.festering(index);
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
    let previous = &comparison.workshops[index - 1];
    if !previous.actions.is_empty() {
        let done = previous.actions.iter().filter(|a| a.done).count();
        ui.label(format!(
            "Actions from #{index}: {done} of {} done",
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
}
