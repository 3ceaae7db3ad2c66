use std::path::PathBuf;
use std::time::{Duration, Instant};

use eframe::egui::{self, RichText};
use serde::{Deserialize, Serialize};

use super::command::{AppCommand, Command, Commands, WorkshopCommand};
use super::notice::Notice;
use super::open_workshop::OpenWorkshop;
use super::screen::Screen;
use super::state::{AppState, Closing};
use super::{Launch, compare_view, home, participant, stages, stepper};
use crate::domain::Stage;

const STORAGE_KEY: &str = "tandem";

/// What the app remembers between runs, through eframe's storage. Workshops are never kept
/// there: they live in their files.
#[derive(Default, Serialize, Deserialize)]
struct Remembered {
    recent: Vec<PathBuf>,
    dark_mode: bool,
}

/// The facilitator app: draws the state, and sends what the facilitator does to
/// [`AppState::handle`].
pub struct TandemApp {
    pub state: AppState,
    applied_dark_mode: Option<bool>,
    /// Whether background reports already know which context to wake.
    inbox_attached: bool,
}

impl TandemApp {
    pub fn new(launch: Launch, storage: Option<&dyn eframe::Storage>) -> Self {
        let remembered: Remembered = storage
            .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
            .unwrap_or_default();
        let mut state = AppState::new(launch.workshops_dir);
        // Checked once here (and on rescan), not by the home screen every frame.
        state.recent = remembered.recent;
        state.forget_missing_recent();
        state.dark_mode = remembered.dark_mode;
        let now = Instant::now();
        if let Some(path) = launch.open {
            state.open_path(&path, now);
        } else if let Some(last) = state.recent.first().cloned() {
            // A workshop left in participant mode reopens locked: a restart is no way out.
            if let Ok(workshop) = crate::storage::load_workshop(&last)
                && workshop.participant_lock.is_some()
            {
                state.open_loaded(&last, workshop, now);
            }
        }
        Self {
            state,
            applied_dark_mode: None,
            inbox_attached: false,
        }
    }

    /// Makes type large enough to read on a projector.
    pub fn style(ctx: &egui::Context) {
        ctx.all_styles_mut(|style| {
            use egui::{FontId, TextStyle};
            for (text_style, size) in [
                (TextStyle::Body, 16.0),
                (TextStyle::Button, 16.0),
                (TextStyle::Heading, 26.0),
                (TextStyle::Small, 13.0),
            ] {
                style
                    .text_styles
                    .insert(text_style, FontId::proportional(size));
            }
            style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        });
    }

    /// Draws one frame and applies the commands it produced.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if !self.inbox_attached {
            self.state.background.attach(ui.ctx());
            self.inbox_attached = true;
        }
        let now = Instant::now();
        let mut wake = self.state.tick(now);
        if self.applied_dark_mode != Some(self.state.dark_mode) {
            self.applied_dark_mode = Some(self.state.dark_mode);
            ui.ctx().set_theme(if self.state.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
        }
        let mut commands = Commands::default();
        let close_requested = ui.input(|input| input.viewport().close_requested())
            || ui.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::Q));
        if close_requested {
            commands.send(AppCommand::CloseWindow);
        }
        if let Screen::Participant(screen) = &self.state.screen {
            // The kiosk can only ask for kiosk commands: nothing else is representable here.
            let mut kiosk_commands = Vec::new();
            participant::show(
                ui,
                &screen.kiosk,
                &screen.open.workshop.questionnaire,
                &mut kiosk_commands,
            );
            for command in kiosk_commands {
                commands.send(Command::Kiosk(command));
            }
        } else {
            self.facilitator(ui, now, &mut commands);
            if let Screen::Workshop(open) = &self.state.screen {
                wake = earliest(wake, stepper::next_tick(open, now));
            }
        }
        let changed = !commands.is_empty();
        for command in commands {
            self.state.handle(command, now);
        }
        if let Some(text) = self.state.clipboard.take() {
            ui.ctx().copy_text(text);
        }
        match self.state.closing {
            Closing::Confirmed => ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close),
            Closing::No | Closing::Asking if close_requested => {
                ui.ctx()
                    .send_viewport_cmd(egui::ViewportCommand::CancelClose);
            }
            Closing::No | Closing::Asking => {}
        }
        if changed {
            ui.ctx().request_repaint();
        } else if let Some(after) = wake {
            ui.ctx().request_repaint_after(after);
        }
    }

    fn facilitator(&self, ui: &mut egui::Ui, now: Instant, commands: &mut Commands) {
        let state = &self.state;
        let open = match &state.screen {
            Screen::Workshop(open) => Some(open.as_ref()),
            _ => None,
        };
        // Presenting the room: the projector shows the code, the address and the counts only.
        if let Some(open) = open
            && let Some(open_room) = open.room.open.as_ref().filter(|room| room.presenting)
        {
            egui::CentralPanel::default().show(ui, |ui| {
                super::room_view::present_ui(ui, open, open_room, commands);
            });
            return;
        }
        egui::Panel::top("top bar").show(ui, |ui| {
            top_bar_ui(ui, state, open, commands);
            if let Some(open) = open {
                stepper::show(ui, open, now, commands);
            }
        });
        if state.closing == Closing::Asking {
            close_prompt_ui(ui.ctx(), commands);
        }
        if let Some(open) = open
            && let Some(step) = &open.import_mapping
        {
            super::import_mapping::mapping_step_ui(
                ui.ctx(),
                step,
                &open.workshop.questionnaire,
                commands,
            );
        }
        if let Some(leaving) = open.and_then(|open| open.room.leaving) {
            super::room_view::leave_room_prompt_ui(ui.ctx(), leaving, commands);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(notice) = &state.notice {
                notice_ui(ui, notice, commands);
            }
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| match &state.screen {
                    Screen::Home => home::show(ui, state, commands),
                    Screen::Comparison(comparison) => {
                        compare_view::show(ui, comparison, state.exporting, commands);
                    }
                    Screen::Workshop(open) => workshop_ui(ui, state, open, commands),
                    Screen::Participant(_) => {}
                });
        });
    }
}

