//! The comparison's tables: verdicts and weights, friction levels, and the relationship
//! answers' shares beside the study (what `tandem compare` prints), one row or column per
//! workshop, named by its date.

use eframe::egui::{self, RichText};

use super::widgets::{percent, verdict_badge};
use crate::compare::Comparison;
use crate::domain::{Function, Relationship};
use crate::metrics::Scope;
use crate::metrics::benchmark::study_share_label;

fn table_title(ui: &mut egui::Ui, title: &str) {
    ui.label(RichText::new(title).size(20.0).strong());
}

fn headers(ui: &mut egui::Ui, headers: &[&str]) {
    for header in headers {
        ui.strong(*header);
    }
    ui.end_row();
}

/// One row per workshop: answers, verdicts and the weights behind the overall verdict.
pub fn workshops_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    egui::Grid::new("comparison workshops")
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            headers(
                ui,
                &[
                    "Date",
                    "Workshop",
                    "Sales answers",
                    "Product answers",
                    "Overall verdict",
                    "Sales verdict",
                    "Product verdict",
                    "Toxic / healthy weight",
                ],
            );
            for (index, workshop) in comparison.workshops.iter().enumerate() {
                ui.label(workshop.date.to_string());
                ui.label(&workshop.title);
                ui.label(workshop.sales.to_string());
                ui.label(workshop.product.to_string());
                for scope in Scope::ALL {
                    verdict_badge(ui, comparison.verdict(index, scope), 16.0);
                }
                ui.label(comparison.weights(index).map_or_else(
                    || String::from("withheld"),
                    |(toxic, healthy)| format!("{toxic} / {healthy}"),
                ));
                ui.end_row();
            }
        });
}

/// One row per workshop: each function's friction level, the gap, and what festers.
pub fn friction_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    let number = |value: Option<f64>, signed: bool| match value {
        Some(value) if signed => format!("{value:+.2}"),
        Some(value) => format!("{value:.2}"),
        None => String::from("–"),
    };
    table_title(
        ui,
        "Friction level (0–3) and perception gap (sales − product)",
    );
    egui::Grid::new("comparison friction")
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            headers(
                ui,
                &[
                    "Date",
                    "Sales friction level",
                    "Product friction level",
                    "Perception gap",
                    "Toxic again (festering)",
                ],
            );
            for (index, workshop) in comparison.workshops.iter().enumerate() {
                ui.label(workshop.date.to_string());
                ui.label(number(
                    comparison.friction_level(index, Function::Sales),
                    false,
                ));
                ui.label(number(
                    comparison.friction_level(index, Function::Product),
                    false,
                ));
                ui.label(number(comparison.perception_gap(index), true));
                let festering: Vec<String> = comparison
                    .festering(index)
                    .iter()
                    .map(|id| comparison.rule_title(id))
                    .collect();
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

/// Each relationship answer's share per workshop and function, beside the 2014 study.
pub fn shares_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    table_title(ui, "Relationship answers (share of respondents)");
    let columns: Vec<String> = comparison
        .workshops
        .iter()
        .flat_map(|workshop| {
            Function::ALL.map(|function| format!("{} {}", function.label(), workshop.date))
        })
        .collect();
    egui::ScrollArea::horizontal()
        .id_salt("comparison shares")
        .show(ui, |ui| {
            egui::Grid::new("comparison shares")
                .striped(true)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    ui.strong("Answer");
                    for column in &columns {
                        ui.strong(column);
                    }
                    ui.strong("Study (2014)");
                    ui.end_row();
                    for answer in Relationship::ALL {
                        ui.label(answer.default_label());
                        for index in 0..comparison.workshops.len() {
                            for function in Function::ALL {
                                let share = comparison.share(index, Scope::of(function), answer);
                                ui.label(percent(crate::ui::language_ui::of(ui), share));
                            }
                        }
                        ui.label(study_share_label(answer));
                        ui.end_row();
                    }
                });
        });
}
