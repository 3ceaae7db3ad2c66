//! The per-statement floor (PRODUCT.md §7), hand-computed on `sales_trust_of_two`: a
//! statement rated by 2 of 5 sales people has no sales mean, no overall mean and no gap; a
//! function nobody of which rated a statement hides nothing; a rule on the hidden mean is
//! "not enough answers"; leave-one-out, the comparison and the exports follow.

use std::path::PathBuf;

use crate::common;
use common::statement_floor::{
    HIDDEN, HIDDEN_CELL, sales_trust_of_five_later, sales_trust_of_two, shows_the_hidden_mean,
};

use tandem::compare::Comparison;
use tandem::domain::{Function, Rating, Workshop};
use tandem::export::{Format, Summary};
use tandem::i18n::Language;
use tandem::metrics::{Scope, StatementStats, WorkshopMetrics};
use tandem::rules::{RuleSet, classify, leave_one_out};

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a value");
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

#[test]
fn two_of_five_sales_raters_show_no_sales_mean_no_overall_mean_and_no_gap() {
    let metrics = WorkshopMetrics::compute(&sales_trust_of_two());
    assert_eq!(
        metrics.sales.statement(HIDDEN),
        StatementStats::Hidden { rated: 2 }
    );
    // No product person rated it, so the overall mean is sales' 4.50: hidden as well.
    assert_eq!(
        metrics.overall.statement(HIDDEN),
        StatementStats::Hidden { rated: 2 }
    );
    assert_eq!(metrics.product.statement(HIDDEN), StatementStats::Unrated);
    for scope in Scope::ALL {
        let of = metrics.scope(scope);
        assert_eq!(
            (of.mean(HIDDEN), of.spread(HIDDEN)),
            (None, None),
            "{scope:?}"
        );
    }
    assert_eq!(metrics.statement_gap(HIDDEN), None);
    // The statements everyone rated are untouched: personal 2.00 and 1.00, 1.50 overall.
    close(metrics.sales.mean("personal"), 2.0);
    close(metrics.product.mean("personal"), 1.0);
    close(metrics.overall.mean("personal"), 1.5);
    close(metrics.statement_gap("personal"), 1.0);
    close(metrics.statement_gap("task_debate"), 0.0);
}

#[test]
fn a_function_nobody_of_which_rated_a_statement_hides_nothing() {
    let metrics = WorkshopMetrics::compute(&sales_trust_of_two());
    // horizons: all 5 sales rated it 4, no product person did.
    close(metrics.sales.mean("horizons"), 4.0);
    close(metrics.sales.spread("horizons"), 0.0);
    close(metrics.overall.mean("horizons"), 4.0);
    assert_eq!(
        metrics.product.statement("horizons"),
        StatementStats::Unrated
    );
    assert_eq!(metrics.statement_gap("horizons"), None);
}

/// `sales_trust_of_two` with a third sales person rating trust 4: (4 + 5 + 4) / 3 = 4.33.
fn sales_trust_of_three() -> Workshop {
    let mut workshop = sales_trust_of_two();
    let mut answers: Vec<_> = workshop.responses.iter().cloned().collect();
    let third = answers
        .iter_mut()
        .find(|r| r.function == Function::Sales && r.rating(HIDDEN).is_none())
        .unwrap();
    third
        .ratings
        .insert(String::from(HIDDEN), Rating::new(4).unwrap());
    workshop.responses = answers.into();
    workshop
}

#[test]
fn a_rule_on_a_hidden_mean_is_not_enough_answers_neither_fired_nor_failed() {
    let rules = RuleSet::built_in().unwrap().clone();
    let classification = classify(&sales_trust_of_two(), &rules);
    for scope in [Scope::Overall, Scope::Sales] {
        let verdict = classification.scope(scope);
        for rule in ["high_trust", "low_trust"] {
            let outcome = verdict
                .outcomes
                .iter()
                .find(|outcome| outcome.rule == rule)
                .unwrap();
            assert!(!outcome.fired, "{rule} {scope:?}");
            assert!(!outcome.nearly_fired(), "{rule} {scope:?}");
            assert_eq!(outcome.shortfall, None, "{rule} {scope:?}");
            let [measurement] = outcome.measurements()[..] else {
                panic!("{rule} measures one thing");
            };
            assert_eq!((measurement.value, measurement.holds), (None, None));
        }
        // Productive task conflict 3 and the aligned share 1; nothing on trust.
        assert_eq!(
            (verdict.healthy_weight, verdict.toxic_weight),
            (4, 0),
            "{scope:?}"
        );
    }
    let sales = &classification.sales.outcomes;
    let high_trust = sales.iter().find(|o| o.rule == "high_trust").unwrap();
    assert_eq!(
        high_trust.measurements()[0].sentence(
            &tandem::domain::Questionnaire::default_questionnaire(),
            Language::English
        ),
        "Sales' average for “Trust” has no value: not enough answers"
    );

    // With a third rater the mean (4.33) is shown and the rule fires: the floor was why not.
    let shown = classify(&sales_trust_of_three(), &rules);
    for scope in [Scope::Overall, Scope::Sales] {
        assert!(
            shown
                .scope(scope)
                .fired()
                .any(|outcome| outcome.rule == "high_trust"),
            "{scope:?}"
        );
    }
}

