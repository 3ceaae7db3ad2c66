//! The facilitator app driven the way a facilitator and participants click through it.

use crate::common;
use common::app::{
    App, PIN, app_on, click, compare_examples, go_to, in_participant_mode, is_chosen,
    leave_participant_mode, mentions, open_path, open_room_on_loopback, open_stage, open_workshop,
    press_quit, rating_button, repaint_delay, scroll_until_shown, send, shows,
    start_participant_mode, step_until, type_into, wait_for_scan, window_commands,
};
use common::{
    EXAMPLES, Q1, Q2, Q3, copy_example, example_without_countdowns, folder_with_example,
    folder_with_examples, responses_in, save_in, write_in,
};

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tandem::domain::{Function, Questionnaire, Stage};
use tandem::export::Format;
use tandem::storage::load_workshop;
use tandem::ui::{AppCommand, TandemApp, WorkshopCommand};

/// Tall enough that every stage is drawn whole.
fn harness(folder: &Path, open: Option<PathBuf>) -> App {
    app_on(folder).size(1280.0, 1100.0).opening(open).start()
}

/// The app on a workshop of its own, just made, in `folder`.
fn new_workshop(folder: &Path) -> App {
    app_on(folder)
        .size(1280.0, 1100.0)
        .start_on_a_new_workshop()
}

