use std::path::PathBuf;
use std::time::{Duration, Instant};

use eframe::egui;
use serde::{Deserialize, Serialize};

use crate::clock::Clock;
use crate::i18n::Language;
use crate::ui::style::theme;

use super::Launch;
use super::applied_view::AppliedView;
use super::chrome::{close_prompt_ui, notice_ui, top_bar_ui};
use crate::domain::Stage;
use crate::ui::audience::{audience_view, audience_window};
use crate::ui::compare::view as compare_view;
use crate::ui::home::view as home_view;
use crate::ui::kiosk::participant;
use crate::ui::state::app_state::{AppState, Closing};
use crate::ui::state::command::{AppCommand, Command, Commands, WorkshopCommand};
use crate::ui::state::screen::Screen;
use crate::ui::workshop::{file_status, workshop_view};

use crate::ui::workshop::stepper;

const STORAGE_KEY: &str = "tandem";

/// What the app remembers between runs, through eframe's storage. Workshops are never kept
/// there: they live in their files.
#[derive(Default, Serialize, Deserialize)]
struct Remembered {
    recent: Vec<PathBuf>,
    dark_mode: bool,
    /// None until the facilitator picks one: then the computer's language is used.
    #[serde(default)]
    language: Option<Language>,
}

/// The facilitator app: draws the state, and sends what the facilitator does to
/// [`AppState::handle`].
pub struct TandemApp {
    pub state: AppState,
    /// The theme, zoom and full screen egui was last told.
    view: AppliedView,
    /// Whether background reports already know which context to wake.
    inbox_attached: bool,
}

impl TandemApp {
    /// The app on `launch`'s folder, remembering what `storage` kept, reading the time from
    /// `clock`.
    pub fn new(launch: Launch, storage: Option<&dyn eframe::Storage>, clock: Clock) -> Self {
        let remembered: Remembered = storage
            .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
            .unwrap_or_default();
        let mut state = AppState::new(launch.workshops_dir, clock);
        // Checked once here (and on rescan), not by the home screen every frame.
        state.recent = remembered.recent;
        state.forget_missing_recent();
        state.dark_mode = remembered.dark_mode;
        if let Some(language) = remembered.language {
            state.language = language;
        }
        let now = state.clock().now();
        state.audience.window = launch.audience;
        if let Some(path) = launch.open {
            state.open_path(&path, now);
        } else if let Some(last) = state.recent.first().cloned() {
            // A workshop left in participant mode reopens locked: a restart is no way out.
            if let Ok((workshop, disk)) = crate::storage::DiskCopy::read(&last)
                && workshop.participant_lock.is_some()
            {
                state.open_loaded(disk, workshop, now);
            }
        }
        Self {
            state,
            view: AppliedView::default(),
            inbox_attached: false,
        }
    }

    /// Both themes' colours and type large enough to read on a projector (see `theme`).
    pub fn style(ctx: &egui::Context) {
        theme::apply(ctx);
    }

    /// What arrived from background work and the room's phones, handled without drawing.
    pub fn take_reports(&mut self, ctx: &egui::Context) {
        self.attach_inbox(ctx);
        self.state.take_reports();
    }

    fn attach_inbox(&mut self, ctx: &egui::Context) {
        if !self.inbox_attached {
            self.state.background.attach(ctx);
            self.inbox_attached = true;
        }
    }

