//! The facilitator app driven the way a facilitator and participants click through it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use common::app::{
    App, PIN, app_on, click, go_to, in_participant_mode, leave_participant_mode, open_path,
    open_stage, scroll_until_shown, start_participant_mode, step_until, type_into, wait_for_scan,
};

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use tandem::domain::{Function, Questionnaire, Stage};
use tandem::storage::load_workshop;
use tandem::ui::TandemApp;

/// Tall enough that every stage is drawn whole.
fn harness(folder: &Path, open: Option<PathBuf>) -> App {
    app_on(folder).size(1280.0, 1100.0).opening(open).start()
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
        let label = if value == 0 {
            format!("{} — skip", statement.text)
        } else {
            let word = [
                "",
                "strongly disagree",
                "disagree",
                "neutral",
                "agree",
                "strongly agree",
            ][usize::from(value)];
            format!("{} — {value} ({word})", statement.text)
        };
        click(harness, &label);
    }
    click(harness, "Pricing and packaging");
    click(harness, "Next ➡");
    type_into(harness, "What causes the most friction?", comment);
    click(harness, "Review ➡");
    assert!(
        harness
            .query_by_label_contains(&format!("Team: {}", function.label()))
            .is_some()
    );
    click(harness, "Submit my answers");
    assert!(
        harness
            .query_by_label("Thank you! Your answers are saved.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Please pass the laptop on to the next person.")
            .is_some()
    );
}

fn is_checked(node: &egui_kittest::Node<'_>) -> bool {
    let node = node.accesskit_node();
    node.toggled() == Some(egui::accesskit::Toggled::True) || node.is_selected() == Some(true)
}

/// How long until the app asked to be repainted (`Duration::MAX`: not at all).
fn repaint_delay(harness: &Harness<'_, TandemApp>) -> Duration {
    harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay
}

fn responses_on_disk(path: &Path) -> usize {
    load_workshop(path).unwrap().responses.len()
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one facilitator's whole session, step by step"
)]
fn a_whole_workshop_from_setup_to_close_and_back() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(folder.path(), None);
    harness.get_by_label("+ New workshop").click();
    harness.run();
    assert_eq!(open_stage(&harness), Stage::Setup);
    type_into(&mut harness, "Title", "Q4 alignment");
    type_into(&mut harness, "Organisation or team", "Contoso");
    type_into(&mut harness, "Date", "2026-11-30");
    let path = open_path(&harness);

    start_participant_mode(&mut harness);
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
        assert_eq!(responses_on_disk(&path), count + 1);
        click(&mut harness, "I am the next participant");
        assert!(
            harness
                .query_by_label("Welcome! Which team are you in?")
                .is_some()
        );
    }

    // A wrong PIN keeps the kiosk; Esc never leaves it.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(in_participant_mode(&harness));
    leave_participant_mode(&mut harness, "1111");
    assert!(in_participant_mode(&harness));
    assert!(harness.query_by_label("Wrong PIN.").is_some());
    type_into(&mut harness, "PIN", PIN);
    click(&mut harness, "Unlock");
    assert!(!in_participant_mode(&harness));

    // Three sales but two product responses: below the floor, no numbers at all.
    go_to(&mut harness, Stage::Reveal);
    assert!(harness.query_by_label("Results are withheld").is_some());
    assert_eq!(
        harness.query_all_by_label_contains("%").count(),
        0,
        "no share may show below the floor"
    );
    assert!(
        harness.query_by_label_contains("Deals drive").is_none(),
        "no comment below the floor"
    );
    go_to(&mut harness, Stage::Diagnose);
    assert!(harness.query_by_label_contains("Toxic").is_none());
    assert!(harness.query_by_label_contains("Healthy").is_none());

    start_participant_mode(&mut harness);
    participate(
        &mut harness,
        Function::Product,
        2,
        "Hand-offs after closing",
    );
    assert_eq!(responses_on_disk(&path), 6);
    leave_participant_mode(&mut harness, PIN);

    go_to(&mut harness, Stage::Reveal);
    assert!(harness.query_by_label("Results are withheld").is_none());
    assert_eq!(
        harness.query_all_by_label_contains("%").count(),
        0,
        "the floor is reached, but the room sees nothing before the reveal"
    );
    go_to(&mut harness, Stage::Diagnose);
    assert!(
        harness
            .query_by_label("The results are not revealed yet")
            .is_some()
    );
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
        &tandem::rules::RuleSet::default_rules(),
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
    assert!(
        harness
            .query_by_label("Suggested follow-up workshop: 28 February 2027 (a quarter later)")
            .is_some()
    );
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
    assert!(again.query_by_label_contains("Weekly deal desk").is_some());
    assert_eq!(again.state().state.open().unwrap().workshop, saved);
}

