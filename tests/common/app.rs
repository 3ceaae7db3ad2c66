//! The app in a test harness, and the steps a facilitator takes in it: open the app on a
//! folder or a workshop, go to a stage, click, type, start and leave participant mode.
//! Time is a [`ManualClock`] the test moves on, so nothing depends on the machine's speed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use tandem::clock::ManualClock;
use tandem::domain::{Stage, Workshop};
use tandem::i18n::Language;
use tandem::ui::{Command, Launch, RoomCommand, TandemApp};

/// The app as a test drives it.
pub type App = Harness<'static, TandemApp>;

/// The facilitator's PIN in every test that starts participant mode.
pub const PIN: &str = "2468";

/// How the app is opened: on a folder, maybe straight on a workshop, at a window size, with
/// a clock. [`Opening::start`] opens it and waits for the library's scan.
pub struct Opening {
    folder: PathBuf,
    open: Option<PathBuf>,
    size: egui::Vec2,
    clock: ManualClock,
    max_steps: Option<u64>,
    accessibility_check: bool,
}

/// The app on `folder` at the projector's 1280×720, on a clock standing at 1 March 2026.
pub fn app_on(folder: &Path) -> Opening {
    Opening {
        folder: folder.to_path_buf(),
        open: None,
        size: egui::vec2(1280.0, 720.0),
        clock: ManualClock::default(),
        max_steps: None,
        accessibility_check: true,
    }
}

impl Opening {
    /// Opens `workshop` at start, as `tandem open FILE` does (`None`: the library).
    pub fn opening(mut self, workshop: impl Into<Option<PathBuf>>) -> Self {
        self.open = workshop.into();
        self
    }

    pub fn size(mut self, width: f32, height: f32) -> Self {
        self.size = egui::vec2(width, height);
        self
    }

    /// Reads the time from `clock`, which the test moves on.
    pub fn clock(mut self, clock: &ManualClock) -> Self {
        self.clock = clock.clone();
        self
    }

    pub fn max_steps(mut self, steps: u64) -> Self {
        self.max_steps = Some(steps);
        self
    }

    /// Without kittest's check that every input has an accessible name (for a widget of
    /// another crate that has none).
    pub fn without_accessibility_check(mut self) -> Self {
        self.accessibility_check = false;
        self
    }

    /// The app without waiting for anything (for a test of what the first frames show).
    pub fn build(self) -> App {
        let app = TandemApp::new(
            Launch {
                workshops_dir: self.folder,
                open: self.open,
                audience: false,
            },
            None,
            self.clock.clock(),
        );
        let mut builder = Harness::builder()
            .with_size(self.size)
            .with_context_setup(TandemApp::style)
            .with_accessibility_check(self.accessibility_check);
        if let Some(steps) = self.max_steps {
            builder = builder.with_max_steps(steps);
        }
        let mut app = builder.build_ui_state(|ui, app: &mut TandemApp| app.show(ui), app);
        // The facilitator's screens in English, whatever the computer running the test speaks.
        app.state_mut().state.language = Language::English;
        app
    }

    /// The app, once the library's scan is done.
    pub fn start(self) -> App {
        let mut app = self.build();
        wait_for_scan(&mut app);
        app
    }

    /// The app on a workshop of its own, made with "+ New workshop" in the library.
    pub fn start_on_a_new_workshop(self) -> App {
        let mut app = self.start();
        click(&mut app, "+ New workshop");
        app
    }
}

/// The library scans on background threads; frames keep coming until it is done. Returns
/// how many frames that took.
pub fn wait_for_scan(app: &mut Harness<'_, TandemApp>) -> usize {
    let mut frames = 0;
    while app.state().state.library.is_scanning() {
        app.step();
        frames += 1;
        std::thread::sleep(Duration::from_millis(5));
        assert!(frames < 4_000, "the scan never finished");
    }
    app.run();
    frames
}

