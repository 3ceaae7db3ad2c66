//! CSV: the anonymous responses (the same columns the import reads) and the metrics.

use super::safe_output::safe;
use super::spreadsheet_safe::guard;
use super::summary::Summary;
use crate::domain::{Function, Relationship, Workshop};
use crate::metrics::Scope;

/// Rows written by the `csv` crate: a field is quoted only when it holds a comma, a
/// semicolon, a quote or a line break, and lines end in `\n` as every export does.
struct Table(csv::Writer<Vec<u8>>);

impl Table {
    fn new() -> Self {
        let writer = csv::WriterBuilder::new()
            // Nothing is checked, so nothing can be refused: rows are built right here.
            .flexible(true)
            // The import takes `;` as a separator too, and so may a spreadsheet that guesses,
            // so a field holding one is quoted (`"pricing;handoffs"`), as Tandem always did.
            // `csv` has no list of characters to quote, but quotes its comment character
            // wherever it appears in a field (documented); no comment is ever written.
            .comment(Some(b';'))
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        Self(writer)
    }

    fn row<T: AsRef<[u8]>>(&mut self, fields: impl IntoIterator<Item = T>) {
        // Writing to memory cannot fail.
        let _ = self.0.write_record(fields);
    }

    fn finish(self) -> String {
        // Flushing to memory cannot fail, and every field came in as UTF-8.
        let bytes = self.0.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
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
    let workshop = &*summary.workshop;
    let mut out = Table::new();
    if summary.results.is_none() {
        out.row(["function", "respondents", "note"]);
        for (function, count) in [("sales", summary.sales), ("product", summary.product)] {
            out.row([
                function.to_owned(),
                count.to_string(),
                summary.withheld_message(),
            ]);
        }
        return out.finish();
    }
    out.row(response_columns(workshop));
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
        for comment in [&response.friction_comment, &response.works_well_comment] {
            // Cleaned before the guard looks at the first character: a bidi mark taken out
            // after it would leave `=…` unguarded.
            let comment = safe(comment.as_deref().unwrap_or_default());
            fields.push(guard(&comment).into_owned());
        }
        out.row(fields);
    }
    out.finish()
}

/// One row per metric and scope: `scope,metric,key,value`. Below the floor only respondents.
pub fn metrics_csv(summary: &Summary<'_>) -> String {
    let mut out = Table::new();
    out.row(["scope", "metric", "key", "value"]);
    let mut row = |scope: &str, metric: &str, key: &str, value: String| {
        out.row([scope, metric, key, &value]);
    };
    // Answers given after the reveal that count in no figure below (always listed, 0 too).
    for function in Function::ALL {
        let held = summary.workshop.held_back(function);
        row(function.key(), "held_back", "", held.to_string());
    }
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
        return out.finish();
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
        // A mean or spread hidden by the per-statement floor is left empty, like one nobody
        // rated; `rated` says which it is.
        for (key, stats) in &of.statements {
            row(name, "mean", key, number(stats.mean()));
            row(name, "spread", key, number(stats.spread()));
            row(name, "rated", key, stats.rated().to_string());
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
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn fields_are_quoted_only_when_they_hold_a_separator_a_quote_or_a_line_break() {
        let mut table = Table::new();
        table.row([
            "plain",
            "",
            "a;b",
            "a,b",
            "say \"hi\"",
            "two\nlines",
            "cr\r",
        ]);
        assert_eq!(
            table.finish(),
            "plain,,\"a;b\",\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\n"
        );
    }
}
