//! Leave-one-out stability (issue 14): hand-computed workshops, and the incremental pass
//! against classifying every leave-one-out workshop from scratch.

use crate::common;

use common::{respond, workshop_of};
use proptest::prelude::*;
use tandem::domain::{
    AnonymityFloor, Function, Questionnaire, Relationship, Response, Responses, Workshop,
};
use tandem::i18n::Language;
use tandem::metrics::Scope;
use tandem::rules::{
    Comparison, Condition, Metric, Rule, RuleSet, Signal, Stability, Verdict, Weight, classify,
    leave_one_out,
};

use Function::{Product, Sales};
use Relationship::{ConstantFriction, LackingAlignment, MostlyAligned};

fn trusting(function: Function, relationship: Relationship, trust: u8) -> Response {
    respond(function, relationship, &[("trust", trust)], &[])
}

fn without(workshop: &Workshop, response: &Response) -> Workshop {
    let mut list: Vec<Response> = workshop.responses.iter().cloned().collect();
    let at = list.iter().position(|r| r == response).unwrap();
    list.remove(at);
    let mut smaller = workshop.clone();
    smaller.responses = Responses::from(list);
    smaller
}

/// The sales verdict of `workshop` without `response`, classified from scratch.
fn sales_verdict_without(workshop: &Workshop, response: &Response, rules: &RuleSet) -> Verdict {
    classify(&without(workshop, response), rules).sales.verdict
}

/// How many answers each scope checked: overall, sales, product.
fn checked(stability: &Stability) -> (usize, usize, usize) {
    (
        stability.overall.checked,
        stability.sales.checked,
        stability.product.checked,
    )
}

fn flips(stability: &Stability) -> [Option<usize>; 3] {
    Scope::ALL.map(|scope| stability.scope(scope).flips)
}

fn changes(stability: &Stability, scope: Scope, rule: &str) -> (bool, usize) {
    let rule = stability.scope(scope).rule(rule).unwrap();
    (rule.fired, rule.changes)
}

/// Fails unless each rule, in its scope, fired (or not) and would change with as many single
/// answers left out as listed.
fn assert_changes(stability: &Stability, expected: &[(Scope, &str, (bool, usize))]) {
    for (scope, rule, fired_and_changes) in expected {
        assert_eq!(
            changes(stability, *scope, rule),
            *fired_and_changes,
            "{scope:?} {rule}"
        );
    }
}

/// Sales trust 1, 3, 3, 3: mean 2.5, so `low_trust` (toxic 2) outweighs `aligned_share`
/// (healthy 1). Without the 1 the mean is 3 and sales is healthy; without a 3 it is 2.33 and
/// stays toxic. Product trusts 4 ×4: healthy whichever goes. Overall the eight means 3.25:
/// no trust rule; without the 1 it is 3.57 and `high_trust` fires, still healthy.
#[test]
fn a_verdict_that_flips_when_one_named_answer_goes() {
    let the_one = trusting(Sales, MostlyAligned, 1);
    let workshop = workshop_of(
        [the_one.clone()]
            .into_iter()
            .chain((0..3).map(|_| trusting(Sales, MostlyAligned, 3)))
            .chain((0..4).map(|_| trusting(Product, MostlyAligned, 4))),
    );
    let rules = RuleSet::built_in().unwrap().clone();
    let classification = classify(&workshop, &rules);
    assert_eq!(classification.sales.verdict, Verdict::Toxic);
    assert_eq!(
        sales_verdict_without(&workshop, &the_one, &rules),
        Verdict::Healthy
    );
    let stability = leave_one_out(&workshop, &rules);
    assert_eq!(flips(&stability), [Some(0), Some(1), Some(0)]);
    assert_eq!(stability.sales.robust(), Some(false));
    assert_changes(
        &stability,
        &[
            (Scope::Sales, "low_trust", (true, 1)),
            (Scope::Sales, "aligned_share", (true, 0)),
            (Scope::Overall, "high_trust", (false, 1)),
            (Scope::Product, "high_trust", (true, 0)),
        ],
    );
    assert_eq!(checked(&stability), (8, 4, 4));
    // The words a room hears, and the numbers behind them for the facilitator.
    let english = Language::English;
    assert_eq!(
        stability.sales.words(english).unwrap(),
        "one person's answer decides this"
    );
    assert_eq!(
        stability.sales.detail(english).unwrap(),
        "it would change if one of 4 answers were left out: treat it as a question for the room, not a finding"
    );
    assert_eq!(
        stability.overall.words(english).unwrap(),
        "holds whoever is left out"
    );
    assert_eq!(stability.overall.detail(english), None);
    assert_eq!(
        stability.sales.rule_words("low_trust", english).unwrap(),
        "one person's answer decides this"
    );
    assert_eq!(
        stability.sales.rule_detail("low_trust", english).unwrap(),
        "it would not fire if one of 4 answers were left out: treat it as a question for the room, not a finding"
    );
    assert_eq!(
        stability.overall.rule_words("high_trust", english).unwrap(),
        "one person's answer decides this"
    );
    assert_eq!(
        stability
            .overall
            .rule_detail("high_trust", english)
            .unwrap(),
        "it would fire if one of 8 answers were left out"
    );
    assert_eq!(
        stability
            .sales
            .rule_words("aligned_share", english)
            .unwrap(),
        "holds whoever is left out"
    );
    assert_eq!(stability.sales.rule_detail("aligned_share", english), None);
    // In each language, the same two headlines.
    for (language, decides, holds) in [
        (
            Language::German,
            "die Antwort einer einzigen Person entscheidet das",
            "hält, egal wessen Antwort man weglässt",
        ),
        (
            Language::French,
            "la réponse d’une seule personne en décide",
            "tient, quelle que soit la personne laissée de côté",
        ),
        (
            Language::Spanish,
            "la respuesta de una sola persona lo decide",
            "se mantiene, se deje fuera a quien se deje",
        ),
    ] {
        assert_eq!(stability.sales.words(language).unwrap(), decides);
        assert_eq!(stability.overall.words(language).unwrap(), holds);
    }
}