/// Frames keep coming until `done` holds, as they would while background work (a scan, an
/// export, a phone's answer) reports through the inbox; panics, naming `what`, if it never
/// does within a few thousand frames.
pub fn step_until(
    app: &mut Harness<'_, TandemApp>,
    what: &str,
    done: impl Fn(&Harness<'_, TandemApp>) -> bool,
) {
    for _ in 0..4_000 {
        if done(app) {
            app.run();
            return;
        }
        app.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("{what} never happened");
}

pub fn click(app: &mut Harness<'_, TandemApp>, label: &str) {
    app.get_by_label(label).click();
    app.run();
}

/// Replaces the text of the field labelled `label`.
pub fn type_into(app: &mut Harness<'_, TandemApp>, label: &str, text: &str) {
    app.get_by_label(label).focus();
    app.run();
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.run();
    app.key_press(egui::Key::Backspace);
    app.run();
    if !text.is_empty() {
        app.get_by_label(label).type_text(text);
        app.run();
    }
}

/// Types `text` after what the field labelled `label` holds.
pub fn type_after(app: &mut Harness<'_, TandemApp>, label: &str, text: &str) {
    app.get_by_label(label).focus();
    app.run();
    app.get_by_label(label).type_text(text);
    app.run();
}

/// Clicks `stage` in the stepper.
pub fn go_to(app: &mut Harness<'_, TandemApp>, stage: Stage) {
    let prefix = format!("{} {}", stage.number(), stage.label());
    app.get_by_label_contains(&prefix).click();
    app.run();
    assert_eq!(open_stage(app), stage);
}

/// The workshop open in the app, as it stands in memory.
pub fn open_workshop<'a>(app: &'a Harness<'_, TandemApp>) -> &'a Workshop {
    &app.state().state.open().unwrap().workshop
}

pub fn open_stage(app: &Harness<'_, TandemApp>) -> Stage {
    open_workshop(app).stage
}

pub fn open_path(app: &Harness<'_, TandemApp>) -> PathBuf {
    app.state().state.open().unwrap().path.clone()
}

/// Back to the library, which scans the folder again.
pub fn home(app: &mut Harness<'_, TandemApp>) {
    app.get_by_label("⬅ Home").click();
    app.step();
    wait_for_scan(app);
}

/// Sends `command` as a view would, then lets the app settle.
pub fn send(app: &mut Harness<'_, TandemApp>, command: impl Into<Command>) {
    app.state_mut().state.handle(command.into());
    app.run();
}

pub fn in_participant_mode(app: &Harness<'_, TandemApp>) -> bool {
    app.state().state.kiosk().is_some()
}

/// From Capture: the PIN, typed twice, the start button, and no projector mirrors the
/// laptop.
pub fn start_participant_mode(app: &mut Harness<'_, TandemApp>) {
    go_to(app, Stage::Capture);
    type_into(app, "Facilitator PIN", PIN);
    type_into(app, "PIN again", PIN);
    click(app, "Start participant mode…");
    click(app, "No projector shows it: start");
    assert!(in_participant_mode(app));
}

/// The facilitator's way out of the kiosk.
pub fn leave_participant_mode(app: &mut Harness<'_, TandemApp>, pin: &str) {
    click(app, "Facilitator");
    type_into(app, "PIN", pin);
    click(app, "Unlock");
}

/// Scrolls the page down, 100 points at a time as a facilitator would, until `label` shows.
pub fn scroll_until_shown(app: &mut Harness<'_, TandemApp>, on_page: &str, label: &str) {
    scroll_until(app, on_page, label, |app| {
        app.query_by_label(label).is_some()
    });
}

/// Scrolls the page down as [`scroll_until_shown`] does, until a widget whose label holds
/// `part` shows (long pages build only what is in view).
pub fn scroll_until_mentioned(app: &mut Harness<'_, TandemApp>, on_page: &str, part: &str) {
    scroll_until(app, on_page, part, |app| {
        app.query_by_label_contains(part).is_some()
    });
}

fn scroll_until(
    app: &mut Harness<'_, TandemApp>,
    on_page: &str,
    what: &str,
    shown: impl Fn(&Harness<'_, TandemApp>) -> bool,
) {
    for _ in 0..100 {
        if shown(app) {
            return;
        }
        app.get_by_label(on_page).scroll_down();
        app.run();
    }
    panic!("{what} never came into view");
}

/// Ctrl+Q (Cmd+Q on a Mac): the facilitator closes the window.
pub fn press_quit(app: &mut Harness<'_, TandemApp>) {
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    app.run();
}

/// The kiosk's button that rates `statement` `value` on the agreement scale (0: the button
/// that skips it).
pub fn rating_button(statement: &str, value: u8) -> String {
    let words = [
        "skip",
        "strongly disagree",
        "disagree",
        "neutral",
        "agree",
        "strongly agree",
    ];
    match value {
        0 => format!("{statement} — skip"),
        _ => format!("{statement} — {value} ({})", words[usize::from(value)]),
    }
}

/// Whether the radio button, checkbox or toggle labelled `label` is chosen.
pub fn is_chosen(app: &Harness<'_, TandemApp>, label: &str) -> bool {
    let node = app.get_by_label(label);
    let node = node.accesskit_node();
    node.toggled() == Some(egui::accesskit::Toggled::True) || node.is_selected() == Some(true)
}

/// Whether a widget labelled exactly `label` is on screen.
pub fn shows(app: &Harness<'_, TandemApp>, label: &str) -> bool {
    app.query_by_label(label).is_some()
}

/// Whether a widget whose label holds `part` is on screen.
pub fn mentions(app: &Harness<'_, TandemApp>, part: &str) -> bool {
    app.query_by_label_contains(part).is_some()
}

/// The viewport commands the last frame sent to the window.
pub fn window_commands(app: &Harness<'_, TandemApp>) -> Vec<egui::ViewportCommand> {
    app.output()
        .viewport_output
        .values()
        .flat_map(|output| output.commands.iter().cloned())
        .collect()
}

/// How long until the app asked to be repainted (`Duration::MAX`: not at all).
pub fn repaint_delay(app: &Harness<'_, TandemApp>) -> Duration {
    app.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay
}

/// On Capture: opens the room on 127.0.0.1 as a facilitator would (tests talk to this
/// machine and nothing else) and returns its join address.
pub fn open_room_on_loopback(app: &mut Harness<'_, TandemApp>) -> String {
    send(
        app,
        RoomCommand::ChooseNetwork(std::net::Ipv4Addr::LOCALHOST.into()),
    );
    click(app, "Open the room");
    app.state()
        .state
        .open()
        .and_then(|open| open.room.open.as_ref())
        .map(|room| room.room.join_url().to_owned())
        .expect("the room is open")
}

/// In the library of the examples: ticks each of `quarters` ("Q1") for comparison, then
/// compares them.
pub fn compare_examples(app: &mut Harness<'_, TandemApp>, quarters: &[&str]) {
    for quarter in quarters {
        click(
            app,
            &format!("Compare Sales & Product alignment, {quarter} 2026"),
        );
    }
    click(app, &format!("Compare selected ({})", quarters.len()));
}
