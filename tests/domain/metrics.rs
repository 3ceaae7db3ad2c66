//! Every metric of PRODUCT.md §6 on a small case computed by hand.

use crate::common;

use common::{respond, workshop_of};
use tandem::domain::Function::{Product, Sales};
use tandem::domain::Relationship::{
    CompletelyAligned, ConstantFriction, LackingAlignment, MostlyAligned,
};
use tandem::domain::response::AnswerTable;
use tandem::domain::{Function, Relationship, Response, Responses, Workshop};
use tandem::metrics::{Scope, ScopeMetrics, StatementStats, WorkshopMetrics};

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a value");
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

/// Three sales and two product answers:
///
/// | who | relationship | task_debate | personal | trust | voice | sources |
/// |-----|--------------|-------------|----------|-------|-------|---------|
/// | s1  | mostly (1)   | 4 | 5 | 2 | 3 | pricing, handoffs |
/// | s2  | lacking (2)  | 5 | 4 | – | – | pricing |
/// | s3  | constant (3) | 2 | – | 4 | – | – |
/// | p1  | completely (0)| 3 | 1 | 4 | – | deal_requests |
/// | p2  | mostly (1)   | – | 2 | 5 | – | pricing |
fn hand_case() -> Workshop {
    workshop_of([
        respond(
            Sales,
            MostlyAligned,
            &[
                ("task_debate", 4),
                ("personal", 5),
                ("trust", 2),
                ("voice", 3),
            ],
            &["pricing", "handoffs"],
        ),
        respond(
            Sales,
            LackingAlignment,
            &[("task_debate", 5), ("personal", 4)],
            &["pricing"],
        ),
        respond(
            Sales,
            ConstantFriction,
            &[("task_debate", 2), ("trust", 4)],
            &[],
        ),
        respond(
            Product,
            CompletelyAligned,
            &[("task_debate", 3), ("personal", 1), ("trust", 4)],
            &["deal_requests"],
        ),
        respond(
            Product,
            MostlyAligned,
            &[("personal", 2), ("trust", 5)],
            &["pricing"],
        ),
    ])
}

#[test]
fn respondents_and_relationship_shares() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    assert_eq!(metrics.sales.respondents, 3);
    assert_eq!(metrics.product.respondents, 2);
    assert_eq!(metrics.overall.respondents, 5);
    assert_eq!(metrics.sales.relationship_counts, [0, 1, 1, 1]);
    assert_eq!(metrics.overall.relationship_counts, [1, 2, 1, 1]);
    close(
        metrics.sales.relationship_share(ConstantFriction),
        1.0 / 3.0,
    );
    close(metrics.sales.relationship_share(CompletelyAligned), 0.0);
    close(metrics.product.relationship_share(CompletelyAligned), 0.5);
    close(metrics.overall.relationship_share(MostlyAligned), 0.4);
}

#[test]
fn friction_level_aligned_and_dysfunction_shares() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    close(metrics.sales.friction_level, 2.0); // (1 + 2 + 3) / 3
    close(metrics.product.friction_level, 0.5); // (0 + 1) / 2
    close(metrics.overall.friction_level, 1.4); // 7 / 5
    close(metrics.sales.aligned_share(), 1.0 / 3.0);
    close(metrics.sales.dysfunction_share(), 2.0 / 3.0);
    close(metrics.product.aligned_share(), 1.0);
    close(metrics.product.dysfunction_share(), 0.0);
    close(metrics.overall.aligned_share(), 0.6);
    close(metrics.overall.dysfunction_share(), 0.4);
}

/// One group's figures without the per-statement floor, for the arithmetic: `None` for the
/// whole workshop, else one function's answers.
fn unfloored(function: Option<Function>) -> ScopeMetrics {
    let workshop = hand_case();
    let answers = workshop
        .responses
        .iter()
        .filter(|response| function.is_none_or(|function| response.function == function));
    ScopeMetrics::compute(&workshop.questionnaire, answers)
}

