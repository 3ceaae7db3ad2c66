//! The kiosk (participant mode) driven as a participant and a facilitator would: a real
//! answer for every statement, a lock that no close request and no guessing gets past.

use crate::common;
use common::app::{
    App, PIN, app_on, click, go_to, in_participant_mode, is_chosen, mentions, open_path,
    open_workshop, press_quit, rating_button, repaint_delay, send, shows, start_participant_mode,
    type_after, window_commands,
};
use common::{Q1, folder_with_example};

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use tandem::clock::ManualClock;
use tandem::domain::{Function, Questionnaire, Stage};
use tandem::i18n::Language;
use tandem::storage::load_workshop;
use tandem::ui::{Command, KioskCommand, TandemApp};

const FOOTER: &str = "Your answers are anonymous: no name, no device, no time is kept.";

fn harness(folder: &Path, open: Option<PathBuf>) -> App {
    harness_on(folder, open, &ManualClock::default())
}

fn harness_on(folder: &Path, open: Option<PathBuf>, clock: &ManualClock) -> App {
    app_on(folder).clock(clock).opening(open).start()
}

/// What one participant's answer costs: clicks, scroll-wheel notches, and an estimate of the
/// seconds spent pointing (Fitts's law, Shannon form: 0.2 s + 0.15 s per bit for each click,
/// 0.2 s per wheel notch); reading and thinking are the same in any layout and left out.
#[derive(Debug, Default)]
struct Effort {
    clicks: u32,
    notches: u32,
    seconds: f64,
    pointer: Option<egui::Pos2>,
    smallest: f32,
}

const VIEW_HEIGHT: f32 = 720.0;

impl Effort {
    fn tap(&mut self, harness: &mut Harness<'_, TandemApp>, label: &str, page: &str) {
        loop {
            let rect = harness.get_by_label(label).rect();
            if rect.bottom() <= VIEW_HEIGHT - 30.0 {
                break;
            }
            harness.get_by_label(page).scroll_down();
            harness.run();
            self.notches += 1;
            self.seconds += 0.2;
            assert!(self.notches < 200, "{label} never came into view");
        }
        let node = harness.get_by_label(label);
        let rect = node.rect();
        let target = rect.center();
        let width = rect.width().min(rect.height());
        self.smallest = if self.clicks == 0 {
            width
        } else {
            self.smallest.min(width)
        };
        let distance = self.pointer.map_or(0.0, |from| from.distance(target));
        self.seconds += 0.2 + 0.15 * f64::from(distance / width + 1.0).log2();
        self.pointer = Some(target);
        self.clicks += 1;
        node.click();
        harness.run();
    }
}

fn kiosk_pin(harness: &Harness<'_, TandemApp>) -> String {
    let kiosk = harness.state().state.kiosk().unwrap();
    kiosk.unlock.as_ref().unwrap().pin.clone()
}

/// A new workshop, on its way into participant mode through the projector question.
fn new_workshop_in_participant_mode(folder: &Path) -> (App, PathBuf) {
    new_workshop_in_participant_mode_on(folder, &ManualClock::default())
}

fn new_workshop_in_participant_mode_on(folder: &Path, clock: &ManualClock) -> (App, PathBuf) {
    let mut harness = app_on(folder).clock(clock).start_on_a_new_workshop();
    let path = open_path(&harness);
    start_participant_mode(&mut harness);
    (harness, path)
}

/// The ratings one participant gives the ten default statements (0: skipped).
const RATINGS: [u8; 10] = [4, 2, 3, 4, 2, 3, 4, 2, 3, 5];

/// A whole answer, one tap after another, counted. Statements rated 0 are skipped.
fn answer(harness: &mut Harness<'_, TandemApp>, ratings: &[u8]) -> Effort {
    let questionnaire = Questionnaire::default_questionnaire();
    let mut effort = Effort::default();
    effort.tap(harness, Function::Sales.label(), FOOTER);
    effort.tap(harness, "Lacking alignment, significant friction", FOOTER);
    for (statement, value) in questionnaire.statements.iter().zip(ratings) {
        effort.tap(harness, &rating_button(&statement.text, *value), FOOTER);
    }
    effort.tap(harness, "Pricing and packaging", FOOTER);
    effort.tap(harness, "Next ➡", FOOTER);
    effort.tap(harness, "Review ➡", FOOTER);
    effort
}

