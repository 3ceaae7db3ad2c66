//! The file on disk is the truth: three-way merges of a workshop, checked writes that keep
//! what was changed elsewhere, the lock beside the file, and imports as one door.

use std::path::Path;

use crate::common::cli::{arg, tandem};
use crate::common::{Q2, blank_workshop, example, respond, save_in, workshop_of, write_in};
use tandem::domain::{
    ActionItem, Agreement, Function, NoteKey, Relationship, Response, Side, Workshop, WorkshopPart,
    changes, merge,
};
use tandem::storage::{
    DiskCopy, Holder, Locking, NotWritten, Program, WorkshopLock, Written, holder_path,
    load_workshop, lock_path, save_workshop,
};

fn answer(function: Function, trust: u8) -> Response {
    respond(
        function,
        Relationship::MostlyAligned,
        &[("trust", trust)],
        &[],
    )
}

/// Three sales and three product answers, so the floor is reached.
fn base() -> Workshop {
    workshop_of([1, 2, 3].into_iter().flat_map(|trust| {
        [
            answer(Function::Sales, trust),
            answer(Function::Product, trust),
        ]
    }))
}

fn agreement(text: &str) -> Agreement {
    Agreement {
        text: text.to_owned(),
        finding: None,
    }
}

#[test]
fn answers_added_on_both_sides_are_all_kept_and_one_sided_changes_are_taken() {
    let base = base();
    let mut mine = base.clone();
    mine.agreements
        .push(agreement("Raise pricing questions in the weekly sync"));
    mine.meta.title = String::from("Q2 alignment");
    mine.stage = tandem::domain::Stage::Agree;
    let mut theirs = base.clone();
    // Eight answers from a survey file, one of them the same as an answer already in.
    for trust in [1, 2, 3, 4] {
        theirs.add_response(answer(Function::Sales, trust));
        theirs.add_response(answer(Function::Product, trust));
    }
    theirs
        .agreements
        .push(agreement("Product joins one customer call a month"));
    theirs
        .notes
        .insert(NoteKey::Overall, String::from("Tense start"));

    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(
        merged.responses.len(),
        6 + 8,
        "every answer, duplicates included"
    );
    assert_eq!(merged.respondents(Function::Sales), 7);
    assert_eq!(merged.meta.title, "Q2 alignment");
    assert_eq!(
        merged.stage,
        tandem::domain::Stage::Agree,
        "where this window is"
    );
    assert_eq!(
        merged
            .agreements
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>(),
        [
            "Raise pricing questions in the weekly sync",
            "Product joins one customer call a month"
        ]
    );
    assert_eq!(merged.notes[&NoteKey::Overall], "Tense start");
    assert_eq!(
        changes(&base, &theirs),
        [
            WorkshopPart::AnswersAdded(8),
            WorkshopPart::Notes,
            WorkshopPart::Agreements
        ]
    );
}

#[test]
fn both_sides_changing_the_same_part_is_a_conflict_named_in_words() {
    let mut base = base();
    base.agreements.push(agreement("Weekly sync"));
    base.actions.push(ActionItem::default());
    let mut mine = base.clone();
    mine.agreements[0].text = String::from("Weekly sync, 30 minutes");
    mine.meta.title = String::from("Mine");
    let mut theirs = base.clone();
    theirs.agreements[0].text = String::from("Fortnightly sync");
    theirs.meta.title = String::from("Theirs");
    // The same change on both sides is no conflict.
    mine.meta.organisation = String::from("Northwind");
    theirs.meta.organisation = String::from("Northwind");

    let conflicts = merge(&base, &mine, &theirs).unwrap_err();
    assert_eq!(conflicts, [WorkshopPart::Title, WorkshopPart::Agreements]);
    assert_eq!(
        WorkshopPart::list(&conflicts, tandem::i18n::Language::English),
        "the title, the agreements"
    );
}

#[test]
fn held_answers_from_both_sides_join_once_they_make_a_group_together() {
    let mut base = base();
    base.revealed = true;
    let mut mine = base.clone();
    mine.submit([answer(Function::Sales, 5)]).unwrap();
    let mut theirs = base.clone();
    theirs
        .submit([answer(Function::Sales, 4), answer(Function::Sales, 2)])
        .unwrap();
    assert_eq!(
        (
            mine.held_back(Function::Sales),
            theirs.held_back(Function::Sales)
        ),
        (1, 2)
    );

    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.held_back(Function::Sales), 0);
    assert_eq!(merged.respondents(Function::Sales), 3 + 3);
}

