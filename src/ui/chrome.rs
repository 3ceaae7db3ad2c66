//! The window's chrome around the pages: the top bar, the close prompt and the notice strip.

use eframe::egui::{self, RichText};

use crate::ui::state::app_state::AppState;
use crate::ui::state::command::{AppCommand, AudienceCommand, Command, Commands, WorkshopCommand};
use crate::ui::state::notice::Notice;
use crate::ui::workshop::open_workshop::OpenWorkshop;

pub fn top_bar_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    open: Option<&OpenWorkshop>,
    commands: &mut Commands,
) {
    let language = crate::ui::style::language_ui::of(ui);
    // The title gives way (cut short) before the buttons do, at any zoom.
    let (left, right) = egui::containers::Sides::new()
        .shrink_left()
        .truncate()
        .show(
            ui,
            |ui| {
                let open = open?;
                let home = ui.button(language.text("app-home")).clicked();
                let save = ui
                    .add_enabled(
                        open.writable(),
                        egui::Button::new(language.text("app-save")),
                    )
                    .clicked();
                let mut status = Commands::default();
                crate::ui::workshop::file_status::file_status_ui(ui, open, &mut status);
                ui.label(RichText::new(&open.workshop.meta.title).strong());
                if home {
                    Some(Command::from(AppCommand::CloseWorkshop))
                } else if save {
                    Some(Command::from(WorkshopCommand::Save))
                } else {
                    status.into_iter().next()
                }
            },
            |ui| {
                let chosen = crate::ui::style::language_ui::language_picker(
                    ui,
                    "screens' language",
                    "🌐",
                    state.language,
                );
                let mut dark = state.dark_mode;
                let dark_changed = ui
                    .checkbox(&mut dark, language.text("app-dark-theme"))
                    .changed();
                let presenting = state.presenting;
                let button =
                    egui::Button::selectable(presenting, language.text("app-presentation"));
                let present = ui.add(button).clicked();
                let projector = ui
                    .button(language.text("audience-on-projector"))
                    .on_hover_text(language.text("audience-on-projector-hint"))
                    .clicked();
                let window = state.audience.window;
                // B blanks a screen the facilitator is not looking at: say so here.
                if state.audience.blank {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        language.text("audience-blanked"),
                    );
                }
                let audience = ui
                    .add(egui::Button::new(language.text("audience-window")).selected(window))
                    .clicked();
                if let Some(language) = chosen {
                    Some(AppCommand::SetLanguage(language))
                } else if dark_changed {
                    Some(AppCommand::SetDarkMode(dark))
                } else if projector {
                    Some(AppCommand::Audience(AudienceCommand::ShowOnProjector))
                } else if audience {
                    Some(AppCommand::Audience(AudienceCommand::ShowWindow(!window)))
                } else {
                    present.then_some(AppCommand::SetPresentation(!presenting))
                }
            },
        );
    if let Some(command) = left {
        commands.send(command);
    }
    if let Some(command) = right {
        commands.send(command);
    }
}

/// "Save before closing?", over everything else until answered.
pub fn close_prompt_ui(ctx: &egui::Context, commands: &mut Commands) {
    egui::Modal::new(egui::Id::unique("close prompt")).show(ctx, |ui| {
        let language = crate::ui::style::language_ui::of(ui);
        ui.heading(language.text("app-close-title"));
        ui.label(language.text("app-close-text"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(language.text("app-save-and-close")).clicked() {
                commands.send(AppCommand::SaveAndClose);
            }
            if ui.button(language.text("app-discard-and-close")).clicked() {
                commands.send(AppCommand::DiscardAndClose);
            }
            if ui.button(language.text("app-cancel")).clicked() {
                commands.send(AppCommand::KeepWindowOpen);
            }
        });
    });
}

/// The notice in its strip at the bottom of the window: beside the controls, never over
/// one; Dismiss at its end.
pub fn notice_ui(ui: &mut egui::Ui, notice: &Notice, commands: &mut Commands) {
    let (text, color) = match notice {
        Notice::Info(text) => (text, ui.visuals().text_color()),
        Notice::Error(text) => (text, ui.visuals().error_fg_color),
    };
    ui.add_space(4.0);
    let dismiss = crate::ui::style::language_ui::of(ui).text("app-dismiss");
    egui::containers::Sides::new().shrink_left().show(
        ui,
        |ui| {
            ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
        },
        |ui| {
            if ui.button(dismiss).clicked() {
                commands.send(AppCommand::DismissNotice);
            }
        },
    );
    ui.add_space(4.0);
}