/// Clicks, wheel notches and pointing seconds for one full answer (every statement rated,
/// one friction source, no comment), measured by [`Effort`] at 1280×720. Before (issue 15),
/// on one scrolling page with every statement preset to Skip: 18 clicks, 4 wheel notches,
/// 10.0 s of pointing, smallest target 23 points high. The other layout tried, all ten
/// statements on one page with 48-point buttons and nothing preset: 17 clicks, 5 wheel
/// notches, 9.2 s. One statement per screen, which answering moves on from: 16 clicks, no
/// scrolling, 7.6 s, nothing under 48 points.
#[test]
#[allow(clippy::print_stdout, reason = "the figures are the point")]
fn a_full_answer_takes_sixteen_taps_and_no_scrolling() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, path) = new_workshop_in_participant_mode(folder.path());
    let mut effort = answer(&mut harness, &RATINGS);
    effort.tap(&mut harness, "Submit my answers", FOOTER);
    assert!(shows(&harness, "Thank you! Your answers are saved."));
    println!(
        "after: {} clicks, {} wheel notches, {:.1} s pointing, smallest target {:.0} px",
        effort.clicks, effort.notches, effort.seconds, effort.smallest
    );
    assert_eq!(effort.clicks, 16);
    assert_eq!(
        effort.notches, 0,
        "nothing hides below the fold at 1280×720"
    );
    assert!(effort.smallest >= 44.0, "a target of {}", effort.smallest);
    assert!(effort.seconds < 10.0, "{:.1} s", effort.seconds);

    let saved = load_workshop(&path).unwrap();
    let response = saved.responses.iter().next().unwrap();
    let questionnaire = Questionnaire::default_questionnaire();
    for (statement, value) in questionnaire.statements.iter().zip(RATINGS) {
        assert_eq!(
            response
                .ratings
                .get(&statement.key)
                .map(|rating| rating.value()),
            Some(value),
            "{}",
            statement.key
        );
    }
    assert!(response.sources.contains("pricing"));
}

#[test]
fn the_kiosk_cannot_move_past_an_unanswered_statement() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = new_workshop_in_participant_mode(folder.path());
    click(&mut harness, "Product");
    click(&mut harness, "Mostly aligned, occasional friction");
    let questionnaire = Questionnaire::default_questionnaire();
    let first = &questionnaire.statements[0].text;
    assert!(shows(&harness, "Statement 1 of 10"));
    // Nothing is chosen for a fresh participant: no rating, and no skip.
    for value in 1..=5 {
        assert!(!is_chosen(&harness, &rating_button(first, value)));
    }
    assert!(!is_chosen(&harness, &rating_button(first, 0)));
    assert!(shows(&harness, "Choose an answer, or skip this statement."));
    // The disabled button does nothing, and neither does the command behind it.
    click(&mut harness, "Next ➡");
    send(&mut harness, KioskCommand::Next);
    assert!(shows(&harness, "Statement 1 of 10"));
    // An explicit skip is an answer: on to the second statement.
    click(&mut harness, &rating_button(first, 0));
    assert!(shows(&harness, "Statement 2 of 10"));
    // Back shows the skip chosen, and Next may now pass it.
    click(&mut harness, "⬅ Back");
    assert!(is_chosen(&harness, &rating_button(first, 0)));
    click(&mut harness, "Next ➡");
    assert!(shows(&harness, "Statement 2 of 10"));
    // A submit before every statement is answered adds nothing.
    harness
        .state_mut()
        .state
        .handle(Command::Kiosk(KioskCommand::Submit));
    assert!(open_workshop(&harness).responses.is_empty());
}

