//! Evidence is what made a rule fire: for an *or*, the branches that held, never one that
//! did not; for a rule that nearly fired, the one part that stopped it and how far it was.
//! The same in the findings, in Markdown and in HTML (tests/cli and tests/ui check
//! `tandem classify` and the screens on the same workshop).

use crate::common;
use common::evidence::{
    DECIDES_SHORT, GAP_HELD, GAP_NOT, PRODUCT_CONSTANT, SALES_CONSTANT, SETTLE_HELD,
    one_true_branch,
};

use tandem::domain::Questionnaire;
use tandem::export::escape::escape;
use tandem::export::{Format, Summary};
use tandem::i18n::Language;
use tandem::metrics::Scope;
use tandem::rules::{Comparison, Condition, Metric, RuleSet, classify};

fn rules() -> RuleSet {
    RuleSet::built_in().unwrap().clone()
}

#[test]
fn the_verdict_of_the_hand_computed_workshop() {
    let classification = classify(&one_true_branch(), &rules());
    let overall = &classification.overall;
    assert_eq!(overall.verdict.key(), "toxic");
    assert_eq!((overall.toxic_weight, overall.healthy_weight), (3, 0));
    let fired: Vec<&str> = overall.fired().map(|o| o.rule.as_str()).collect();
    assert_eq!(fired, ["constant_friction", "perception_gap"]);
    let near: Vec<&str> = overall.nearly_fired().map(|o| o.rule.as_str()).collect();
    assert_eq!(near, ["process_conflict_unresolved"]);
    // Both branches were evaluated; only one is a reason.
    let constant = overall.fired().next().unwrap();
    assert_eq!(constant.measurements().len(), 2);
    let reasons: Vec<Scope> = constant
        .evidence
        .reason_measurements()
        .iter()
        .map(|measurement| measurement.scope)
        .collect();
    assert_eq!(reasons, [Scope::Sales]);
    // The sentences the exports must leave out are what the branches that did not hold say.
    let questionnaire = Questionnaire::default_questionnaire();
    let every = |rule: &str| -> Vec<String> {
        let outcome = overall.outcomes.iter().find(|o| o.rule == rule).unwrap();
        outcome
            .measurements()
            .iter()
            .map(|m| m.sentence(&questionnaire, Language::English))
            .collect()
    };
    assert_eq!(
        every("constant_friction"),
        [SALES_CONSTANT, PRODUCT_CONSTANT]
    );
    assert_eq!(every("perception_gap"), [GAP_NOT, GAP_HELD]);
    assert_eq!(every("process_conflict_unresolved")[1], SETTLE_HELD);
}

#[test]
fn a_finding_on_an_or_says_only_the_branch_that_held() {
    let workshop = one_true_branch();
    let rules = rules();
    let summary = Summary::new(&workshop, &rules);
    let results = summary.results.as_ref().unwrap();
    let said: Vec<(&str, Vec<&str>)> = results
        .findings
        .iter()
        .map(|finding| {
            let lines = finding.measurements.iter().map(|line| line.text.as_str());
            (finding.rule.as_str(), lines.collect())
        })
        .collect();
    assert_eq!(
        said,
        [
            ("constant_friction", vec![SALES_CONSTANT]),
            ("perception_gap", vec![GAP_HELD]),
        ]
    );
    assert!(
        results
            .findings
            .iter()
            .flat_map(|f| &f.measurements)
            .all(|l| l.depth == 0)
    );
    // The rule that nearly fired: the part that stopped it, not the part that held.
    assert_eq!(results.nearly_fired.len(), 1);
    assert_eq!(results.nearly_fired[0].distances, [DECIDES_SHORT]);
}

#[test]
fn markdown_and_html_show_what_made_it_fire_and_nothing_else() {
    let workshop = one_true_branch();
    let rules = rules();
    let summary = Summary::new(&workshop, &rules);
    let markdown = Format::Markdown.render(&summary);
    for shown in [SALES_CONSTANT, GAP_HELD, DECIDES_SHORT] {
        assert!(
            markdown.contains(&format!("- {shown}\n")),
            "{shown} not in\n{markdown}"
        );
    }
    for hidden in [PRODUCT_CONSTANT, GAP_NOT, SETTLE_HELD] {
        assert!(!markdown.contains(hidden), "{hidden} in\n{markdown}");
    }
    let html = Format::Html.render(&summary);
    for shown in [SALES_CONSTANT, GAP_HELD, DECIDES_SHORT] {
        let item = format!("<li>{}</li>", escape(shown));
        assert!(html.contains(&item), "{item} not in the HTML");
    }
    for hidden in [PRODUCT_CONSTANT, GAP_NOT, SETTLE_HELD] {
        assert!(!html.contains(&escape(hidden)), "{hidden} in the HTML");
    }
}

/// "The teams see it differently" rewritten as (gap ≥ +1.00 and friction level ≥ 1.50) or
/// dysfunction share ≥ 30%: on the workshop above, gap +1.20, friction level
/// (11 + 5) / 10 = 1.60 and dysfunction share 4 / 10 = 40.0% all hold, so both branches made
/// it fire, the first as a group of two.
fn nested_rules() -> RuleSet {
    let compare = |metric, op, threshold| Condition::Compare {
        metric,
        op,
        threshold,
    };
    let mut rules = rules();
    let rule = rules
        .rules
        .iter_mut()
        .find(|rule| rule.id == "perception_gap")
        .unwrap();
    rule.when = Condition::Any(vec![
        Condition::All(vec![
            compare(Metric::PerceptionGap, Comparison::AtLeast, 1.0),
            compare(Metric::FrictionLevel, Comparison::AtLeast, 1.5),
        ]),
        compare(Metric::DysfunctionShare, Comparison::AtLeast, 0.3),
    ]);
    rules
}

#[test]
fn evidence_is_nested_as_the_rule_is() {
    let workshop = one_true_branch();
    let rules = nested_rules();
    let summary = Summary::new(&workshop, &rules);
    let level = "The mean friction level (0 to 3) is 1.60, at or above 1.50";
    let share = "The share describing significant or constant friction is 40.0%, at or above 30.0%";
    let markdown = Format::Markdown.render(&summary);
    let expected = format!("- All of these together:\n  - {GAP_HELD}\n  - {level}\n- {share}\n");
    assert!(
        markdown.contains(&expected),
        "{expected} not in\n{markdown}"
    );
    let html = Format::Html.render(&summary);
    let expected = format!(
        "<li>All of these together:\n<ul>\n<li>{}</li>\n<li>{}</li>\n</ul></li>\n<li>{}</li>\n",
        escape(GAP_HELD),
        escape(level),
        escape(share)
    );
    assert!(html.contains(&expected), "{expected} not in the HTML");
}