/// One participant, start to finish: every screen of the kiosk.
fn participate(
    harness: &mut Harness<'_, TandemApp>,
    function: Function,
    personal: u8,
    comment: &str,
) {
    let questionnaire = Questionnaire::default_questionnaire();
    click(harness, function.label());
    click(harness, "Lacking alignment, significant friction");
    // One statement per screen, each rated or skipped on purpose.
    for statement in &questionnaire.statements {
        let value = match statement.key.as_str() {
            "task_debate" => 4,
            "personal" => personal,
            "trust" => 2,
            _ => 0,
        };
        click(harness, &rating_button(&statement.text, value));
    }
    click(harness, "Pricing and packaging");
    click(harness, "Next ➡");
    type_into(harness, "What causes the most friction?", comment);
    click(harness, "Review ➡");
    assert!(mentions(harness, &format!("Team: {}", function.label())));
    click(harness, "Submit my answers");
    assert!(shows(harness, "Thank you! Your answers are saved."));
    assert!(shows(
        harness,
        "Please pass the laptop on to the next person."
    ));
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one facilitator's whole session, step by step"
)]
fn a_whole_workshop_from_setup_to_close_and_back() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = new_workshop(folder.path());
    assert_eq!(open_stage(&harness), Stage::Setup);
    type_into(&mut harness, "Title", "Q4 alignment");
    type_into(&mut harness, "Organisation or team", "Contoso");
    type_into(&mut harness, "Date", "2026-11-30");

    start_participant_mode(&mut harness);
    // Leaving Setup named the new workshop's file after its date and title.
    let path = open_path(&harness);
    assert_eq!(
        path.file_name().unwrap().to_string_lossy(),
        "2026-11-30-q4-alignment.ron"
    );
    let plan = [
        (Function::Sales, 5, "Deals drive the roadmap"),
        (Function::Sales, 4, "Nobody decides"),
        (Function::Sales, 5, "Blame after every lost deal"),
        (Function::Product, 2, "Late requests"),
        (Function::Product, 3, "Pricing surprises"),
    ];
    for (count, (function, personal, comment)) in plan.into_iter().enumerate() {
        participate(&mut harness, function, personal, comment);
        // Autosave: the response is in the file before the thank-you screen is left.
        assert_eq!(responses_in(&path), count + 1);
        click(&mut harness, "I am the next participant");
        assert!(shows(&harness, "Welcome! Which team are you in?"));
    }

    // A wrong PIN keeps the kiosk; Esc never leaves it.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(in_participant_mode(&harness));
    leave_participant_mode(&mut harness, "1111");
    assert!(in_participant_mode(&harness));
    assert!(shows(&harness, "Wrong PIN."));
    type_into(&mut harness, "PIN", PIN);
    click(&mut harness, "Unlock");
    assert!(!in_participant_mode(&harness));

    // Three sales but two product responses: below the floor, no numbers at all.
    go_to(&mut harness, Stage::Reveal);
    assert!(shows(&harness, "Results are withheld"));
    assert_eq!(
        harness.query_all_by_label_contains("%").count(),
        0,
        "no share may show below the floor"
    );
    assert!(
        !mentions(&harness, "Deals drive"),
        "no comment below the floor"
    );
    go_to(&mut harness, Stage::Diagnose);
    assert!(!mentions(&harness, "Toxic"));
    assert!(!mentions(&harness, "Healthy"));

    start_participant_mode(&mut harness);
    participate(
        &mut harness,
        Function::Product,
        2,
        "Hand-offs after closing",
    );
    assert_eq!(responses_in(&path), 6);
    leave_participant_mode(&mut harness, PIN);

    go_to(&mut harness, Stage::Reveal);
    assert!(!shows(&harness, "Results are withheld"));
    assert_eq!(
        harness.query_all_by_label_contains("%").count(),
        0,
        "the floor is reached, but the room sees nothing before the reveal"
    );
    go_to(&mut harness, Stage::Diagnose);
    assert!(shows(&harness, "The results are not revealed yet"));
    click(&mut harness, "Go to Reveal");
    click(&mut harness, "Reveal the results");
    assert!(
        load_workshop(&path).unwrap().revealed,
        "the reveal is in the file"
    );
    assert!(
        harness.query_all_by_label_contains("%").count() > 0,
        "shares show once revealed"
    );
    // Comments are at the bottom of the page, built only once scrolled into view.
    scroll_until_shown(
        &mut harness,
        "Next: Diagnose ➡",
        "“Deals drive the roadmap”",
    );

    go_to(&mut harness, Stage::Diagnose);
    let expected = tandem::rules::classify(
        &load_workshop(&path).unwrap(),
        tandem::rules::RuleSet::built_in().unwrap(),
    );
    let verdict = expected.overall.verdict;
    assert!(
        harness
            .query_all_by_label(&format!("{} {}", verdict.icon(), verdict.label()))
            .count()
            >= 1,
        "the overall verdict {verdict:?} is shown"
    );
    // Every sales response rated `personal` 4 or 5: the personal-conflict finding is there.
    assert!(
        harness
            .query_all_by_label_contains("Disagreements turn personal")
            .count()
            > 0
    );

    go_to(&mut harness, Stage::Agree);
    harness.get_by_label_contains("Add action").click();
    harness.run();
    type_into(&mut harness, "Action 1", "Weekly deal desk");
    type_into(&mut harness, "Due", "2026-12-15");
    go_to(&mut harness, Stage::Close);
    assert!(shows(
        &harness,
        "Suggested follow-up workshop: 28 February 2027 (a quarter later)"
    ));
    click(&mut harness, "Save workshop");

    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.meta.title, "Q4 alignment");
    assert_eq!(saved.meta.organisation, "Contoso");
    assert_eq!(saved.meta.date.to_string(), "2026-11-30");
    assert_eq!(saved.stage, Stage::Close);
    assert_eq!(saved.respondents(Function::Sales), 3);
    assert_eq!(saved.respondents(Function::Product), 3);
    assert_eq!(saved.actions[0].text, "Weekly deal desk");
    assert_eq!(saved.actions[0].due.unwrap().to_string(), "2026-12-15");
    assert_eq!(saved.participant_lock, None);

    // Reopen from the home screen of a fresh app: everything is there.
    let mut again = self::harness(folder.path(), None);
    again.get_by_label("Open Q4 alignment").click();
    again.run();
    assert_eq!(open_stage(&again), Stage::Close);
    assert!(mentions(&again, "Weekly deal desk"));
    assert_eq!(open_workshop(&again), &saved);
}

#[test]
fn a_participant_never_sees_the_previous_answers() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = new_workshop(folder.path());
    start_participant_mode(&mut harness);
    participate(&mut harness, Function::Sales, 5, "A private remark");
    click(&mut harness, "I am the next participant");

    click(&mut harness, "Sales");
    assert!(!is_chosen(
        &harness,
        "Lacking alignment, significant friction"
    ));
    click(&mut harness, "Completely aligned, little or no friction");
    let questionnaire = Questionnaire::default_questionnaire();
    let first = &questionnaire.statement("task_debate").unwrap().text;
    click(&mut harness, &rating_button(first, 0));
    let personal = &questionnaire.statement("personal").unwrap().text;
    assert!(!is_chosen(&harness, &rating_button(personal, 5)));
    assert!(
        !is_chosen(&harness, &rating_button(personal, 0)),
        "a fresh participant starts with nothing chosen"
    );
    for statement in &questionnaire.statements[1..] {
        click(&mut harness, &rating_button(&statement.text, 0));
    }
    assert!(
        !is_chosen(&harness, "Pricing and packaging"),
        "no source named yet"
    );
    click(&mut harness, "Next ➡");
    assert_eq!(
        harness
            .get_by_label("What causes the most friction?")
            .value()
            .unwrap_or_default(),
        ""
    );
    assert!(!mentions(&harness, "A private remark"));
    // Nothing in participant mode leads to results or other stages.
    for stage in Stage::ALL {
        assert!(!mentions(
            &harness,
            &format!("{} {}", stage.number(), stage.label())
        ));
    }
    assert!(!mentions(&harness, "Home"));
}