#[test]
fn the_scale_words_show_at_every_statement() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = new_workshop_in_participant_mode(folder.path());
    click(&mut harness, "Sales");
    click(&mut harness, "Constant state of friction");
    let questionnaire = Questionnaire::default_questionnaire();
    for statement in &questionnaire.statements {
        // Each point of the scale says its words, on a target a finger can hit.
        for value in 1..=5 {
            let label = rating_button(&statement.text, value);
            let rect = harness.get_by_label(&label).rect();
            assert!(
                rect.height() >= 44.0 && rect.width() >= 44.0,
                "{label}: {rect:?}"
            );
        }
        click(&mut harness, &rating_button(&statement.text, 3));
    }
    assert!(shows(&harness, &questionnaire.sources_prompt));
}

/// The kiosk's button that rates `statement` `value` in `language`.
fn rating_in(language: Language, statement: &str, value: u8) -> String {
    let word = language.text(&format!("scale-{value}"));
    format!("{statement} — {value} ({word})")
}

#[test]
fn a_participant_reads_the_kiosk_in_the_language_they_pick_and_the_next_starts_afresh() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, path) = new_workshop_in_participant_mode(folder.path());
    // The phones' four languages, each by its own name; the workshop's is chosen.
    for name in ["English", "Deutsch", "Français", "Español"] {
        assert!(shows(&harness, name), "{name}");
    }
    assert!(is_chosen(&harness, "English"));
    click(&mut harness, "Deutsch");
    let german = Questionnaire::default_questionnaire().in_language(Language::German);
    assert!(shows(&harness, &Language::German.text("kiosk-welcome")));
    assert!(is_chosen(&harness, "Deutsch"));
    click(&mut harness, "Vertrieb");
    click(&mut harness, &german.relationship.options[1].label);
    click(
        &mut harness,
        &rating_in(Language::German, &german.statements[0].text, 4),
    );

    // Half-way through, French: the answers so far are kept.
    click(&mut harness, "Français");
    let french = Questionnaire::default_questionnaire().in_language(Language::French);
    assert!(shows(&harness, &french.statements[1].text));
    click(&mut harness, &Language::French.text("kiosk-back"));
    assert!(is_chosen(
        &harness,
        &rating_in(Language::French, &french.statements[0].text, 4)
    ));
    click(&mut harness, &Language::French.text("kiosk-next"));
    for statement in &french.statements[1..] {
        click(
            &mut harness,
            &rating_in(Language::French, &statement.text, 2),
        );
    }
    click(&mut harness, &Language::French.text("kiosk-next"));
    click(&mut harness, &Language::French.text("kiosk-to-review"));
    click(&mut harness, &Language::French.text("kiosk-submit"));
    assert!(shows(
        &harness,
        &Language::French.text("phone-thanks-title")
    ));

    // The next participant starts in the workshop's language.
    click(
        &mut harness,
        &Language::French.text("kiosk-next-participant"),
    );
    assert!(shows(&harness, "Welcome! Which team are you in?"));
    assert!(is_chosen(&harness, "English"));
    // The choice reached nothing but the kiosk's words.
    assert!(in_participant_mode(&harness));
    assert_eq!(open_workshop(&harness).meta.language, Language::English);
    assert_eq!(harness.state().state.language, Language::English);
    let saved = load_workshop(&path).unwrap();
    let response = saved.responses.iter().next().unwrap();
    assert_eq!(response.function, Function::Sales);
    let first = &Questionnaire::default_questionnaire().statements[0].key;
    assert_eq!(response.ratings.get(first).unwrap().value(), 4);
}

#[test]
fn the_language_choice_fits_beside_the_countdown_in_german() {
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    let mut harness = harness(folder.path(), Some(path));
    start_participant_mode(&mut harness);
    click(&mut harness, "Deutsch");
    assert!(mentions(&harness, "⏱"), "the countdown shows");
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, VIEW_HEIGHT));
    for label in ["English", "Deutsch", "Français", "Español", "Moderation"] {
        let rect = harness.get_by_label(label).rect();
        assert!(window.contains_rect(rect), "{label}: {rect:?}");
        assert!(rect.height() >= 44.0, "{label} is a target a finger hits");
    }
    let promise = Language::German.text("kiosk-anonymous");
    assert!(window.contains_rect(harness.get_by_label(&promise).rect()));
    harness.snapshot("kiosk_de_language_choice");
}