#[test]
fn statement_means_and_spreads_skip_the_skipped() {
    // Sales task_debate 4, 5, 2: mean 11/3; variance 45/3 − (11/3)² = 14/9.
    let sales = unfloored(Some(Sales));
    let task = sales.statements["task_debate"];
    assert_eq!(task.rated(), 3);
    close(task.mean(), 11.0 / 3.0);
    close(task.spread(), (14.0_f64 / 9.0).sqrt());
    // Sales personal 5, 4 (s3 skipped): mean 4.5, spread 0.5.
    close(sales.mean("personal"), 4.5);
    close(sales.spread("personal"), 0.5);
    // Product task_debate: only p1 rated it.
    let product = unfloored(Some(Product));
    assert_eq!(product.statements["task_debate"].rated(), 1);
    close(product.mean("task_debate"), 3.0);
    close(product.spread("task_debate"), 0.0);
    // Overall personal 5, 4, 1, 2: mean 3, variance 46/4 − 9 = 2.5.
    let overall = unfloored(None);
    close(overall.mean("personal"), 3.0);
    close(overall.spread("personal"), 2.5_f64.sqrt());
    close(overall.mean("trust"), 15.0 / 4.0);
}

/// PRODUCT.md §7 on the same answers, floor 3: a function's mean needs 3 of its raters, the
/// overall mean needs neither function to have 1 or 2; the count is always there.
#[test]
fn a_mean_of_fewer_raters_than_the_floor_is_hidden_with_its_spread() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    // Sales task_debate: 3 raters, shown.
    close(metrics.sales.mean("task_debate"), 11.0 / 3.0);
    // Sales personal: 2 raters (4.5 unfloored); product task_debate: 1 (3.0).
    for (of, key, rated) in [
        (&metrics.sales, "personal", 2),
        (&metrics.product, "task_debate", 1),
        (&metrics.product, "trust", 2),
    ] {
        assert_eq!(of.statement(key), StatementStats::Hidden { rated }, "{key}");
        assert_eq!((of.mean(key), of.spread(key)), (None, None), "{key}");
    }
    // Overall task_debate 4 raters, but product's 1 would be overall minus sales.
    assert_eq!(
        metrics.overall.statement("task_debate"),
        StatementStats::Hidden { rated: 4 }
    );
    assert_eq!(metrics.overall.mean("personal"), None);
    assert_eq!(metrics.overall.mean("trust"), None);
}

#[test]
fn a_statement_nobody_rated_has_no_value() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    for scope in Scope::ALL {
        let of = metrics.scope(scope);
        assert_eq!(of.mean("horizons"), None, "{scope:?}");
        assert_eq!(of.spread("horizons"), None);
        assert_eq!(of.statement("horizons"), StatementStats::Unrated);
    }
    // Only one sales respondent rated `voice` (hidden); product has no value; no gap.
    assert_eq!(
        metrics.sales.statement("voice"),
        StatementStats::Hidden { rated: 1 }
    );
    assert_eq!(metrics.product.mean("voice"), None);
    assert_eq!(metrics.statement_gap("voice"), None);
    assert_eq!(metrics.statement_gap("horizons"), None);
}

#[test]
fn spillover_counts_only_those_who_rated_both() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    // Sales: s1 (4, 5) and s2 (5, 4) rated both, both 4+; s3 skipped personal.
    assert_eq!(
        (metrics.sales.spillover_count, metrics.sales.spillover_base),
        (2, 2)
    );
    close(metrics.sales.spillover_share(), 1.0);
    // Product: only p1 rated both (3, 1).
    close(metrics.product.spillover_share(), 0.0);
    close(metrics.overall.spillover_share(), 2.0 / 3.0);
}

#[test]
fn perception_gaps_are_sales_minus_product() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    close(metrics.perception_gap(), 1.5); // 2.0 − 0.5
    // Product's task_debate (1 rater) and both functions' trust (2 each) are hidden, so no
    // gap; statement gaps of shown means are in tests/domain/statement_floor.rs.
    assert_eq!(metrics.statement_gap("task_debate"), None);
    assert_eq!(metrics.statement_gap("trust"), None);
}

