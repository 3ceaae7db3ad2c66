//! Nothing the facilitator has is lost: a window and the command line on one workshop, two
//! windows on one workshop, typing that never pauses, imports after the reveal, a folder
//! that cannot be written, and a conflict put to the facilitator.

use std::path::Path;
use std::time::Duration;

use crate::common;
use common::app::{App, app_on, click, go_to, mentions, send, shows, type_after, type_into};
use common::cli::{arg, tandem};
use common::{Q2, example, folder_with_example, responses_in, save_in, write_in};
use tandem::clock::ManualClock;
use tandem::domain::{Agreement, Function, NoteKey, Relationship, Stage, Workshop};
use tandem::storage::{load_workshop, lock_path, recovery_path, save_workshop};
use tandem::ui::state::command::{Edit, WorkshopCommand};

fn app(folder: &Path, open: &Path) -> App {
    app_on(folder).opening(open.to_path_buf()).start()
}

/// Eight answers added to the file at `path` behind the app's back, as a sync tool or
/// another program without Tandem's lock would.
fn eight_answers_elsewhere(path: &Path) {
    let mut workshop = load_workshop(path).unwrap();
    for trust in [1, 2, 3, 4] {
        for function in Function::ALL {
            let response = common::respond(
                function,
                Relationship::MostlyAligned,
                &[("trust", trust)],
                &[],
            );
            workshop.add_response(response);
        }
    }
    save_workshop(path, &workshop).unwrap();
}

#[test]
fn an_open_window_never_writes_fewer_answers_than_the_file_has() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut harness = app(folder.path(), &path);
    assert_eq!(responses_in(&path), 34);

    // `tandem import --into` while the app has it open: refused, and it says why.
    let csv = write_in(
        folder.path(),
        "add.csv",
        "function,relationship,trust\nSales,mostly_aligned,4\nProduct,mostly_aligned,2\n",
    );
    let ran = tandem(["import", arg(&csv), "--into", arg(&path)]);
    assert!(!ran.success());
    assert!(
        ran.stderr.contains("is open in another Tandem window"),
        "{}",
        ran.stderr
    );
    assert_eq!(responses_in(&path), 34);

    // A sync tool, which knows no lock, adds eight answers; Save keeps them.
    eight_answers_elsewhere(&path);
    send(
        &mut harness,
        Edit::SetNote {
            finding: NoteKey::Overall,
            note: String::from("Tense start"),
        },
    );
    click(&mut harness, "Save");
    assert!(mentions(
        &harness,
        "those changes were kept: 8 answers added"
    ));
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.responses.len(), 42);
    assert_eq!(saved.notes[&NoteKey::Overall], "Tense start");
    assert_eq!(
        harness
            .state()
            .state
            .open()
            .unwrap()
            .workshop
            .responses
            .len(),
        42
    );

    // A mere stage change writes through the same check.
    eight_answers_elsewhere(&path);
    go_to(&mut harness, Stage::Close);
    assert_eq!(responses_in(&path), 50);
    assert_eq!(load_workshop(&path).unwrap().stage, Stage::Close);
}

#[test]
fn a_second_window_is_told_and_neither_loses_what_the_other_saved() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut first = app(folder.path(), &path);
    let mut second = app(folder.path(), &path);
    assert!(mentions(
        &second,
        "This workshop is open in another Tandem window on this computer"
    ));
    assert!(shows(&second, "read-only"));
    assert!(!second.state().state.open().unwrap().writable());

    // The second window changes nothing while it only reads.
    let agreements = load_workshop(&path).unwrap().agreements.len();
    send(&mut second, Edit::AddAgreement);
    assert!(mentions(
        &second,
        "take it over (in the header) to change it"
    ));
    assert_eq!(
        second
            .state()
            .state
            .open()
            .unwrap()
            .workshop
            .agreements
            .len(),
        agreements
    );
    go_to(&mut second, Stage::Agree);
    assert_eq!(
        load_workshop(&path).unwrap().stage,
        Stage::Close,
        "moving wrote nothing"
    );

    // The first saves an agreement; the second takes over, reading it afresh.
    send(&mut first, Edit::AddAgreement);
    send(
        &mut first,
        Edit::SetAgreementText(agreements, String::from("Weekly sync")),
    );
    click(&mut first, "Save");
    click(&mut second, "Take over");
    assert!(mentions(&second, "This window has the workshop now"));
    let taken = &second.state().state.open().unwrap().workshop;
    assert_eq!(taken.agreements[agreements].text, "Weekly sync");

    // The second adds its own; the first can no longer write over it, and says so.
    send(&mut second, Edit::AddAgreement);
    send(
        &mut second,
        Edit::SetAgreementText(agreements + 1, String::from("Shared roadmap review")),
    );
    click(&mut second, "Save");
    go_to(&mut first, Stage::Diagnose);
    assert!(shows(&first, "read-only"));
    let saved = load_workshop(&path).unwrap();
    assert_eq!(
        saved.agreements[agreements..]
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>(),
        ["Weekly sync", "Shared roadmap review"]
    );
    drop(first);
    assert!(
        lock_path(&path).exists(),
        "the first window's going leaves the second's lock"
    );
    drop(second);
    assert!(!lock_path(&path).exists());
}

