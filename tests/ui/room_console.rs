//! The room stays open across the stages, its network is kept with the workshop, the counts
//! add up with answers held back, and the PIN is typed twice before participant mode.

use crate::common;
use common::app::{
    App, PIN, app_on, click, go_to, in_participant_mode, leave_participant_mode, mentions,
    open_room_on_loopback, open_workshop, send, shows, step_until, type_into,
};
use common::phone::Phone;
use common::{Q1, folder_with_example, respond, save_in, workshop_of};

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};

use tandem::domain::{Function, Questionnaire, Relationship, Stage};
use tandem::storage::{load_workshop, save_workshop};
use tandem::ui::RoomCommand;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// Tall enough that every stage is drawn whole.
fn app(folder: &Path, open: Option<PathBuf>) -> App {
    app_on(folder).size(1280.0, 1100.0).opening(open).start()
}

/// The join address of the open room, if it is open.
fn room_url(app: &App) -> Option<String> {
    let open = app.state().state.open().unwrap();
    open.room
        .open
        .as_ref()
        .map(|room| room.room.join_url().to_owned())
}

#[test]
fn the_room_stays_open_across_stages_and_a_late_phone_answer_is_held_back() {
    // Q1 is revealed: 22 sales and 14 product answers count; 24 and 16 were expected.
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    let mut app = app(folder.path(), Some(path.clone()));
    assert!(open_workshop(&app).revealed);
    go_to(&mut app, Stage::Capture);
    let url = open_room_on_loopback(&mut app);

    // On Reveal the room still serves the same address, and says so.
    go_to(&mut app, Stage::Reveal);
    assert_eq!(room_url(&app).as_deref(), Some(url.as_str()));
    assert!(mentions(
        &app,
        &format!("The room is open: phones can still answer at {url} (36 answers so far).")
    ));

    // A latecomer's phone answers there while Reveal is on screen.
    let questionnaire = Questionnaire::default_questionnaire();
    let mut late = common::phone::answers(5, 1, &questionnaire).remove(0);
    late.function = Function::Sales;
    let phone = {
        let (url, questionnaire) = (url.clone(), questionnaire.clone());
        std::thread::Builder::new()
            .name(String::from("late phone"))
            .spawn(move || Phone::new(&url).answer(&late, &questionnaire))
            .unwrap()
    };
    step_until(&mut app, "the late phone's answer", |app| {
        open_workshop(app).held_back(Function::Sales) == 1
    });
    let pages = phone.join().unwrap();
    assert!(
        pages
            .last()
            .unwrap()
            .html
            .contains("Thank you! Your answers are saved.")
    );
    // Held back: the results the room saw do not move by one person.
    assert!(mentions(&app, "22 sales and 14 product responses"));
    assert!(mentions(
        &app,
        "1 sales answer is held back until there are 3 to show together."
    ));
    let on_disk = load_workshop(&path).unwrap();
    assert_eq!((on_disk.responses.len(), on_disk.held.len()), (36, 1));

    // Diagnose and back: the same address still answers a new phone.
    go_to(&mut app, Stage::Diagnose);
    assert_eq!(room_url(&app).as_deref(), Some(url.as_str()));
    let another = Phone::new(&url).get();
    assert_eq!(another.status, 200, "{}", another.html);
    assert_eq!(another.step().as_deref(), Some("team"));
    go_to(&mut app, Stage::Capture);
    assert_eq!(room_url(&app).as_deref(), Some(url.as_str()));
    assert!(shows(&app, &url), "Capture shows the same address");

    // Capture counts every answer given, the held one too, and says what waits.
    assert!(shows(
        &app,
        "23 responses of 24 expected · 1 held back until 3 are in"
    ));
    assert!(shows(&app, "14 responses of 16 expected"));
}

