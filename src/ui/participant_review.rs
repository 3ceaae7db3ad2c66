//! The kiosk's review: everything this participant answered, the statements they skipped
//! listed (each a tap from being rated), before they submit.

use eframe::egui::{self, RichText};

use super::command::KioskCommand;
use super::kiosk::{Kiosk, StatementAnswer};
use super::kiosk_widgets::{SCALE, TEXT, TOUCH, title};
use crate::domain::questionnaire::Statement;
use crate::domain::{Function, Questionnaire, Relationship};

pub fn show(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, "Check your answers");
    let draft = &kiosk.draft;
    let function = draft.function.map_or("–", Function::label);
    let relationship = draft.relationship.map_or("–", |answer: Relationship| {
        questionnaire.relationship_label(answer)
    });
    ui.label(RichText::new(format!("Team: {function}")).size(TEXT));
    ui.label(RichText::new(format!("Relationship: {relationship}")).size(TEXT));
    let skipped = draft.skipped(questionnaire).len();
    if skipped > 0 {
        let statements = if questionnaire.statements.len() == 1 {
            "statement"
        } else {
            "statements"
        };
        ui.colored_label(
            ui.visuals().warn_fg_color,
            RichText::new(format!(
                "You skipped {skipped} of {} {statements}: skipped ones do not count.",
                questionnaire.statements.len()
            ))
            .size(TEXT),
        );
    }
    for (index, statement) in questionnaire.statements.iter().enumerate() {
        ui.horizontal(|ui| review_statement_ui(ui, kiosk, statement, index, commands));
    }
    review_rest_ui(ui, kiosk, questionnaire);
}

fn review_statement_ui(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    statement: &Statement,
    index: usize,
    commands: &mut Vec<KioskCommand>,
) {
    let answer = match kiosk.draft.answer(statement) {
        Some(StatementAnswer::Rated(value)) => {
            let word = SCALE
                .iter()
                .find(|(point, _)| *point == value)
                .map_or("", |(_, word)| word);
            format!("{value} ({word})")
        }
        Some(StatementAnswer::Skipped) => String::from("skipped"),
        None => String::from("not answered"),
    };
    ui.label(RichText::new(format!("{} — {answer}", statement.text)).size(17.0));
    if kiosk.draft.answer(statement) == Some(StatementAnswer::Skipped) {
        let button = ui.add(
            egui::Button::new(RichText::new("Rate it now").size(17.0))
                .min_size(egui::vec2(TOUCH * 3.0, TOUCH)),
        );
        let name = format!("Rate it now: {}", statement.text);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if button.clicked() {
            commands.push(KioskCommand::Revise(index));
        }
    }
}

fn review_rest_ui(ui: &mut egui::Ui, kiosk: &Kiosk, questionnaire: &Questionnaire) {
    let draft = &kiosk.draft;
    let named: Vec<&str> = questionnaire
        .sources
        .iter()
        .filter(|source| draft.sources.contains(&source.key))
        .map(|source| source.label.as_str())
        .collect();
    let named = if named.is_empty() {
        String::from("none")
    } else {
        named.join(", ")
    };
    ui.label(RichText::new(format!("Friction sources: {named}")).size(17.0));
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
            ui.label(RichText::new(format!("{prompt} {}", text.trim())).size(17.0));
        }
    }
}
