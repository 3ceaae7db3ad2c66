//! The comparison's tables: verdicts and weights, friction levels, and the relationship
//! answers' shares beside the study (what `tandem compare` prints), one row or column per
//! workshop, named by its date.

use eframe::egui::{self, RichText};

use crate::compare::Comparison;
use crate::domain::{Function, Questionnaire, Relationship};
use crate::metrics::Scope;
use crate::metrics::benchmark::study_share;
use crate::ui::style::language_ui::{of, text};
use crate::ui::style::theme;
use crate::ui::style::widgets::{function_word, mean, percent, signed, verdict_badge};

fn table_title(ui: &mut egui::Ui, id: &str) {
    ui.label(
        RichText::new(text(ui, id))
            .size(theme::SMALL_SECTION)
            .strong(),
    );
}

/// A table's header row, each heading from its message id.
fn headers(ui: &mut egui::Ui, ids: &[&str]) {
    for id in ids {
        ui.strong(text(ui, id));
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
                    "compare-date",
                    "compare-workshop",
                    "compare-sales-answers",
                    "compare-product-answers",
                    "compare-overall-verdict",
                    "compare-sales-verdict",
                    "compare-product-verdict",
                    "compare-weights",
                ],
            );
            let language = of(ui);
            for (index, workshop) in comparison.workshops.iter().enumerate() {
                ui.label(workshop.date.to_string());
                ui.label(&workshop.title);
                ui.label(language.count(workshop.sales));
                ui.label(language.count(workshop.product));
                for scope in Scope::ALL {
                    verdict_badge(ui, comparison.verdict(index, scope), theme::BODY_SIZE);
                }
                ui.label(comparison.weights(index).map_or_else(
                    || text(ui, "compare-withheld"),
                    |(toxic, healthy)| format!("{toxic} / {healthy}"),
                ));
                ui.end_row();
            }
        });
}

/// One row per workshop: each function's friction level, the gap, and what festers.
pub fn friction_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    let language = of(ui);
    table_title(ui, "compare-friction-title");
    egui::Grid::new("comparison friction")
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            headers(
                ui,
                &[
                    "compare-date",
                    "compare-sales-level",
                    "compare-product-level",
                    "compare-gap",
                    "compare-festering-column",
                ],
            );
            for (index, workshop) in comparison.workshops.iter().enumerate() {
                ui.label(workshop.date.to_string());
                ui.label(mean(
                    language,
                    comparison.friction_level(index, Function::Sales),
                ));
                ui.label(mean(
                    language,
                    comparison.friction_level(index, Function::Product),
                ));
                ui.label(signed(language, comparison.perception_gap(index)));
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
    table_title(ui, "compare-shares-title");
    let language = of(ui);
    let columns: Vec<String> = comparison
        .workshops
        .iter()
        .flat_map(|workshop| {
            Function::ALL
                .map(|function| format!("{} {}", function_word(ui, function), workshop.date))
        })
        .collect();
    // The answers as the default questionnaire words them in the facilitator's language.
    let answers = Questionnaire::builtin();
    let (answer_heading, study_heading) = (text(ui, "reveal-answer"), text(ui, "compare-study"));
    egui::ScrollArea::horizontal()
        .id_salt("comparison shares")
        .show(ui, |ui| {
            egui::Grid::new("comparison shares")
                .striped(true)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    ui.strong(answer_heading);
                    for column in &columns {
                        ui.strong(column);
                    }
                    ui.strong(study_heading);
                    ui.end_row();
                    for answer in Relationship::ALL {
                        ui.label(answers.relationship_label_in(answer, language));
                        for index in 0..comparison.workshops.len() {
                            for function in Function::ALL {
                                let share = comparison.share(index, Scope::of(function), answer);
                                ui.label(percent(language, share));
                            }
                        }
                        // The study's own figures, to its two decimals.
                        ui.label(language.percent(study_share(answer), 2));
                        ui.end_row();
                    }
                });
        });
}
