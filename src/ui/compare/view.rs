//! Two or more workshops side by side, in date order.

use eframe::egui::{self, RichText};
use egui_plot::{GridMark, Line, Plot, PlotPoints};

use super::date_axis;
use super::lines::{ComparisonLines, ComparisonScreen, Trend};
use super::steps::Step;
use super::tables;
use crate::compare::report::ReportFormat;
use crate::ui::state::command::{AppCommand, Commands};
use crate::ui::style::culled_rows::CulledRows;
use crate::ui::style::language_ui::{of, text};
use crate::ui::style::theme;

pub fn show(
    ui: &mut egui::Ui,
    screen: &ComparisonScreen,
    exporting: bool,
    commands: &mut Commands,
) {
    let width = ui.available_width();
    // Made once per comparison and language, in the facilitator's language.
    let lines = screen.lines(of(ui));
    header_ui(ui, &lines, exporting, commands);
    // Many workshops make a long page: a frame builds only the sections in view.
    let sections = SECTIONS + lines.steps.len();
    CulledRows::new("comparison", lines.revision).show(ui, sections, |ui, index| match index {
        0 => tables::workshops_ui(ui, &lines),
        1 => {
            for note in &lines.notes {
                ui.label(note);
            }
        }
        2 => {
            ui.add_space(8.0);
            trend_ui(ui, &lines.trend, width);
        }
        3 => tables::friction_ui(ui, &lines),
        4 => {
            ui.add_space(8.0);
            tables::shares_ui(ui, &lines.shares);
        }
        step => {
            if let Some(step) = lines.steps.get(step - SECTIONS) {
                ui.add_space(8.0);
                step_ui(ui, step);
            }
        }
    });
}

/// The sections before the steps: the workshops, the notes, the trend, friction, shares.
const SECTIONS: usize = 5;

fn header_ui(ui: &mut egui::Ui, lines: &ComparisonLines, exporting: bool, commands: &mut Commands) {
    ui.horizontal(|ui| {
        if ui.button(text(ui, "compare-library")).clicked() {
            commands.send(AppCommand::CloseComparison);
        }
        ui.heading(RichText::new(&lines.title).size(theme::COMPARE_TITLE));
        for (label, format) in [
            (text(ui, "compare-export-pdf"), ReportFormat::Pdf),
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

/// Friction levels and the gap over time, workshop by workshop, each named by its date.
fn trend_ui(ui: &mut egui::Ui, trend: &Trend, width: f32) {
    ui.label(
        RichText::new(text(ui, "compare-trend"))
            .size(theme::SUBSECTION)
            .strong(),
    );
    let dates = &trend.dates;
    let workshops = dates.len();
    let date_at = |value: f64| {
        date_axis::workshop_at(value, workshops).and_then(|index| dates.get(index).cloned())
    };
    // The widest date as the axis writes it, and the room it needs beside the next.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let label_width = dates
        .iter()
        .map(|date| {
            ui.painter()
                .layout_no_wrap(date.clone(), font.clone(), ui.visuals().text_color())
                .size()
                .x
        })
        .fold(0.0, f32::max)
        + date_axis::LABEL_GAP;
    let margin = date_axis::margin(workshops, width - Y_AXIS_ROOM, label_width);
    let language = of(ui);
    let [sales_name, product_name, gap_name] = trend.names.clone();
    legend_ui(
        ui,
        &[
            (&sales_name, theme::SALES_COLOUR),
            (&product_name, theme::PRODUCT_COLOUR),
            (&gap_name, theme::GAP_COLOUR),
        ],
    );
    let plot = Plot::new("trend")
        .height(240.0)
        .width(width)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(-1.0)
        .include_y(3.0)
        .include_x(-margin)
        .include_x((workshops.max(1) - 1) as f64 + margin)
        .grid_spacing(GRID_SPACING..=300.0)
        .x_axis_label(text(ui, "compare-axis-date"))
        .y_axis_label(text(ui, "compare-axis-level"))
        .x_grid_spacer(move |input| {
            // `base_step_size` is GRID_SPACING points in x units: one workshop's width in points.
            let points_per_workshop = (f64::from(GRID_SPACING) / input.base_step_size) as f32;
            let every = date_axis::label_every(points_per_workshop, label_width);
            (0..workshops)
                .step_by(every.min(workshops.max(1)))
                .map(|index| GridMark {
                    value: index as f64,
                    step_size: every as f64,
                })
                .collect()
        })
        .x_axis_formatter(move |mark, _| date_at(mark.value).unwrap_or_default())
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
                Line::new(sales_name, PlotPoints::from(trend.sales.clone()))
                    .color(theme::SALES_COLOUR)
                    .width(2.5),
            );
            plot.line(
                Line::new(product_name, PlotPoints::from(trend.product.clone()))
                    .color(theme::PRODUCT_COLOUR)
                    .width(2.5),
            );
            plot.line(
                Line::new(gap_name, PlotPoints::from(trend.gap.clone()))
                    .color(theme::GAP_COLOUR)
                    .width(2.0),
            );
        });
    plot.response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &trend.description));
}

/// The series' names in their colours, above the chart: the plot's own legend sits in a
/// corner of it, over the first or last workshop's points.
fn legend_ui(ui: &mut egui::Ui, series: &[(&str, egui::Color32)]) {
    ui.horizontal_wrapped(|ui| {
        for (name, colour) in series {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(24.0, 12.0), egui::Sense::hover());
            ui.painter().line_segment(
                [rect.left_center(), rect.right_center()],
                egui::Stroke::new(2.5, *colour),
            );
            ui.label(*name);
            ui.add_space(12.0);
        }
    });
}

/// Points the y axis and its label take from the chart's width, about.
const Y_AXIS_ROOM: f32 = 60.0;

/// The closest grid lines may be, in points; with it `egui_plot`'s base step is known in points.
const GRID_SPACING: f32 = 8.0;

/// What changed from one workshop to the next.
fn step_ui(ui: &mut egui::Ui, step: &Step) {
    ui.label(
        RichText::new(&step.heading)
            .size(theme::SMALL_SECTION)
            .strong(),
    );
    ui.label(&step.verdicts);
    for level in &step.levels {
        ui.label(level);
    }
    if !step.movers.is_empty() {
        ui.label(RichText::new(text(ui, "compare-movers")).strong());
    }
    for moved in &step.movers {
        ui.label(moved);
    }
    if let Some(festering) = &step.festering {
        ui.label(
            RichText::new(festering)
                .strong()
                .color(ui.visuals().error_fg_color),
        );
    }
    for action in &step.actions {
        ui.label(action);
    }
}