#[test]
fn a_participant_never_sees_the_previous_answers() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(folder.path(), None);
    harness.get_by_label("+ New workshop").click();
    harness.run();
    start_participant_mode(&mut harness);
    participate(&mut harness, Function::Sales, 5, "A private remark");
    click(&mut harness, "I am the next participant");

    click(&mut harness, "Sales");
    let relationship = harness.get_by_label("Lacking alignment, significant friction");
    assert!(!is_checked(&relationship));
    click(&mut harness, "Completely aligned, little or no friction");
    let questionnaire = Questionnaire::default_questionnaire();
    let first = &questionnaire.statement("task_debate").unwrap().text;
    click(&mut harness, &format!("{first} — skip"));
    let personal = &questionnaire.statement("personal").unwrap().text;
    let five_label = format!("{personal} — 5 (strongly agree)");
    let five = harness.get_by_label(&five_label);
    assert!(!is_checked(&five));
    let skip_label = format!("{personal} — skip");
    let skip = harness.get_by_label(&skip_label);
    assert!(
        !is_checked(&skip),
        "a fresh participant starts with nothing chosen"
    );
    for statement in &questionnaire.statements[1..] {
        click(&mut harness, &format!("{} — skip", statement.text));
    }
    let pricing = harness.get_by_label("Pricing and packaging");
    assert!(!is_checked(&pricing), "no source named yet");
    click(&mut harness, "Next ➡");
    assert_eq!(
        harness
            .get_by_label("What causes the most friction?")
            .value()
            .unwrap_or_default(),
        ""
    );
    assert!(
        harness
            .query_by_label_contains("A private remark")
            .is_none()
    );
    // Nothing in participant mode leads to results or other stages.
    for stage in Stage::ALL {
        assert!(
            harness
                .query_by_label_contains(&format!("{} {}", stage.number(), stage.label()))
                .is_none()
        );
    }
    assert!(harness.query_by_label_contains("Home").is_none());
}

/// One command of every facilitator concern: files and screens, dialogs and exports, the
/// library, the workshop's settings and content.
fn facilitator_commands(folder: &Path) -> Vec<tandem::ui::Command> {
    use tandem::export::Format;
    use tandem::ui::file_purpose::FilePurpose;
    use tandem::ui::{AppCommand, Edit, LibraryCommand, WorkshopCommand};
    let elsewhere = folder.join("elsewhere.ron");
    vec![
        AppCommand::NewWorkshop.into(),
        AppCommand::Open(common::example_path("2026-q1-northwind.ron")).into(),
        AppCommand::CloseWorkshop.into(),
        AppCommand::ShowDialog(FilePurpose::OpenWorkshop).into(),
        AppCommand::Export(Format::Html).into(),
        AppCommand::ExportTo(Format::ResponsesCsv, folder.join("leak.csv")).into(),
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
        WorkshopCommand::AskAboutProjector(true).into(),
        Edit::SetTitle(String::from("Changed by a participant")).into(),
        Edit::SetFloor(10).into(),
        Edit::AddAction.into(),
    ]
}

#[test]
fn participant_mode_refuses_every_facilitator_command() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("answers.csv"),
        "function,relationship\nsales,0\n",
    )
    .unwrap();
    let mut harness = harness(folder.path(), None);
    harness.get_by_label("+ New workshop").click();
    harness.run();
    start_participant_mode(&mut harness);
    let path = open_path(&harness);
    let before = std::fs::read(&path).unwrap();
    for command in facilitator_commands(folder.path()) {
        let described = format!("{command:?}");
        harness.state_mut().state.handle(command);
        harness.run();
        let state = &harness.state().state;
        assert!(state.kiosk().is_some(), "{described} left participant mode");
        assert_eq!(
            open_path(&harness),
            path,
            "{described} changed the workshop"
        );
        assert!(!state.exporting && state.dialog.is_none() && state.clipboard.is_none());
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
    assert!(harness.query_by_label("Next ➡").is_some());
}