/// Everyone answers `lacking_alignment`: a dysfunction share of 100% (toxic 2) and nothing
/// else, whichever of the ten answers is left out.
#[test]
fn a_robust_verdict() {
    let workshop = workshop_of(
        (0..5)
            .map(|_| respond(Sales, LackingAlignment, &[], &[]))
            .chain((0..5).map(|_| respond(Product, LackingAlignment, &[], &[]))),
    );
    let stability = leave_one_out(&workshop, RuleSet::built_in().unwrap());
    assert_eq!(
        classify(&workshop, RuleSet::built_in().unwrap())
            .overall
            .verdict,
        Verdict::Toxic
    );
    assert_eq!(flips(&stability), [Some(0); 3]);
    assert_eq!(stability.overall.robust(), Some(true));
    assert_eq!(
        changes(&stability, Scope::Overall, "dysfunction_share"),
        (true, 0)
    );
    assert!(
        stability
            .overall
            .rules
            .iter()
            .all(tandem::rules::RuleStability::robust)
    );
}

/// Sales has exactly the floor (3): leaving out a sales answer would make every verdict
/// "too few responses", so none of those removals counts, though without the 4 the sales
/// trust mean (2, 2, 4 → 2, 2) would fall to 2 and turn sales toxic.
#[test]
fn at_the_floor_removals_do_not_count() {
    let workshop = workshop_of(
        [2, 2, 4]
            .map(|trust| trusting(Sales, MostlyAligned, trust))
            .into_iter()
            .chain((0..4).map(|_| trusting(Product, MostlyAligned, 4))),
    );
    let stability = leave_one_out(&workshop, RuleSet::built_in().unwrap());
    assert_eq!(flips(&stability), [Some(0); 3]);
    assert_eq!(checked(&stability), (4, 0, 4));
    assert_eq!(changes(&stability, Scope::Sales, "low_trust"), (false, 0));
    assert_eq!(stability.sales.robust(), Some(true));
    assert!(
        stability
            .sales
            .words(Language::English)
            .unwrap()
            .starts_with("cannot be checked")
    );
    assert_eq!(
        stability.product.words(Language::English).unwrap(),
        "holds whoever is left out"
    );

    // Below the floor nothing is measured at all.
    let below = workshop_of(
        (0..2)
            .map(|_| trusting(Sales, MostlyAligned, 3))
            .chain((0..4).map(|_| trusting(Product, MostlyAligned, 4))),
    );
    let stability = leave_one_out(&below, RuleSet::built_in().unwrap());
    assert_eq!(flips(&stability), [None; 3]);
    assert_eq!(stability.overall.robust(), None);
    assert_eq!(stability.overall.words(Language::English), None);
    assert!(stability.overall.rules.is_empty());
}

