//! A stage's title with its "Next" beside it, on the right: on a long stage the way on is in
//! view when the stage opens, at 1280×720 too, without scrolling to the end.

use eframe::egui::{self, RichText};

use crate::domain::Stage;
use crate::ui::state::command::{Commands, WorkshopCommand};
use crate::ui::style::language_ui::text;
use crate::ui::style::theme;

/// `title` (a message id) and, when `next` is given, its "Next" button (`next.0`, a message
/// id) to `next.1`.
pub fn show(ui: &mut egui::Ui, title: &str, next: Option<(&str, Stage)>, commands: &mut Commands) {
    ui.horizontal(|ui| {
        ui.heading(RichText::new(text(ui, title)).size(theme::STAGE_TITLE));
        let Some((label, stage)) = next else {
            return;
        };
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(RichText::new(text(ui, label)).size(theme::ACTION_BUTTON))
                .clicked()
            {
                commands.send(WorkshopCommand::GoTo(stage));
            }
        });
    });
}
