//! The comparison's tables: verdicts and weights, friction levels, and the relationship
//! answers' shares beside the study (what `tandem compare` prints), one row or column per
//! workshop, named by its date.

use eframe::egui::{self, RichText};

use super::lines::{ComparisonLines, Shares};
use crate::ui::style::language_ui::text;
use crate::ui::style::theme;
use crate::ui::style::widgets::{self, worded_verdict_badge};

fn table_title(ui: &mut egui::Ui, id: &str) {
    ui.label(
        RichText::new(text(ui, id))
            .size(theme::SMALL_SECTION)
            .strong(),
    );
}

/// A striped table whose header row is the headings of the message ids `ids`; wide, so its
/// columns sit closer than Reveal's.
fn table_ui(ui: &mut egui::Ui, id: &str, ids: &[&str], body: impl FnOnce(&mut egui::Ui)) {
    let headings: Vec<String> = ids.iter().map(|id| text(ui, id)).collect();
    widgets::table_ui(ui, id, theme::WIDE_TABLE_SPACING, &headings, body);
}

/// One row per workshop: answers, verdicts and the weights behind the overall verdict.
pub fn workshops_ui(ui: &mut egui::Ui, lines: &ComparisonLines) {
    let headings = [
        "compare-date",
        "compare-workshop",
        "compare-sales-answers",
        "compare-product-answers",
        "compare-overall-verdict",
        "compare-sales-verdict",
        "compare-product-verdict",
        "compare-weights",
    ];
    table_ui(ui, "comparison workshops", &headings, |ui| {
        for row in &lines.workshops {
            ui.label(&row.date);
            ui.label(&row.title);
            ui.label(&row.sales);
            ui.label(&row.product);
            for (verdict, words) in &row.verdicts {
                worded_verdict_badge(ui, *verdict, words, theme::BODY_SIZE);
            }
            ui.label(&row.weights);
            ui.end_row();
        }
    });
}

/// One row per workshop: each function's friction level, the gap, and what festers.
pub fn friction_ui(ui: &mut egui::Ui, lines: &ComparisonLines) {
    table_title(ui, "compare-friction-title");
    let headings = [
        "compare-date",
        "compare-sales-level",
        "compare-product-level",
        "compare-gap",
        "compare-festering-column",
    ];
    // The festering findings' titles can be longer than the page is wide: they wrap at its
    // right edge (a grid's cells would run past it).
    let page_right = ui.max_rect().right();
    table_ui(ui, "comparison friction", &headings, |ui| {
        for row in &lines.friction {
            ui.label(&row.date);
            ui.label(&row.sales);
            ui.label(&row.product);
            ui.label(&row.gap);
            match &row.festering {
                None => {
                    ui.label("–");
                }
                Some(festering) => {
                    let width = (page_right - ui.cursor().left()).max(MIN_FESTERING_WIDTH);
                    let colour = ui.visuals().error_fg_color;
                    ui.vertical(|ui| {
                        ui.set_max_width(width);
                        ui.add(egui::Label::new(RichText::new(festering).color(colour)).wrap());
                    });
                }
            }
            ui.end_row();
        }
    });
}

/// The narrowest the festering column wraps to, when the page is narrower still.
const MIN_FESTERING_WIDTH: f32 = 200.0;

/// Each relationship answer's share per workshop and function, beside the 2014 study.
pub fn shares_ui(ui: &mut egui::Ui, shares: &Shares) {
    table_title(ui, "compare-shares-title");
    let (answer_heading, study_heading) = (text(ui, "reveal-answer"), text(ui, "compare-study"));
    egui::ScrollArea::horizontal()
        .id_salt("comparison shares")
        .show(ui, |ui| {
            egui::Grid::new("comparison shares")
                .striped(true)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    ui.strong(answer_heading);
                    for column in &shares.columns {
                        ui.strong(column);
                    }
                    ui.strong(study_heading);
                    ui.end_row();
                    for row in &shares.rows {
                        ui.label(&row.answer);
                        for share in &row.shares {
                            ui.label(share);
                        }
                        ui.label(&row.study);
                        ui.end_row();
                    }
                });
        });
}
