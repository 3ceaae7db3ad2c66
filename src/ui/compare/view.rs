//! Two or more workshops side by side, in date order.

use eframe::egui::{self, RichText};
use egui_plot::{GridMark, Legend, Line, Plot, PlotPoints};

use super::tables;
use crate::compare::Comparison;
use crate::compare::report::ReportFormat;
use crate::domain::Function;
use crate::metrics::Scope;
use crate::ui::state::command::{AppCommand, Commands};
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::{function_word, signed, verdict_word};

/// "better" or "worse" in words, with an arrow the default fonts have.
fn direction_words(ui: &egui::Ui, change: f64, better: Option<bool>) -> String {
    let change_text = signed(of(ui), Some(change));
    let Some(better) = better else {
        return text_with(
            ui,
            "compare-no-clear-change",
            &[("change", change_text.into())],
        );
    };
    let arrow = if change < 0.0 { "⏷" } else { "⏶" };
    let id = if better {
        "compare-better"
    } else {
        "compare-worse"
    };
    text_with(
        ui,
        id,
        &[("arrow", arrow.into()), ("change", change_text.into())],
    )
}

pub fn show(ui: &mut egui::Ui, comparison: &Comparison, exporting: bool, commands: &mut Commands) {
    let width = ui.available_width();
    header_ui(ui, comparison, exporting, commands);
    tables::workshops_ui(ui, comparison);
    notes_ui(ui, comparison);
    ui.add_space(8.0);
    trend_ui(ui, comparison, width);
    tables::friction_ui(ui, comparison);
    ui.add_space(8.0);
    tables::shares_ui(ui, comparison);
    for index in 1..comparison.workshops.len() {
        ui.add_space(8.0);
        step_ui(ui, comparison, index);
    }
}

fn header_ui(ui: &mut egui::Ui, comparison: &Comparison, exporting: bool, commands: &mut Commands) {
    ui.horizontal(|ui| {
        if ui.button(text(ui, "compare-library")).clicked() {
            commands.send(AppCommand::CloseComparison);
        }
        let title = text_with(
            ui,
            "compare-title",
            &[("count", comparison.workshops.len().into())],
        );
        ui.heading(RichText::new(title).size(theme::COMPARE_TITLE));
        for (label, format) in [
            (text(ui, "compare-export-html"), ReportFormat::Html),
            (text(ui, "compare-export-markdown"), ReportFormat::Markdown),
        ] {
            if ui
                .add_enabled(!exporting, egui::Button::new(label))
                .clicked()
            {
                commands.send(AppCommand::ExportComparison(format));
            }
        }
    });
}

/// What the tables leave out: workshops below the floor, statements not shared.
fn notes_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    for workshop in &comparison.workshops {
        if workshop.results.is_none() {
            ui.label(text_with(
                ui,
                "compare-below-floor",
                &[("date", workshop.date.to_string().into())],
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
        ui.label(text_with(
            ui,
            "compare-left-out",
            &[
                ("count", comparison.shared_statements.len().into()),
                ("left", left_out.join(", ").into()),
            ],
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
            Some((
                scope,
                stability.words(crate::ui::style::language_ui::of(ui))?,
            ))
            .filter(|_| !holds)
        })
        .collect();
    if notable.is_empty() {
        ui.label(text_with(
            ui,
            "compare-all-hold",
            &[("date", workshop.date.to_string().into())],
        ));
    }
    for (scope, words) in notable {
        let id = match scope {
            Scope::Overall => "compare-stability-overall",
            Scope::Sales => "compare-stability-sales",
            Scope::Product => "compare-stability-product",
        };
        ui.label(text_with(
            ui,
            id,
            &[
                ("date", workshop.date.to_string().into()),
                ("words", words.into()),
            ],
        ));
    }
}

/// Friction levels and the gap over time: each workshop at its date.
fn trend_ui(ui: &mut egui::Ui, comparison: &Comparison, width: f32) {
    ui.label(
        RichText::new(text(ui, "compare-trend"))
            .size(theme::SUBSECTION)
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
    let description = text_with(
        ui,
        "compare-trend-description",
        &[("dates", dates.join(", ").into())],
    );
    let language = of(ui);
    let names = [
        function_word(ui, Function::Sales),
        function_word(ui, Function::Product),
        text(ui, "compare-gap-series"),
    ];
    let [sales_name, product_name, gap_name] = names;
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
        .x_axis_label(text(ui, "compare-axis-date"))
        .y_axis_label(text(ui, "compare-axis-level"))
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
                "{name}\n{}: {}",
                date_at(position.x).unwrap_or_default(),
                language.decimal(position.y, 2)
            ))
        })
        .show(ui, |plot| {
            plot.line(
                Line::new(sales_name, PlotPoints::from(sales))
                    .color(theme::SALES_COLOUR)
                    .width(2.5),
            );
            plot.line(
                Line::new(product_name, PlotPoints::from(product))
                    .color(theme::PRODUCT_COLOUR)
                    .width(2.5),
            );
            plot.line(
                Line::new(gap_name, PlotPoints::from(gap))
                    .color(theme::GAP_COLOUR)
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
    let heading = text_with(
        ui,
        "compare-step",
        &[
            ("from", previous.date.to_string().into()),
            ("to", current.date.to_string().into()),
        ],
    );
    ui.label(RichText::new(heading).size(theme::SMALL_SECTION).strong());
    let language = of(ui);
    let before = comparison.verdict(index - 1, Scope::Overall);
    let after = comparison.verdict(index, Scope::Overall);
    ui.label(text_with(
        ui,
        "compare-verdict-step",
        &[
            (
                "before",
                format!("{} {}", before.icon(), verdict_word(ui, before)).into(),
            ),
            (
                "after",
                format!("{} {}", after.icon(), verdict_word(ui, after)).into(),
            ),
        ],
    ));
    for function in Function::ALL {
        if let (Some(from), Some(to)) = (
            comparison.friction_level(index - 1, function),
            comparison.friction_level(index, function),
        ) {
            let id = match function {
                Function::Sales => "compare-level-step-sales",
                Function::Product => "compare-level-step-product",
            };
            let direction =
                direction_words(ui, to - from, crate::compare::is_better(to - from, true));
            ui.label(text_with(
                ui,
                id,
                &[
                    ("from", language.decimal(from, 2).into()),
                    ("to", language.decimal(to, 2).into()),
                    ("direction", direction.into()),
                ],
            ));
        }
    }
    let movers = comparison.movers(index, 3);
    if !movers.is_empty() {
        ui.label(RichText::new(text(ui, "compare-movers")).strong());
    }
    for moved in movers {
        let direction = direction_words(ui, moved.change(), comparison.is_better_move(&moved));
        ui.label(text_with(
            ui,
            "compare-mover",
            &[
                (
                    "statement",
                    comparison.statement_label(&moved.statement).into(),
                ),
                ("from", language.decimal(moved.from, 2).into()),
                ("to", language.decimal(moved.to, 2).into()),
                ("direction", direction.into()),
            ],
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
            RichText::new(text_with(
                ui,
                "compare-festering",
                &[("rules", festering.join(", ").into())],
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
    ui.label(text_with(
        ui,
        "compare-actions",
        &[
            ("date", previous.date.to_string().into()),
            ("done", done.to_string().into()),
            ("count", previous.actions.len().into()),
        ],
    ));
    for action in &previous.actions {
        ui.label(format!(
            "   {} {}",
            if action.done { "☑" } else { "☐" },
            action.text
        ));
    }
}
