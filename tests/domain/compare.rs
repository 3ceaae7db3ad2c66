//! Comparing workshops over time, on the bundled examples.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::process::Command;

use tandem::compare::Comparison;
use tandem::domain::Function;
use tandem::rules::RuleSet;
use tandem::storage::{load_workshop, save_workshop};

fn tandem(args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const EXAMPLES: [&str; 3] = [
    "workshops/2026-q3-northwind.ron",
    "workshops/2026-q1-northwind.ron",
    "workshops/2026-q2-northwind.ron",
];

#[test]
fn the_text_comparison_puts_workshops_in_date_order_and_flags_festering() {
    let (ok, text, errors) = tandem(&["compare", EXAMPLES[0], EXAMPLES[1], EXAMPLES[2]]);
    assert!(ok, "{errors}");
    let q1 = text.find("| 1 | 2026-02-12 |").unwrap();
    let q2 = text.find("| 2 | 2026-05-14 |").unwrap();
    let q3 = text.find("| 3 | 2026-08-20 |").unwrap();
    assert!(q1 < q2 && q2 < q3);
    assert!(text.contains("- Verdict: ⚠ Toxic → ✔ Healthy"), "{text}");
    assert!(
        text.contains("⚠ **Festering** (toxic in both): Constant friction"),
        "{text}"
    );
    assert!(text.contains("Actions from #1: 3 of 4 done"), "{text}");
    assert!(text.contains("☐ Run a blameless review of the Contoso escalation"));
}

#[test]
fn the_json_comparison_is_stable_for_scripts() {
    let (ok, text, errors) = tandem(&[
        "compare",
        EXAMPLES[0],
        EXAMPLES[1],
        EXAMPLES[2],
        "--format",
        "json",
    ]);
    assert!(ok, "{errors}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let workshops = json["workshops"].as_array().unwrap();
    let dates: Vec<_> = workshops
        .iter()
        .map(|w| w["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-02-12", "2026-05-14", "2026-08-20"]);
    let verdicts: Vec<_> = workshops
        .iter()
        .map(|w| w["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["toxic", "toxic", "healthy"]);
    assert_eq!(workshops[0]["file"], EXAMPLES[1]);
    assert!(
        workshops[0]["friction_level"]["sales"].as_f64().unwrap()
            > workshops[2]["friction_level"]["sales"].as_f64().unwrap()
    );
    assert!(workshops[0]["perception_gap"].is_f64());
    assert_eq!(workshops[0]["festering"].as_array().unwrap().len(), 0);
    assert_eq!(
        workshops[1]["festering"],
        serde_json::json!(["constant_friction"])
    );
    assert_eq!(json["left_out"].as_array().unwrap().len(), 0);
}

#[test]
fn different_questionnaires_compare_what_they_share_and_say_what_was_left_out() {
    let folder = tempfile::tempdir().unwrap();
    let mut q2 = load_workshop(&common::example_path("2026-q2-northwind.ron")).unwrap();
    // An adapted questionnaire without `horizons` and with a new statement.
    q2.questionnaire.statements.retain(|s| s.key != "horizons");
    q2.questionnaire
        .statements
        .push(tandem::domain::questionnaire::Statement {
            key: String::from("shared_metrics"),
            label: String::from("Shared metrics"),
            text: String::from("We share metrics that both teams own."),
            measures: String::from("shared metrics"),
        });
    let kept: Vec<_> = q2
        .responses
        .iter()
        .cloned()
        .map(|mut r| {
            r.ratings.remove("horizons");
            r
        })
        .collect();
    q2.responses = kept.into();
    let adapted = folder.path().join("q2-adapted.ron");
    save_workshop(&adapted, &q2).unwrap();

    let (ok, text, errors) = tandem(&["compare", EXAMPLES[1], adapted.to_str().unwrap()]);
    assert!(ok, "{errors}");
    assert!(
        text.contains("Left out: Room for the quarter, Shared metrics."),
        "{text}"
    );
    assert!(
        !text.contains("Average for “Room for the quarter”"),
        "a left-out statement is never compared: {text}"
    );
}

#[test]
fn a_workshop_below_the_floor_takes_part_with_counts_only() {
    let folder = tempfile::tempdir().unwrap();
    let mut small = load_workshop(&common::example_path("2026-q3-northwind.ron")).unwrap();
    let kept: Vec<_> = small
        .responses
        .iter()
        .filter(|r| r.function == Function::Sales)
        .cloned()
        .collect();
    small.responses = kept.into();
    let path = folder.path().join("small.ron");
    save_workshop(&path, &small).unwrap();

    let (ok, text, errors) = tandem(&[
        "compare",
        EXAMPLES[1],
        path.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(ok, "{errors}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let below = &json["workshops"][1];
    assert_eq!(below["verdict"], "insufficient");
    assert_eq!(below["respondents"]["sales"], 21);
    assert_eq!(below["respondents"]["product"], 0);
    assert!(
        below["friction_level"]["sales"].is_null(),
        "no level below the floor"
    );
    assert!(below["perception_gap"].is_null());

    let (_, text, _) = tandem(&["compare", EXAMPLES[1], path.to_str().unwrap()]);
    assert!(
        text.contains("Workshop 2 is below the anonymity floor: only its counts are compared.")
    );
    assert!(
        text.contains(
            "| 2 | 2026-08-20 | Sales & Product alignment, Q3 2026 | 21 | 0 | … Too few responses"
        ),
        "{text}"
    );
}

#[test]
fn html_and_markdown_comparisons_are_self_contained() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("compare.html");
    let (ok, _, errors) = tandem(&[
        "compare",
        EXAMPLES[0],
        EXAMPLES[1],
        EXAMPLES[2],
        "--format",
        "html",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{errors}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<svg ") && html.contains("<polyline"));
    for forbidden in ["<script", "<link", "src=", "url(", "http:", "https:"] {
        assert!(!html.contains(forbidden), "found {forbidden}");
    }
    let (ok, md, _) = tandem(&["compare", EXAMPLES[1], EXAMPLES[2], "--format", "md"]);
    assert!(ok && md.starts_with("# Comparison of 2 workshops"));
}

#[test]
fn movers_are_the_largest_changes_of_shared_statements() {
    let workshops = ["2026-q1-northwind.ron", "2026-q2-northwind.ron"]
        .map(|name| {
            let path = common::example_path(name);
            let workshop = load_workshop(&path).unwrap();
            (path, workshop, RuleSet::default_rules())
        })
        .to_vec();
    let comparison = Comparison::new(workshops);
    let movers = comparison.movers(1, 10);
    assert_eq!(movers.len(), 10);
    for pair in movers.windows(2) {
        assert!(pair[0].change().abs() >= pair[1].change().abs());
    }
    assert!(
        comparison.movers(0, 3).is_empty(),
        "nothing moves into the first workshop"
    );
}
