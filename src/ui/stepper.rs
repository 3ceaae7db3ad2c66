use std::time::{Duration, Instant};

use eframe::egui::{self, RichText};

use super::open_workshop::OpenWorkshop;
use crate::domain::Stage;
use crate::ui::command::{Commands, WorkshopCommand};

/// Whether a stage's work is done, for the ✔ in the stepper.
pub fn is_complete(open: &OpenWorkshop, stage: Stage) -> bool {
    let workshop = &open.workshop;
    let beyond = workshop.stage > stage;
    match stage {
        Stage::Setup => !workshop.meta.title.trim().is_empty(),
        Stage::Framing => beyond,
        Stage::Capture => workshop.floor_reached(),
        Stage::Reveal => workshop.revealed,
        Stage::Diagnose => workshop.revealed && beyond,
        Stage::Agree => !workshop.agreements.is_empty() || !workshop.actions.is_empty(),
        Stage::Close => !open.dirty && workshop.stage == Stage::Close,
    }
}

/// The stages as a row of buttons, and the current stage's time box.
pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, now: Instant, commands: &mut Commands) {
    ui.horizontal_wrapped(|ui| {
        for stage in Stage::ALL {
            let done = if is_complete(open, stage) { " ✔" } else { "" };
            let text = format!("{} {}{done}", stage.number(), stage.label());
            let current = open.workshop.stage == stage;
            let button = egui::Button::selectable(current, RichText::new(text).size(17.0));
            if ui.add(button).clicked() {
                commands.send(WorkshopCommand::GoTo(stage));
            }
        }
        if let Some(left) = time_left(open, now) {
            ui.separator();
            let text = if left >= 0 {
                format!("⏱ {}:{:02} left", left / 60, left % 60)
            } else {
                format!("⏱ over by {}:{:02}", -left / 60, -left % 60)
            };
            let color = if left >= 0 {
                ui.visuals().text_color()
            } else {
                ui.visuals().warn_fg_color
            };
            ui.label(RichText::new(text).size(17.0).color(color));
        }
    });
}

/// Seconds left in the current stage's time box (negative when over), if it has one.
pub fn time_left(open: &OpenWorkshop, now: Instant) -> Option<i64> {
    let minutes = open.workshop.time_boxes.get(&open.workshop.stage)?;
    let elapsed = now.saturating_duration_since(open.stage_entered).as_secs();
    Some(i64::from(*minutes) * 60 - i64::try_from(elapsed).unwrap_or(i64::MAX))
}

/// How long until the countdown's text changes: the next whole second.
pub fn next_tick(open: &OpenWorkshop, now: Instant) -> Option<Duration> {
    time_left(open, now)?;
    let elapsed = now.saturating_duration_since(open.stage_entered);
    Some(Duration::from_secs(1) - Duration::from_nanos(u64::from(elapsed.subsec_nanos())))
}
