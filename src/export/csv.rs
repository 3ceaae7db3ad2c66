//! CSV: the anonymous responses (the same columns the import reads) and the metrics.

use std::fmt::Write as _;

use super::summary::Summary;
use crate::domain::{Relationship, Workshop};
use crate::metrics::Scope;

/// One CSV field, quoted when it holds a separator, a quote or a line break.
pub fn field(text: &str) -> String {
    if text.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn line(out: &mut String, fields: &[String]) {
    let joined: Vec<String> = fields.iter().map(|f| field(f)).collect();
    let _ = writeln!(out, "{}", joined.join(","));
}

/// The columns of the responses CSV, in order.
pub fn response_columns(workshop: &Workshop) -> Vec<String> {
    let mut columns = vec![String::from("function"), String::from("relationship")];
    columns.extend(
        workshop
            .questionnaire
            .statements
            .iter()
            .map(|s| s.key.clone()),
    );
    columns.extend(["sources", "friction_comment", "works_well_comment"].map(String::from));
    columns
}

/// One row per response, in the canonical order. Below the anonymity floor only the counts,
/// with a note that the responses are withheld.
pub fn responses_csv(summary: &Summary<'_>) -> String {
    let workshop = summary.workshop;
    let mut out = String::new();
    if summary.results.is_none() {
        line(
            &mut out,
            &["function", "respondents", "note"].map(String::from),
        );
        for (function, count) in [("sales", summary.sales), ("product", summary.product)] {
            line(
                &mut out,
                &[
                    function.to_owned(),
                    count.to_string(),
                    summary.withheld_message(),
                ],
            );
        }
        return out;
    }
    line(&mut out, &response_columns(workshop));
    for response in &workshop.responses {
        let mut fields = vec![
            response.function.key().to_owned(),
            response.relationship.key().to_owned(),
        ];
        for statement in &workshop.questionnaire.statements {
            fields.push(
                response
                    .rating(&statement.key)
                    .map(|r| r.to_string())
                    .unwrap_or_default(),
            );
        }
        fields.push(
            response
                .sources
                .iter()
                .cloned()
                .collect::<Vec<_>>()
                .join(";"),
        );
        fields.push(response.friction_comment.clone().unwrap_or_default());
        fields.push(response.works_well_comment.clone().unwrap_or_default());
        line(&mut out, &fields);
    }
    out
}

/// One row per metric and scope: `scope,metric,key,value`. Below the floor only respondents.
pub fn metrics_csv(summary: &Summary<'_>) -> String {
    let mut out = String::new();
    line(
        &mut out,
        &["scope", "metric", "key", "value"].map(String::from),
    );
    let mut row = |scope: &str, metric: &str, key: &str, value: String| {
        line(
            &mut out,
            &[scope.to_owned(), metric.to_owned(), key.to_owned(), value],
        );
    };
    let Some(results) = &summary.results else {
        row("sales", "respondents", "", summary.sales.to_string());
        row("product", "respondents", "", summary.product.to_string());
        row(
            "overall",
            "respondents",
            "",
            (summary.sales + summary.product).to_string(),
        );
        row("overall", "withheld", "", summary.withheld_message());
        return out;
    };
    let number = |value: Option<f64>| value.map(|v| format!("{v:.6}")).unwrap_or_default();
    for scope in Scope::ALL {
        let of = results.metrics.scope(scope);
        let name = scope.key();
        let verdict = results.classification.scope(scope);
        row(name, "respondents", "", of.respondents.to_string());
        row(name, "verdict", "", verdict.verdict.key().to_owned());
        row(name, "toxic_weight", "", verdict.toxic_weight.to_string());
        row(
            name,
            "healthy_weight",
            "",
            verdict.healthy_weight.to_string(),
        );
        row(name, "friction_level", "", number(of.friction_level));
        row(name, "aligned_share", "", number(of.aligned_share()));
        row(
            name,
            "dysfunction_share",
            "",
            number(of.dysfunction_share()),
        );
        row(name, "spillover_share", "", number(of.spillover_share()));
        for answer in Relationship::ALL {
            row(
                name,
                "relationship_share",
                answer.key(),
                number(of.relationship_share(answer)),
            );
            row(
                name,
                "benchmark_difference",
                answer.key(),
                number(of.benchmark_difference(answer)),
            );
        }
        for (key, stats) in &of.statements {
            row(name, "mean", key, number(stats.mean));
            row(name, "spread", key, number(stats.spread));
            row(name, "rated", key, stats.rated.to_string());
        }
        for (key, count) in &of.source_counts {
            row(name, "source_count", key, count.to_string());
        }
        for outcome in verdict.fired() {
            row(name, "fired", &outcome.rule, outcome.weight.to_string());
        }
    }
    row(
        "overall",
        "perception_gap",
        "",
        number(results.metrics.perception_gap()),
    );
    for statement in &summary.workshop.questionnaire.statements {
        row(
            "overall",
            "statement_gap",
            &statement.key,
            number(results.metrics.statement_gap(&statement.key)),
        );
    }
    out
}
