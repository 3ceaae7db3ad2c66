//! Workshop files: round trips, canonical bytes, bad input, read-only folders, recovery.

use crate::common;
use common::{Q1, Q2, assert_says, folder_with_examples, write_in};

use std::path::{Path, PathBuf};

use tandem::domain::{Function, Rating, Relationship, Response, Workshop};
use tandem::i18n::Language;
use tandem::storage::{
    FileError, autosave_workshop, load_workshop, newer_recovery, recovery_path, save_workshop,
    workshop_to_ron,
};

fn response(function: Function, answer: Relationship, personal: u8, comment: &str) -> Response {
    let mut response = Response::new(function, answer);
    response
        .ratings
        .insert(String::from("personal"), Rating::new(personal).unwrap());
    response.sources.insert(String::from("pricing"));
    response.friction_comment = Some(comment.to_owned());
    response
}

fn sample_responses() -> Vec<Response> {
    vec![
        response(Function::Sales, Relationship::ConstantFriction, 5, "deals"),
        response(Function::Product, Relationship::MostlyAligned, 2, "pricing"),
        response(Function::Sales, Relationship::MostlyAligned, 3, "timing"),
        response(
            Function::Product,
            Relationship::CompletelyAligned,
            1,
            "fine",
        ),
        response(Function::Sales, Relationship::MostlyAligned, 3, "timing"),
    ]
}

fn workshop_with(responses: impl IntoIterator<Item = Response>) -> Workshop {
    let mut workshop = Workshop::new("Order test", "2026-03-01".parse().unwrap());
    for response in responses {
        workshop.add_response(response);
    }
    workshop
}

/// The sample workshop, saved in `folder` as `file`.
fn saved_sample(folder: &Path, file: &str) -> (PathBuf, Workshop) {
    let workshop = workshop_with(sample_responses());
    (common::save_in(folder, file, &workshop), workshop)
}

#[test]
fn the_same_answers_in_any_order_give_identical_files() {
    let forwards = workshop_with(sample_responses());
    let backwards = workshop_with(sample_responses().into_iter().rev());
    let mut shuffled_order = sample_responses();
    shuffled_order.swap(0, 3);
    shuffled_order.swap(1, 4);
    let shuffled = workshop_with(shuffled_order);

    let folder = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, workshop) in [
        ("a.ron", &forwards),
        ("b.ron", &backwards),
        ("c.ron", &shuffled),
    ] {
        let path = folder.path().join(name);
        save_workshop(&path, workshop).unwrap();
        files.push(std::fs::read(&path).unwrap());
    }
    assert_eq!(files[0], files[1]);
    assert_eq!(files[0], files[2]);
    // Loading a hand-reordered file also gives the canonical order back.
    assert_eq!(
        load_workshop(&folder.path().join("b.ron")).unwrap(),
        forwards
    );
}

#[test]
fn saving_twice_gives_identical_bytes() {
    let workshop = workshop_with(sample_responses());
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("twice.ron");
    save_workshop(&path, &workshop).unwrap();
    let first = std::fs::read(&path).unwrap();
    save_workshop(&path, &workshop).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    assert_eq!(
        String::from_utf8(first).unwrap(),
        workshop_to_ron(&workshop).unwrap()
    );
}

#[test]
fn files_indented_all_the_way_down_still_load() {
    // Earlier builds indented every level, one rating per line; layout never matters to
    // the parser, and this pins that such files keep loading to the same workshop.
    let workshop = common::demo::large_workshop(4, 30);
    let compact = workshop_to_ron(&workshop).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("indented.ron");
    // The same text with every `{…}` and `[…]` of one line spread over several lines.
    let spread = compact
        .replace(", \"", ",\n\"")
        .replace("{\"", "{\n\"")
        .replace("}", "\n}");
    assert!(spread.lines().count() > compact.lines().count() * 2);
    std::fs::write(&path, &spread).unwrap();
    assert_eq!(load_workshop(&path).unwrap(), workshop);
    assert!(
        compact.contains("ratings: {\""),
        "ratings are written on one line"
    );
}

#[test]
fn a_save_leaves_no_temporary_files_behind() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("clean.ron");
    for _ in 0..3 {
        save_workshop(&path, &workshop_with(sample_responses())).unwrap();
    }
    let names: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names, ["clean.ron"]);
}