#[test]
fn a_restart_reopens_a_locked_workshop_in_participant_mode() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(folder.path(), None);
    harness.get_by_label("+ New workshop").click();
    harness.run();
    start_participant_mode(&mut harness);
    let path = open_path(&harness);
    drop(harness);

    let mut restarted = self::harness(folder.path(), Some(path.clone()));
    assert!(in_participant_mode(&restarted));
    assert!(
        restarted
            .query_by_label("Welcome! Which team are you in?")
            .is_some()
    );
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
    std::fs::copy(
        common::example_path("2026-q3-northwind.ron"),
        folder.path().join("q3.ron"),
    )
    .unwrap();
    let mut harness = harness(folder.path(), None);
    harness.get_by_label("+ New workshop").click();
    harness.run();
    start_participant_mode(&mut harness);
    let path = open_path(&harness);
    // Killed: no recent files were remembered, and the app starts on the library.
    drop(harness);
    let restarted = self::harness(folder.path(), None);
    assert!(in_participant_mode(&restarted), "the scan found the lock");
    assert_eq!(open_path(&restarted), path);
    assert!(
        restarted
            .query_by_label("Welcome! Which team are you in?")
            .is_some()
    );

    // Nor can the comparison show a locked workshop's results.
    let mut workshop = load_workshop(&path).unwrap();
    workshop.participant_lock = Some(tandem::domain::ParticipantLock::new("2468", 1));
    let locked = folder.path().join("locked-copy.ron");
    tandem::storage::save_workshop(&locked, &workshop).unwrap();
    let mut state = tandem::ui::AppState::new(
        folder.path().to_path_buf(),
        tandem::clock::ManualClock::default().clock(),
    );
    for chosen in [locked, folder.path().join("q3.ron")] {
        state.handle(tandem::ui::LibraryCommand::ToggleCompare(chosen).into());
    }
    state.handle(tandem::ui::AppCommand::CompareSelected.into());
    assert!(state.comparison().is_none());
    assert!(
        matches!(&state.notice, Some(tandem::ui::notice::Notice::Error(text)) if text.contains("participant mode"))
    );
}

#[test]
fn a_broken_file_shows_an_error_and_the_app_keeps_running() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::example_path("2026-q2-northwind.ron"),
        folder.path().join("q2.ron"),
    )
    .unwrap();
    std::fs::write(
        folder.path().join("broken.ron"),
        "(format_version: 1, workshop: (",
    )
    .unwrap();
    let mut harness = harness(folder.path(), None);
    assert!(
        harness.query_by_label_contains("broken.ron:1:").is_some(),
        "the library lists the broken file's error"
    );
    assert!(
        harness
            .query_by_label("Sales & Product alignment, Q2 2026")
            .is_some()
    );
    harness
        .state_mut()
        .state
        .handle(tandem::ui::AppCommand::Open(folder.path().join("broken.ron")).into());
    harness.run();
    assert!(harness.state().state.open().is_none());
    // The error shows as a notice, beside the same error in the library list.
    assert_eq!(
        harness
            .query_all_by_label_contains("the file ends too early")
            .count(),
        2
    );
    harness
        .get_by_label("Open Sales & Product alignment, Q2 2026")
        .click();
    harness.run();
    assert_eq!(open_stage(&harness), Stage::Close);
}

