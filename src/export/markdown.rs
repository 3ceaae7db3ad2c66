//! The summary as Markdown, to paste into a wiki.

use std::fmt::Write as _;

use super::finding::Finding;
use super::summary::{Results, Summary, optional_gap, optional_mean, percent, signal_word};
use crate::metrics::Scope;
use crate::metrics::benchmark::STUDY_NOTE;
use crate::rules::stability_words::sentence;

/// Writing to a `String` cannot fail, so `writeln!` results are ignored throughout.
pub fn markdown(summary: &Summary<'_>) -> String {
    let mut out = String::new();
    facts_markdown(&mut out, summary);
    match &summary.results {
        None => {
            let _ = writeln!(out, "## Results\n\n{}\n", summary.withheld_message());
        }
        Some(results) => {
            verdict_markdown(&mut out, summary, results);
            tables_markdown(&mut out, results);
            findings_markdown(&mut out, results);
            nearly_fired_markdown(&mut out, results);
            comments_markdown(&mut out, summary, results);
        }
    }
    agreements_markdown(&mut out, summary);
    out
}

/// What the workshop was: title, organisation, date, who answered, the rules, the follow-up.
fn facts_markdown(out: &mut String, summary: &Summary<'_>) {
    let meta = &summary.workshop.meta;
    let _ = writeln!(out, "# {}\n", escape(&meta.title));
    let _ = writeln!(out, "- **Organisation:** {}", escape(&meta.organisation));
    let _ = writeln!(out, "- **Date:** {}", meta.date);
    let _ = writeln!(out, "- **Facilitator:** {}", escape(&meta.facilitator));
    let _ = writeln!(
        out,
        "- **Respondents:** {} sales, {} product (anonymity floor {})",
        summary.sales, summary.product, summary.floor
    );
    for notice in summary.held_back_notices() {
        let _ = writeln!(out, "- **Held back:** {}", escape(&notice));
    }
    let _ = writeln!(out, "- **Rules:** {}", escape(&summary.rules.name));
    let _ = writeln!(
        out,
        "- **Follow-up workshop:** {}\n",
        meta.date.add_months(3)
    );
}

fn verdict_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(out, "## Verdict\n");
    for scope in Scope::ALL {
        let verdict = results.classification.scope(scope);
        let words = results
            .stability
            .scope(scope)
            .words()
            .map(|words| format!(" — {words}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- **{}:** {} {} (toxic weight {}, healthy weight {}){words}",
            scope.label(),
            verdict.verdict.icon(),
            verdict.verdict.label(),
            verdict.toxic_weight,
            verdict.healthy_weight
        );
    }
    if let Some(gap) = results.metrics.perception_gap() {
        let _ = writeln!(
            out,
            "\nPerception gap (sales − product mean friction level, 0–3): **{gap:+.2}**"
        );
    }
    if let Some(note) = summary.overall_note() {
        let _ = writeln!(out, "\n> {}", escape(note));
    }
}

/// The relationship answers, statements and friction sources as tables.
fn tables_markdown(out: &mut String, results: &Results) {
    let _ = writeln!(out, "\n## How would you describe the relationship?\n");
    let _ = writeln!(out, "| Answer | Sales | Product | Overall | Study (2014) |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|");
    for row in &results.relationship_rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape(&row.label),
            percent(row.sales),
            percent(row.product),
            percent(row.overall),
            row.study_label
        );
    }
    let _ = writeln!(out, "\n*Study (2014):* {}", escape(STUDY_NOTE));

    let _ = writeln!(out, "\n## Statements (mean rating, 1–5)\n");
    let _ = writeln!(
        out,
        "| Statement | Sales | Product | Gap (sales − product) |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|");
    for row in &results.statement_rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(&row.text),
            optional_mean(row.sales),
            optional_mean(row.product),
            optional_gap(row.gap)
        );
    }

    let _ = writeln!(out, "\n## Friction sources\n");
    let _ = writeln!(out, "| Source | Sales | Product | Total |");
    let _ = writeln!(out, "|---|---:|---:|---:|");
    for row in &results.source_rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(&row.label),
            row.sales,
            row.product,
            row.total
        );
    }
}

