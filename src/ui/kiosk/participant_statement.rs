//! One statement of the questionnaire on the kiosk: where it is in the questionnaire, the
//! statement, and the five points of the scale and the skip as large buttons.

use eframe::egui::{self, RichText};

use super::kiosk_state::Kiosk;
use super::kiosk_widgets::{SCALE, TOUCH, choice, chosen_mark, scale_word, sized_choice};
use super::statement_answer::StatementAnswer;
use crate::domain::Questionnaire;
use crate::domain::questionnaire::Statement;
use crate::i18n::Language;
use crate::ui::state::command::KioskCommand;
use crate::ui::style::theme;

/// The height kept for a statement's text: three lines of its 32-point type.
const STATEMENT_ROOM: f32 = 3.0 * 40.0;

pub fn show(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    index: usize,
    commands: &mut Vec<KioskCommand>,
) {
    let Some(statement) = questionnaire.statements.get(index) else {
        return;
    };
    let count = questionnaire.statements.len();
    let position = language.text_with(
        "kiosk-statement-of",
        &[("number", (index + 1).into()), ("total", count.into())],
    );
    ui.label(RichText::new(position).size(theme::KIOSK_TEXT));
    ui.label(RichText::new(&questionnaire.statements_prompt).size(theme::KIOSK_TEXT));
    ui.add_space(16.0);
    // Room for three lines of statement whatever its length, so the answer buttons stay
    // where the last tap was instead of moving with a two-line statement.
    let top = ui.cursor().top();
    ui.label(
        RichText::new(&statement.text)
            .size(theme::KIOSK_STATEMENT)
            .strong(),
    );
    let used = ui.cursor().top() - top;
    ui.add_space((STATEMENT_ROOM - used).max(0.0) + 20.0);
    let current = kiosk.draft.answer(statement);
    // Each statement's buttons are widgets of their own, so nothing of the last statement's
    // (a hover, a press) carries over to the buttons that take their place.
    ui.push_id(&statement.key, |ui| {
        scale_ui(ui, language, statement, current, commands);
    });
}

/// The five points of the scale and the skip, for `statement`; the one chosen ticked.
fn scale_ui(
    ui: &mut egui::Ui,
    language: Language,
    statement: &Statement,
    current: Option<StatementAnswer>,
    commands: &mut Vec<KioskCommand>,
) {
    ui.horizontal(|ui| {
        // Five equal buttons across the page; a long scale word ("stimme überhaupt nicht
        // zu") wraps inside its button instead of widening it.
        let gaps = ui.spacing().item_spacing.x * 4.0;
        let width = ((ui.available_width() - gaps) / 5.0).clamp(150.0, 210.0);
        for value in SCALE {
            let word = scale_word(language, value);
            let selected = current == Some(StatementAnswer::Rated(value));
            let label = chosen_mark(selected, &format!("{value}\n{word}"));
            let text = RichText::new(label).size(theme::KIOSK_TEXT);
            let name = format!("{} — {value} ({word})", statement.text);
            let size = egui::vec2(width, TOUCH * 2.0);
            let role = egui::Role::RadioButton;
            if sized_choice(ui, selected, text, size, role, &name).clicked() {
                commands.push(KioskCommand::Answer {
                    statement: statement.key.clone(),
                    answer: StatementAnswer::Rated(value),
                });
            }
        }
    });
    ui.add_space(12.0);
    let skipped = current == Some(StatementAnswer::Skipped);
    let text = RichText::new(chosen_mark(skipped, &language.text("kiosk-skip-choice")))
        .size(theme::KIOSK_TEXT);
    let name = language.text_with(
        "kiosk-skip-name",
        &[("statement", statement.text.as_str().into())],
    );
    let size = egui::vec2(210.0 * 2.0 + 10.0, TOUCH);
    if choice(ui, skipped, text, size, egui::Role::RadioButton, &name).clicked() {
        commands.push(KioskCommand::Answer {
            statement: statement.key.clone(),
            answer: StatementAnswer::Skipped,
        });
    }
}
