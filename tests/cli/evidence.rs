//! `tandem classify` says what made each rule fire (for an *or*, the branch that held) and
//! what stopped a rule that nearly fired; `--json` keeps every comparison, each marked with
//! whether it held and whether it is what the text shows.

use crate::common;
use common::cli::{arg, tandem};
use common::evidence::{
    DECIDES_SHORT, GAP_HELD, GAP_NOT, PRODUCT_CONSTANT, SALES_CONSTANT, SETTLE_HELD,
    one_true_branch,
};
use common::save_in;

use serde_json::{Value, json};

#[test]
fn classify_says_only_the_branch_that_held() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "branch.ron", &one_true_branch());
    let text = tandem(["classify", arg(&path)]).printed();
    let overall = text
        .split("Fired rules, overall:")
        .nth(1)
        .and_then(|rest| rest.split("Fired rules, sales:").next())
        .unwrap();
    for shown in [SALES_CONSTANT, GAP_HELD, DECIDES_SHORT] {
        assert!(
            overall.contains(&format!("      {shown}\n")),
            "{shown} not in\n{overall}"
        );
    }
    for hidden in [PRODUCT_CONSTANT, GAP_NOT, SETTLE_HELD] {
        assert!(!text.contains(hidden), "{hidden} in\n{text}");
    }
}

/// The conditions of `rule` in `list` as (scope, value, held, shown).
fn conditions(list: &Value, rule: &str) -> Vec<(String, f64, bool, bool)> {
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["rule"] == rule)
        .unwrap_or_else(|| panic!("{rule} not in {list}"));
    entry["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|condition| {
            (
                condition["scope"].as_str().unwrap().to_owned(),
                (condition["value"].as_f64().unwrap() * 100.0).round() / 100.0,
                condition["held"].as_bool().unwrap(),
                condition["shown"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn classify_json_marks_each_condition_held_or_not() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "branch.ron", &one_true_branch());
    let json = tandem(["classify", arg(&path), "--json"]).json();
    let overall = &json["scopes"]["overall"];
    let owned = |scope: &str| scope.to_owned();
    // Sales 2 of 5 = 40%, product 0 of 5: both kept, only sales' held and is shown.
    assert_eq!(
        conditions(&overall["fired"], "constant_friction"),
        [
            (owned("sales"), 0.4, true, true),
            (owned("product"), 0.0, false, false)
        ]
    );
    // 2.20 − 1.00 = +1.20: not ≤ −1.00, but ≥ +1.00.
    assert_eq!(
        conditions(&overall["fired"], "perception_gap"),
        [
            (owned("overall"), 1.2, false, false),
            (owned("overall"), 1.2, true, true)
        ]
    );
    // 3.40 stopped it; `resolution` 2.00 < 3.00 held and is not what stopped it.
    assert_eq!(
        conditions(&overall["nearly_fired"], "process_conflict_unresolved"),
        [
            (owned("overall"), 3.4, false, true),
            (owned("overall"), 2.0, true, false)
        ]
    );
    let gap = &overall["fired"].as_array().unwrap()[1]["conditions"][1];
    assert_eq!(gap["metric"], json!("perception_gap"));
    assert_eq!(gap["op"], json!("at_least"));
    assert_eq!(gap["threshold"], json!(1.0));
}