/// The viewport commands the last frame sent to the window.
fn window_commands(harness: &Harness<'_, TandemApp>) -> Vec<egui::ViewportCommand> {
    harness
        .output()
        .viewport_output
        .values()
        .flat_map(|output| output.commands.iter().cloned())
        .collect()
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("q3.ron");
    std::fs::copy(common::example_path("2026-q3-northwind.ron"), &path).unwrap();
    let mut harness = harness(folder.path(), Some(path.clone()));
    go_to(&mut harness, Stage::Setup);
    type_into(&mut harness, "Title", "Renamed just before closing");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
    assert!(
        harness
            .query_by_label("Save the changes before closing?")
            .is_some()
    );
    assert!(!window_commands(&harness).contains(&egui::ViewportCommand::Close));
    harness.snapshot("close_prompt");
    click(&mut harness, "Cancel");
    assert!(
        harness
            .query_by_label("Save the changes before closing?")
            .is_none()
    );
    assert_eq!(
        load_workshop(&path).unwrap().meta.title,
        "Sales & Product alignment, Q3 2026",
        "nothing saved yet"
    );

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
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
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("q1.ron");
    std::fs::copy(common::example_path("2026-q1-northwind.ron"), &path).unwrap();
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
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
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
    let mut harness = harness(folder.path(), None);
    harness.get_by_label("+ New workshop").click();
    harness.run();
    start_participant_mode(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
    assert!(in_participant_mode(&harness));
    assert!(!window_commands(&harness).contains(&egui::ViewportCommand::Close));
    assert!(harness.query_by_label("Discard and close").is_none());
    harness
        .state_mut()
        .state
        .handle(tandem::ui::AppCommand::CloseWindow.into());
    harness.run();
    assert!(in_participant_mode(&harness));
    assert_eq!(
        harness.state().state.closing,
        tandem::ui::state::Closing::No
    );
}

#[test]
fn late_answers_after_the_reveal_are_held_back_until_the_floor_is_in() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("q1.ron");
    std::fs::copy(common::example_path("2026-q1-northwind.ron"), &path).unwrap();
    let mut harness = harness(folder.path(), Some(path.clone()));
    go_to(&mut harness, Stage::Reveal);
    let counts = "22 sales and 14 product responses";
    let gap = "Perception gap (sales − product friction level, 0–3): +0.60";
    assert!(harness.query_by_label_contains(counts).is_some());
    assert!(harness.query_by_label_contains(gap).is_some());

    // A latecomer answers at the kiosk: the room must not see the numbers move by one.
    start_participant_mode(&mut harness);
    participate(&mut harness, Function::Sales, 5, "Latecomer");
    leave_participant_mode(&mut harness, PIN);
    go_to(&mut harness, Stage::Reveal);
    assert!(
        harness
            .query_by_label_contains("1 sales answer held back: they will show when 3 are in.")
            .is_some()
    );
    assert!(harness.query_by_label_contains(counts).is_some());
    assert!(harness.query_by_label_contains(gap).is_some());
    assert!(harness.query_by_label_contains("Latecomer").is_none());
    harness.snapshot("held_back_notice");
    let on_disk = load_workshop(&path).unwrap();
    assert_eq!((on_disk.responses.len(), on_disk.held.len()), (36, 1));

    // Two more sales answers: the three join the results together.
    start_participant_mode(&mut harness);
    participate(&mut harness, Function::Sales, 5, "Second late");
    click(&mut harness, "I am the next participant");
    participate(&mut harness, Function::Sales, 5, "Third late");
    leave_participant_mode(&mut harness, PIN);
    go_to(&mut harness, Stage::Reveal);
    assert!(
        harness
            .query_by_label_contains("25 sales and 14 product responses")
            .is_some()
    );
    assert!(harness.query_by_label_contains("held back").is_none());
    let on_disk = load_workshop(&path).unwrap();
    assert_eq!((on_disk.responses.len(), on_disk.held.len()), (39, 0));
}

/// Opens the room on 127.0.0.1 as a facilitator would (tests talk to this machine and
/// nothing else) and returns its join address.
fn open_room_on_loopback(harness: &mut Harness<'_, TandemApp>) -> String {
    harness.state_mut().state.handle(
        tandem::ui::RoomCommand::ChooseNetwork(std::net::Ipv4Addr::LOCALHOST.into()).into(),
    );
    harness.run();
    click(harness, "Open the room");
    harness
        .state()
        .state
        .open()
        .and_then(|open| open.room.open.as_ref())
        .map(|room| room.room.join_url().to_owned())
        .expect("the room is open")
}

