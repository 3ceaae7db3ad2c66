use eframe::egui::{self, Color32, RichText};
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::domain::questionnaire::Statement;
use crate::domain::{Function, Relationship, Stage};
use crate::metrics::benchmark::{study_note, study_share};
use crate::ui::command::{Commands, WorkshopCommand};
use crate::ui::culled_rows::CulledRows;
use crate::ui::open_workshop::OpenWorkshop;
use crate::ui::widgets::{category_labels_ui, mean, percent, readable_axes};

const SALES: Color32 = Color32::from_rgb(0x2f, 0x6d, 0xb5);
const PRODUCT: Color32 = Color32::from_rgb(0xe0, 0x8a, 0x1e);
const STUDY: Color32 = Color32::from_rgb(0x88, 0x88, 0x88);

/// Shown instead of any result until each function has reached the floor: counts only.
pub fn withheld(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let workshop = &open.workshop;
    let floor = workshop.settings.anonymity_floor.value() as usize;
    ui.label(RichText::new("Results are withheld").size(26.0).strong());
    ui.label(RichText::new(format!("Nothing is shown until both sales and product have at least {floor} responses each, so no one can be singled out.")).size(18.0));
    for function in Function::ALL {
        let count = workshop.respondents(function);
        let needed = floor.saturating_sub(count);
        let status = if needed == 0 {
            String::from("enough")
        } else {
            format!("{needed} more needed")
        };
        ui.label(
            RichText::new(format!(
                "{}: {count} responses ({status})",
                function.label()
            ))
            .size(20.0),
        );
    }
}

/// Shown before the reveal, once the floor is reached: counts, and the decision to show.
fn reveal_gate_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    ui.label(RichText::new("The results are ready").size(26.0).strong());
    ui.label(
        RichText::new(format!(
            "{} sales and {} product responses are in.",
            workshop.respondents(Function::Sales),
            workshop.respondents(Function::Product)
        ))
        .size(20.0),
    );
    ui.label(RichText::new(format!(
        "Revealing shows them to the room. Answers given after that are held back until at least {} of a function are in, so a latecomer's answers can never be told apart.",
        workshop.settings.anonymity_floor.value()
    )).size(18.0));
    ui.add_space(12.0);
    if ui
        .button(RichText::new("Reveal the results").size(22.0).strong())
        .clicked()
    {
        commands.send(WorkshopCommand::Reveal);
    }
}

/// Says what is held back, where there is anything: how many, and when it will show.
pub fn held_back_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    for function in Function::ALL {
        if let Some(notice) = open.workshop.held_back_notice(function) {
            ui.label(RichText::new(format!("⏸ {notice}")).size(18.0));
        }
    }
}

/// Shown on Diagnose and Close until the results are revealed.
pub fn not_revealed_ui(ui: &mut egui::Ui, commands: &mut Commands) {
    ui.label(
        RichText::new("The results are not revealed yet")
            .size(26.0)
            .strong(),
    );
    ui.label(RichText::new("Reveal them to the room on the Reveal stage first.").size(18.0));
    if ui
        .button(RichText::new("Go to Reveal").size(18.0))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Reveal));
    }
}

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, exporting: bool, commands: &mut Commands) {
    ui.heading(RichText::new("Reveal").size(30.0));
    if !open.workshop.floor_reached() {
        withheld(ui, open);
        return;
    }
    if !open.workshop.revealed {
        reveal_gate_ui(ui, open, commands);
        return;
    }
    held_back_ui(ui, open);
    crate::ui::export_buttons::show(ui, exporting, commands);
    let metrics = &open.metrics;
    ui.label(RichText::new(format!(
        "{} sales and {} product responses. Perception gap (sales − product friction level, 0–3): {}",
        metrics.sales.respondents,
        metrics.product.respondents,
        metrics.perception_gap().map_or_else(|| String::from("–"), |gap| format!("{gap:+.2}"))
    )).size(20.0));

    let rows = rows(open);
    CulledRows::new("reveal rows", open.revision).show(ui, rows.len(), |ui, index| {
        if let Some(row) = rows.get(index) {
            show_row(ui, open, row);
        }
    });
    ui.add_space(12.0);
    if ui
        .button(RichText::new("Next: Diagnose ➡").size(18.0))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Diagnose));
    }
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

fn rows(open: &OpenWorkshop) -> Vec<Row<'_>> {
    let mut rows = vec![
        Row::RelationshipChart,
        Row::RelationshipTable,
        Row::StatementChart,
        Row::StatementTable,
        Row::Sources,
        Row::CommentsHeading,
    ];
    for (prompt, list) in open.comments.by_prompt(&open.workshop.questionnaire) {
        rows.push(Row::Prompt(prompt));
        if list.is_empty() {
            rows.push(Row::NoComments);
        }
        rows.extend(list.iter().map(|comment| Row::Comment(comment)));
    }
    rows
}

