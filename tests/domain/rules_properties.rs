//! Property tests of the rules engine on generated workshops.

use crate::common;

use proptest::prelude::*;
use tandem::domain::response::AnswerTable;
use tandem::domain::{
    AnonymityFloor, Function, Questionnaire, Rating, Relationship, Response, Workshop,
};
use tandem::metrics::WorkshopMetrics;
use tandem::rules::{RuleSet, Verdict, classify, classify_metrics};

fn any_response() -> impl Strategy<Value = Response> {
    let (statements, sources) = common::keys_of(&Questionnaire::default_questionnaire());
    (
        prop_oneof![Just(Function::Sales), Just(Function::Product)],
        0_u8..4,
        proptest::collection::vec(proptest::option::of(1_u8..=5), statements.len()),
        proptest::collection::vec(any::<bool>(), sources.len()),
    )
        .prop_map(move |(function, level, ratings, named)| {
            common::drawn_response(function, level, ratings, named, &statements, &sources)
        })
}

fn workshop_of(responses: &[Response], floor: u32) -> Workshop {
    let mut workshop = Workshop::new("Generated", "2026-01-01".parse().unwrap());
    workshop.settings.anonymity_floor = AnonymityFloor::new(floor).unwrap();
    for response in responses {
        workshop.add_response(response.clone());
    }
    workshop
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn evaluation_never_panics(responses in proptest::collection::vec(any_response(), 0..60), floor in 3_u32..8) {
        let workshop = workshop_of(&responses, floor);
        let classification = classify(&workshop, RuleSet::built_in().unwrap());
        let reached = workshop.floor_reached();
        prop_assert_eq!(classification.floor_reached, reached);
        if !reached {
            prop_assert_eq!(classification.overall.verdict, Verdict::Insufficient);
            prop_assert!(classification.overall.outcomes.is_empty());
        } else {
            prop_assert_ne!(classification.overall.verdict, Verdict::Insufficient);
        }
    }

    /// Metrics are computed over the responses as given (not the canonical order the
    /// workshop keeps), so this shows the arithmetic itself is order-free.
    #[test]
    fn verdicts_do_not_depend_on_response_order(
        responses in proptest::collection::vec(any_response(), 6..60),
        shuffle_seed in any::<u64>(),
    ) {
        let questionnaire = Questionnaire::default_questionnaire();
        let mut shuffled = responses.clone();
        let mut rng = tandem::domain::SplitMix64::new(shuffle_seed);
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, rng.below(i + 1));
        }
        // A table of the responses in the order they came, under the default floor.
        let metrics_of = |responses: &[Response]| {
            WorkshopMetrics::of_table(&questionnaire, &AnswerTable::build(responses), AnonymityFloor::default())
        };
        let (a, b) = (metrics_of(&responses), metrics_of(&shuffled));
        prop_assert_eq!(&a, &b);
        // A workshop's own table (kept sorted, grown row by row or built at once) gives the
        // same metrics as a table of the responses in the order they came.
        prop_assert_eq!(&WorkshopMetrics::compute(&workshop_of(&shuffled, 3)), &a);
        let mut at_once = Workshop::new("At once", "2026-01-01".parse().unwrap());
        at_once.responses = responses.clone().into();
        prop_assert_eq!(&WorkshopMetrics::compute(&at_once), &a);
        let rules = RuleSet::built_in().unwrap().clone();
        prop_assert_eq!(classify_metrics(&a, true, &rules), classify_metrics(&b, true, &rules));
        prop_assert_eq!(
            classify(&workshop_of(&responses, 3), &rules),
            classify(&workshop_of(&shuffled, 3), &rules)
        );
    }

    /// A response that rates only `personal`, at 5, adds relationship conflict and nothing
    /// else. It answers `constant_friction` and goes to the function that already reports
    /// more friction, so every toxic metric can only grow and every healthy one only shrink
    /// (a `completely_aligned` answer could lift the aligned share, and one in the calmer
    /// function could close the perception gap: both are other signals, not this one).
    /// Unless it is the rater that lifts that function's `personal` to the floor: a mean
    /// hidden before is news, and may well be calm (1, 1 and this 5 average 2.33).
    #[test]
    fn a_response_with_personal_5_never_turns_toxic_healthy(
        responses in proptest::collection::vec(any_response(), 6..60),
    ) {
        let rules = RuleSet::built_in().unwrap().clone();
        let before_workshop = workshop_of(&responses, 3);
        let before = classify(&before_workshop, &rules);
        let metrics = WorkshopMetrics::compute(&before_workshop);
        let function = if metrics.perception_gap().unwrap_or(0.0) >= 0.0 {
            Function::Sales
        } else {
            Function::Product
        };
        let floor = before_workshop.settings.anonymity_floor.value() as usize;
        let raters = metrics.scope(tandem::metrics::Scope::of(function)).statement("personal").rated();
        prop_assume!(raters + 1 != floor);
        let mut added = Response::new(function, Relationship::ConstantFriction);
        added.ratings.insert(String::from("personal"), Rating::new(5).unwrap());
        let mut after_workshop = before_workshop.clone();
        after_workshop.add_response(added);
        let after = classify(&after_workshop, &rules);
        for scope in tandem::metrics::Scope::ALL {
            if before.scope(scope).verdict == Verdict::Toxic {
                prop_assert_eq!(after.scope(scope).verdict, Verdict::Toxic, "{:?}", scope);
            }
        }
    }
}