#[test]
fn a_checked_save_keeps_what_the_command_line_added_meanwhile() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    let (mut mine, mut disk) = DiskCopy::read(&path).unwrap();

    // Another program adds eight answers behind this copy's back.
    let mut elsewhere = load_workshop(&path).unwrap();
    for trust in [1, 2, 3, 4] {
        elsewhere.add_response(answer(Function::Sales, trust));
        elsewhere.add_response(answer(Function::Product, trust));
    }
    save_workshop(&path, &elsewhere).unwrap();

    // This side only changed stage: the write keeps the eight and says so.
    mine.stage = tandem::domain::Stage::Close;
    let written = disk.save(&mut mine).unwrap();
    assert_eq!(
        written,
        Written::Merged(vec![WorkshopPart::AnswersAdded(8)])
    );
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.responses.len(), 14);
    assert_eq!(saved.stage, tandem::domain::Stage::Close);
    assert_eq!(mine, saved, "the window now shows what the file holds");

    // Nothing changed since: the next write is plain.
    mine.meta.title = String::from("Renamed");
    assert_eq!(disk.save(&mut mine).unwrap(), Written::Plainly);
}

/// A workshop file, this side's copy with the title and an agreement changed, and the
/// file then changed elsewhere: its title too, and eight answers added.
fn clashing_titles(folder: &Path) -> (std::path::PathBuf, Workshop, DiskCopy) {
    let path = save_in(folder, "w.ron", &base());
    let (mut mine, disk) = DiskCopy::read(&path).unwrap();
    let mut elsewhere = load_workshop(&path).unwrap();
    elsewhere.meta.title = String::from("Theirs");
    for trust in [1, 2, 3, 4] {
        elsewhere.add_response(answer(Function::Sales, trust));
        elsewhere.add_response(answer(Function::Product, trust));
    }
    save_workshop(&path, &elsewhere).unwrap();
    mine.meta.title = String::from("Mine");
    mine.agreements.push(agreement("Weekly sync"));
    (path, mine, disk)
}

#[test]
fn a_conflict_writes_nothing_until_the_facilitator_decides() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut mine, mut disk) = clashing_titles(folder.path());
    let theirs_bytes = std::fs::read(&path).unwrap();
    let Err(NotWritten::Conflict(conflict)) = disk.save(&mut mine) else {
        panic!("a conflict was written over");
    };
    assert_eq!(conflict.parts, [WorkshopPart::Title]);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        theirs_bytes,
        "the file as they left it"
    );
    assert_eq!(
        mine.meta.title, "Mine",
        "and this side's change kept in memory"
    );
}

#[test]
fn keeping_one_side_decides_only_what_clashed_and_keeps_the_rest_of_both() {
    for (side, title) in [(Side::Mine, "Mine"), (Side::Theirs, "Theirs")] {
        let folder = tempfile::tempdir().unwrap();
        let (path, mut mine, mut disk) = clashing_titles(folder.path());
        assert!(disk.save(&mut mine).is_err());
        disk.save_preferring(&mut mine, side).unwrap();
        let saved = load_workshop(&path).unwrap();
        assert_eq!(saved.meta.title, title, "{side:?}");
        assert_eq!(
            saved.responses.len(),
            14,
            "{side:?}: the answers from elsewhere stay"
        );
        assert_eq!(
            saved.agreements.len(),
            1,
            "{side:?}: this side's agreement stays"
        );
        assert_eq!(mine, saved, "{side:?}");
        // Later writes build on it.
        mine.meta.organisation = String::from("Northwind");
        assert_eq!(disk.save(&mut mine).unwrap(), Written::Plainly);
    }
}

#[test]
fn answers_released_on_both_sides_are_counted_once_and_a_reveal_is_never_undercut() {
    let mut base = base();
    base.revealed = true;
    base.submit([answer(Function::Sales, 5), answer(Function::Sales, 4)])
        .unwrap();
    assert_eq!(base.held_back(Function::Sales), 2);
    // Each side takes one more sales answer: each releases all three.
    let mut mine = base.clone();
    mine.submit([answer(Function::Sales, 1)]).unwrap();
    let mut theirs = base.clone();
    theirs.submit([answer(Function::Sales, 2)]).unwrap();
    assert_eq!(mine.respondents(Function::Sales), 6);
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(
        merged.respondents(Function::Sales),
        3 + 4,
        "four answers, each once"
    );
    assert_eq!(merged.held_back(Function::Sales), 0);

    // A side that had not seen the reveal counted an answer at once: after the merge it
    // waits, as any answer after a reveal does.
    let unrevealed = self::base();
    let mut revealing = unrevealed.clone();
    revealing.revealed = true;
    let mut late = unrevealed.clone();
    late.submit([answer(Function::Product, 5)]).unwrap();
    assert_eq!(late.respondents(Function::Product), 4);
    let merged = merge(&unrevealed, &revealing, &late).unwrap();
    assert!(merged.revealed);
    assert_eq!(merged.respondents(Function::Product), 3);
    assert_eq!(merged.held_back(Function::Product), 1);
}