#[test]
fn an_open_room_shows_its_code_and_counts_phones_and_leaving_capture_closes_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(folder.path(), None);
    harness.get_by_label("+ New workshop").click();
    harness.run();
    go_to(&mut harness, Stage::Capture);
    let url = open_room_on_loopback(&mut harness);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(
        harness
            .query_by_label(&format!("QR code for {url}"))
            .is_some()
    );
    assert!(
        harness.query_by_label(&url).is_some(),
        "the address is shown"
    );
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
        harness
            .state()
            .state
            .open()
            .unwrap()
            .workshop
            .responses
            .len()
            == 2
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
        responses_on_disk(&open_path(&harness)),
        2,
        "saved before the thanks"
    );

    click(&mut harness, "Present");
    assert!(harness.query_by_label("Answer on your phone").is_some());
    assert!(
        harness
            .query_by_label(&format!("QR code for {url}"))
            .is_some()
    );
    assert!(
        harness.query_by_label("Facilitator PIN").is_none(),
        "nothing else shows"
    );
    click(&mut harness, "⬅ Back");

    // Leaving Capture asks first: a phone still answering would lose its answers.
    harness.get_by_label_contains("4 Reveal").click();
    harness.run();
    assert!(harness.query_by_label("The room is still open").is_some());
    click(&mut harness, "Stay on Capture");
    assert_eq!(open_stage(&harness), Stage::Capture);
    assert!(harness.state().state.open().unwrap().room.open.is_some());
    harness.get_by_label_contains("4 Reveal").click();
    harness.run();
    click(&mut harness, "Close the room and go to Reveal");
    assert_eq!(open_stage(&harness), Stage::Reveal);
    assert!(harness.state().state.open().unwrap().room.open.is_none());
    let gone = ureq::get(&url).call();
    assert!(gone.is_err(), "the room no longer answers: {gone:?}");
}

#[test]
fn nothing_repaints_when_nothing_changes_and_a_countdown_ticks_once_a_second() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::example_path("2026-q1-northwind.ron"),
        folder.path().join("q1.ron"),
    )
    .unwrap();
    let mut harness = harness(folder.path(), None);
    harness.run();
    harness.step();
    assert_eq!(repaint_delay(&harness), Duration::MAX, "idle home repaints");

    harness
        .get_by_label("Open Sales & Product alignment, Q1 2026")
        .click();
    harness.run();
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
    assert!(
        harness.query_by_label_contains("⏱").is_some(),
        "the countdown shows"
    );
}

/// Snapshot images of every stage and of the kiosk, with an example workshop.
/// Create or update them with `UPDATE_SNAPSHOTS=1 cargo test --test app`.
#[test]
fn snapshots_of_every_stage() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("q1.ron");
    // Without time boxes: a countdown would make the images depend on the test's speed.
    let mut workshop = load_workshop(&common::example_path("2026-q1-northwind.ron")).unwrap();
    workshop.time_boxes.clear();
    tandem::storage::save_workshop(&path, &workshop).unwrap();
    let mut harness = harness(folder.path(), None);
    // The temporary folder's name differs on every run.
    let folder_label = harness.get_by_label_contains("Workshops in").rect();
    harness.mask(egui::Rect::from_min_size(
        folder_label.min,
        egui::vec2(1000.0, folder_label.height()),
    ));
    harness.snapshot("home");
    harness
        .get_by_label("Open Sales & Product alignment, Q1 2026")
        .click();
    harness.run();
    for stage in Stage::ALL {
        go_to(&mut harness, stage);
        harness.snapshot(format!("stage_{}_{}", stage.number(), stage.key()));
    }
    start_participant_mode(&mut harness);
    harness.snapshot("participant_welcome");
    click(&mut harness, "Product");
    harness.snapshot("participant_relationship");
}

