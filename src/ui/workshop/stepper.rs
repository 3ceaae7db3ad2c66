use std::time::{Duration, Instant};

use eframe::egui::{self, RichText};

use super::open_workshop::OpenWorkshop;
use crate::domain::Stage;
use crate::i18n::Language;
use crate::ui::state::command::{Commands, WorkshopCommand};
use crate::ui::style::theme;

/// The stages as a row of buttons, and the current stage's time box.
pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, now: Instant, commands: &mut Commands) {
    let language = crate::ui::style::language_ui::of(ui);
    ui.horizontal_wrapped(|ui| {
        for stage in Stage::ALL {
            let done = if open.stage_done(stage) { " ✔" } else { "" };
            let text = format!("{} {}{done}", stage.number(), stage_name(language, stage));
            let current = open.workshop.stage == stage;
            let button =
                egui::Button::selectable(current, RichText::new(text).size(theme::STEPPER));
            if ui.add(button).clicked() {
                commands.send(WorkshopCommand::GoTo(stage));
            }
        }
        if let Some(left) = time_left(open, now) {
            ui.add_space(12.0);
            let text = countdown_text(language, left);
            let color = if left >= 0 {
                ui.visuals().text_color()
            } else {
                ui.visuals().warn_fg_color
            };
            // Whole, never broken over two lines.
            ui.add(
                egui::Label::new(RichText::new(text).size(theme::STEPPER).color(color)).extend(),
            );
        }
    });
}

/// A stage's name as the screens show it, in `language` (`Stage::label` is the English name
/// the command line and the files use).
pub fn stage_name(language: Language, stage: Stage) -> String {
    language.text(match stage {
        Stage::Setup => "stage-setup",
        Stage::Framing => "stage-framing",
        Stage::Capture => "stage-capture",
        Stage::Reveal => "stage-reveal",
        Stage::Diagnose => "stage-diagnose",
        Stage::Agree => "stage-agree",
        Stage::Close => "stage-close",
    })
}

/// "⏱ 4:05 left", or "⏱ over by 0:30" when `left` (seconds) is negative, in `language`.
pub fn countdown_text(language: Language, left: i64) -> String {
    let magnitude = left.unsigned_abs();
    let time = format!("{}:{:02}", magnitude / 60, magnitude % 60);
    if left >= 0 {
        language.text_with("stage-time-left", &[("time", time.into())])
    } else {
        language.text_with("stage-time-over", &[("time", time.into())])
    }
}

/// Seconds left in the current stage's time box (negative when over), if it has one. The
/// countdown goes on over every visit to the stage and every session, never restarting.
pub fn time_left(open: &OpenWorkshop, now: Instant) -> Option<i64> {
    open.seconds_left(now)
}

/// How long until the countdown's text changes: the next whole second.
pub fn next_tick(open: &OpenWorkshop, now: Instant) -> Option<Duration> {
    time_left(open, now)?;
    let elapsed = now.saturating_duration_since(open.stage_entered);
    Some(Duration::from_secs(1) - Duration::from_nanos(u64::from(elapsed.subsec_nanos())))
}