/// Leaving out any one of the three trust raters hides the mean again, so "High trust" hangs
/// on each of them: leave-one-out applies the per-statement floor as the verdict does.
#[test]
fn leave_one_out_hides_a_mean_that_drops_below_the_floor() {
    let stability = leave_one_out(
        &sales_trust_of_three(),
        &RuleSet::built_in().unwrap().clone(),
    );
    for scope in [Scope::Overall, Scope::Sales] {
        let rule = stability.scope(scope).rule("high_trust").unwrap();
        assert!(rule.fired, "{scope:?}");
        assert_eq!(rule.changes, 3, "{scope:?}");
    }
    let hidden = leave_one_out(&sales_trust_of_two(), &RuleSet::built_in().unwrap().clone());
    let rule = hidden.sales.rule("high_trust").unwrap();
    assert_eq!((rule.fired, rule.changes), (false, 0));
}

#[test]
fn the_comparison_never_compares_a_hidden_mean() {
    let compared = |workshops: [Workshop; 2]| {
        Comparison::new(
            workshops
                .into_iter()
                .enumerate()
                .map(|(index, workshop)| {
                    (
                        PathBuf::from(format!("{index}.ron")),
                        workshop,
                        RuleSet::built_in().unwrap().clone(),
                    )
                })
                .collect(),
        )
    };
    // Trust moves from hidden (4.50 unhidden) to 2.00: the largest move, were it compared.
    let comparison = compared([sales_trust_of_two(), sales_trust_of_five_later()]);
    let movers: Vec<String> = comparison
        .movers(1, 10)
        .into_iter()
        .map(|moved| moved.statement)
        .collect();
    assert!(movers.iter().any(|key| key == "task_debate"), "{movers:?}");
    assert!(!movers.iter().any(|key| key == HIDDEN), "{movers:?}");
    // Shown on both sides it is compared: 4.33 → 2.00.
    let comparison = compared([sales_trust_of_three(), sales_trust_of_five_later()]);
    let first = &comparison.movers(1, 1)[0];
    assert_eq!(first.statement, HIDDEN);
    assert!((first.from - 13.0 / 3.0).abs() < 1e-9);

    let report = tandem::compare::report::markdown(&compared([
        sales_trust_of_two(),
        sales_trust_of_five_later(),
    ]));
    assert!(!shows_the_hidden_mean(&report), "{report}");
}

#[test]
fn the_exports_say_how_many_rated_and_never_the_hidden_mean() {
    let workshop = sales_trust_of_two();
    let rules = RuleSet::built_in().unwrap().clone();
    let summary = Summary::new(&workshop, &rules);
    let markdown = Format::Markdown.render(&summary);
    assert!(
        markdown.contains(&format!(
            "| I trust the other team to act in the company's best interest. | {HIDDEN_CELL} | – | – |"
        )),
        "{markdown}"
    );
    assert!(markdown.contains(
        "*An average is shown only when at least 3 people of a function rated the statement"
    ));
    let html = Format::Html.render(&summary);
    assert!(html.contains(&format!("<td class=\"number\">{HIDDEN_CELL}</td>")));
    let csv = Format::MetricsCsv.render(&summary);
    for row in [
        "sales,mean,trust,\n",
        "sales,spread,trust,\n",
        "sales,rated,trust,2\n",
        "overall,mean,trust,\n",
        "overall,spread,trust,\n",
        "overall,rated,trust,2\n",
        "product,rated,trust,0\n",
        "overall,statement_gap,trust,\n",
        "overall,mean,horizons,4.000000\n",
    ] {
        assert!(csv.contains(row), "{row} not in\n{csv}");
    }
    for (what, text) in [("Markdown", &markdown), ("HTML", &html), ("CSV", &csv)] {
        assert!(!shows_the_hidden_mean(text), "{what}:\n{text}");
    }
    // In German too: „2 Bewertungen“, never 4,50.
    let german = Summary::in_language(&workshop, &rules, Language::German);
    let markdown = Format::Markdown.render(&german);
    assert!(markdown.contains("| 2 Bewertungen | – | – |"), "{markdown}");
    assert!(!shows_the_hidden_mean(&markdown));
}