#[test]
fn every_bad_file_gives_a_clear_error_and_no_panic() {
    let folder = tempfile::tempdir().unwrap();
    for bad in common::bad_workshop_files() {
        let path = write_in(folder.path(), &format!("{}.ron", bad.name), &bad.bytes);
        let error = load_workshop(&path).expect_err(bad.name);
        let message = error.to_string();
        assert_says(bad.name, &message, bad.message);
        assert_says(bad.name, &message, &path.display().to_string());
        assert_eq!(
            error.position().map(|(line, _)| line),
            bad.line,
            "{}: wrong position in: {message}",
            bad.name
        );
        if let Some(line) = bad.line {
            assert!(
                message.contains(&format!(":{line}:")),
                "{}: {message}",
                bad.name
            );
        }
    }
}

/// A file that is no workshop at all (a sentence, a note, a web page) is said to be none in
/// words, where its text starts; never with the program's own type names ("Expected struct
/// `VersionProbe` but found `This`"), in any language.
#[test]
fn text_that_is_not_a_workshop_is_said_in_words_with_its_position() {
    let folder = tempfile::tempdir().unwrap();
    for (name, text, line) in [
        ("sentence", "This is not a workshop", 1),
        (
            "note",
            "\n\n# Notes from the workshop\n\nAsk about pricing.",
            3,
        ),
        ("page", "<html><body>Workshop</body></html>", 1),
        ("number", "42 workshops", 1),
        (
            "other-name",
            "(format_version: 1, workshop: Meeting(title: \"x\"))",
            1,
        ),
        (
            "unknown-field",
            "(format_version: 1, workshop: (titel: \"x\"))",
            1,
        ),
    ] {
        let path = write_in(folder.path(), &format!("{name}.ron"), text);
        let error = load_workshop(&path).expect_err(name);
        for language in Language::ALL {
            let message = error.describe(language);
            for type_name in ["VersionProbe", "struct", "WorkshopFileIn", "`Workshop`"] {
                assert!(!message.contains(type_name), "{name}: {message}");
            }
            assert_says(name, &message, &format!("{name}.ron:{line}:"));
        }
        assert_eq!(error.position().map(|(at, _)| at), Some(line), "{name}");
    }
    let sentence = load_workshop(&folder.path().join("sentence.ron"))
        .unwrap_err()
        .to_string();
    assert_says(
        "sentence",
        &sentence,
        "sentence.ron:1:1: this is not a Tandem workshop: it does not start with a workshop's fields",
    );
    assert!(
        !sentence.contains("cut off"),
        "one line is not a cut: {sentence}"
    );
}

#[test]
fn unknown_keys_are_reported_together() {
    let text = common::example_text();
    let text = common::replace_after(&text, "responses:", "\"pricing\"", "\"prices\"");
    let text = common::replace_after(&text, "responses:", "\"trust\"", "\"trusst\"");
    let error = tandem::storage::parse_workshop(Path::new("x.ron"), &text).unwrap_err();
    let FileError::Invalid { problems, .. } = &error else {
        panic!("expected an invalid-content error, got {error}");
    };
    assert_eq!(problems.len(), 2, "{error}");
    assert!(
        error
            .to_string()
            .contains("`prices` is not a friction source")
    );
    assert!(error.to_string().contains("`trusst` is not a statement"));
}

/// Makes a folder that even root cannot write to: permission bits stop ordinary users, and
/// the immutable attribute stops root (CI runs as root).
struct ReadOnlyFolder {
    path: std::path::PathBuf,
    immutable: bool,
}

impl ReadOnlyFolder {
    fn new(path: &Path) -> Self {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o555)).unwrap();
        let mut folder = Self {
            path: path.to_path_buf(),
            immutable: false,
        };
        if std::fs::write(path.join("probe"), b"").is_ok() {
            std::fs::remove_file(path.join("probe")).unwrap();
            let status = std::process::Command::new("chattr")
                .arg("+i")
                .arg(path)
                .status();
            assert!(
                status.is_ok_and(|s| s.success()),
                "cannot make a read-only folder here: running as root and `chattr +i` failed"
            );
            folder.immutable = true;
        }
        folder
    }
}

