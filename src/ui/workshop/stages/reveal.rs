use eframe::egui::{self, Color32, RichText};
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::domain::questionnaire::{Questionnaire, Statement};
use crate::domain::{Function, Relationship, Stage};
use crate::metrics::benchmark::study_share;
use crate::ui::state::command::Commands;
use crate::ui::style::culled_rows::CulledRows;
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::{
    category_labels_ui, function_word, percent, readable_axes, signed, table_ui,
};
use crate::ui::workshop::open_workshop::OpenWorkshop;

use super::reveal_gate::{held_back_ui, reveal_gate_ui, withheld};

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, exporting: bool, commands: &mut Commands) {
    let shown = open.workshop.floor_reached() && open.workshop.revealed;
    let next = shown.then_some(("reveal-next", Stage::Diagnose));
    super::title_row::show(ui, "reveal-title", next, commands);
    if !open.workshop.floor_reached() {
        withheld(ui, open);
        return;
    }
    if !open.workshop.revealed {
        reveal_gate_ui(ui, open, commands);
        return;
    }
    held_back_ui(ui, open);
    crate::ui::workshop::export_buttons::show(ui, exporting, commands);
    let metrics = &open.metrics;
    let language = of(ui);
    let summary = text_with(
        ui,
        "reveal-summary",
        &[
            ("sales", metrics.sales.respondents.into()),
            ("product", metrics.product.respondents.into()),
            ("gap", signed(language, metrics.perception_gap()).into()),
        ],
    );
    ui.label(RichText::new(summary).size(theme::LEAD));

    // The room reads the statements, prompts and answers in the facilitator's language.
    let questionnaire = open.in_language(language).questionnaire;
    let rows = rows(open, &questionnaire);
    CulledRows::new("reveal rows", open.revision).show(ui, rows.len(), |ui, index| {
        if let Some(row) = rows.get(index) {
            show_row(ui, open, &questionnaire, row);
        }
    });
}