#[test]
fn typing_that_never_pauses_reaches_the_recovery_file_and_a_restart_restores_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(
        folder.path(),
        "w.ron",
        &Workshop::new("Q", "2026-03-01".parse().unwrap()),
    );
    let clock = ManualClock::default();
    let mut harness = app_on(folder.path())
        .opening(path.clone())
        .clock(&clock)
        .start();
    type_into(&mut harness, "Title", "Q");
    let recovery = recovery_path(&path);
    // 30 seconds of typing, a key every 1.2 s: never the 2-second pause.
    let mut last_written = 0.0;
    let mut longest_wait: f64 = 0.0;
    let mut seen = String::new();
    for key in 1..=25 {
        clock.advance(Duration::from_millis(1_200));
        type_after(&mut harness, "Title", "x");
        let now = f64::from(key) * 1.2;
        let held = load_workshop(&recovery)
            .map(|w| w.meta.title)
            .unwrap_or_default();
        if held != seen {
            seen = held;
            longest_wait = longest_wait.max(now - last_written);
            last_written = now;
        }
    }
    longest_wait = longest_wait.max(30.0 - last_written);
    assert!(!seen.is_empty(), "no recovery file in 30 s of typing");
    assert!(
        longest_wait <= 10.0,
        "the recovery file waited {longest_wait:.1} s"
    );

    // Killed: no exit hook runs. The restart names what the recovery file holds.
    drop(harness);
    let mut restarted = app_on(folder.path())
        .opening(path.clone())
        .clock(&clock)
        .start();
    assert!(mentions(
        &restarted,
        "Unsaved changes from an earlier session are in"
    ));
    assert!(mentions(&restarted, ": the title."));
    click(&mut restarted, "Restore them");
    assert!(mentions(
        &restarted,
        "Restored the unsaved changes: the title."
    ));
    assert_eq!(
        restarted.state().state.open().unwrap().workshop.meta.title,
        seen
    );
}

#[test]
fn an_import_after_the_reveal_waits_like_a_latecomers_phone_answer() {
    let folder = tempfile::tempdir().unwrap();
    let mut revealed = example(Q2);
    revealed.revealed = true;
    let path = save_in(folder.path(), "w.ron", &revealed);
    let mut harness = app(folder.path(), &path);
    let csv = write_in(
        folder.path(),
        "late.csv",
        "function,relationship,trust\nSales,mostly_aligned,5\nSales,constant_friction,1\n",
    );
    send(&mut harness, WorkshopCommand::ImportCsv(csv));
    let said = harness.state().state.notice.clone().unwrap();
    assert!(said.text().starts_with("Imported 2 responses"), "{said:?}");
    assert!(
        said.text().contains("2 sales answers are held back"),
        "{said:?}"
    );
    click(&mut harness, "Dismiss");
    assert_eq!(
        responses_in(&path),
        34,
        "the results count what they counted"
    );
    assert_eq!(load_workshop(&path).unwrap().held_back(Function::Sales), 2);
    go_to(&mut harness, Stage::Reveal);
    assert!(mentions(
        &harness,
        "2 sales answers are held back until there are 3 to show together."
    ));
}