/// Diagnose says, beside each verdict and on each finding, whether it holds whichever single
/// answer is left out: the second example's toxic verdict rests on two sales answers (each
/// carries the constant-friction share over 10%), the first example's on the group.
#[test]
fn diagnose_says_how_much_each_verdict_hinges_on_one_answer() {
    let folder = tempfile::tempdir().unwrap();
    let open_diagnose = |name: &str| {
        let path = folder.path().join(name);
        let mut workshop = load_workshop(&common::example_path(name)).unwrap();
        workshop.time_boxes.clear();
        tandem::storage::save_workshop(&path, &workshop).unwrap();
        let mut harness = harness(folder.path(), Some(path));
        go_to(&mut harness, Stage::Diagnose);
        harness
    };
    let holds = "Holds whichever single answer is left out.";

    let mut fragile = open_diagnose("2026-q2-northwind.ron");
    for words in [
        "Would change if any one of 2 of the 34 answers were left out: treat it as a question for the room, not a finding.",
        "Would change if any one of 2 of the 19 answers were left out: treat it as a question for the room, not a finding.",
        holds,
        "Hinges on single answers: it would not fire if any one of 2 of the 34 answers were left out; treat it as a question for the room, not a finding.",
    ] {
        assert!(fragile.query_by_label(words).is_some(), "{words}");
    }
    fragile.snapshot("diagnose_fragile");
    drop(fragile);

    let robust = open_diagnose("2026-q1-northwind.ron");
    assert_eq!(robust.query_all_by_label(holds).count(), 3);
    // Six findings fired on the group, and low trust on product's answers alone.
    assert_eq!(
        robust
            .query_all_by_label("Still fires whichever single answer is left out.")
            .count(),
        7
    );
    assert!(robust.query_by_label_contains("Would change").is_none());
    assert!(robust.query_by_label_contains("Hinges on").is_none());
}

#[test]
fn snapshot_of_a_comparison() {
    let folder = examples_folder();
    let mut library = self::harness(folder.path(), None);
    for quarter in ["Q1", "Q2", "Q3"] {
        click(
            &mut library,
            &format!("Compare Sales & Product alignment, {quarter} 2026"),
        );
    }
    click(&mut library, "Compare selected (3)");
    library.snapshot("compare");
}

#[test]
fn a_broken_rules_file_is_refused_and_the_workshop_keeps_its_rules() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("q3.ron");
    std::fs::copy(common::example_path("2026-q3-northwind.ron"), &path).unwrap();
    let mut harness = harness(folder.path(), Some(path.clone()));
    go_to(&mut harness, Stage::Setup);

    let broken = folder.path().join("broken-rules.ron");
    std::fs::write(
        &broken,
        include_str!("../../assets/rules/default.ron").replacen("weight: 3,", "weight: 9,", 1),
    )
    .unwrap();
    harness
        .state_mut()
        .state
        .handle(tandem::ui::WorkshopCommand::UseRulesFile(broken).into());
    harness.run();
    assert!(
        harness
            .query_by_label_contains("a weight of 9 is outside 1 to 5")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("keeps the rules it had")
            .is_some()
    );
    assert_eq!(
        harness.state().state.open().unwrap().rules.name,
        "Tandem default rules"
    );

    let strict = folder.path().join("strict-rules.ron");
    std::fs::write(
        &strict,
        include_str!("../../assets/rules/default.ron")
            .replace("name: \"Tandem default rules\"", "name: \"Strict rules\""),
    )
    .unwrap();
    harness
        .state_mut()
        .state
        .handle(tandem::ui::WorkshopCommand::UseRulesFile(strict).into());
    harness.run();
    let open = harness.state().state.open().unwrap();
    assert_eq!(open.rules.name, "Strict rules");
    assert_eq!(
        open.workshop.settings.rules_file.as_deref(),
        Some("strict-rules.ron")
    );
    click(&mut harness, "Save");
    let reopened = self::harness(folder.path(), Some(path));
    assert_eq!(
        reopened.state().state.open().unwrap().rules.name,
        "Strict rules"
    );

    // Responses are in, so the questionnaire can no longer change.
    let mut harness = reopened;
    harness
        .state_mut()
        .state
        .handle(tandem::ui::WorkshopCommand::UseDefaultQuestionnaire.into());
    harness.run();
    assert!(
        harness
            .query_by_label_contains("cannot change once responses are in")
            .is_some()
    );
}