#[test]
fn friction_sources_are_counted_per_scope() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    assert_eq!(metrics.sales.source_counts["pricing"], 2);
    assert_eq!(metrics.sales.source_counts["handoffs"], 1);
    assert_eq!(metrics.sales.source_counts["deal_requests"], 0);
    assert_eq!(metrics.overall.source_counts["pricing"], 3);
    assert_eq!(metrics.overall.sources_ranked()[0], ("pricing", 3));
    close(metrics.overall.source_share("pricing"), 0.6);
    assert_eq!(
        metrics.overall.source_counts.len(),
        8,
        "every source listed, zero included"
    );
}

#[test]
fn difference_from_the_study_benchmark() {
    let metrics = WorkshopMetrics::compute(&hand_case());
    close(
        metrics.sales.benchmark_difference(ConstantFriction),
        1.0 / 3.0 - 0.0289,
    );
    close(
        metrics.overall.benchmark_difference(LackingAlignment),
        0.2 - 0.2370,
    );
    close(metrics.overall.aligned_difference(), 0.6 - 0.7341);
    close(metrics.overall.dysfunction_difference(), 0.4 - 0.2659);
}

#[test]
fn an_empty_scope_has_no_values_not_zeros() {
    let metrics = WorkshopMetrics::compute(&workshop_of([]));
    let of = &metrics.overall;
    assert_eq!(of.respondents, 0);
    assert_eq!(of.friction_level, None);
    assert_eq!(of.aligned_share(), None);
    assert_eq!(of.relationship_share(Relationship::MostlyAligned), None);
    assert_eq!(of.spillover_share(), None);
    assert_eq!(of.mean("trust"), None);
    assert_eq!(metrics.perception_gap(), None);
}

/// A sales response with the given ratings and sources; keys need not be statements here.
fn rated(ratings: &[(&str, u8)], sources: &[&str]) -> Response {
    respond(Sales, MostlyAligned, ratings, sources)
}

#[test]
fn the_table_has_a_column_for_every_key_and_a_row_for_every_response() {
    let list = [
        rated(&[("b", 2), ("d", 4)], &["y"]),
        rated(&[("a", 1), ("d", 5), ("e", 3)], &[]),
        rated(&[("c", 3)], &["z", "x"]),
        rated(&[], &[]),
        rated(&[("b", 1), ("d", 2)], &["y"]),
    ];
    let table = AnswerTable::build(&list);
    assert_eq!(table.statement_keys, ["a", "b", "c", "d", "e"]);
    assert_eq!(table.source_keys, ["x", "y", "z"]);
    assert_eq!(table.ratings_row(0), [0, 2, 0, 4, 0]);
    assert_eq!(table.ratings_row(1), [1, 0, 0, 5, 3]);
    assert_eq!(table.ratings_row(2), [0, 0, 3, 0, 0]);
    assert_eq!(table.ratings_row(3), [0, 0, 0, 0, 0]);
    assert_eq!(table.ratings_row(4), [0, 1, 0, 2, 0]);
    assert_eq!(table.sources_row(0), [0, 1, 0]);
    assert_eq!(table.sources_row(2), [1, 0, 1]);
    assert_eq!(table.sources_row(3), [0, 0, 0]);
}

#[test]
fn inserting_keeps_the_table_equal_to_one_built_from_scratch() {
    let mut responses = Responses::from(vec![rated(&[("b", 2)], &["y"])]);
    // A response with the same keys takes the fast path; one with a new key rebuilds.
    for response in [
        rated(&[("b", 5)], &[]),
        rated(&[("a", 1), ("b", 3)], &["x"]),
    ] {
        responses.insert(response);
        let rebuilt = AnswerTable::build(&responses.iter().cloned().collect::<Vec<_>>());
        assert_eq!(responses.table().statement_keys, rebuilt.statement_keys);
        assert_eq!(responses.table().source_keys, rebuilt.source_keys);
        assert_eq!(responses.table().ratings, rebuilt.ratings);
        assert_eq!(responses.table().sources, rebuilt.sources);
        assert_eq!(responses.table().answers, rebuilt.answers);
    }
    assert_eq!(responses.table().statement_keys, ["a", "b"]);
}