#[test]
fn a_folder_that_cannot_be_written_says_so_and_offers_a_copy_elsewhere() {
    let outer = tempfile::tempdir().unwrap();
    let folder = outer.path().join("synced");
    std::fs::create_dir(&folder).unwrap();
    let path = save_in(&folder, "w.ron", &example(Q2));
    let mut harness = app(outer.path(), &path);
    assert!(shows(&harness, "saved"));
    // The folder goes (an unplugged drive, a sync tool's rename) with the workshop open.
    std::fs::remove_dir_all(&folder).unwrap();
    send(
        &mut harness,
        Edit::SetNote {
            finding: NoteKey::Overall,
            note: String::from("Kept"),
        },
    );
    click(&mut harness, "Save");
    assert!(shows(&harness, "not saved: the folder is gone"));
    assert!(shows(&harness, "Save a copy elsewhere…"));

    let elsewhere = outer.path().join("w-copy.ron");
    send(&mut harness, WorkshopCommand::SaveCopyTo(elsewhere.clone()));
    assert!(mentions(&harness, "this window goes on there"));
    assert!(shows(&harness, "saved"));
    assert_eq!(
        load_workshop(&elsewhere).unwrap().notes[&NoteKey::Overall],
        "Kept"
    );
    assert_eq!(harness.state().state.open().unwrap().path, elsewhere);
}

#[test]
fn a_conflict_is_the_facilitators_choice_and_a_copy_keeps_both() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut harness = app(folder.path(), &path);
    go_to(&mut harness, Stage::Setup);
    type_into(&mut harness, "Title", "Mine");
    let mut elsewhere = load_workshop(&path).unwrap();
    elsewhere.meta.title = String::from("Theirs");
    elsewhere.agreements.push(Agreement {
        text: String::from("Theirs too"),
        finding: None,
    });
    save_workshop(&path, &elsewhere).unwrap();

    click(&mut harness, "Save");
    assert!(shows(&harness, "The file was changed elsewhere"));
    assert!(mentions(
        &harness,
        "in the same places as this window: the title."
    ));
    assert_eq!(
        load_workshop(&path).unwrap().meta.title,
        "Theirs",
        "nothing written yet"
    );
    click(&mut harness, "Save mine as a copy");
    assert!(!shows(&harness, "The file was changed elsewhere"));
    let copy = folder.path().join("w-my-copy.ron");
    assert!(mentions(&harness, "Saved as"));
    assert_eq!(load_workshop(&copy).unwrap().meta.title, "Mine");
    assert_eq!(load_workshop(&path).unwrap().meta.title, "Theirs");
    let theirs = load_workshop(&path).unwrap();
    assert_eq!(theirs.agreements.last().unwrap().text, "Theirs too");
}

#[test]
fn undoing_an_import_keeps_what_arrived_from_elsewhere_since() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut harness = app(folder.path(), &path);
    go_to(&mut harness, Stage::Capture);
    let csv = write_in(
        folder.path(),
        "two.csv",
        "function,relationship,trust\nSales,mostly_aligned,4\nProduct,lacking_alignment,2\n",
    );
    // Q2 is revealed: the two wait, held back, and the undo must take them out of there.
    send(&mut harness, WorkshopCommand::ImportCsv(csv));
    assert_eq!(load_workshop(&path).unwrap().held.len(), 2);
    // A sync tool adds eight answers; a save merges them in before the undo.
    eight_answers_elsewhere(&path);
    click(&mut harness, "Save");
    assert_eq!(responses_in(&path), 42);

    assert!(shows(&harness, "Undo the import of two.csv (2 answers)"));
    send(&mut harness, WorkshopCommand::UndoImport);
    assert!(mentions(&harness, "Took the import of"));
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.responses.len(), 42, "the eight from elsewhere stay");
    assert!(saved.held.is_empty(), "the import's two are gone");
    assert!(saved.imports.is_empty());
    assert_eq!(saved.stage, Stage::Capture);
}

#[test]
fn a_window_taken_over_while_editing_keeps_its_edits_and_can_take_them_back() {
    let (folder, path) = folder_with_example(Q2, "w.ron");
    let mut first = app(folder.path(), &path);
    send(
        &mut first,
        Edit::SetNote {
            finding: NoteKey::Overall,
            note: String::from("Typed in the first window"),
        },
    );
    let mut second = app(folder.path(), &path);
    click(&mut second, "Take over");
    send(&mut second, Edit::SetFacilitator(String::from("Sam")));
    click(&mut second, "Save");

    // The first window learns it on its next write, and keeps its edit in memory.
    click(&mut first, "Save");
    assert!(shows(&first, "read-only"));
    assert!(shows(&first, "Save a copy elsewhere…"));
    assert!(first.state().state.open().unwrap().dirty);
    // Taking it back lays its edit over what the second saved.
    drop(second);
    click(&mut first, "Take over");
    assert!(mentions(
        &first,
        "its unsaved changes were laid over what the other window saved"
    ));
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.notes[&NoteKey::Overall], "Typed in the first window");
    assert_eq!(saved.meta.facilitator, "Sam");
}