/// One command of every facilitator concern: files and screens, dialogs and exports, the
/// library, the workshop's settings and content.
fn facilitator_commands(folder: &Path) -> Vec<tandem::ui::Command> {
    use tandem::ui::state::file_purpose::FilePurpose;
    use tandem::ui::{Edit, LibraryCommand};
    let elsewhere = folder.join("elsewhere.ron");
    vec![
        AppCommand::NewWorkshop.into(),
        AppCommand::Open(common::example_path(Q1)).into(),
        AppCommand::CloseWorkshop.into(),
        AppCommand::ShowDialog(FilePurpose::OpenWorkshop).into(),
        AppCommand::Export(Format::Html.into()).into(),
        AppCommand::ExportTo(Format::ResponsesCsv.into(), folder.join("leak.csv")).into(),
        AppCommand::Export(Format::ResponsesCsv.into()).into(),
        AppCommand::AnswerRawExport(true).into(),
        AppCommand::CopyMarkdown.into(),
        AppCommand::StartParticipantMode.into(),
        AppCommand::CompareSelected.into(),
        AppCommand::CloseComparison.into(),
        AppCommand::ExportComparison(tandem::compare::report::ReportFormat::Html).into(),
        AppCommand::Rescan.into(),
        AppCommand::DismissNotice.into(),
        AppCommand::SetDarkMode(true).into(),
        LibraryCommand::ToggleCompare(elsewhere).into(),
        WorkshopCommand::Save.into(),
        WorkshopCommand::GoTo(Stage::Reveal).into(),
        WorkshopCommand::UseDefaultRules.into(),
        WorkshopCommand::ImportCsv(folder.join("answers.csv")).into(),
        WorkshopCommand::SetPinDraft(String::from("1111")).into(),
        WorkshopCommand::SetPinAgain(String::from("1111")).into(),
        WorkshopCommand::AskAboutProjector(true).into(),
        Edit::SetTitle(String::from("Changed by a participant")).into(),
        Edit::SetFloor(10).into(),
        Edit::AddAction.into(),
    ]
}

#[test]
fn participant_mode_refuses_every_facilitator_command() {
    let folder = tempfile::tempdir().unwrap();
    write_in(
        folder.path(),
        "answers.csv",
        "function,relationship\nsales,0\n",
    );
    let mut harness = new_workshop(folder.path());
    start_participant_mode(&mut harness);
    let path = open_path(&harness);
    let before = std::fs::read(&path).unwrap();
    for command in facilitator_commands(folder.path()) {
        let described = format!("{command:?}");
        send(&mut harness, command);
        let state = &harness.state().state;
        assert!(state.kiosk().is_some(), "{described} left participant mode");
        assert_eq!(
            open_path(&harness),
            path,
            "{described} changed the workshop"
        );
        assert!(!state.exporting && state.dialog.is_none() && state.clipboard.is_none());
        assert!(
            !state.asking_raw_export,
            "{described} asked about an export"
        );
        assert!(!state.dark_mode, "{described} reached the app's settings");
        assert!(
            state.library.selected.is_empty(),
            "{described} reached the library"
        );
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
    let open = harness.state().state.open().unwrap();
    assert_eq!(open.workshop.stage, Stage::Capture);
    assert!(!open.dirty && open.pin_draft.is_empty() && !open.asking_about_projector);
    assert!(!folder.path().join("leak.csv").exists());
    // The kiosk's own commands still work.
    click(&mut harness, "Sales");
    assert!(shows(&harness, "Next ➡"));
}

#[test]
fn a_restart_reopens_a_locked_workshop_in_participant_mode() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = new_workshop(folder.path());
    start_participant_mode(&mut harness);
    let path = open_path(&harness);
    drop(harness);

    let mut restarted = self::harness(folder.path(), Some(path.clone()));
    assert!(in_participant_mode(&restarted));
    assert!(shows(&restarted, "Welcome! Which team are you in?"));
    leave_participant_mode(&mut restarted, "0000");
    assert!(in_participant_mode(&restarted));
    type_into(&mut restarted, "PIN", PIN);
    click(&mut restarted, "Unlock");
    assert!(!in_participant_mode(&restarted));
    assert_eq!(load_workshop(&path).unwrap().participant_lock, None);
}