/// Sales (7): constant friction, lacking alignment ×2, mostly aligned ×4, everyone rating
/// `resolution` 4. `constant_friction` (toxic 2) ties `managed_friction` (healthy 2): toxic.
/// Only leaving out the constant-friction answer breaks the tie (healthy); without a lacking
/// answer it is still a tie, without a mostly-aligned one the dysfunction share reaches 50%.
/// Product (5, mostly aligned): healthy 3 whichever goes. Overall (12) the aligned share is
/// 9/12 = 75% (healthy 1 more): healthy 3 against toxic 2; leaving out any of the nine
/// mostly-aligned answers drops it to 8/11 = 72.7% < 73.41%, a tie again: toxic. The
/// constant-friction answer (no toxic rule left) and a lacking one (9/11) keep it healthy.
#[test]
fn a_tie_that_one_removal_breaks() {
    let resolved =
        |function, relationship| respond(function, relationship, &[("resolution", 4)], &[]);
    let the_one = resolved(Sales, ConstantFriction);
    let workshop = workshop_of(
        [
            the_one.clone(),
            resolved(Sales, LackingAlignment),
            resolved(Sales, LackingAlignment),
        ]
        .into_iter()
        .chain((0..4).map(|_| resolved(Sales, MostlyAligned)))
        .chain((0..5).map(|_| resolved(Product, MostlyAligned))),
    );
    let rules = RuleSet::built_in().unwrap().clone();
    let classification = classify(&workshop, &rules);
    assert_eq!(
        (
            classification.sales.toxic_weight,
            classification.sales.healthy_weight
        ),
        (2, 2)
    );
    assert_eq!(classification.sales.verdict, Verdict::Toxic);
    assert_eq!(classification.overall.verdict, Verdict::Healthy);
    assert_eq!(
        sales_verdict_without(&workshop, &the_one, &rules),
        Verdict::Healthy
    );
    let stability = leave_one_out(&workshop, &rules);
    assert_eq!(flips(&stability), [Some(9), Some(1), Some(0)]);
    assert_changes(
        &stability,
        &[
            (Scope::Overall, "aligned_share", (true, 9)),
            (Scope::Overall, "constant_friction", (true, 1)),
            (Scope::Sales, "dysfunction_share", (false, 4)),
            (Scope::Overall, "managed_friction", (true, 0)),
        ],
    );
    assert_eq!(
        stability.overall.detail(Language::English).unwrap(),
        "it would change if any one of 9 of the 12 answers were left out: treat it as a question for the room, not a finding"
    );
}

// ---- the incremental pass against classifying every leave-one-out workshop ----

fn scope_mut(stability: &mut Stability, scope: Scope) -> &mut tandem::rules::ScopeStability {
    match scope {
        Scope::Overall => &mut stability.overall,
        Scope::Sales => &mut stability.sales,
        Scope::Product => &mut stability.product,
    }
}

/// Leave-one-out the slow way: each workshop without one response, classified from scratch.
fn from_scratch(workshop: &Workshop, rules: &RuleSet) -> Stability {
    let before = classify(workshop, rules);
    let list: Vec<Response> = workshop.responses.iter().cloned().collect();
    let mut stability = leave_one_out(workshop, rules);
    for scope in Scope::ALL {
        let of = scope_mut(&mut stability, scope);
        // Keep the answer counts (plain counts); recompute everything else.
        of.checked = 0;
        of.flips = before.floor_reached.then_some(0);
        of.rules = before
            .scope(scope)
            .outcomes
            .iter()
            .map(|outcome| tandem::rules::RuleStability {
                rule: outcome.rule.clone(),
                fired: outcome.fired,
                changes: 0,
            })
            .collect();
    }
    if !before.floor_reached {
        return stability;
    }
    for left_out in 0..list.len() {
        let mut smaller = workshop.clone();
        smaller.responses = list
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != left_out)
            .map(|(_, response)| response.clone())
            .collect();
        let after = classify(&smaller, rules);
        if !after.floor_reached {
            continue;
        }
        let function_scope = Scope::of(list[left_out].function);
        for scope in Scope::ALL {
            let of = scope_mut(&mut stability, scope);
            if scope == Scope::Overall || scope == function_scope {
                of.checked += 1;
            }
            if after.scope(scope).verdict != before.scope(scope).verdict {
                *of.flips.as_mut().unwrap() += 1;
            }
            for (rule, outcome) in of.rules.iter_mut().zip(&after.scope(scope).outcomes) {
                rule.changes += usize::from(rule.fired != outcome.fired);
            }
        }
    }
    stability
}

fn any_response() -> impl Strategy<Value = Response> {
    let (statements, sources) = common::keys_of(&Questionnaire::default_questionnaire());
    (
        prop_oneof![Just(Sales), Just(Product)],
        0_u8..4,
        // Mostly few distinct ratings, so means land on thresholds now and then.
        proptest::collection::vec(
            proptest::option::of(prop_oneof![1_u8..=5, Just(3), Just(4)]),
            statements.len(),
        ),
        proptest::collection::vec(any::<bool>(), sources.len()),
    )
        .prop_map(move |(function, level, ratings, named)| {
            common::drawn_response(function, level, ratings, named, &statements, &sources)
        })
}

