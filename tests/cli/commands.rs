//! The command line, run as a user would run it.

use crate::common;
use common::cli::{arg, command, run, tandem};
use common::{Q2, example_below_the_floor, folder_with_file, save_in, write_in};

#[test]
fn help_describes_every_command() {
    let help = tandem(["--help"]).printed();
    for command in ["open", "check", "list", "--workshops"] {
        assert!(help.contains(command), "--help lacks {command}:\n{help}");
    }
}

#[test]
fn check_accepts_the_examples_and_the_default_questionnaire() {
    let out = tandem([
        "check",
        "workshops/2026-q1-northwind.ron",
        "workshops/2026-q2-northwind.ron",
        "workshops/2026-q3-northwind.ron",
        "assets/questionnaires/default.ron",
    ])
    .printed();
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
        let path = write_in(folder.path(), &format!("{}.ron", bad.name), &bad.bytes);
        let single = tandem(["check", arg(&path)]);
        assert_eq!(single.code(), Some(1), "{}: {}", bad.name, single.stderr);
        assert!(
            single.stderr.contains(bad.message),
            "{}: {}",
            bad.name,
            single.stderr
        );
        paths.push(path);
    }
    let mut args = vec!["check", "workshops/2026-q1-northwind.ron"];
    args.extend(paths.iter().map(|p| arg(p)));
    let all = tandem(args);
    assert_eq!(all.code(), Some(1));
    let errors = &all.stderr;
    assert_eq!(
        errors
            .lines()
            .filter(|line| line.starts_with("error: "))
            .count(),
        paths.len(),
        "{errors}"
    );
    assert_eq!(
        all.stdout.lines().count(),
        1,
        "the good file is still reported ok"
    );
}

#[test]
fn list_json_prints_one_object_per_workshop() {
    let listed = tandem(["list", "--json"]);
    assert!(listed.success(), "{}", listed.stderr);
    let listed = listed.json();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 3);
    assert_eq!(listed[0]["title"], "Sales & Product alignment, Q1 2026");
    assert_eq!(listed[0]["organisation"], "Northwind Analytics");
    assert_eq!(listed[0]["date"], "2026-02-12");
    assert_eq!(listed[0]["sales"], 22);
    assert_eq!(listed[0]["product"], 14);
    assert_eq!(listed[0]["stage"], "close");
    assert_eq!(listed[2]["stage"], "agree");
    assert_eq!(listed[0]["verdict"], "toxic");
    assert_eq!(listed[2]["verdict"], "healthy");
}

#[test]
fn list_reports_unreadable_files_and_still_lists_the_rest() {
    let folder = tempfile::tempdir().unwrap();
    common::copy_example(folder.path(), Q2, "q2.ron");
    write_in(folder.path(), "bad.ron", "(format_version: 1,");
    let output = tandem(["list", "--workshops", arg(folder.path())]);
    assert!(output.success());
    assert!(output.stdout.contains("Sales & Product alignment, Q2 2026"));
    assert!(output.stdout.contains("2026-05-14"));
    assert!(output.stderr.contains("bad.ron:1:"), "{}", output.stderr);
}

#[test]
fn open_refuses_a_broken_file_before_opening_a_window() {
    let (_folder, path) = folder_with_file("broken.ron", "(format_version: 1, workshop: (meta: (");
    let output = tandem(["open", arg(&path)]);
    assert_eq!(output.code(), Some(1));
    assert!(output.stderr.contains("broken.ron:1:"), "{}", output.stderr);
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    let output = tandem(["frobnicate"]);
    assert_eq!(output.code(), Some(2));
    assert!(output.stderr.contains("frobnicate"));
}

#[test]
fn classify_json_is_stable_for_scripts() {
    let output = tandem(["classify", "workshops/2026-q1-northwind.ron", "--json"]);
    assert!(output.success(), "{}", output.stderr);
    let json = output.json();
    assert_eq!(json["verdict"], "toxic");
    assert_eq!(json["respondents"]["sales"], 22);
    assert_eq!(json["respondents"]["product"], 14);
    assert!(json["perception_gap"].is_f64());
    for scope in ["overall", "sales", "product"] {
        let of = &json["scopes"][scope];
        for key in [
            "verdict",
            "healthy_weight",
            "toxic_weight",
            "friction_level",
            "relationship_shares",
            "means",
            "fired",
            "flips_when_one_left_out",
            "robust",
        ] {
            assert!(!of[key].is_null(), "scopes.{scope}.{key} missing");
        }
        // The first example's verdicts stand on the group (tests/leave_one_out.rs has
        // hand-computed fragile ones).
        assert_eq!(of["flips_when_one_left_out"], 0);
        assert_eq!(of["robust"], true);
        for fired in of["fired"].as_array().unwrap() {
            assert!(fired["robust"].is_boolean(), "{fired}");
        }
        let shares = of["relationship_shares"].as_object().unwrap();
        let total: f64 = shares.values().map(|v| v.as_f64().unwrap()).sum();
        assert!((total - 1.0).abs() < 1e-9);
        assert_eq!(shares.len(), 4);
        assert!(shares.contains_key("constant_friction"));
        assert_eq!(of["means"].as_object().unwrap().len(), 10);
    }
    let fired = json["scopes"]["overall"]["fired"].as_array().unwrap();
    assert!(
        fired.iter().any(|f| f["rule"] == "personal_conflict"
            && f["signal"] == "toxic"
            && f["weight"] == 3)
    );
    let toxic: u64 = fired
        .iter()
        .filter(|f| f["signal"] == "toxic")
        .map(|f| f["weight"].as_u64().unwrap())
        .sum();
    assert_eq!(json["scopes"]["overall"]["toxic_weight"], toxic);

    let improved = tandem(["classify", "workshops/2026-q3-northwind.ron", "--json"]);
    assert_eq!(improved.json()["verdict"], "healthy");
}