#[test]
fn a_forced_restart_that_remembered_nothing_still_reopens_the_kiosk() {
    let folder = tempfile::tempdir().unwrap();
    copy_example(folder.path(), Q3, "q3.ron");
    let mut harness = new_workshop(folder.path());
    start_participant_mode(&mut harness);
    let path = open_path(&harness);
    // Killed: no recent files were remembered, and the app starts on the library.
    drop(harness);
    let restarted = self::harness(folder.path(), None);
    assert!(in_participant_mode(&restarted), "the scan found the lock");
    assert_eq!(open_path(&restarted), path);
    assert!(shows(&restarted, "Welcome! Which team are you in?"));

    // Nor can the comparison show a locked workshop's results.
    let mut workshop = load_workshop(&path).unwrap();
    workshop.participant_lock = Some(tandem::domain::ParticipantLock::new("2468", 1));
    let locked = save_in(folder.path(), "locked-copy.ron", &workshop);
    let mut state = tandem::ui::AppState::new(
        folder.path().to_path_buf(),
        tandem::clock::ManualClock::default().clock(),
    );
    for chosen in [locked, folder.path().join("q3.ron")] {
        state.handle(tandem::ui::LibraryCommand::ToggleCompare(chosen).into());
    }
    state.handle(AppCommand::CompareSelected.into());
    assert!(state.comparison().is_none());
    assert!(
        matches!(&state.notice, Some(tandem::ui::state::notice::Notice::Error(text)) if text.contains("participant mode"))
    );
}

#[test]
fn a_broken_file_shows_an_error_and_the_app_keeps_running() {
    let folder = tempfile::tempdir().unwrap();
    copy_example(folder.path(), Q2, "q2.ron");
    let broken = write_in(
        folder.path(),
        "broken.ron",
        "(format_version: 1, workshop: (",
    );
    let mut harness = harness(folder.path(), None);
    click(&mut harness, "⚠ 1 file could not be read");
    assert!(
        mentions(&harness, "broken.ron:1:"),
        "the library lists the broken file's error"
    );
    assert!(shows(&harness, "Sales & Product alignment, Q2 2026"));
    send(&mut harness, AppCommand::Open(broken));
    assert!(harness.state().state.open().is_none());
    // The error shows as a notice, beside the same error in the library list.
    assert_eq!(
        harness
            .query_all_by_label_contains("the file ends too early")
            .count(),
        2
    );
    click(&mut harness, "Open Sales & Product alignment, Q2 2026");
    assert_eq!(open_stage(&harness), Stage::Close);
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let (folder, path) = folder_with_example(Q3, "q3.ron");
    let mut harness = harness(folder.path(), Some(path.clone()));
    go_to(&mut harness, Stage::Setup);
    type_into(&mut harness, "Title", "Renamed just before closing");

    press_quit(&mut harness);
    assert!(shows(&harness, "Save the changes before closing?"));
    assert!(!window_commands(&harness).contains(&egui::ViewportCommand::Close));
    harness.snapshot("close_prompt");
    click(&mut harness, "Cancel");
    assert!(!shows(&harness, "Save the changes before closing?"));
    assert_eq!(
        load_workshop(&path).unwrap().meta.title,
        "Sales & Product alignment, Q3 2026",
        "nothing saved yet"
    );

    press_quit(&mut harness);
    harness.get_by_label("Save and close").click();
    harness.step();
    assert!(window_commands(&harness).contains(&egui::ViewportCommand::Close));
    assert_eq!(
        load_workshop(&path).unwrap().meta.title,
        "Renamed just before closing"
    );
}

#[test]
fn an_edit_made_just_before_exit_is_in_the_recovery_file() {
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    let mut harness = harness(folder.path(), Some(path.clone()));
    go_to(&mut harness, Stage::Setup);
    type_into(&mut harness, "Facilitator", "Typed a second before exit");
    // Well inside the autosave pause: only the exit hook can have written it.
    #[cfg(feature = "glow")]
    eframe::App::on_exit(harness.state_mut(), None);
    #[cfg(not(feature = "glow"))]
    eframe::App::on_exit(harness.state_mut());
    let recovered = load_workshop(&tandem::storage::recovery_path(&path)).unwrap();
    assert_eq!(recovered.meta.facilitator, "Typed a second before exit");
    assert_eq!(
        load_workshop(&path).unwrap().meta.facilitator,
        "Priya Raman"
    );

    // Discarding closes without the edits, and without their recovery file.
    press_quit(&mut harness);
    harness.get_by_label("Discard and close").click();
    harness.step();
    assert!(window_commands(&harness).contains(&egui::ViewportCommand::Close));
    assert!(!tandem::storage::recovery_path(&path).exists());
    assert_eq!(
        load_workshop(&path).unwrap().meta.facilitator,
        "Priya Raman"
    );
}