#[test]
fn the_network_chosen_is_kept_with_the_workshop() {
    let folder = tempfile::tempdir().unwrap();
    let mut app = app_on(folder.path())
        .size(1280.0, 1100.0)
        .start_on_a_new_workshop();
    go_to(&mut app, Stage::Capture);
    send(&mut app, RoomCommand::ChooseNetwork(LOOPBACK));
    let path = common::app::open_path(&app);
    common::app::home(&mut app);
    drop(app);
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.settings.room_network.as_deref(), Some("127.0.0.1"));

    // Reopened, the room would open where it did.
    let mut app = self::app(folder.path(), Some(path.clone()));
    let open = app.state().state.open().unwrap();
    assert_eq!(open.room.chosen, Some(LOOPBACK));
    assert_eq!(open.room.bind_address(), Some(LOOPBACK));
    assert_eq!(open.room.missing, None);
    common::app::home(&mut app);
    drop(app);

    // A network that is gone (an address reserved for documentation, never on a machine):
    // the default is chosen, and the panel says why.
    let mut gone = load_workshop(&path).unwrap();
    gone.settings.room_network = Some(String::from("203.0.113.7"));
    save_workshop(&path, &gone).unwrap();
    let mut app = self::app(folder.path(), Some(path));
    let open = app.state().state.open().unwrap();
    assert_eq!(open.room.chosen, None);
    assert_eq!(open.room.missing.as_deref(), Some("203.0.113.7"));
    go_to(&mut app, Stage::Capture);
    assert!(mentions(
        &app,
        "The network this workshop used last time (203.0.113.7) is not here now: the default network is chosen instead."
    ));
    // Choosing one again is kept, and the panel no longer speaks of the missing one.
    send(&mut app, RoomCommand::ChooseNetwork(LOOPBACK));
    assert!(!mentions(&app, "203.0.113.7"));
    assert_eq!(
        open_workshop(&app).settings.room_network.as_deref(),
        Some("127.0.0.1")
    );
}

#[test]
fn files_without_a_network_choice_save_as_they_did() {
    let (_folder, path) = folder_with_example(Q1, "q1.ron");
    let before = std::fs::read_to_string(&path).unwrap();
    assert!(!before.contains("room_network"));
    save_workshop(&path, &load_workshop(&path).unwrap()).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn the_reveal_gate_names_who_is_still_missing_against_the_headcount() {
    let folder = tempfile::tempdir().unwrap();
    let sales = (0..5).map(|_| respond(Function::Sales, Relationship::MostlyAligned, &[], &[]));
    let product = (0..6).map(|_| respond(Function::Product, Relationship::MostlyAligned, &[], &[]));
    let mut workshop = workshop_of(sales.chain(product));
    workshop.meta.expected.sales = 6;
    workshop.meta.expected.product = 6;
    workshop.stage = Stage::Reveal;
    let path = save_in(folder.path(), "gate.ron", &workshop);
    let app = app(folder.path(), Some(path));
    assert!(shows(&app, "The results are ready"));
    assert!(shows(
        &app,
        "Sales: 5 of 6 expected people have answered (1 still missing)"
    ));
    assert!(shows(&app, "Product: 6 answered of 6 expected"));
    assert!(!mentions(&app, "The room is open"), "no room was opened");
}

#[test]
fn the_pin_is_typed_twice_and_must_match_before_participant_mode() {
    let folder = tempfile::tempdir().unwrap();
    let mut app = app_on(folder.path()).start_on_a_new_workshop();
    go_to(&mut app, Stage::Capture);
    type_into(&mut app, "Facilitator PIN", PIN);
    click(&mut app, "Start participant mode…");
    assert!(mentions(&app, "Type the PIN a second time to confirm it."));
    assert!(!shows(&app, "Does a projector show this screen?"));

    type_into(&mut app, "PIN again", "2469");
    assert!(
        !mentions(&app, "Type the PIN a second time"),
        "typing clears the complaint"
    );
    click(&mut app, "Start participant mode…");
    assert!(mentions(
        &app,
        "The two PINs differ: type the same PIN in both fields."
    ));
    assert!(!shows(&app, "Does a projector show this screen?"));
    assert!(!in_participant_mode(&app));

    type_into(&mut app, "PIN again", PIN);
    assert!(!mentions(&app, "The two PINs differ"));
    click(&mut app, "Start participant mode…");
    click(&mut app, "No projector shows it: start");
    assert!(in_participant_mode(&app));

    // Back on Capture, neither field remembers the PIN.
    leave_participant_mode(&mut app, PIN);
    assert!(!in_participant_mode(&app));
    let open = app.state().state.open().unwrap();
    assert!(open.pin_draft.pin.is_empty() && open.pin_draft.again.is_empty());
}