fn findings_markdown(out: &mut String, results: &Results) {
    let _ = writeln!(out, "\n## Findings\n");
    if results.findings.is_empty() {
        let _ = writeln!(out, "No rule fired.\n");
    }
    for finding in &results.findings {
        finding_markdown(out, finding);
    }
    if !results.function_findings.is_empty() {
        let _ = writeln!(
            out,
            "## Findings on one function's answers alone\n\n{FUNCTION_FINDINGS_NOTE}\n"
        );
    }
    for finding in &results.function_findings {
        finding_markdown(out, finding);
    }
}

/// Said above the per-function findings in every export.
pub const FUNCTION_FINDINGS_NOTE: &str = "These rules fired on one function's answers but not on everyone's together: they count in that function's verdict, not in the overall one.";

/// One finding: title, explanation, what it measured, robustness, question, source, note.
fn finding_markdown(out: &mut String, finding: &Finding) {
    let scope = finding
        .scope_words()
        .map(|words| format!(" — {}", words.to_lowercase()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "### {} — {} (weight {}){scope}\n",
        signal_word(finding.signal),
        escape(&finding.title),
        finding.weight
    );
    let _ = writeln!(out, "{}\n", escape(&finding.explanation));
    for sentence in &finding.measurements {
        let _ = writeln!(out, "- {}", escape(sentence));
    }
    if let Some(words) = &finding.stability {
        let _ = writeln!(out, "\n{}", sentence(words));
    }
    let _ = writeln!(
        out,
        "\n*Question for the room:* {}\n",
        escape(&finding.prompt)
    );
    let _ = writeln!(out, "*Source:* {}\n", escape(&finding.citation));
    if let Some(note) = &finding.note {
        let _ = writeln!(out, "> {}\n", escape(note));
    }
}

/// Rules that nearly fired: how far each value is from firing, and whether leaving out one
/// answer would make them fire.
fn nearly_fired_markdown(out: &mut String, results: &Results) {
    if results.nearly_fired.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Nearly fired\n");
    for near in &results.nearly_fired {
        let _ = writeln!(
            out,
            "### {} — {}\n",
            signal_word(near.signal),
            escape(&near.title)
        );
        for distance in &near.distances {
            let _ = writeln!(out, "- {}", escape(distance));
        }
        if let Some(words) = &near.stability {
            let _ = writeln!(out, "\n{}", sentence(words));
        }
        let _ = writeln!(out);
    }
}

fn comments_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(out, "## Comments (pooled and shuffled)\n");
    for (prompt, list) in results.comments.by_prompt(&summary.workshop.questionnaire) {
        let _ = writeln!(out, "**{}**\n", escape(prompt));
        if list.is_empty() {
            let _ = writeln!(out, "- (none)");
        }
        for comment in list {
            let _ = writeln!(out, "- {}", escape(comment));
        }
        let _ = writeln!(out);
    }
}

fn agreements_markdown(out: &mut String, summary: &Summary<'_>) {
    let _ = writeln!(out, "## Agreements\n");
    if summary.agreements().is_empty() {
        let _ = writeln!(out, "None yet.");
    }
    for agreement in summary.agreements() {
        let finding = summary
            .finding_of(agreement.finding.as_ref())
            .map(|f| format!(" *(answers {})*", escape(&f)))
            .unwrap_or_default();
        let _ = writeln!(out, "- {}{finding}", escape(&agreement.text));
    }
    let _ = writeln!(out, "\n## Actions\n");
    if summary.actions().is_empty() {
        let _ = writeln!(out, "None yet.");
    } else {
        let _ = writeln!(out, "| Done | Action | Owner | Due | Answers |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for row in summary.action_rows() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                row.done,
                escape(row.text),
                row.owner,
                row.due,
                escape(&row.answers)
            );
        }
    }
}

/// Keeps user text from turning into Markdown structure (tables, emphasis, links, HTML).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '>' | '#' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' | '\r' => escaped.push(' '),
            _ => escaped.push(c),
        }
    }
    escaped
}