#[test]
fn participant_mode_refuses_to_close_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = new_workshop(folder.path());
    start_participant_mode(&mut harness);
    press_quit(&mut harness);
    assert!(in_participant_mode(&harness));
    assert!(!window_commands(&harness).contains(&egui::ViewportCommand::Close));
    assert!(!shows(&harness, "Discard and close"));
    send(&mut harness, AppCommand::CloseWindow);
    assert!(in_participant_mode(&harness));
    assert_eq!(
        harness.state().state.closing,
        tandem::ui::state::app_state::Closing::No
    );
}

#[test]
fn late_answers_after_the_reveal_are_held_back_until_the_floor_is_in() {
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    let mut harness = harness(folder.path(), Some(path.clone()));
    go_to(&mut harness, Stage::Reveal);
    let counts = "22 sales and 14 product responses";
    let gap = "Perception gap (sales − product friction level, 0–3): +0.60";
    assert!(mentions(&harness, counts));
    assert!(mentions(&harness, gap));

    // A latecomer answers at the kiosk: the room must not see the numbers move by one.
    start_participant_mode(&mut harness);
    participate(&mut harness, Function::Sales, 5, "Latecomer");
    leave_participant_mode(&mut harness, PIN);
    go_to(&mut harness, Stage::Reveal);
    assert!(mentions(
        &harness,
        "1 sales answer is held back until there are 3 to show together."
    ));
    assert!(mentions(&harness, counts));
    assert!(mentions(&harness, gap));
    assert!(!mentions(&harness, "Latecomer"));
    harness.snapshot("held_back_notice");
    let on_disk = load_workshop(&path).unwrap();
    assert_eq!((on_disk.responses.len(), on_disk.held.len()), (36, 1));
    // The raw responses CSV says it leaves the held answer out.
    click(&mut harness, "Export Responses CSV…");
    assert!(mentions(
        &harness,
        "1 answer given after the reveal is held back: it is not in this file"
    ));
    harness.snapshot("raw_export_held");
    click(&mut harness, "Cancel");

    // Two more sales answers: the three join the results together.
    start_participant_mode(&mut harness);
    participate(&mut harness, Function::Sales, 5, "Second late");
    click(&mut harness, "I am the next participant");
    participate(&mut harness, Function::Sales, 5, "Third late");
    leave_participant_mode(&mut harness, PIN);
    go_to(&mut harness, Stage::Reveal);
    assert!(mentions(&harness, "25 sales and 14 product responses"));
    assert!(!mentions(&harness, "held back"));
    let on_disk = load_workshop(&path).unwrap();
    assert_eq!((on_disk.responses.len(), on_disk.held.len()), (39, 0));
}

