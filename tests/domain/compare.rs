//! Comparing workshops over time, on the bundled examples.

use crate::common;
use common::cli::{arg, tandem};
use common::{Q1, Q2, Q3, example, examples_to_compare, save_in};

use tandem::compare::Comparison;
use tandem::domain::Function;

const EXAMPLES: [&str; 3] = [
    "workshops/2026-q3-northwind.ron",
    "workshops/2026-q1-northwind.ron",
    "workshops/2026-q2-northwind.ron",
];

#[test]
fn the_text_comparison_puts_workshops_in_date_order_and_flags_festering() {
    let text = tandem(["compare", EXAMPLES[0], EXAMPLES[1], EXAMPLES[2]]).printed();
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
    let compared = tandem([
        "compare",
        EXAMPLES[0],
        EXAMPLES[1],
        EXAMPLES[2],
        "--format",
        "json",
    ]);
    assert!(compared.success(), "{}", compared.stderr);
    let json = compared.json();
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
    let mut q2 = example(Q2);
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
    let adapted = save_in(folder.path(), "q2-adapted.ron", &q2);

    let text = tandem(["compare", EXAMPLES[1], arg(&adapted)]).printed();
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
    let mut small = example(Q3);
    let kept: Vec<_> = small
        .responses
        .iter()
        .filter(|r| r.function == Function::Sales)
        .cloned()
        .collect();
    small.responses = kept.into();
    let path = save_in(folder.path(), "small.ron", &small);

    let compared = tandem(["compare", EXAMPLES[1], arg(&path), "--format", "json"]);
    assert!(compared.success(), "{}", compared.stderr);
    let json = compared.json();
    let below = &json["workshops"][1];
    assert_eq!(below["verdict"], "insufficient");
    assert_eq!(below["respondents"]["sales"], 21);
    assert_eq!(below["respondents"]["product"], 0);
    assert!(
        below["friction_level"]["sales"].is_null(),
        "no level below the floor"
    );
    assert!(below["perception_gap"].is_null());

    let text = tandem(["compare", EXAMPLES[1], arg(&path)]).stdout;
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
    tandem([
        "compare",
        EXAMPLES[0],
        EXAMPLES[1],
        EXAMPLES[2],
        "--format",
        "html",
        "--out",
        arg(&out),
    ])
    .printed();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<svg ") && html.contains("<polyline"));
    for forbidden in ["<script", "<link", "src=", "url(", "http:", "https:"] {
        assert!(!html.contains(forbidden), "found {forbidden}");
    }
    let md = tandem(["compare", EXAMPLES[1], EXAMPLES[2], "--format", "md"]);
    assert!(md.success() && md.stdout.starts_with("# Comparison of 2 workshops"));
}

#[test]
fn movers_are_the_largest_changes_of_shared_statements() {
    let comparison = Comparison::new(examples_to_compare(&[Q1, Q2]));
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