fn top_bar_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    open: Option<&OpenWorkshop>,
    commands: &mut Commands,
) {
    ui.horizontal(|ui| {
        if let Some(open) = open {
            if ui.button("⬅ Home").clicked() {
                commands.send(AppCommand::CloseWorkshop);
            }
            ui.label(RichText::new(&open.workshop.meta.title).strong());
            if ui.button("Save").clicked() {
                commands.send(WorkshopCommand::Save);
            }
            ui.label(if open.dirty {
                "unsaved changes"
            } else {
                "saved"
            });
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mut dark = state.dark_mode;
            if ui.checkbox(&mut dark, "Dark theme").changed() {
                commands.send(AppCommand::SetDarkMode(dark));
            }
        });
    });
}

/// "Save before closing?", over everything else until answered.
fn close_prompt_ui(ctx: &egui::Context, commands: &mut Commands) {
    egui::Modal::new(egui::Id::unique("close prompt")).show(ctx, |ui| {
        ui.heading("Save the changes before closing?");
        ui.label("The workshop has changes that are not in its file yet.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save and close").clicked() {
                commands.send(AppCommand::SaveAndClose);
            }
            if ui.button("Discard and close").clicked() {
                commands.send(AppCommand::DiscardAndClose);
            }
            if ui.button("Cancel").clicked() {
                commands.send(AppCommand::KeepWindowOpen);
            }
        });
    });
}

fn notice_ui(ui: &mut egui::Ui, notice: &Notice, commands: &mut Commands) {
    let (text, color) = match notice {
        Notice::Info(text) => (text, ui.visuals().text_color()),
        Notice::Error(text) => (text, ui.visuals().error_fg_color),
    };
    ui.horizontal(|ui| {
        ui.colored_label(color, text);
        if ui.small_button("Dismiss").clicked() {
            commands.send(AppCommand::DismissNotice);
        }
    });
    ui.separator();
}

fn workshop_ui(ui: &mut egui::Ui, state: &AppState, open: &OpenWorkshop, commands: &mut Commands) {
    if let Some(recovery) = &open.recovery {
        ui.horizontal(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "Unsaved changes from an earlier session are in {}.",
                    recovery.path.display()
                ),
            );
            if ui.button("Restore them").clicked() {
                commands.send(WorkshopCommand::RestoreRecovery);
            }
            if ui.button("Discard them").clicked() {
                commands.send(WorkshopCommand::DiscardRecovery);
            }
        });
    }
    let dialog_open = state.dialog.is_some();
    match open.workshop.stage {
        Stage::Setup => stages::setup::show(ui, open, dialog_open, commands),
        Stage::Framing => stages::framing::show(ui, open, commands),
        Stage::Capture => stages::capture::show(ui, open, dialog_open, commands),
        Stage::Reveal => stages::reveal::show(ui, open, state.exporting, commands),
        Stage::Diagnose => stages::diagnose::show(ui, open, commands),
        Stage::Agree => stages::agree::show(ui, open, commands),
        Stage::Close => stages::close::show(ui, open, state.exporting, commands),
    }
}

fn earliest(a: Option<Duration>, b: Option<Duration>) -> Option<Duration> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

impl eframe::App for TandemApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// The window is going away: edits not yet in the recovery file go there first.
    #[cfg(feature = "glow")]
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.flush_recovery();
    }

    #[cfg(not(feature = "glow"))]
    fn on_exit(&mut self) {
        self.state.flush_recovery();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let remembered = Remembered {
            recent: self.state.recent.clone(),
            dark_mode: self.state.dark_mode,
        };
        eframe::set_value(storage, STORAGE_KEY, &remembered);
    }
}