#[test]
fn an_open_room_shows_its_code_and_counts_phones_and_closing_the_workshop_closes_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = new_workshop(folder.path());
    go_to(&mut harness, Stage::Capture);
    let url = open_room_on_loopback(&mut harness);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(shows(&harness, &format!("QR code for {url}")));
    assert!(shows(&harness, &url), "the address is shown");
    assert_eq!(harness.query_all_by_label("0 responses").count(), 2);
    // An open room with nobody answering asks for no frames (a new workshop has no time box).
    harness.step();
    assert_eq!(
        repaint_delay(&harness),
        Duration::MAX,
        "an idle room repaints"
    );

    // Two phones answer while the app runs frames; the counts rise.
    let questionnaire = Questionnaire::default_questionnaire();
    let answers = common::phone::answers(3, 2, &questionnaire);
    let phones: Vec<_> = answers
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, response)| {
            let (url, questionnaire) = (url.clone(), questionnaire.clone());
            std::thread::Builder::new()
                .name(format!("phone {index}"))
                .spawn(move || common::phone::Phone::new(&url).answer(&response, &questionnaire))
                .unwrap()
        })
        .collect();
    step_until(&mut harness, "the phones' answers", |harness| {
        open_workshop(harness).responses.len() == 2
    });
    for phone in phones {
        let pages = phone.join().unwrap();
        assert!(
            pages
                .last()
                .unwrap()
                .html
                .contains("Thank you! Your answers are saved.")
        );
    }
    harness.run();
    let sales = answers
        .iter()
        .filter(|answer| answer.function == Function::Sales)
        .count();
    let shown: Vec<String> = [sales, 2 - sales]
        .iter()
        .map(|count| format!("{count} response{}", if *count == 1 { "" } else { "s" }))
        .collect();
    for label in &shown {
        assert!(harness.query_all_by_label(label).count() >= 1, "{label}");
    }
    assert_eq!(
        responses_in(&open_path(&harness)),
        2,
        "saved before the thanks"
    );

    click(&mut harness, "Present");
    assert!(shows(&harness, "Answer on your phone"));
    assert!(shows(&harness, &format!("QR code for {url}")));
    assert!(!shows(&harness, "Facilitator PIN"), "nothing else shows");
    click(&mut harness, "⬅ Back");

    // Moving on keeps the room open: no question, the same address.
    go_to(&mut harness, Stage::Reveal);
    assert!(!shows(&harness, "The room is still open"));
    let room_url = |harness: &App| {
        let open = harness.state().state.open().unwrap();
        open.room
            .open
            .as_ref()
            .map(|room| room.room.join_url().to_owned())
    };
    assert_eq!(room_url(&harness).as_deref(), Some(url.as_str()));

    // Closing the workshop closes the room too, so it asks first: a phone still answering
    // would lose its answers.
    harness.get_by_label("⬅ Home").click();
    harness.run();
    assert!(shows(&harness, "The room is still open"));
    click(&mut harness, "Keep the workshop open");
    assert_eq!(open_stage(&harness), Stage::Reveal);
    assert_eq!(room_url(&harness).as_deref(), Some(url.as_str()));
    harness.get_by_label("⬅ Home").click();
    harness.run();
    // The library scans again once the workshop is closed: frames until it is done.
    harness
        .get_by_label("Close the room and the workshop")
        .click();
    harness.step();
    wait_for_scan(&mut harness);
    assert!(harness.state().state.open().is_none());
    let gone = ureq::get(&url).call();
    assert!(gone.is_err(), "the room no longer answers: {gone:?}");
}

#[test]
fn nothing_repaints_when_nothing_changes_and_a_countdown_ticks_once_a_second() {
    let folder = tempfile::tempdir().unwrap();
    copy_example(folder.path(), Q1, "q1.ron");
    let mut harness = harness(folder.path(), None);
    harness.run();
    harness.step();
    assert_eq!(repaint_delay(&harness), Duration::MAX, "idle home repaints");

    click(&mut harness, "Open Sales & Product alignment, Q1 2026");
    harness.step();
    // Close has no time box: nothing to repaint for.
    assert_eq!(
        repaint_delay(&harness),
        Duration::MAX,
        "idle stage repaints"
    );

    go_to(&mut harness, Stage::Diagnose); // 20-minute time box
    harness.step();
    let delay = repaint_delay(&harness);
    assert!(
        delay > Duration::ZERO && delay <= Duration::from_secs(1),
        "countdown repaints after {delay:?}"
    );
    assert!(mentions(&harness, "⏱"), "the countdown shows");
}

/// Snapshot images of every stage and of the kiosk, with an example workshop.
/// Create or update them with `UPDATE_SNAPSHOTS=1 cargo test --test ui app::`.
#[test]
fn snapshots_of_every_stage() {
    let folder = tempfile::tempdir().unwrap();
    // Without time boxes: a countdown would make the images depend on the test's speed.
    save_in(folder.path(), "q1.ron", &example_without_countdowns(Q1));
    let mut harness = harness(folder.path(), None);
    // The temporary folder's name differs on every run.
    let folder_label = harness.get_by_label_contains("Workshops in").rect();
    harness.mask(egui::Rect::from_min_size(
        folder_label.min,
        egui::vec2(1000.0, folder_label.height()),
    ));
    harness.snapshot("home");
    click(&mut harness, "Open Sales & Product alignment, Q1 2026");
    for stage in Stage::ALL {
        go_to(&mut harness, stage);
        harness.snapshot(format!("stage_{}_{}", stage.number(), stage.key()));
    }
    start_participant_mode(&mut harness);
    harness.snapshot("participant_welcome");
    click(&mut harness, "Product");
    harness.snapshot("participant_relationship");
}