#[test]
fn a_file_broken_elsewhere_is_never_written_over_silently() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    let (mut mine, mut disk) = DiskCopy::read(&path).unwrap();
    write_in(
        folder.path(),
        "w.ron",
        "(format_version: 1, workshop: (meta: (",
    );
    mine.meta.title = String::from("Mine");
    let Err(NotWritten::Conflict(conflict)) = disk.save(&mut mine) else {
        panic!("a broken file was written over");
    };
    assert!(conflict.theirs.is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(format_version: 1, workshop: (meta: ("
    );
    // "Keep mine" is the facilitator's own word; "keep theirs" has nothing to keep.
    assert!(disk.save_preferring(&mut mine, Side::Theirs).is_err());
    disk.save_preferring(&mut mine, Side::Mine).unwrap();
    assert_eq!(load_workshop(&path).unwrap().meta.title, "Mine");
}

#[test]
fn a_new_file_never_replaces_one_that_appeared_under_its_name() {
    let folder = tempfile::tempdir().unwrap();
    let taken = save_in(
        folder.path(),
        "taken.ron",
        &blank_workshop("Someone else's"),
    );
    let mut mine = blank_workshop("Mine");
    let mut disk = DiskCopy::unwritten(&taken, &mine);
    assert!(matches!(disk.save(&mut mine), Err(NotWritten::Conflict(_))));
    assert_eq!(load_workshop(&taken).unwrap().meta.title, "Someone else's");
}

fn holder(program: Program) -> Holder {
    Holder::this_process(program, "2026-03-01T09:00:00Z".parse().unwrap())
}

fn acquire(path: &Path, program: Program) -> Locking {
    WorkshopLock::acquire(path, holder(program)).unwrap()
}

#[test]
fn one_writer_at_a_time_and_the_second_is_told_who() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    let Locking::Acquired(first, None) = acquire(&path, Program::App) else {
        panic!("a free workshop was not locked");
    };
    let Locking::HeldBy(Some(holder)) = acquire(&path, Program::Import) else {
        panic!("a held workshop was locked twice");
    };
    assert_eq!(holder.program, Program::App);
    assert_eq!(holder.process, std::process::id());
    let said = holder.describe(tandem::i18n::Language::English);
    assert!(
        said.starts_with("another Tandem window on this computer, since "),
        "{said}"
    );

    drop(first);
    assert!(
        !lock_path(&path).exists(),
        "closing lets go and leaves no lock file"
    );
    assert!(matches!(
        acquire(&path, Program::App),
        Locking::Acquired(_, None)
    ));
}

#[test]
fn a_lock_left_by_a_crash_is_recognised_and_taken_over() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    // What a killed process leaves: its files, with nobody holding the lock.
    let Locking::Acquired(crashed, None) = acquire(&path, Program::Room) else {
        panic!("not locked");
    };
    let left = std::fs::read(holder_path(&path)).unwrap();
    drop(crashed);
    std::fs::write(holder_path(&path), left).unwrap();

    let Locking::Acquired(_lock, Some(previous)) = acquire(&path, Program::App) else {
        panic!("a stale lock was not taken over");
    };
    assert_eq!(previous.program, Program::Room);
}

#[test]
fn a_takeover_is_seen_by_the_window_that_had_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    let Locking::Acquired(first, None) = acquire(&path, Program::App) else {
        panic!("not locked");
    };
    assert!(first.check().is_ok());
    let second = WorkshopLock::take_over(&path, holder(Program::App)).unwrap();
    assert_eq!(first.check(), Err(second.holder().clone()));
    // The first window closing does not remove the second's files, and the second then
    // holds the lock itself: the command line is still refused.
    drop(first);
    assert!(holder_path(&path).exists());
    // Before the second even noticed: its holder still runs, so nobody takes it for a crash.
    let Locking::HeldBy(Some(holder)) = acquire(&path, Program::Room) else {
        panic!("a running taker was taken for a crash");
    };
    assert_eq!(&holder, second.holder());
    assert!(second.check().is_ok());
    let Locking::HeldBy(Some(holder)) = acquire(&path, Program::Import) else {
        panic!("a workshop taken over was free for the command line");
    };
    assert_eq!(&holder, second.holder());
}

#[test]
fn a_holder_on_another_computer_is_never_taken_for_a_crash() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    // What a synced folder brings from the other laptop: its holder file, not its lock.
    let Locking::Acquired(there, None) = acquire(&path, Program::App) else {
        panic!("not locked");
    };
    let text = std::fs::read_to_string(holder_path(&path)).unwrap();
    drop(there);
    let computer = holder(Program::App).computer;
    let elsewhere = text.replace(
        &format!("computer: \"{computer}\""),
        "computer: \"LAPTOP-7\"",
    );
    assert_ne!(elsewhere, text);
    std::fs::write(holder_path(&path), elsewhere).unwrap();
    let Locking::HeldBy(Some(other)) = acquire(&path, Program::Import) else {
        panic!("another computer's holder was taken for a crash");
    };
    assert_eq!(other.computer, "LAPTOP-7");
}

