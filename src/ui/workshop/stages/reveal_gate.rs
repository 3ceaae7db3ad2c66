//! What Reveal, Diagnose and Close show before the results may be seen: counts, the floor,
//! the decision to reveal, and what is held back.

use eframe::egui::{self, RichText};

use crate::domain::{Function, Stage};
use crate::ui::state::command::{Commands, WorkshopCommand};
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::function_word;
use crate::ui::workshop::open_workshop::OpenWorkshop;
use crate::ui::workshop::room::room_view::still_open_ui;

/// Shown instead of any result until each function has reached the floor: counts only.
pub fn withheld(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let workshop = &open.workshop;
    let floor = workshop.settings.anonymity_floor.value() as usize;
    ui.label(
        RichText::new(text(ui, "reveal-withheld"))
            .size(theme::GATE_TITLE)
            .strong(),
    );
    let why = text_with(ui, "reveal-withheld-text", &[("floor", floor.into())]);
    ui.label(RichText::new(why).size(theme::READING));
    still_open_ui(ui, open);
    for function in Function::ALL {
        let count = workshop.respondents(function);
        let needed = floor.saturating_sub(count);
        let team = function_word(ui, function);
        let line = if needed == 0 {
            text_with(
                ui,
                "reveal-count-enough",
                &[("team", team.into()), ("count", count.into())],
            )
        } else {
            text_with(
                ui,
                "reveal-count-needed",
                &[
                    ("team", team.into()),
                    ("count", count.into()),
                    ("needed", needed.into()),
                ],
            )
        };
        ui.label(RichText::new(line).size(theme::LEAD));
    }
}

/// Shown before the reveal, once the floor is reached: counts, and the decision to show.
pub fn reveal_gate_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let workshop = &open.workshop;
    ui.label(
        RichText::new(text(ui, "reveal-ready"))
            .size(theme::GATE_TITLE)
            .strong(),
    );
    answered_ui(ui, open);
    still_open_ui(ui, open);
    let floor = workshop.settings.anonymity_floor.value() as usize;
    let later = text_with(ui, "reveal-ready-text", &[("floor", floor.into())]);
    ui.label(RichText::new(later).size(theme::READING));
    ui.add_space(12.0);
    if ui
        .button(
            RichText::new(text(ui, "reveal-button"))
                .size(theme::REVEAL_BUTTON)
                .strong(),
        )
        .clicked()
    {
        commands.send(WorkshopCommand::Reveal);
    }
}

/// Who has answered, against the headcount expected of each function, so the facilitator
/// sees who is still missing before deciding to reveal. Without a headcount, the counts.
fn answered_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let workshop = &open.workshop;
    let headcount = workshop.meta.expected;
    if Function::ALL
        .into_iter()
        .all(|function| headcount.of(function) == 0)
    {
        let counts = text_with(
            ui,
            "reveal-ready-counts",
            &[
                ("sales", workshop.respondents(Function::Sales).into()),
                ("product", workshop.respondents(Function::Product).into()),
            ],
        );
        ui.label(RichText::new(counts).size(theme::LEAD));
        return;
    }
    for function in Function::ALL {
        // Nothing is held before the reveal; counted all the same, should a merge bring some.
        let count = workshop.given(function);
        let expected = headcount.of(function) as usize;
        let team = function_word(ui, function);
        let line = if expected == 0 {
            text_with(
                ui,
                "reveal-count-enough",
                &[("team", team.into()), ("count", count.into())],
            )
        } else {
            text_with(
                ui,
                "reveal-ready-of-expected",
                &[
                    ("team", team.into()),
                    ("count", count.into()),
                    ("expected", expected.into()),
                    ("missing", expected.saturating_sub(count).into()),
                ],
            )
        };
        ui.label(RichText::new(line).size(theme::LEAD));
    }
}

/// Says what is held back, where there is anything: how many, and when it will show; and
/// that the room still takes answers, while it is open.
pub fn held_back_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    still_open_ui(ui, open);
    for function in Function::ALL {
        if let Some(notice) = open.workshop.held_back_notice(function, of(ui)) {
            ui.label(RichText::new(format!("⏸ {notice}")).size(theme::READING));
        }
    }
}

/// Shown on Diagnose and Close until the results are revealed.
pub fn not_revealed_ui(ui: &mut egui::Ui, commands: &mut Commands) {
    ui.label(
        RichText::new(text(ui, "reveal-not-revealed"))
            .size(theme::GATE_TITLE)
            .strong(),
    );
    ui.label(RichText::new(text(ui, "reveal-not-revealed-text")).size(theme::READING));
    if ui
        .button(RichText::new(text(ui, "reveal-go")).size(theme::ACTION_BUTTON))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Reveal));
    }
}