/// The fill at the left of each button, clear of its words, as drawn.
fn fills(harness: &mut Harness<'_, TandemApp>, a: egui::Rect, b: egui::Rect) -> [[u8; 4]; 2] {
    let image = harness.render().unwrap();
    let scale = harness.ctx.pixels_per_point();
    let at = |rect: egui::Rect| {
        let point = egui::pos2(rect.left() + 4.0, rect.center().y) * scale;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a point on the screen"
        )]
        let (x, y) = (point.x as u32, point.y as u32);
        image.get_pixel(x, y).0
    };
    [at(a), at(b)]
}

#[test]
fn after_a_rating_moves_on_no_button_under_the_resting_pointer_looks_chosen() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = new_workshop_in_participant_mode(folder.path());
    click(&mut harness, "Sales");
    click(&mut harness, "Mostly aligned, occasional friction");
    let questionnaire = Questionnaire::default_questionnaire();
    let first = &questionnaire.statements[0].text;
    let second = &questionnaire.statements[1].text;
    let tapped = harness.get_by_label(&rating_button(first, 4)).rect();
    click(&mut harness, &rating_button(first, 4));
    assert!(shows(&harness, "Statement 2 of 10"));
    // The second statement's 4 comes up under the pointer that tapped the first one's.
    let under = harness.get_by_label(&rating_button(second, 4)).rect();
    assert!(under.contains(tapped.center()));
    let other = harness.get_by_label(&rating_button(second, 2)).rect();
    let [resting, elsewhere] = fills(&mut harness, under, other);
    assert_eq!(
        resting, elsewhere,
        "the button under the pointer looks hovered"
    );
    assert!(!is_chosen(&harness, &rating_button(second, 4)));
    harness.snapshot("kiosk_statement_after_rating");
    // Once the pointer moves, hovering shows again.
    harness.hover_at(tapped.center() + egui::vec2(3.0, 0.0));
    harness.run();
    let [hovered, elsewhere] = fills(&mut harness, under, other);
    assert_ne!(hovered, elsewhere, "hovering shows once the pointer moves");
    // The answer given is ticked, not only filled (look at the image).
    click(&mut harness, "⬅ Back");
    assert!(is_chosen(&harness, &rating_button(first, 4)));
    harness.snapshot("kiosk_statement_chosen");
}

#[test]
fn the_review_lists_the_skipped_statements_and_leads_back_to_them() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, path) = new_workshop_in_participant_mode(folder.path());
    let mut ratings = RATINGS;
    ratings[1] = 0;
    ratings[4] = 0;
    answer(&mut harness, &ratings);
    let questionnaire = Questionnaire::default_questionnaire();
    let personal = &questionnaire.statements[1].text;
    let horizons = &questionnaire.statements[4].text;
    assert!(shows(
        &harness,
        "You skipped 2 of 10 statements: skipped ones do not count."
    ));
    assert!(shows(&harness, &format!("{personal} — skipped")));
    assert!(shows(&harness, &format!("{horizons} — skipped")));
    let trust = &questionnaire.statements[6].text;
    assert!(shows(&harness, &format!("{trust} — 4 (agree)")));
    harness.snapshot("kiosk_review_with_skips");

    // Rating a skipped statement from the review comes back to the review.
    click(&mut harness, &format!("Rate it now: {horizons}"));
    assert!(shows(&harness, "Statement 5 of 10"));
    click(&mut harness, &rating_button(horizons, 1));
    assert!(shows(&harness, "Check your answers"));
    assert!(shows(
        &harness,
        "You skipped 1 of 10 statements: skipped ones do not count."
    ));
    click(&mut harness, "Submit my answers");
    let saved = load_workshop(&path).unwrap();
    let response = saved.responses.iter().next().unwrap();
    assert_eq!(response.ratings.len(), 9);
    assert!(response.ratings.get("personal").is_none());
    assert_eq!(response.ratings.get("horizons").unwrap().value(), 1);
}