/// Diagnose says, beside each verdict and on each finding, whether one person's answer decides
/// it, in words a room can hear, with the numbers below for the facilitator: the second
/// example's toxic verdict rests on two sales answers (each carries the constant-friction
/// share over 10%), the first example's on the group.
#[test]
fn diagnose_says_how_much_each_verdict_hinges_on_one_answer() {
    let folder = tempfile::tempdir().unwrap();
    let open_diagnose = |name: &str| {
        let path = save_in(folder.path(), name, &example_without_countdowns(name));
        let mut harness = harness(folder.path(), Some(path));
        go_to(&mut harness, Stage::Diagnose);
        harness
    };
    let holds = "Holds whoever is left out.";
    let decides = "One person's answer decides this.";

    let mut fragile = open_diagnose(Q2);
    for words in [
        "It would change if any one of 2 of the 34 answers were left out: treat it as a question for the room, not a finding.",
        "It would change if any one of 2 of the 19 answers were left out: treat it as a question for the room, not a finding.",
        holds,
        "It would not fire if any one of 2 of the 34 answers were left out: treat it as a question for the room, not a finding.",
    ] {
        assert!(shows(&fragile, words), "{words}");
    }
    // Overall and sales verdicts, constant friction, productive disagreement on product's
    // answers, and the rule that nearly fired.
    assert!(fragile.query_all_by_label(decides).count() >= 4);
    fragile.snapshot("diagnose_fragile");
    drop(fragile);

    let robust = open_diagnose(Q1);
    // Three verdicts, six findings fired on the group, and low trust on product's answers
    // alone.
    assert_eq!(robust.query_all_by_label(holds).count(), 10);
    // Only low trust, which nearly fired overall: leaving one answer out would make it fire.
    assert_eq!(robust.query_all_by_label(decides).count(), 1);
    assert!(!mentions(&robust, "It would change"));
    assert!(!mentions(&robust, "It would not fire"));
}

#[test]
fn snapshot_of_a_comparison() {
    let folder = folder_with_examples(&EXAMPLES);
    let mut library = self::harness(folder.path(), None);
    compare_examples(&mut library, &["Q1", "Q2", "Q3"]);
    library.snapshot("compare");
}

#[test]
fn a_broken_rules_file_is_refused_and_the_workshop_keeps_its_rules() {
    let (folder, path) = folder_with_example(Q3, "q3.ron");
    let mut harness = harness(folder.path(), Some(path.clone()));
    go_to(&mut harness, Stage::Setup);

    let default = include_str!("../../assets/rules/default.ron");
    let broken = write_in(
        folder.path(),
        "broken-rules.ron",
        default.replacen("weight: 3,", "weight: 9,", 1),
    );
    send(&mut harness, WorkshopCommand::UseRulesFile(broken));
    assert!(mentions(&harness, "a weight of 9 is outside 1 to 5"));
    assert!(mentions(&harness, "keeps the rules it had"));
    assert_eq!(
        harness.state().state.open().unwrap().rules.name,
        "Tandem default rules"
    );

    let strict = write_in(
        folder.path(),
        "strict-rules.ron",
        default.replace("name: \"Tandem default rules\"", "name: \"Strict rules\""),
    );
    send(&mut harness, WorkshopCommand::UseRulesFile(strict));
    let open = harness.state().state.open().unwrap();
    assert_eq!(open.rules.name, "Strict rules");
    assert_eq!(
        open.workshop.settings.rules_file.as_deref(),
        Some("strict-rules.ron")
    );
    click(&mut harness, "Save");
    // Closed first: a window still holding the workshop would make the next one read-only.
    drop(harness);
    let reopened = self::harness(folder.path(), Some(path));
    assert_eq!(
        reopened.state().state.open().unwrap().rules.name,
        "Strict rules"
    );

    // Responses are in, so the questionnaire can no longer change.
    let mut harness = reopened;
    send(&mut harness, WorkshopCommand::UseDefaultQuestionnaire);
    assert!(mentions(&harness, "cannot change once responses are in"));
}

