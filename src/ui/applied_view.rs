use eframe::egui;

use crate::i18n::Language;
use crate::ui::state::app_state::AppState;
use crate::ui::state::notice::Place;
use crate::ui::style::language_ui;

/// What egui was last told of the theme, the zoom and full screen; told again on a change.
/// Also where the facilitator was: a stage or screen moved to opens at its top.
#[derive(Default)]
pub(super) struct AppliedView {
    dark_mode: Option<bool>,
    language: Option<Language>,
    zoom_factor: Option<f32>,
    fullscreen: bool,
    /// What the audience window was last told of full screen, while it is open.
    pub audience_fullscreen: Option<bool>,
    place: Option<Place>,
    /// This frame shows another stage or screen than the last one did.
    pub moved: bool,
}

impl AppliedView {
    pub fn apply(&mut self, ctx: &egui::Context, state: &AppState) {
        let place = state.place();
        self.moved = self.place != Some(place);
        self.place = Some(place);
        if self.dark_mode != Some(state.dark_mode) {
            self.dark_mode = Some(state.dark_mode);
            ctx.set_theme(if state.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
        }
        if self.language != Some(state.language) {
            self.language = Some(state.language);
            language_ui::set(ctx, state.language);
        }
        let zoom_factor = state.zoom_factor();
        if self.zoom_factor != Some(zoom_factor) {
            self.zoom_factor = Some(zoom_factor);
            ctx.set_zoom_factor(zoom_factor);
        }
        if self.fullscreen != state.presenting {
            self.fullscreen = state.presenting;
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(state.presenting));
        }
    }
}