fn request_close(harness: &mut Harness<'_, TandemApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
}

/// The window asked to close with only `logic` running (eframe's path while the window is
/// minimized or hidden): the commands it sent to the window.
fn close_while_hidden(app: &mut TandemApp) -> Vec<egui::ViewportCommand> {
    let ctx = egui::Context::default();
    let mut input = egui::RawInput::default();
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    let output = ctx.run_logic(&input, |ctx| {
        eframe::App::logic(app, ctx, &mut eframe::Frame::_new_kittest());
    });
    output
        .viewport_commands
        .get(&egui::ViewportId::ROOT)
        .cloned()
        .unwrap_or_default()
}

#[test]
fn no_close_request_leaves_participant_mode() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    let path = open_path(&harness);
    // On the facilitator's screens, a close while hidden goes ahead (nothing unsaved).
    assert!(close_while_hidden(harness.state_mut()).is_empty());
    start_participant_mode(&mut harness);

    // A participant half-way through, typing a comment.
    let ratings = [3; 10];
    answer(&mut harness, &ratings);
    click(&mut harness, "⬅ Back");
    type_after(
        &mut harness,
        "What causes the most friction?",
        "Half a thou",
    );

    press_quit(&mut harness);
    assert!(in_participant_mode(&harness));
    assert!(!window_commands(&harness).contains(&egui::ViewportCommand::Close));
    assert!(!shows(&harness, "Discard and close"));

    request_close(&mut harness);
    let commands = window_commands(&harness);
    assert!(
        commands.contains(&egui::ViewportCommand::CancelClose),
        "{commands:?}"
    );
    assert!(!commands.contains(&egui::ViewportCommand::Close));
    harness.run();
    assert!(in_participant_mode(&harness));

    assert_eq!(
        close_while_hidden(harness.state_mut()),
        vec![egui::ViewportCommand::CancelClose]
    );
    assert_eq!(
        harness
            .state()
            .state
            .kiosk()
            .unwrap()
            .draft
            .friction_comment,
        "Half a thou",
        "the participant's answers are still there"
    );
    assert!(load_workshop(&path).unwrap().participant_lock.is_some());
}

#[test]
fn the_unlock_field_takes_the_keyboard() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = new_workshop_in_participant_mode(folder.path());
    click(&mut harness, "Facilitator");
    assert!(harness.get_by_label("PIN").is_focused());
    // Typed straight away, without clicking into the field.
    harness.event(egui::Event::Text(String::from("13")));
    harness.run();
    assert_eq!(kiosk_pin(&harness), "13");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(shows(&harness, "Wrong PIN."));
    // After Enter tried a wrong PIN, the field has the keyboard again.
    harness.run();
    assert!(harness.get_by_label("PIN").is_focused());
    harness.snapshot("kiosk_unlock_wrong_pin");
}

#[test]
fn after_three_wrong_pins_the_fourth_try_waits() {
    let folder = tempfile::tempdir().unwrap();
    let clock = ManualClock::default();
    let (mut harness, path) = new_workshop_in_participant_mode_on(folder.path(), &clock);
    click(&mut harness, "Facilitator");
    for wrong in ["1111", "2222", "3333"] {
        assert!(!mentions(&harness, "You can try again"));
        type_after(&mut harness, "PIN", wrong);
        click(&mut harness, "Unlock");
        assert!(in_participant_mode(&harness));
    }
    let countdown = |seconds: u32| format!("3 wrong PINs. You can try again in {seconds} s.");
    assert!(
        shows(&harness, &countdown(5)) || shows(&harness, &countdown(4)),
        "the countdown shows"
    );
    // The screen is redrawn once a second while it counts down, not continuously.
    harness.step();
    let delay = repaint_delay(&harness);
    assert!(
        delay > Duration::ZERO && delay <= Duration::from_secs(1),
        "repaints after {delay:?}"
    );

    // Even the right PIN is not tried during the wait.
    type_after(&mut harness, "PIN", PIN);
    assert!(
        harness
            .get_by_label("Unlock")
            .accesskit_node()
            .is_disabled()
    );
    send(&mut harness, KioskCommand::Unlock);
    assert!(in_participant_mode(&harness), "the fourth try waited");

    // Once the wait is over, the right PIN opens.
    clock.advance(Duration::from_secs(6));
    send(&mut harness, KioskCommand::Unlock);
    assert!(!in_participant_mode(&harness));
    assert!(load_workshop(&path).unwrap().participant_lock.is_none());
}

