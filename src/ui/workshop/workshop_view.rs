//! The open workshop's page under the header: what the file asks of the facilitator
//! (recovery, read-only), then the stage on screen, one file per stage.

use eframe::egui;

use crate::domain::Stage;
use crate::ui::state::app_state::AppState;
use crate::ui::state::command::{Commands, WorkshopCommand};
use crate::ui::style::language_ui;
use crate::ui::workshop::open_workshop::OpenWorkshop;
use crate::ui::workshop::stages::{agree, capture, close, diagnose, framing, reveal, setup};

/// The open workshop's page: the recovery offer, the read-only banner, then its stage.
pub fn show(ui: &mut egui::Ui, state: &AppState, open: &OpenWorkshop, commands: &mut Commands) {
    if let Some(recovery) = &open.recovery {
        ui.horizontal_wrapped(|ui| {
            let language = language_ui::of(ui);
            // Only time spent differs when nothing a facilitator would name does.
            let parts = if open.recovery_parts.is_empty() {
                language.text("part-time-spent")
            } else {
                crate::domain::WorkshopPart::list(&open.recovery_parts, language)
            };
            ui.colored_label(
                ui.visuals().warn_fg_color,
                language.text_with(
                    "app-recovery-found",
                    &[
                        ("path", recovery.path.display().to_string().into()),
                        ("parts", parts.into()),
                    ],
                ),
            );
            if ui.button(language.text("app-recovery-restore")).clicked() {
                commands.send(WorkshopCommand::RestoreRecovery);
            }
            if ui.button(language.text("app-recovery-discard")).clicked() {
                commands.send(WorkshopCommand::DiscardRecovery);
            }
        });
    }
    if let Some(holder) = open.read_only_holder() {
        let language = language_ui::of(ui);
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.text_with(
                "lock-read-only",
                &[(
                    "holder",
                    crate::ui::workshop::access::holder_words(holder, language).into(),
                )],
            ),
        );
    }
    let dialog_open = state.dialog.is_some();
    // A window that only reads the workshop shows it all and changes nothing.
    ui.add_enabled_ui(open.writable(), |ui| {
        stage_ui(ui, state, open, dialog_open, commands);
    });
}

fn stage_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    open: &OpenWorkshop,
    dialog_open: bool,
    commands: &mut Commands,
) {
    match open.workshop.stage {
        Stage::Setup => setup::show(ui, open, dialog_open, commands),
        Stage::Framing => framing::show(ui, open, commands),
        Stage::Capture => capture::show(ui, open, dialog_open, commands),
        Stage::Reveal => reveal::show(ui, open, state.exporting, commands),
        Stage::Diagnose => diagnose::show(ui, open, state.audience.spotlight, commands),
        Stage::Agree => agree::show(ui, open, commands),
        Stage::Close => close::show(ui, open, state.exporting, commands),
    }
}