#[test]
fn classify_below_the_floor_shows_only_counts() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "small.ron", &example_below_the_floor());

    let json = tandem(["classify", arg(&path), "--json"]).json();
    assert_eq!(json["verdict"], "insufficient");
    assert_eq!(json["respondents"]["product"], 2);
    assert!(json["perception_gap"].is_null());
    for scope in ["overall", "sales", "product"] {
        let of = &json["scopes"][scope];
        assert_eq!(of["verdict"], "insufficient");
        assert!(of["friction_level"].is_null());
        assert!(of["relationship_shares"].is_null());
        assert!(of["means"].is_null());
        assert_eq!(of["fired"].as_array().unwrap().len(), 0);
        assert!(of["flips_when_one_left_out"].is_null());
        assert!(of["robust"].is_null());
    }
    let human = tandem(["classify", arg(&path)]).stdout;
    assert!(human.contains("Results are withheld"), "{human}");
    assert!(human.contains("product 1 more"), "{human}");
    assert!(!human.contains('%'), "no shares below the floor: {human}");
}

#[test]
fn classify_prints_verdicts_fired_rules_and_the_benchmark() {
    let text = tandem(["classify", "workshops/2026-q1-northwind.ron"]).printed();
    assert!(text.contains("Verdict: ⚠ TOXIC"), "{text}");
    assert!(
        text.contains("Sales' average for “Gets personal” is 3.71, at or above 3.50"),
        "{text}"
    );
    assert!(
        text.contains("Study (2014)") && text.contains("23.70%"),
        "{text}"
    );
}

#[test]
fn classify_uses_a_rules_file_and_rejects_a_broken_one() {
    let folder = tempfile::tempdir().unwrap();
    // Make every workshop toxic: a dysfunction share of 0% or more always holds.
    let text = include_str!("../../assets/rules/default.ron")
        .replace("threshold: 0.50", "threshold: 0.0")
        .replace("name: \"Tandem default rules\"", "name: \"Strict rules\"");
    let rules = write_in(folder.path(), "strict-rules.ron", text);
    let classify = |json: &[&str]| {
        let args = [
            "classify",
            "workshops/2026-q3-northwind.ron",
            "--rules",
            arg(&rules),
        ];
        tandem(args.iter().chain(json))
    };
    let json = classify(&["--json"]).json();
    assert_eq!(json["rules"], "Strict rules");
    let fired = json["scopes"]["overall"]["fired"].as_array().unwrap();
    assert!(fired.iter().any(|f| f["rule"] == "dysfunction_share"));

    std::fs::write(&rules, "(name: \"x\", rules: [").unwrap();
    let output = classify(&[]);
    assert_eq!(output.code(), Some(1));
    assert!(
        output.stderr.contains("strict-rules.ron:1:"),
        "{}",
        output.stderr
    );
}

/// `tandem classify F | head -3` must not end in a panic once `head` has read enough.
#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    for args in [
        &["classify", "workshops/2026-q1-northwind.ron"][..],
        &["check", "workshops/2026-q1-northwind.ron"],
        &[
            "export",
            "workshops/2026-q1-northwind.ron",
            "--format",
            "md",
        ],
        &["list"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        // Closed before the command starts: its first write meets a pipe nobody reads.
        drop(reader);
        let mut piped = command(args);
        piped.stdout(writer);
        let output = run(piped);
        assert!(
            output.success(),
            "{args:?}: {:?}\n{}",
            output.status,
            output.stderr
        );
        assert_eq!(output.stderr, "", "{args:?}");
    }
}

/// `tandem export --format pdf` writes the PDF report to `--out`, or to standard output
/// when that is a pipe; the same workshop gives the same bytes.
#[test]
fn export_writes_a_pdf_to_a_file_or_a_pipe() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("report.pdf");
    let file = common::example_path(common::Q1);
    let written = tandem(["export", arg(&file), "--format", "pdf", "--out", arg(&out)]);
    assert!(written.success(), "{}", written.stderr);
    assert_eq!(written.stdout, "");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let piped = command(["export", arg(&file), "--format", "pdf"])
        .output()
        .unwrap();
    assert!(piped.status.success());
    assert_eq!(
        piped.stdout, bytes,
        "the same report either way, byte for byte"
    );
}

/// A file that is not there is said once, with the system's reason once: not the reason
/// again as the error's cause.
#[test]
fn a_missing_file_is_said_once_with_its_reason_once() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("nosuch.ron");
    for command in ["open", "classify", "check"] {
        let ran = tandem([command, arg(&missing)]);
        assert!(!ran.success(), "{command}");
        let said = ran.stderr.trim_end();
        assert_eq!(said.lines().count(), 1, "{command}: {said}");
        assert!(
            said.contains("nosuch.ron: cannot read the file: "),
            "{said}"
        );
        // The system's reason ("No such file or directory (os error 2)") ends the line, once.
        let reason = said.rsplit(": ").next().unwrap_or_default();
        assert!(reason.contains("os error"), "{said}");
        assert_eq!(said.matches(reason).count(), 1, "{command}: {said}");
    }
}