#[test]
fn the_command_line_refuses_a_workshop_open_elsewhere_and_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    let csv = write_in(
        folder.path(),
        "more.csv",
        "function,relationship,trust\nSales,mostly_aligned,4\n",
    );
    let Locking::Acquired(_window, None) = acquire(&path, Program::App) else {
        panic!("not locked");
    };
    let before = std::fs::read(&path).unwrap();
    let ran = tandem(["import", arg(&csv), "--into", arg(&path)]);
    assert!(!ran.success());
    assert!(
        ran.stderr
            .contains("is open in another Tandem window on this computer"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("nothing was changed"), "{}", ran.stderr);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_import_after_the_reveal_is_held_back_and_the_results_do_not_move() {
    let folder = tempfile::tempdir().unwrap();
    let mut revealed = example(Q2);
    revealed.revealed = true;
    let path = save_in(folder.path(), "w.ron", &revealed);
    let before = tandem(["classify", arg(&path), "--json"]).json();
    // Two sales answers: fewer than the floor of three, so they wait.
    let csv = write_in(
        folder.path(),
        "late.csv",
        "function,relationship,trust\nSales,mostly_aligned,5\nSales,constant_friction,1\n",
    );
    let ran = tandem(["import", arg(&csv), "--into", arg(&path)]);
    assert!(ran.success(), "{}", ran.stderr);
    assert!(
        ran.stdout
            .contains("The results were already revealed, so 2 answers are held back."),
        "{}",
        ran.stdout
    );
    let after = tandem(["classify", arg(&path), "--json"]).json();
    assert_eq!(after["held_back"]["sales"], 2);
    assert_eq!(
        after["respondents"]["sales"], 19,
        "the results count what they counted"
    );
    assert_eq!(after["respondents"], before["respondents"]);
    assert_eq!(after["scopes"], before["scopes"]);
    assert_eq!(load_workshop(&path).unwrap().held_back(Function::Sales), 2);
}

#[test]
fn a_restored_recovery_keeps_what_the_file_gained_since_and_the_command_line_leaves_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "w.ron", &base());
    // A window's unsaved work, left by a crash: a new title and a note.
    let mut recovered = base();
    recovered.meta.title = String::from("Renamed before the crash");
    recovered
        .notes
        .insert(NoteKey::Overall, String::from("Tense start"));
    tandem::storage::autosave_workshop(&path, &recovered).unwrap();
    let recovery = tandem::storage::recovery_path(&path);

    // The command line adds answers meanwhile, and leaves the recovery file for the app.
    let csv = write_in(
        folder.path(),
        "more.csv",
        "function,relationship,trust\nSales,mostly_aligned,4\nProduct,mostly_aligned,2\n",
    );
    let ran = tandem(["import", arg(&csv), "--into", arg(&path)]);
    assert!(ran.success(), "{}", ran.stderr);
    assert!(
        recovery.exists(),
        "the command line removed a window's unsaved work"
    );

    let file = load_workshop(&path).unwrap();
    let restored = tandem::domain::restore(&file, &recovered);
    assert_eq!(restored.meta.title, "Renamed before the crash");
    assert_eq!(restored.notes[&NoteKey::Overall], "Tense start");
    assert_eq!(
        restored.responses.len(),
        8,
        "the two answers imported since stay"
    );
    assert_eq!(restored.imports.len(), 1);
}

#[test]
fn a_rules_file_outside_the_workshops_folder_is_refused_and_said() {
    let folder = tempfile::tempdir().unwrap();
    for name in ["../x.ron", "/etc/passwd", "sub/../../x.ron"] {
        let mut workshop = base();
        workshop.settings.rules_file = Some(name.to_owned());
        let path = save_in(folder.path(), "w.ron", &workshop);
        let error = tandem::storage::rules_for_workshop(&path, &workshop).unwrap_err();
        let said = error.describe(tandem::i18n::Language::English);
        assert!(
            said.contains("is not in the workshop's folder"),
            "{name}: {said}"
        );
        assert!(said.contains(name), "{said}");
    }
    // Beside the workshop, as before.
    std::fs::write(
        folder.path().join("strict.ron"),
        include_str!("../../assets/rules/default.ron"),
    )
    .unwrap();
    let mut workshop = base();
    workshop.settings.rules_file = Some(String::from("strict.ron"));
    let path = save_in(folder.path(), "w.ron", &workshop);
    assert!(tandem::storage::rules_for_workshop(&path, &workshop).is_ok());
}
