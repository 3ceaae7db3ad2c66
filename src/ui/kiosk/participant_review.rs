//! The kiosk's review: everything this participant answered, the statements they skipped
//! listed (each a tap from being rated), before they submit.

use eframe::egui::{self, RichText};

use super::kiosk_state::Kiosk;
use super::kiosk_widgets::{TOUCH, scale_word, title};
use super::statement_answer::StatementAnswer;
use crate::domain::questionnaire::Statement;
use crate::domain::{Questionnaire, Relationship};
use crate::i18n::Language;
use crate::ui::state::command::KioskCommand;
use crate::ui::style::theme;

pub fn show(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, &language.text("phone-review-title"));
    let draft = &kiosk.draft;
    let team = draft
        .function
        .map_or_else(|| String::from("–"), |function| function.name(language));
    let relationship = draft.relationship.map_or("–", |answer: Relationship| {
        questionnaire.relationship_label(answer)
    });
    let team = language.text_with("kiosk-review-team", &[("team", team.into())]);
    ui.label(RichText::new(team).size(theme::KIOSK_TEXT));
    let relationship = language.text_with(
        "kiosk-review-relationship",
        &[("answer", relationship.into())],
    );
    ui.label(RichText::new(relationship).size(theme::KIOSK_TEXT));
    let skipped = draft.skipped(questionnaire).len();
    if skipped > 0 {
        let text = language.text_with(
            "kiosk-review-skipped",
            &[
                ("skipped", skipped.into()),
                ("total", questionnaire.statements.len().into()),
            ],
        );
        ui.colored_label(
            ui.visuals().warn_fg_color,
            RichText::new(text).size(theme::KIOSK_TEXT),
        );
    }
    for (index, statement) in questionnaire.statements.iter().enumerate() {
        ui.horizontal(|ui| review_statement_ui(ui, language, kiosk, statement, index, commands));
    }
    review_rest_ui(ui, language, kiosk, questionnaire);
}

fn review_statement_ui(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    statement: &Statement,
    index: usize,
    commands: &mut Vec<KioskCommand>,
) {
    let answer = match kiosk.draft.answer(statement) {
        Some(StatementAnswer::Rated(value)) => {
            format!("{value} ({})", scale_word(language, value))
        }
        Some(StatementAnswer::Skipped) => language.text("skipped"),
        None => language.text("kiosk-not-answered"),
    };
    let skipped = kiosk.draft.answer(statement) == Some(StatementAnswer::Skipped);
    let line = RichText::new(format!("{} — {answer}", statement.text)).size(theme::KIOSK_REVIEW);
    if skipped {
        // A long statement wraps, keeping room for its "Rate it now" button on the page.
        let width = (ui.available_width() - 220.0).max(240.0);
        ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
            ui.add(egui::Label::new(line).wrap());
        });
    } else {
        ui.label(line);
    }
    if skipped {
        let button = ui.add(
            egui::Button::new(
                RichText::new(language.text("kiosk-rate-now")).size(theme::KIOSK_REVIEW),
            )
            .min_size(egui::vec2(TOUCH * 3.0, TOUCH)),
        );
        let name = language.text_with(
            "kiosk-rate-now-name",
            &[("statement", statement.text.as_str().into())],
        );
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if button.clicked() {
            commands.push(KioskCommand::Revise(index));
        }
    }
}

fn review_rest_ui(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
) {
    let draft = &kiosk.draft;
    let named: Vec<&str> = questionnaire
        .sources
        .iter()
        .filter(|source| draft.sources.contains(&source.key))
        .map(|source| source.label.as_str())
        .collect();
    let named = if named.is_empty() {
        language.text("none")
    } else {
        named.join(", ")
    };
    let sources = language.text_with("kiosk-review-sources", &[("sources", named.into())]);
    ui.label(RichText::new(sources).size(theme::KIOSK_REVIEW));
    for (prompt, text) in [
        (
            &questionnaire.friction_comment_prompt,
            &draft.friction_comment,
        ),
        (
            &questionnaire.works_well_comment_prompt,
            &draft.works_well_comment,
        ),
    ] {
        if !text.trim().is_empty() {
            let line = language.text_with(
                "kiosk-review-comment",
                &[
                    ("prompt", prompt.as_str().into()),
                    ("comment", text.trim().into()),
                ],
            );
            ui.label(RichText::new(line).size(theme::KIOSK_REVIEW));
        }
    }
}