/// What Reveal shows below its summary line, one row each, so a frame builds only the rows
/// in view: with hundreds of comments, laying out every one each frame cost more than the
/// rest of the stage together.
enum Row<'a> {
    RelationshipChart,
    RelationshipTable,
    StatementChart,
    StatementTable,
    Sources,
    CommentsHeading,
    Prompt(&'a str),
    NoComments,
    Comment(&'a str),
}

fn rows<'a>(open: &'a OpenWorkshop, questionnaire: &'a Questionnaire) -> Vec<Row<'a>> {
    let mut rows = vec![
        Row::RelationshipChart,
        Row::RelationshipTable,
        Row::StatementChart,
        Row::StatementTable,
        Row::Sources,
        Row::CommentsHeading,
    ];
    for (prompt, list) in open.comments.by_prompt(questionnaire) {
        rows.push(Row::Prompt(prompt));
        if list.is_empty() {
            rows.push(Row::NoComments);
        }
        rows.extend(list.iter().map(|comment| Row::Comment(comment)));
    }
    rows
}

fn show_row(ui: &mut egui::Ui, open: &OpenWorkshop, questionnaire: &Questionnaire, row: &Row<'_>) {
    match row {
        Row::RelationshipChart => relationship_chart(ui, open, questionnaire),
        Row::RelationshipTable => relationship_table(ui, open, questionnaire),
        Row::StatementChart => statement_chart(ui, open, questionnaire),
        Row::StatementTable => statement_table(ui, open, questionnaire),
        Row::Sources => sources_table(ui, open, questionnaire),
        Row::CommentsHeading => {
            ui.add_space(12.0);
            ui.label(
                RichText::new(text(ui, "reveal-comments"))
                    .size(theme::SECTION)
                    .strong(),
            );
        }
        Row::Prompt(prompt) => {
            ui.label(RichText::new(*prompt).size(theme::READING).strong());
        }
        Row::NoComments => {
            ui.label(text(ui, "reveal-no-comments"));
        }
        Row::Comment(comment) => {
            ui.label(RichText::new(format!("“{comment}”")).size(theme::DETAIL));
        }
    }
}

fn relationship_chart(ui: &mut egui::Ui, open: &OpenWorkshop, questionnaire: &Questionnaire) {
    let metrics = &open.metrics;
    ui.add_space(8.0);
    ui.label(
        RichText::new(text(ui, "reveal-relationship"))
            .size(theme::SECTION)
            .strong(),
    );
    let groups: [(String, Color32, Vec<f64>); 3] = [
        (
            function_word(ui, Function::Sales),
            theme::SALES_COLOUR,
            Relationship::ALL
                .iter()
                .map(|a| metrics.sales.relationship_share(*a).unwrap_or(0.0) * 100.0)
                .collect(),
        ),
        (
            function_word(ui, Function::Product),
            theme::PRODUCT_COLOUR,
            Relationship::ALL
                .iter()
                .map(|a| metrics.product.relationship_share(*a).unwrap_or(0.0) * 100.0)
                .collect(),
        ),
        (
            text(ui, "reveal-study"),
            theme::STUDY_COLOUR,
            Relationship::ALL
                .iter()
                .map(|a| study_share(*a) * 100.0)
                .collect(),
        ),
    ];
    let labels: Vec<String> = Relationship::ALL
        .iter()
        .map(|a| questionnaire.relationship_label(*a).to_owned())
        .collect();
    // On a projector in presentation mode the screen holds fewer points: the chart gives way
    // so its answer labels stay on the first screen with the bars.
    let height = (ui.ctx().content_rect().height() - 330.0).clamp(160.0, 260.0);
    let chart = readable_axes(Plot::new("relationship distribution"))
        .height(height)
        // Sales, product, study: the bars' order, left to right.
        .legend(Legend::default().follow_insertion_order(true))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_label(text(ui, "reveal-axis-respondents"))
        .show_axes([false, true])
        .show(ui, |plot| {
            for (offset, (name, color, values)) in groups.into_iter().enumerate() {
                let bars = values
                    .into_iter()
                    .enumerate()
                    .map(|(index, value)| {
                        Bar::new(index as f64 + (offset as f64 - 1.0) * 0.27, value)
                            .width(0.25)
                            .fill(color)
                    })
                    .collect();
                plot.bar_chart(BarChart::new(name, bars).color(color));
            }
        });
    category_labels_ui(ui, &chart.transform, &labels);
}

fn relationship_table(ui: &mut egui::Ui, open: &OpenWorkshop, questionnaire: &Questionnaire) {
    let metrics = &open.metrics;
    let language = of(ui);
    let headers = [
        text(ui, "reveal-answer"),
        function_word(ui, Function::Sales),
        function_word(ui, Function::Product),
        text(ui, "reveal-study"),
    ];
    table_ui(
        ui,
        "relationship table",
        theme::TABLE_SPACING,
        &headers,
        |ui| {
            for answer in Relationship::ALL {
                ui.label(questionnaire.relationship_label(answer));
                ui.label(percent(language, metrics.sales.relationship_share(answer)));
                ui.label(percent(
                    language,
                    metrics.product.relationship_share(answer),
                ));
                // The study's own figures, to its two decimals.
                ui.label(language.percent(study_share(answer), 2));
                ui.end_row();
            }
        },
    );
    ui.label(RichText::new(text(ui, "reveal-study-note")).size(theme::NOTE));
}

fn statement_chart(ui: &mut egui::Ui, open: &OpenWorkshop, questionnaire: &Questionnaire) {
    let metrics = &open.metrics;
    let statements = &questionnaire.statements;
    ui.add_space(12.0);
    ui.label(
        RichText::new(text(ui, "reveal-statements"))
            .size(theme::SECTION)
            .strong(),
    );
    let count = statements.len();
    let gaps: Vec<Bar> = statements
        .iter()
        .enumerate()
        .filter_map(|(index, statement)| {
            let gap = metrics.statement_gap(&statement.key)?;
            let color = if gap >= 0.0 {
                theme::SALES_COLOUR
            } else {
                theme::PRODUCT_COLOUR
            };
            Some(
                Bar::new((count - index) as f64, gap)
                    .width(0.6)
                    .fill(color)
                    .name(statement.label()),
            )
        })
        .collect();
    let axis_labels: Vec<String> = statements.iter().rev().map(Statement::label).collect();
    // The axis as wide as its longest label: German labels are cut off otherwise.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = axis_labels
        .iter()
        .map(|label| {
            ui.painter()
                .layout_no_wrap(label.clone(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let series = text(ui, "reveal-gap-series");
    readable_axes(Plot::new("statement gaps"))
        .custom_y_axes(vec![
            theme::axis_hints(egui_plot::Axis::Y).min_thickness(widest + 8.0),
        ])
        .height(32.0 * count as f32 + 40.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_x(-2.0)
        .include_x(2.0)
        .x_axis_label(text(ui, "reveal-axis-gap"))
        .y_axis_formatter(move |mark, _| axis_label(&axis_labels, mark.value - 1.0))
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(series, gaps).horizontal());
        });
}

fn statement_table(ui: &mut egui::Ui, open: &OpenWorkshop, questionnaire: &Questionnaire) {
    let metrics = &open.metrics;
    let language = of(ui);
    let headers = [
        text(ui, "reveal-statement"),
        function_word(ui, Function::Sales),
        function_word(ui, Function::Product),
        text(ui, "reveal-gap"),
    ];
    table_ui(
        ui,
        "statement table",
        theme::TABLE_SPACING,
        &headers,
        |ui| {
            for statement in &questionnaire.statements {
                ui.label(&statement.text);
                // A mean of fewer raters than the floor is their answer: only the count.
                ui.label(metrics.sales.statement(&statement.key).mean_cell(language));
                ui.label(
                    metrics
                        .product
                        .statement(&statement.key)
                        .mean_cell(language),
                );
                ui.label(signed(language, metrics.statement_gap(&statement.key)));
                ui.end_row();
            }
        },
    );
    let hidden = questionnaire.statements.iter().any(|statement| {
        [&metrics.sales, &metrics.product]
            .into_iter()
            .any(|of| of.statement(&statement.key).is_hidden())
    });
    if hidden {
        let floor = open.workshop.settings.anonymity_floor.value() as usize;
        let note = text_with(ui, "statement-floor-note", &[("floor", floor.into())]);
        ui.label(RichText::new(note).size(theme::NOTE));
    }
}

fn sources_table(ui: &mut egui::Ui, open: &OpenWorkshop, questionnaire: &Questionnaire) {
    let metrics = &open.metrics;
    let language = of(ui);
    ui.add_space(12.0);
    ui.label(
        RichText::new(text(ui, "reveal-sources"))
            .size(theme::SECTION)
            .strong(),
    );
    let count = |counts: &std::collections::BTreeMap<String, usize>, key: &str| {
        language.count(counts.get(key).copied().unwrap_or(0))
    };
    let headers = [
        text(ui, "reveal-source"),
        function_word(ui, Function::Sales),
        function_word(ui, Function::Product),
    ];
    table_ui(ui, "sources table", theme::TABLE_SPACING, &headers, |ui| {
        for (key, _) in metrics.overall.sources_ranked() {
            let label = questionnaire
                .source(key)
                .map_or(key, |source| source.label.as_str());
            ui.label(label);
            ui.label(count(&metrics.sales.source_counts, key));
            ui.label(count(&metrics.product.source_counts, key));
            ui.end_row();
        }
    });
}

fn axis_label(labels: &[String], value: f64) -> String {
    let index = value.round();
    if (value - index).abs() < 1e-6 && index >= 0.0 {
        labels.get(index as usize).cloned().unwrap_or_default()
    } else {
        String::new()
    }
}