#[test]
fn the_next_participant_does_not_reset_the_wrong_pins() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = new_workshop_in_participant_mode(folder.path());
    click(&mut harness, "Facilitator");
    for wrong in ["1111", "2222", "3333"] {
        type_after(&mut harness, "PIN", wrong);
        click(&mut harness, "Unlock");
    }
    click(&mut harness, "Cancel");
    answer(&mut harness, &RATINGS);
    click(&mut harness, "Submit my answers");
    click(&mut harness, "I am the next participant");
    click(&mut harness, "Facilitator");
    assert!(mentions(&harness, "You can try again in"));
}

#[test]
fn the_pin_rules_show_before_starting_and_the_projector_question_comes_first() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_on(folder.path()).start_on_a_new_workshop();
    go_to(&mut harness, Stage::Capture);
    assert!(
        shows(&harness, "At least 4 digits, digits only."),
        "the rules show before any PIN is typed"
    );
    // A PIN that breaks them never reaches the question.
    type_after(&mut harness, "Facilitator PIN", "12");
    click(&mut harness, "Start participant mode…");
    assert!(mentions(&harness, "Choose a PIN of at least 4 digits"));
    assert!(!shows(&harness, "Does a projector show this screen?"));
    type_after(&mut harness, "Facilitator PIN", "34");
    type_after(&mut harness, "PIN again", "1234");
    click(&mut harness, "Start participant mode…");
    assert!(shows(&harness, "Does a projector show this screen?"));
    assert!(!in_participant_mode(&harness));
    harness.snapshot("kiosk_projector_question");
    click(&mut harness, "Cancel");
    assert!(!shows(&harness, "Does a projector show this screen?"));
    assert!(!in_participant_mode(&harness));
    click(&mut harness, "Start participant mode…");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        !shows(&harness, "Does a projector show this screen?"),
        "Esc is a Cancel"
    );
    click(&mut harness, "Start participant mode…");
    click(&mut harness, "No projector shows it: start");
    assert!(in_participant_mode(&harness));
    // An idle kiosk paints nothing (a new workshop has no time box).
    harness.step();
    let delay = repaint_delay(&harness);
    assert_eq!(
        delay,
        Duration::MAX,
        "the idle kiosk repaints after {delay:?}"
    );
}

#[test]
fn the_kiosk_shows_the_stage_time_left() {
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    let mut harness = harness(folder.path(), Some(path));
    let minutes = open_workshop(&harness).time_boxes[&Stage::Capture];
    start_participant_mode(&mut harness);
    let full = format!("⏱ {minutes}:00 left");
    let tick = format!("⏱ {}:59 left", minutes - 1);
    assert!(
        shows(&harness, &full) || shows(&harness, &tick),
        "the time left shows"
    );
    harness.step();
    let delay = repaint_delay(&harness);
    assert!(delay <= Duration::from_secs(1), "repaints after {delay:?}");
}

/// Snapshot images of the kiosk at a projector's 1280×720.
/// Create or update them with `UPDATE_SNAPSHOTS=1 cargo test --test ui kiosk::`.
#[test]
fn snapshots_of_the_kiosk() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = new_workshop_in_participant_mode(folder.path());
    harness.snapshot("kiosk_welcome");
    click(&mut harness, "Sales");
    harness.snapshot("kiosk_relationship");
    click(&mut harness, "Mostly aligned, occasional friction");
    harness.snapshot("kiosk_statement");
    let questionnaire = Questionnaire::default_questionnaire();
    for statement in &questionnaire.statements {
        click(&mut harness, &rating_button(&statement.text, 4));
    }
    click(&mut harness, "Roadmap vs quarterly targets");
    harness.snapshot("kiosk_sources");
}