#[test]
fn exports_and_imports_from_the_app() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("q1.ron");
    // A survey imported before the reveal counts at once (after it, see held_back tests).
    let mut workshop = load_workshop(&common::example_path("2026-q1-northwind.ron")).unwrap();
    workshop.revealed = false;
    tandem::storage::save_workshop(&path, &workshop).unwrap();
    let mut harness = harness(folder.path(), Some(path.clone()));
    assert_eq!(open_stage(&harness), Stage::Close);
    assert!(harness.query_by_label("Export HTML report…").is_some());
    assert!(harness.query_by_label("Export Markdown…").is_some());

    // The export runs on its own thread; the notice says when it is done.
    let html = folder.path().join("report.html");
    harness.state_mut().state.handle(
        tandem::ui::AppCommand::ExportTo(tandem::export::Format::Html, html.clone()).into(),
    );
    for _ in 0..200 {
        harness.step();
        if !harness.state().state.exporting {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("Exported {}", html.display()))
            .is_some()
    );
    assert!(std::fs::read_to_string(&html).unwrap().contains("<svg "));

    harness.get_by_label("Copy Markdown").click();
    harness.step();
    let copied = harness.output().platform_output.commands.iter().any(|command| {
        matches!(command, egui::OutputCommand::CopyText(text) if text.starts_with("# Sales & Product alignment, Q1 2026"))
    });
    assert!(copied, "the Markdown summary goes to the clipboard");

    go_to(&mut harness, Stage::Capture);
    assert!(
        harness
            .query_by_label("Import responses from CSV…")
            .is_some()
    );
    let before = load_workshop(&path).unwrap().responses.len();
    let bad = folder.path().join("bad.csv");
    std::fs::write(
        &bad,
        "function,relationship,personal\nsales,0,3\nproduct,1,6\n",
    )
    .unwrap();
    harness
        .state_mut()
        .state
        .handle(tandem::ui::WorkshopCommand::ImportCsv(bad).into());
    harness.run();
    assert!(
        harness
            .query_by_label_contains("row 3, column `personal`: \"6\" is not a rating")
            .is_some()
    );
    assert_eq!(
        load_workshop(&path).unwrap().responses.len(),
        before,
        "nothing imported"
    );
    let good = folder.path().join("good.csv");
    std::fs::write(
        &good,
        "function,relationship,personal\nsales,0,3\nproduct,mostly_aligned,\n",
    )
    .unwrap();
    harness
        .state_mut()
        .state
        .handle(tandem::ui::WorkshopCommand::ImportCsv(good).into());
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Imported 2 responses")
            .is_some()
    );
    assert_eq!(load_workshop(&path).unwrap().responses.len(), before + 2);
    assert!(
        harness.query_by_label_contains("23 responses").is_some(),
        "the counts follow"
    );
}

fn examples_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for name in [
        "2026-q1-northwind.ron",
        "2026-q2-northwind.ron",
        "2026-q3-northwind.ron",
    ] {
        std::fs::copy(common::example_path(name), folder.path().join(name)).unwrap();
    }
    folder
}

#[test]
fn the_library_lists_sorts_filters_and_compares() {
    let folder = examples_folder();
    std::fs::write(folder.path().join("zz-broken.ron"), "(format_version: 1,").unwrap();
    let mut harness = harness(folder.path(), None);
    for quarter in ["Q1", "Q2", "Q3"] {
        assert!(
            harness
                .query_by_label(&format!("Sales & Product alignment, {quarter} 2026"))
                .is_some()
        );
    }
    assert!(
        harness
            .query_by_label_contains("zz-broken.ron:1:")
            .is_some(),
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
    assert!(
        harness
            .query_by_label("Sales & Product alignment, Q1 2026")
            .is_none()
    );
    type_into(&mut harness, "Filter", "");

    click(&mut harness, "Compare Sales & Product alignment, Q1 2026");
    click(&mut harness, "Compare Sales & Product alignment, Q2 2026");
    click(&mut harness, "Compare selected (2)");
    assert!(harness.state().state.comparison().is_some());
    assert!(harness.query_by_label("Comparing 2 workshops").is_some());
    assert!(
        harness
            .query_by_label_contains("From 2026-02-12 to 2026-05-14")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Sales friction level 1.95 ➡ 1.16")
            .is_some(),
        "the change from one to the next"
    );
    assert!(
        harness
            .query_by_label("⚠ Festering (toxic in both): Constant friction")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Actions from 2026-02-12: 3 of 4 done")
            .is_some()
    );
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
