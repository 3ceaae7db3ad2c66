//! The command line, run as a user would run it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::{Command, Output};

fn tandem(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn help_describes_every_command() {
    let output = tandem(&["--help"]);
    assert!(output.status.success());
    let help = stdout(&output);
    for command in ["open", "check", "list", "--workshops"] {
        assert!(help.contains(command), "--help lacks {command}:\n{help}");
    }
}

#[test]
fn check_accepts_the_examples_and_the_default_questionnaire() {
    let output = tandem(&[
        "check",
        "workshops/2026-q1-northwind.ron",
        "workshops/2026-q2-northwind.ron",
        "workshops/2026-q3-northwind.ron",
        "assets/questionnaires/default.ron",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(
        out.lines().filter(|line| line.starts_with("ok: ")).count(),
        4,
        "{out}"
    );
    assert!(out.contains("22 sales and 14 product responses"), "{out}");
}

#[test]
fn check_exits_1_with_one_message_per_bad_file() {
    let folder = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for bad in common::bad_workshop_files() {
        // A questionnaire is a valid file of another kind; `check` rightly accepts it.
        if bad.name == "questionnaire-given-as-workshop" {
            continue;
        }
        let path = folder.path().join(format!("{}.ron", bad.name));
        std::fs::write(&path, &bad.bytes).unwrap();

        let single = tandem(&["check", path.to_str().unwrap()]);
        assert_eq!(
            single.status.code(),
            Some(1),
            "{}: {}",
            bad.name,
            stderr(&single)
        );
        assert!(
            stderr(&single).contains(bad.message),
            "{}: {}",
            bad.name,
            stderr(&single)
        );
        paths.push(path);
    }
    let mut args = vec!["check", "workshops/2026-q1-northwind.ron"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    let all = tandem(&args);
    assert_eq!(all.status.code(), Some(1));
    let errors = stderr(&all);
    assert_eq!(
        errors
            .lines()
            .filter(|line| line.starts_with("error: "))
            .count(),
        paths.len(),
        "{errors}"
    );
    assert_eq!(
        stdout(&all).lines().count(),
        1,
        "the good file is still reported ok"
    );
}

#[test]
fn list_json_prints_one_object_per_workshop() {
    let output = tandem(&["list", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let listed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 3);
    assert_eq!(listed[0]["title"], "Sales & Product alignment, Q1 2026");
    assert_eq!(listed[0]["organisation"], "Northwind Analytics");
    assert_eq!(listed[0]["date"], "2026-02-12");
    assert_eq!(listed[0]["sales"], 22);
    assert_eq!(listed[0]["product"], 14);
    assert_eq!(listed[0]["stage"], "close");
    assert_eq!(listed[2]["stage"], "agree");
}

#[test]
fn list_reports_unreadable_files_and_still_lists_the_rest() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::example_path("2026-q2-northwind.ron"),
        folder.path().join("q2.ron"),
    )
    .unwrap();
    std::fs::write(folder.path().join("bad.ron"), "(format_version: 1,").unwrap();
    let output = tandem(&["list", "--workshops", folder.path().to_str().unwrap()]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("Sales & Product alignment, Q2 2026"));
    assert!(stdout(&output).contains("2026-05-14"));
    assert!(
        stderr(&output).contains("bad.ron:1:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn open_refuses_a_broken_file_before_opening_a_window() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("broken.ron");
    std::fs::write(&path, "(format_version: 1, workshop: (meta: (").unwrap();
    let output = tandem(&["open", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("broken.ron:1:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    let output = tandem(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("frobnicate"));
}