#[test]
fn exports_and_imports_from_the_app() {
    let folder = tempfile::tempdir().unwrap();
    // A survey imported before the reveal counts at once (after it, see held_back tests).
    let mut workshop = common::example(Q1);
    workshop.revealed = false;
    let path = save_in(folder.path(), "q1.ron", &workshop);
    let mut harness = harness(folder.path(), Some(path.clone()));
    assert_eq!(open_stage(&harness), Stage::Close);
    assert!(shows(&harness, "Export HTML report…"));
    assert!(shows(&harness, "Export Markdown…"));

    // The export runs on its own thread; the notice says when it is done.
    let html = folder.path().join("report.html");
    harness
        .state_mut()
        .state
        .handle(AppCommand::ExportTo(Format::Html.into(), html.clone()).into());
    step_until(&mut harness, "the export", |app| {
        !app.state().state.exporting
    });
    assert!(shows(&harness, &format!("Exported {}", html.display())));
    assert!(std::fs::read_to_string(&html).unwrap().contains("<svg "));

    // The PDF report the same way, made by Tandem itself.
    assert!(shows(&harness, "Export PDF report…"));
    let pdf = folder.path().join("report.pdf");
    harness
        .state_mut()
        .state
        .handle(AppCommand::ExportTo(tandem::export::Export::Pdf, pdf.clone()).into());
    step_until(&mut harness, "the PDF export", |app| {
        !app.state().state.exporting
    });
    assert!(shows(&harness, &format!("Exported {}", pdf.display())));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    harness.get_by_label("Copy Markdown").click();
    harness.step();
    let copied = harness.output().platform_output.commands.iter().any(|command| {
        matches!(command, egui::OutputCommand::CopyText(text) if text.starts_with("# Sales & Product alignment, Q1 2026"))
    });
    assert!(copied, "the Markdown summary goes to the clipboard");

    go_to(&mut harness, Stage::Capture);
    assert!(shows(&harness, "Import responses from CSV…"));
    // A file with a rating of 6 is refused whole, with its row and column; a good one counts.
    let before = responses_in(&path);
    for (file, text, says, imported) in [
        (
            "bad.csv",
            "function,relationship,personal\nsales,0,3\nproduct,1,6\n",
            "row 3, column `personal`: \"6\" is not a rating",
            0,
        ),
        (
            "good.csv",
            "function,relationship,personal\nsales,0,3\nproduct,mostly_aligned,\n",
            "Imported 2 responses",
            2,
        ),
    ] {
        let survey = write_in(folder.path(), file, text);
        send(&mut harness, WorkshopCommand::ImportCsv(survey));
        assert!(mentions(&harness, says), "{file}: {says}");
        assert_eq!(
            responses_in(&path),
            before + imported,
            "{file}: {imported} imported"
        );
    }
    assert!(mentions(&harness, "23 responses"), "the counts follow");
}

#[test]
fn the_library_lists_sorts_filters_and_compares() {
    let folder = folder_with_examples(&EXAMPLES);
    write_in(folder.path(), "zz-broken.ron", "(format_version: 1,");
    let mut harness = harness(folder.path(), None);
    for quarter in ["Q1", "Q2", "Q3"] {
        assert!(shows(
            &harness,
            &format!("Sales & Product alignment, {quarter} 2026")
        ));
    }
    click(&mut harness, "⚠ 1 file could not be read");
    assert!(
        mentions(&harness, "zz-broken.ron:1:"),
        "the broken file shows its error"
    );

    // Sort by date, newest first: Q3 is listed first.
    click(&mut harness, "Sort by date");
    let rows: Vec<String> = harness
        .state()
        .state
        .library
        .visible()
        .map(|r| r.title.clone())
        .collect();
    assert_eq!(rows[0], "Sales & Product alignment, Q3 2026");
    type_into(&mut harness, "Filter", "Q2");
    assert_eq!(harness.state().state.library.visible_count(), 1);
    assert!(!shows(&harness, "Sales & Product alignment, Q1 2026"));
    type_into(&mut harness, "Filter", "");

    compare_examples(&mut harness, &["Q1", "Q2"]);
    assert!(harness.state().state.comparison().is_some());
    assert!(shows(&harness, "Comparing 2 workshops"));
    assert!(mentions(&harness, "From 12 February 2026 to 14 May 2026"));
    assert!(
        mentions(&harness, "Sales friction level 1.95 ➡ 1.16"),
        "the change from one to the next"
    );
    assert!(shows(
        &harness,
        "⚠ Festering (toxic in both): Constant friction"
    ));
    assert!(shows(
        &harness,
        "Actions from 12 February 2026: 3 of 4 done"
    ));
    click(&mut harness, "⬅ Library");
    assert!(harness.state().state.comparison().is_none());
}

#[test]
fn frames_keep_coming_while_a_large_folder_scans() {
    let folder = tempfile::tempdir().unwrap();
    let workshop = common::demo::large_workshop(11, 60);
    let text = tandem::storage::workshop_to_ron(&workshop).unwrap();
    for index in 0..300 {
        std::fs::write(folder.path().join(format!("w{index:04}.ron")), &text).unwrap();
    }
    let mut harness = app_on(folder.path()).size(1280.0, 1100.0).build();
    let frames = wait_for_scan(&mut harness);
    assert!(
        frames > 1,
        "the UI kept drawing frames during the scan ({frames})"
    );
    assert_eq!(harness.state().state.library.rows.len(), 300);
}