/// Every kind of metric (an unknown statement too), on a grid of thresholds that answers
/// often hit exactly.
fn any_compare() -> impl Strategy<Value = Condition> {
    let metrics = vec![
        Metric::Respondents,
        Metric::Share(Relationship::CompletelyAligned),
        Metric::Share(ConstantFriction),
        Metric::AlignedShare,
        Metric::DysfunctionShare,
        Metric::FrictionLevel,
        Metric::Mean(String::from("trust")),
        Metric::Mean(String::from("personal")),
        Metric::Mean(String::from("nobody_rates_this")),
        Metric::Spread(String::from("task_debate")),
        Metric::SpilloverShare,
        Metric::SourceShare(String::from("pricing")),
        Metric::PerceptionGap,
        Metric::StatementGap(String::from("voice")),
    ];
    (
        proptest::sample::select(metrics),
        prop_oneof![
            Just(Comparison::AtLeast),
            Just(Comparison::AtMost),
            Just(Comparison::Above),
            Just(Comparison::Below)
        ],
        0_u32..=24,
    )
        .prop_map(|(metric, op, step)| {
            let threshold = match &metric {
                Metric::Respondents => f64::from(step),
                Metric::FrictionLevel => f64::from(step) / 8.0,
                Metric::Mean(_) => 1.0 + f64::from(step) / 6.0,
                Metric::Spread(_) => f64::from(step) / 12.0,
                Metric::PerceptionGap | Metric::StatementGap(_) => f64::from(step) / 6.0 - 2.0,
                _ => f64::from(step) / 24.0,
            };
            Condition::Compare {
                metric,
                op,
                threshold,
            }
        })
}

fn any_condition() -> impl Strategy<Value = Condition> {
    any_compare().prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 1..3).prop_map(Condition::All),
            proptest::collection::vec(inner.clone(), 1..3).prop_map(Condition::Any),
            inner.clone().prop_map(|c| Condition::Not(Box::new(c))),
            inner
                .prop_filter("no gap in either_function", |c| !c.compares_functions())
                .prop_map(|c| Condition::EitherFunction(Box::new(c))),
        ]
    })
}

fn any_rules() -> impl Strategy<Value = RuleSet> {
    proptest::collection::vec((any_condition(), any::<bool>(), 1_u32..=5), 1..8).prop_map(|rules| {
        RuleSet {
            name: String::from("Generated"),
            rules: rules
                .into_iter()
                .enumerate()
                .map(|(index, (when, toxic, weight))| Rule {
                    id: format!("rule_{index}"),
                    title: String::new(),
                    signal: if toxic {
                        Signal::Toxic
                    } else {
                        Signal::Healthy
                    },
                    weight: Weight::new(weight).unwrap(),
                    when,
                    citation: String::from("generated"),
                    explanation: String::from("generated"),
                    prompt: String::from("generated"),
                })
                .collect(),
            language: tandem::i18n::Language::English,
            translations: std::collections::BTreeMap::new(),
        }
    })
}

fn workshop_with_floor(responses: Vec<Response>, floor: u32) -> Workshop {
    let mut workshop = workshop_of(responses);
    workshop.settings.anonymity_floor = AnonymityFloor::new(floor).unwrap();
    workshop
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn incremental_equals_from_scratch_with_the_default_rules(
        responses in proptest::collection::vec(any_response(), 0..30),
        floor in 3_u32..6,
    ) {
        let workshop = workshop_with_floor(responses, floor);
        let rules = RuleSet::built_in().unwrap().clone();
        prop_assert_eq!(leave_one_out(&workshop, &rules), from_scratch(&workshop, &rules));
    }

    #[test]
    fn incremental_equals_from_scratch_with_any_rules(
        responses in proptest::collection::vec(any_response(), 0..24),
        floor in 3_u32..5,
        rules in any_rules(),
    ) {
        let workshop = workshop_with_floor(responses, floor);
        prop_assert_eq!(leave_one_out(&workshop, &rules), from_scratch(&workshop, &rules));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    /// Generated like the benchmarks' workshops: profiles of real quarters, 40 to 300 answers.
    #[test]
    fn incremental_equals_from_scratch_on_large_workshops(seed in any::<u64>(), size in 40_usize..300) {
        let workshop = common::demo::large_workshop(seed, size);
        let rules = RuleSet::built_in().unwrap().clone();
        prop_assert_eq!(leave_one_out(&workshop, &rules), from_scratch(&workshop, &rules));
    }
}