fn show_row(ui: &mut egui::Ui, open: &OpenWorkshop, row: &Row<'_>) {
    match row {
        Row::RelationshipChart => relationship_chart(ui, open),
        Row::RelationshipTable => relationship_table(ui, open),
        Row::StatementChart => statement_chart(ui, open),
        Row::StatementTable => statement_table(ui, open),
        Row::Sources => sources_table(ui, open),
        Row::CommentsHeading => {
            ui.add_space(12.0);
            ui.label(
                RichText::new("Comments (pooled and shuffled)")
                    .size(24.0)
                    .strong(),
            );
        }
        Row::Prompt(prompt) => {
            ui.label(RichText::new(*prompt).size(18.0).strong());
        }
        Row::NoComments => {
            ui.label("No comments.");
        }
        Row::Comment(comment) => {
            ui.label(RichText::new(format!("“{comment}”")).size(17.0));
        }
    }
}

fn relationship_chart(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let metrics = &open.metrics;
    let questionnaire = &open.workshop.questionnaire;
    ui.add_space(8.0);
    ui.label(
        RichText::new("How would you describe the relationship?")
            .size(24.0)
            .strong(),
    );
    let groups: [(&str, Color32, Vec<f64>); 3] = [
        (
            "Sales",
            SALES,
            Relationship::ALL
                .iter()
                .map(|a| metrics.sales.relationship_share(*a).unwrap_or(0.0) * 100.0)
                .collect(),
        ),
        (
            "Product",
            PRODUCT,
            Relationship::ALL
                .iter()
                .map(|a| metrics.product.relationship_share(*a).unwrap_or(0.0) * 100.0)
                .collect(),
        ),
        (
            "Study 2014",
            STUDY,
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
    let chart = readable_axes(Plot::new("relationship distribution"))
        .height(260.0)
        // Sales, product, study: the bars' order, left to right.
        .legend(Legend::default().follow_insertion_order(true))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_label("% of respondents")
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

fn relationship_table(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let metrics = &open.metrics;
    let questionnaire = &open.workshop.questionnaire;
    egui::Grid::new("relationship table")
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for header in ["Answer", "Sales", "Product", "Study 2014"] {
                ui.strong(header);
            }
            ui.end_row();
            for answer in Relationship::ALL {
                ui.label(questionnaire.relationship_label(answer));
                ui.label(percent(metrics.sales.relationship_share(answer)));
                ui.label(percent(metrics.product.relationship_share(answer)));
                ui.label(crate::metrics::benchmark::study_share_label(
                    answer,
                    crate::ui::language_ui::of(ui),
                ));
                ui.end_row();
            }
        });
    ui.label(
        RichText::new(format!(
            "Study 2014: {}",
            study_note(crate::ui::language_ui::of(ui))
        ))
        .size(14.0),
    );
}

fn statement_chart(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let metrics = &open.metrics;
    let statements = &open.workshop.questionnaire.statements;
    ui.add_space(12.0);
    ui.label(
        RichText::new("Statements: sales and product side by side")
            .size(24.0)
            .strong(),
    );
    let count = statements.len();
    let gaps: Vec<Bar> = statements
        .iter()
        .enumerate()
        .filter_map(|(index, statement)| {
            let gap = metrics.statement_gap(&statement.key)?;
            let color = if gap >= 0.0 { SALES } else { PRODUCT };
            Some(
                Bar::new((count - index) as f64, gap)
                    .width(0.6)
                    .fill(color)
                    .name(statement.label()),
            )
        })
        .collect();
    let axis_labels: Vec<String> = statements.iter().rev().map(Statement::label).collect();
    readable_axes(Plot::new("statement gaps"))
        .height(32.0 * count as f32 + 40.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_x(-2.0)
        .include_x(2.0)
        .x_axis_label("gap in mean rating: ⬅ product agrees more · sales agrees more ➡")
        .y_axis_formatter(move |mark, _| axis_label(&axis_labels, mark.value - 1.0))
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("Sales − product", gaps).horizontal());
        });
}

fn statement_table(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let metrics = &open.metrics;
    egui::Grid::new("statement table")
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for header in ["Statement", "Sales", "Product", "Gap"] {
                ui.strong(header);
            }
            ui.end_row();
            for statement in &open.workshop.questionnaire.statements {
                ui.label(&statement.text);
                ui.label(mean(metrics.sales.mean(&statement.key)));
                ui.label(mean(metrics.product.mean(&statement.key)));
                ui.label(
                    metrics
                        .statement_gap(&statement.key)
                        .map_or_else(|| String::from("–"), |gap| format!("{gap:+.2}")),
                );
                ui.end_row();
            }
        });
}

fn sources_table(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let metrics = &open.metrics;
    let questionnaire = &open.workshop.questionnaire;
    ui.add_space(12.0);
    ui.label(
        RichText::new("Most-named friction sources")
            .size(24.0)
            .strong(),
    );
    let count = |counts: &std::collections::BTreeMap<String, usize>, key: &str| {
        counts.get(key).copied().unwrap_or(0).to_string()
    };
    egui::Grid::new("sources table")
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for header in ["Source", "Sales", "Product"] {
                ui.strong(header);
            }
            ui.end_row();
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