    /// Draws one frame at the time the app's clock reads, and applies the commands it
    /// produced.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.attach_inbox(ui.ctx());
        let mut wake = self.state.tick();
        let now = self.state.clock().now();
        self.view.apply(ui.ctx(), &self.state);
        let mut commands = Commands::default();
        let close_requested = ui.input(|input| input.viewport().close_requested())
            || ui.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::Q));
        if close_requested {
            commands.send(AppCommand::CloseWindow);
        }
        if let Screen::Participant(screen) = &self.state.screen {
            // The kiosk can only ask for kiosk commands: nothing else is representable here.
            let mut kiosk_commands = Vec::new();
            participant::show(ui, screen, now, &mut kiosk_commands);
            for command in kiosk_commands {
                commands.send(Command::Kiosk(command));
            }
            wake = earliest(wake, screen.next_wake(now));
        } else if self.state.presenting {
            // One screen, mirrored on the projector: the audience view and nothing else.
            self.presentation(ui, &mut commands);
        } else {
            self.facilitator(ui, now, &mut commands);
            if let Screen::Workshop(open) = &self.state.screen {
                wake = earliest(wake, stepper::next_tick(open, now));
            }
        }
        if self.state.audience.window {
            let applied = &mut self.view.audience_fullscreen;
            audience_window::show(ui.ctx(), &self.state, applied, &mut commands);
        } else {
            self.view.audience_fullscreen = None;
        }
        if let Some(open) = self.state.open()
            && (self.state.presenting || self.state.audience.window)
            && open.workshop.stage == crate::domain::Stage::Capture
        {
            // The audience view counts down the time box too.
            wake = earliest(wake, stepper::next_tick(open, now));
        }
        let changed = !commands.is_empty();
        for command in commands {
            self.state.handle(command);
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

    /// Tells the window to stay when it is asked to close in participant mode, whatever
    /// asked (see [`eframe::App::logic`]); `show` refuses it again for the frame it draws.
    pub fn refuse_close_in_participant_mode(&self, ctx: &egui::Context) {
        if matches!(self.state.screen, Screen::Participant(_))
            && ctx.input(|input| input.viewport().close_requested())
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
    }

    /// Presentation mode: the audience view fills the main window; the arrows and B drive
    /// it, F11 or Esc leave it.
    fn presentation(&self, ui: &mut egui::Ui, commands: &mut Commands) {
        let state = &self.state;
        audience_window::keys(
            ui,
            &state.audience,
            audience_window::on_diagnose(state),
            commands,
        );
        // One screen: Page Down and Page Up move between stages, as a clicker does.
        if let Some(open) = state.open() {
            let stage = open.workshop.stage;
            let index = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
            let next =
                ui.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::PageDown));
            let previous =
                ui.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::PageUp));
            if next && let Some(stage) = Stage::ALL.get(index + 1) {
                commands.send(WorkshopCommand::GoTo(*stage));
            }
            if previous && let Some(stage) = index.checked_sub(1).and_then(|i| Stage::ALL.get(i)) {
                commands.send(WorkshopCommand::GoTo(*stage));
            }
        }
        let leave = ui.input_mut(|input| {
            input.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
                || input.consume_key(egui::Modifiers::NONE, egui::Key::F11)
        });
        if leave {
            commands.send(AppCommand::SetPresentation(false));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            audience_view::audience_ui(ui, &state.screen, &state.audience, state.clock());
        });
    }

    fn facilitator(&self, ui: &mut egui::Ui, now: Instant, commands: &mut Commands) {
        let state = &self.state;
        // The audience view's keys work from the console too (the projector's window is
        // rarely the one with the keyboard).
        audience_window::keys(
            ui,
            &state.audience,
            audience_window::on_diagnose(state),
            commands,
        );
        shortcuts(ui, state, commands);
        let open = match &state.screen {
            Screen::Workshop(open) => Some(open.as_ref()),
            _ => None,
        };
        // Presenting the room: the projector shows the code, the address and the counts only.
        if let Some(open) = open
            && let Some(open_room) = open.room.open.as_ref().filter(|room| room.presenting)
        {
            egui::CentralPanel::default().show(ui, |ui| {
                crate::ui::workshop::room::room_view::present_ui(ui, open, open_room, commands);
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
        if let Some(about) = &state.about {
            crate::ui::about::about_ui(ui.ctx(), about, commands);
        }
        if let Some(entry) = &state.path_entry {
            crate::ui::state::path_entry::show(ui.ctx(), entry, commands);
        }
        if let Some(open) = open
            && let Some(step) = &open.import_mapping
        {
            crate::ui::workshop::import_mapping::mapping_step_ui(
                ui.ctx(),
                step,
                &open.workshop.questionnaire,
                commands,
            );
        }
        if let Some(open) = open {
            if let Some(conflict) = &open.conflict {
                file_status::conflict_prompt_ui(ui.ctx(), conflict, commands);
            } else if let Some(pending) = &open.import_again {
                file_status::import_again_prompt_ui(ui.ctx(), pending, commands);
            }
        }
        if state.asking_raw_export {
            let held = open.map_or(0, |open| open.workshop.held.len());
            crate::ui::workshop::export_buttons::raw_export_prompt_ui(ui.ctx(), held, commands);
        }
        if let Some(leaving) = open.and_then(|open| open.room.leaving) {
            crate::ui::workshop::room::room_view::leave_room_prompt_ui(ui.ctx(), leaving, commands);
        }
        if let Some(notice) = &state.notice {
            // A strip of its own at the bottom: a notice never covers a control.
            egui::Panel::bottom("notice").show(ui, |ui| notice_ui(ui, notice, commands));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            // Each stage and screen scrolls on its own: a stage opens at its top.
            let mut page = egui::ScrollArea::vertical()
                .id_salt(state.place())
                .auto_shrink(false);
            if self.view.moved {
                page = page.vertical_scroll_offset(0.0);
            }
            page.show(ui, |ui| match &state.screen {
                Screen::Home => home_view::show(ui, state, commands),
                Screen::Comparison(screen) => {
                    compare_view::show(ui, screen, state.exporting, commands);
                }
                Screen::Workshop(open) => workshop_view::show(ui, state, open, commands),
                Screen::Participant(_) => {}
            });
        });
    }
}

/// Keys a facilitator reaches for during a session: Ctrl+S saves, F11 presents, Ctrl+plus
/// and Ctrl+minus zoom (Ctrl+0 back to normal).
fn shortcuts(ui: &egui::Ui, state: &AppState, commands: &mut Commands) {
    use egui::{Key, Modifiers};
    let pressed = |modifiers, key| ui.input_mut(|input| input.consume_key(modifiers, key));
    if pressed(Modifiers::COMMAND, Key::S) && matches!(state.screen, Screen::Workshop(_)) {
        commands.send(WorkshopCommand::Save);
    }
    if pressed(Modifiers::NONE, Key::F11) {
        commands.send(AppCommand::SetPresentation(!state.presenting));
    }
    let step = theme::ZOOM_STEP;
    if pressed(Modifiers::COMMAND, Key::Plus) || pressed(Modifiers::COMMAND, Key::Equals) {
        commands.send(AppCommand::SetZoom(state.zoom + step));
    }
    if pressed(Modifiers::COMMAND, Key::Minus) {
        commands.send(AppCommand::SetZoom(state.zoom - step));
    }
    if pressed(Modifiers::COMMAND, Key::Num0) {
        commands.send(AppCommand::SetZoom(1.0));
    }
    // Esc puts the notice away, unless a prompt is open (Esc is its to close).
    let prompt_open =
        state.closing != Closing::No || state.path_entry.is_some() || state.about.is_some();
    if state.notice.is_some() && !prompt_open && pressed(Modifiers::NONE, Key::Escape) {
        commands.send(AppCommand::DismissNotice);
    }
}

fn earliest(a: Option<Duration>, b: Option<Duration>) -> Option<Duration> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

impl eframe::App for TandemApp {
    /// Runs even while the window is minimized or hidden, when `ui` does not: a close
    /// request then (the taskbar's Close, the desktop logging out) is refused in participant
    /// mode all the same, and the phones' answers are saved while they wait.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.refuse_close_in_participant_mode(ctx);
        self.take_reports(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// The window is going away: edits not yet in the recovery file go there first.
    #[cfg(feature = "glow")]
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.keep_time();
        self.state.flush_recovery();
    }

    #[cfg(not(feature = "glow"))]
    fn on_exit(&mut self) {
        self.state.keep_time();
        self.state.flush_recovery();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let remembered = Remembered {
            recent: self.state.recent.clone(),
            dark_mode: self.state.dark_mode,
            language: Some(self.state.language),
        };
        eframe::set_value(storage, STORAGE_KEY, &remembered);
    }
}
