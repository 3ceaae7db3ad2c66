//! The audience view in a native window of its own (an egui viewport), for a projector used
//! as a second screen; its own F11 and Esc, the facilitator's arrows and B; closing it
//! closes only it.

use eframe::egui;

use super::audience_state::Audience;
use super::audience_view::audience_ui;
use crate::ui::state::app_state::AppState;
use crate::ui::state::command::{AudienceCommand, Commands};

/// The audience window's viewport; its title names it, for the window list and the
/// facilitator's window manager.
pub fn viewport_id() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("tandem audience view")
}

/// Shows the audience window for this frame; `applied_fullscreen` is what its window was
/// last told of full screen (told again only on a change).
pub fn show(
    ctx: &egui::Context,
    state: &AppState,
    applied_fullscreen: &mut Option<bool>,
    commands: &mut Commands,
) {
    let audience = &state.audience;
    let title = state
        .open()
        .map_or(state.language, |open| open.workshop.meta.language)
        .text("audience-window-title");
    let mut builder = egui::ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([1280.0, 720.0]);
    if audience.on_projector {
        // Beyond the right edge of the screen the console is on: the second screen, where
        // there is one; full screen then fills whichever screen the window is on.
        let console_screen = ctx.input(|input| input.viewport().monitor_size);
        if let Some(screen) = console_screen {
            builder = builder.with_position([screen.x + 1.0, 0.0]);
        }
    }
    ctx.show_viewport_immediate(viewport_id(), builder, |ui, _class| {
        if ui.input(|input| input.viewport().close_requested()) {
            commands.send(AudienceCommand::ShowWindow(false));
        }
        keys(ui, audience, on_diagnose(state), commands);
        if *applied_fullscreen != Some(audience.fullscreen) {
            *applied_fullscreen = Some(audience.fullscreen);
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(audience.fullscreen));
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(0.0))
            .show(ui, |ui| {
                audience_ui(ui, &state.screen, audience, state.clock());
            });
    });
}

/// Whether the facilitator is on Diagnose, where the arrows step through the findings.
pub fn on_diagnose(state: &AppState) -> bool {
    matches!(
        state.place(),
        crate::ui::state::notice::Place::Workshop(crate::domain::Stage::Diagnose)
    )
}

/// Keys that drive the audience view, wherever it shows: the arrows step through the
/// findings, B blanks the screen; in its own window also F11 and Esc for full screen.
pub fn keys(ui: &egui::Ui, audience: &Audience, on_diagnose: bool, commands: &mut Commands) {
    use egui::{Key, Modifiers};
    // Keys typed into a text field are the field's.
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let pressed = |key| ui.input_mut(|input| input.consume_key(Modifiers::NONE, key));
    // The findings are Diagnose's: elsewhere the arrows move nothing unseen.
    if on_diagnose && (pressed(Key::ArrowRight) || pressed(Key::ArrowDown)) {
        commands.send(AudienceCommand::Step(true));
    }
    if on_diagnose && (pressed(Key::ArrowLeft) || pressed(Key::ArrowUp)) {
        commands.send(AudienceCommand::Step(false));
    }
    if pressed(Key::B) {
        commands.send(AudienceCommand::Blank(!audience.blank));
    }
    if ui.ctx().viewport_id() == viewport_id() {
        if pressed(Key::F11) {
            commands.send(AudienceCommand::SetFullscreen(!audience.fullscreen));
        }
        if audience.fullscreen && pressed(Key::Escape) {
            commands.send(AudienceCommand::SetFullscreen(false));
        }
    }
}