impl Drop for ReadOnlyFolder {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt as _;
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.path)
                .status();
        }
        let _ = std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn saving_into_a_read_only_folder_fails_clearly_and_keeps_the_workshop() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut workshop) = saved_sample(folder.path(), "locked.ron");
    let on_disk = std::fs::read(&path).unwrap();

    workshop.add_response(response(
        Function::Product,
        Relationship::LackingAlignment,
        4,
        "new",
    ));
    let before = workshop.clone();
    let _lock = ReadOnlyFolder::new(folder.path());
    let error = save_workshop(&path, &workshop).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("could not save {}", path.display())),
        "{message}"
    );
    assert!(message.contains("creating a temporary file"), "{message}");
    assert_eq!(
        workshop, before,
        "a failed save must not touch the workshop in memory"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        on_disk,
        "the saved file must be unchanged"
    );
    assert!(autosave_workshop(&path, &workshop).is_err());
}

#[test]
fn autosave_writes_a_recovery_file_that_loading_notices() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut workshop) = saved_sample(folder.path(), "live.ron");
    assert_eq!(newer_recovery(&path), None);

    workshop.meta.title = String::from("Renamed but not saved");
    // File times can be coarse; make sure the recovery file is strictly newer.
    std::thread::sleep(std::time::Duration::from_millis(20));
    autosave_workshop(&path, &workshop).unwrap();
    let recovery = newer_recovery(&path).expect("the recovery file is newer");
    assert_eq!(recovery.path, recovery_path(&path));
    assert_eq!(
        load_workshop(&recovery.path).unwrap().meta.title,
        "Renamed but not saved"
    );
    assert_eq!(load_workshop(&path).unwrap().meta.title, "Order test");

    save_workshop(&path, &workshop).unwrap();
    assert!(
        !recovery_path(&path).exists(),
        "a save replaces the recovery file"
    );
    assert_eq!(newer_recovery(&path), None);
}

#[test]
fn a_recovery_without_a_saved_workshop_is_offered() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("never-saved.ron");
    autosave_workshop(&path, &workshop_with(sample_responses())).unwrap();
    assert!(newer_recovery(&path).is_some());
}

#[test]
fn scanning_reports_broken_files_without_failing() {
    let folder = folder_with_examples(&[Q1, Q2]);
    write_in(
        folder.path(),
        "broken.ron",
        "(format_version: 1, workshop: (",
    );
    write_in(folder.path(), "notes.txt", "not a workshop");
    autosave_workshop(
        &folder.path().join("x.ron"),
        &workshop_with(sample_responses()),
    )
    .unwrap();

    let scan = tandem::storage::scan(folder.path()).unwrap();
    let titles: Vec<_> = scan.workshops.iter().map(|w| w.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Sales & Product alignment, Q1 2026",
            "Sales & Product alignment, Q2 2026"
        ]
    );
    assert_eq!(scan.workshops[0].sales, 22);
    assert_eq!(scan.workshops[0].product, 14);
    assert_eq!(scan.unreadable.len(), 1);
    assert!(scan.unreadable[0].to_string().contains("broken.ron:1:"));
}

#[test]
fn the_default_questionnaire_file_loads() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/questionnaires/default.ron");
    let questionnaire = tandem::storage::load_questionnaire(&path).unwrap();
    assert_eq!(
        questionnaire,
        tandem::domain::Questionnaire::default_questionnaire()
    );
}

#[test]
fn a_file_cut_anywhere_says_it_is_truncated() {
    let text = common::example_text();
    let mut rng = tandem::domain::SplitMix64::new(5);
    for _ in 0..200 {
        let mut cut = 1 + rng.below(text.len() - 60);
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        let truncated = &text[..cut];
        if truncated.trim().is_empty() || truncated.trim_end().ends_with("//") {
            continue;
        }
        let error = tandem::storage::parse_workshop(Path::new("cut.ron"), truncated)
            .expect_err("a truncated workshop never loads");
        let message = error.to_string();
        assert!(
            message.contains("cut off") || message.contains("not a Tandem workshop"),
            "cut at byte {cut}: {message}"
        );
        assert!(
            error.position().is_some() || message.contains("not a Tandem workshop"),
            "{message}"
        );
    }
}
