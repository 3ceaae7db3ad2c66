//! Comparing workshops over time, on the bundled examples.

use crate::common;
use common::cli::{arg, tandem};
use common::small_sample::{five_and_five, five_and_five_seven_times};
use common::{Q1, Q2, Q3, example, examples_to_compare, save_in};
use std::path::PathBuf;

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
        text.contains("⚠ Festering (toxic in both): Constant friction"),
        "{text}"
    );
    assert!(text.contains("Actions from #1: 3 of 4 done"), "{text}");
    // Each change says whether it could be chance; only a likely real one is better or worse.
    for line in [
        "- Sales friction level: 1.95 → 1.16 (↓ -0.79, better: likely a real change)",
        "- Product friction level: 1.36 → 1.07 (-0.29, no clear change: could be chance with 14 and 15 answers)",
        "- Average for “Gets personal”: 3.58 → 2.71 (↓ -0.87, better: likely a real change)",
        "| 2 | 1.16 | 1.07 | +0.09 | -0.79 ↓ better | -0.29 (could be chance) | -0.51 (could be chance) |",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
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
    // Each step's changes carry their p-value and verdict.
    assert_eq!(json["chance_threshold"], 0.05);
    let step = &json["changes"][0];
    assert_eq!(
        (step["from"].as_str(), step["to"].as_str()),
        (Some("2026-02-12"), Some("2026-05-14"))
    );
    let sales = &step["friction_level"]["sales"];
    assert!(sales["p_value"].as_f64().unwrap() < 0.05, "{sales}");
    assert_eq!(sales["verdict"], "likely_real");
    assert_eq!(sales["method"], "exact");
    assert_eq!(sales["answers_before"], serde_json::json!([22]));
    assert_eq!(sales["better"], true);
    let product = &step["friction_level"]["product"];
    assert!(product["p_value"].as_f64().unwrap() >= 0.05, "{product}");
    assert_eq!(product["verdict"], "could_be_chance");
    assert!(product["better"].is_null());
    assert_eq!(
        step["perception_gap"]["answers_after"],
        serde_json::json!([19, 15])
    );
    assert_eq!(step["statements"].as_array().unwrap().len(), 10);
    assert_eq!(step["statements"][0]["statement"], "task_debate");
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

/// The third example (21 sales, 16 product answers) against five and five answers: each
/// team's friction level rose by half a point or more, yet with five answers a team that
/// could be chance (sales p = 0.18, product p = 0.10), so neither is called worse; product's
/// same rise with seven times the answers (35) is likely real (p = 0.012).
#[test]
fn five_and_five_answers_against_thirty_seven_could_be_chance() {
    let q3 = examples_to_compare(&[Q3]).remove(0);
    let rules = q3.2.clone();
    let small = (PathBuf::from("pulse.ron"), five_and_five(), rules.clone());
    let comparison = Comparison::new(vec![q3.clone(), small]);
    let changes = comparison.changes(1).unwrap();
    let sales = changes.level(Function::Sales).unwrap();
    assert_eq!(
        (sales.chance.before.clone(), sales.chance.after.clone()),
        (vec![21], vec![5])
    );
    assert!((sales.to - 1.4).abs() < 1e-9 && sales.difference() > 0.49);
    for (what, change) in [
        ("sales", sales),
        ("product", changes.level(Function::Product).unwrap()),
        ("gap", changes.gap.as_ref().unwrap()),
    ] {
        assert!(!change.chance.likely_real(), "{what}: {:?}", change.chance);
    }
    assert_eq!(changes.level_better(Function::Sales), None);
    assert_eq!(changes.gap_better(), None);
    for moved in &changes.statements {
        if !moved.chance.likely_real() {
            assert_eq!(comparison.is_better_move(moved), None, "{moved:?}");
        }
    }
    let text = tandem::compare::report::markdown(&comparison);
    for line in [
        "- Sales friction level: 0.90 → 1.40 (+0.50, no clear change: could be chance with 21 and 5 answers)",
        "- Perception gap: +0.28 → +0.20 (no clear change: could be chance with 21 + 16 and 5 + 5 answers)",
        "| 2 | 1.40 | 1.20 | +0.20 | +0.50 (could be chance) |",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }

    let large = (
        PathBuf::from("alignment.ron"),
        five_and_five_seven_times(),
        rules,
    );
    let comparison = Comparison::new(vec![q3, large]);
    let changes = comparison.changes(1).unwrap();
    let product = changes.level(Function::Product).unwrap();
    assert!((product.to - 1.2).abs() < 1e-9);
    assert!(product.chance.likely_real(), "{:?}", product.chance);
    assert_eq!(changes.level_better(Function::Product), Some(false));
    let text = tandem::compare::report::markdown(&comparison);
    assert!(
        text.contains(
            "- Product friction level: 0.62 → 1.20 (↑ +0.58, worse: likely a real change)"
        ),
        "{text}"
    );
}

/// From the first example to the third, sales' friction level fell by more than a point
/// (1.95 with 22 answers to 0.90 with 21): likely real, and better.
#[test]
fn a_large_shift_is_likely_real_and_better() {
    let comparison = Comparison::new(examples_to_compare(&[Q1, Q3]));
    let changes = comparison.changes(1).unwrap();
    let sales = changes.level(Function::Sales).unwrap();
    assert!(sales.difference() < -1.0);
    assert!(sales.chance.likely_real(), "{:?}", sales.chance);
    assert!(sales.chance.test.p_value < 0.001, "{:?}", sales.chance);
    assert_eq!(changes.level_better(Function::Sales), Some(true));
}

/// The same workshops give the same tests, to the last bit, whatever order they come in.
#[test]
fn the_chance_tests_are_the_same_every_run() {
    let first = Comparison::new(examples_to_compare(&[Q1, Q2, Q3]));
    let second = Comparison::new(examples_to_compare(&[Q3, Q1, Q2]));
    assert_eq!(first.changes, second.changes);
    let p_values = |comparison: &Comparison| -> Vec<u64> {
        comparison
            .changes
            .iter()
            .flat_map(|changes| {
                changes
                    .statements
                    .iter()
                    .map(|moved| moved.chance.test.p_value.to_bits())
            })
            .collect()
    };
    assert_eq!(p_values(&first), p_values(&second));
    assert_eq!(
        p_values(&first).len(),
        20,
        "ten statements in each of two steps"
    );
}
