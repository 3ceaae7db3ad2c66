use std::path::PathBuf;
use std::time::{Duration, Instant};

use eframe::egui::{self, RichText};
use serde::{Deserialize, Serialize};

use super::command::Command;
use super::state::{AppState, Mode, Notice};
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
        let mut commands = Vec::new();
        match (&self.state.mode, &self.state.open) {
            (Mode::Participant(kiosk), Some(open)) => {
                participant::show(ui, kiosk, &open.workshop.questionnaire, &mut commands);
            }
            _ => {
                self.facilitator(ui, now, &mut commands);
                if let (Mode::Facilitator, Some(open)) = (&self.state.mode, &self.state.open) {
                    wake = earliest(wake, stepper::next_tick(open, now));
                }
            }
        }
        if self.state.dialog.is_some() || self.state.export_task.is_some() {
            wake = earliest(wake, Some(Duration::from_millis(100)));
        }
        let changed = !commands.is_empty();
        for command in commands {
            self.state.handle(command, now);
        }
        if let Some(text) = self.state.clipboard.take() {
            ui.ctx().copy_text(text);
        }
        if changed {
            ui.ctx().request_repaint();
        } else if let Some(after) = wake {
            ui.ctx().request_repaint_after(after);
        }
    }

    fn facilitator(&self, ui: &mut egui::Ui, now: Instant, commands: &mut Vec<Command>) {
        let state = &self.state;
        egui::Panel::top("top bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                if state.open.is_some() && ui.button("⬅ Home").clicked() {
                    commands.push(Command::CloseWorkshop);
                }
                if let Some(open) = &state.open {
                    ui.label(RichText::new(&open.workshop.meta.title).strong());
                    if ui.button("Save").clicked() {
                        commands.push(Command::Save);
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
                        commands.push(Command::SetDarkMode(dark));
                    }
                });
            });
            if let Some(open) = &state.open {
                stepper::show(ui, open, now, commands);
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(notice) = &state.notice {
                let (text, color) = match notice {
                    Notice::Info(text) => (text, ui.visuals().text_color()),
                    Notice::Error(text) => (text, ui.visuals().error_fg_color),
                };
                ui.horizontal(|ui| {
                    ui.colored_label(color, text);
                    if ui.small_button("Dismiss").clicked() {
                        commands.push(Command::DismissNotice);
                    }
                });
                ui.separator();
            }
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| match &state.open {
                    None => match &state.comparison {
                        Some(comparison) => compare_view::show(
                            ui,
                            comparison,
                            state.export_task.is_some(),
                            commands,
                        ),
                        None => home::show(ui, state, commands),
                    },
                    Some(open) => {
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
                                    commands.push(Command::RestoreRecovery);
                                }
                                if ui.button("Discard them").clicked() {
                                    commands.push(Command::DiscardRecovery);
                                }
                            });
                        }
                        match open.workshop.stage {
                            Stage::Setup => {
                                stages::setup::show(ui, open, state.dialog.is_some(), commands)
                            }
                            Stage::Framing => stages::framing::show(ui, open, commands),
                            Stage::Capture => {
                                stages::capture::show(ui, open, state.dialog.is_some(), commands)
                            }
                            Stage::Reveal => stages::reveal::show(
                                ui,
                                open,
                                state.export_task.is_some(),
                                commands,
                            ),
                            Stage::Diagnose => stages::diagnose::show(ui, open, commands),
                            Stage::Agree => stages::agree::show(ui, open, commands),
                            Stage::Close => {
                                stages::close::show(ui, open, state.export_task.is_some(), commands)
                            }
                        }
                    }
                });
        });
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

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let remembered = Remembered {
            recent: self.state.recent.clone(),
            dark_mode: self.state.dark_mode,
        };
        eframe::set_value(storage, STORAGE_KEY, &remembered);
    }
}
