//! The summary as one self-contained HTML page: inline CSS and SVG, no script, nothing
//! fetched; readable on a phone, and printable to clean PDF pages.

use std::fmt::Write as _;

use super::finding::Finding;
use super::markdown::FUNCTION_FINDINGS_NOTE;
use super::summary::{Results, Summary, optional_gap, optional_mean, percent, signal_word};
use super::svg::{distribution_chart, gap_chart};
use crate::metrics::Scope;
use crate::metrics::benchmark::STUDY_NOTE;
use crate::rules::Verdict;
use crate::rules::stability_words::sentence;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif; margin: 0 auto; max-width: 860px; padding: 1rem; line-height: 1.45; color: #1d1d1d; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; }
figure svg { width: 100%; max-width: 560px; height: auto; display: block; }
figcaption { font-size: 0.9rem; color: #555; }
.facts { list-style: none; padding: 0; }
.verdicts { display: flex; flex-wrap: wrap; gap: 1rem; }
.verdict { border: 2px solid currentColor; border-radius: 8px; padding: 0.5rem 0.8rem; }
.verdict strong { font-size: 1.3rem; }
.robustness { max-width: 16rem; font-size: 0.9rem; color: #1d1d1d; }
.verdict-toxic { color: #a3161a; }
.verdict-healthy { color: #1d6b35; }
.verdict-insufficient { color: #555; }
.finding { border-left: 4px solid #bbb; padding: 0.2rem 0.8rem; margin: 1rem 0; }
.finding-toxic { border-color: #a3161a; }
.finding-healthy { border-color: #1d6b35; }
.withheld { background: #f3f3f3; padding: 0.8rem; border-radius: 6px; }
blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; color: #333; }
@media (max-width: 600px) { body { padding: 0.5rem; } th, td { padding: 0.2rem; font-size: 0.9rem; } }
@media print {
  body { max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  figure, table, .finding, .verdicts { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

pub use super::escape::escape;

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Healthy => "verdict-healthy",
        Verdict::Toxic => "verdict-toxic",
        Verdict::Insufficient => "verdict-insufficient",
    }
}

/// Writing to a `String` cannot fail, so `write!` results are ignored throughout.
pub fn html(summary: &Summary<'_>) -> String {
    let mut out = String::new();
    head_and_facts(&mut out, summary);
    match &summary.results {
        None => {
            let _ = writeln!(
                out,
                "<section>\n<h2>Results</h2>\n<p class=\"withheld\">{}</p>\n</section>",
                escape(&summary.withheld_message())
            );
        }
        Some(results) => {
            verdicts_html(&mut out, summary, results);
            tables_html(&mut out, results);
            findings_html(&mut out, results);
            comments(&mut out, summary, results);
        }
    }
    agreements(&mut out, summary);
    actions(&mut out, summary);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn head_and_facts(out: &mut String, summary: &Summary<'_>) {
    let meta = &summary.workshop.meta;
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&meta.title)
    );
    let _ = write!(
        out,
        "<h1>{}</h1>\n<ul class=\"facts\">\n",
        escape(&meta.title)
    );
    for (label, value) in [
        ("Organisation", meta.organisation.clone()),
        ("Date", meta.date.to_string()),
        ("Facilitator", meta.facilitator.clone()),
        (
            "Respondents",
            format!(
                "{} sales, {} product (anonymity floor {})",
                summary.sales, summary.product, summary.floor
            ),
        ),
        ("Rules", summary.rules.name.clone()),
        ("Follow-up workshop", meta.date.add_months(3).to_string()),
    ] {
        let _ = writeln!(out, "<li><strong>{label}:</strong> {}</li>", escape(&value));
    }
    for notice in summary.held_back_notices() {
        let _ = writeln!(
            out,
            "<li><strong>Held back:</strong> {}</li>",
            escape(&notice)
        );
    }
    out.push_str("</ul>\n");
}

fn comments(out: &mut String, summary: &Summary<'_>, results: &Results) {
    out.push_str("<section>\n<h2>Comments (pooled and shuffled)</h2>\n");
    for (prompt, list) in results.comments.by_prompt(&summary.workshop.questionnaire) {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul>", escape(prompt));
        if list.is_empty() {
            out.push_str("<li>(none)</li>\n");
        }
        for comment in list {
            let _ = writeln!(out, "<li>{}</li>", escape(comment));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn agreements(out: &mut String, summary: &Summary<'_>) {
    out.push_str("<section>\n<h2>Agreements</h2>\n");
    if summary.agreements().is_empty() {
        out.push_str("<p>None yet.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for agreement in summary.agreements() {
            let finding = summary
                .finding_of(agreement.finding.as_ref())
                .map(|f| format!(" <small>(answers {})</small>", escape(&f)))
                .unwrap_or_default();
            let _ = writeln!(out, "<li>{}{finding}</li>", escape(&agreement.text));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn actions(out: &mut String, summary: &Summary<'_>) {
    out.push_str("<section>\n<h2>Actions</h2>\n");
    if summary.actions().is_empty() {
        out.push_str("<p>None yet.</p>\n");
    } else {
        out.push_str("<table>\n<thead><tr><th scope=\"col\">Done</th><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Answers</th></tr></thead>\n<tbody>\n");
        for row in summary.action_rows() {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                row.done,
                escape(row.text),
                row.owner,
                row.due,
                escape(&row.answers)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

/// The three verdicts, each with whether it holds whichever single answer is left out.
fn verdicts_html(out: &mut String, summary: &Summary<'_>, results: &Results) {
    out.push_str("<section>\n<h2>Verdict</h2>\n<div class=\"verdicts\">\n");
    for scope in Scope::ALL {
        let verdict = results.classification.scope(scope);
        let words = results
            .stability
            .scope(scope)
            .words()
            .map(|words| format!("<div class=\"robustness\">{}</div>", sentence(&words)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<div class=\"verdict {}\"><div>{}</div><strong>{} {}</strong><div>toxic weight {} · healthy weight {}</div>{words}</div>",
            verdict_class(verdict.verdict),
            scope.label(),
            verdict.verdict.icon(),
            verdict.verdict.label(),
            verdict.toxic_weight,
            verdict.healthy_weight
        );
    }
    out.push_str("</div>\n");
    if let Some(gap) = results.metrics.perception_gap() {
        let _ = writeln!(
            out,
            "<p>Perception gap (sales − product mean friction level, 0–3): <strong>{gap:+.2}</strong></p>"
        );
    }
    if let Some(note) = summary.overall_note() {
        let _ = writeln!(out, "<blockquote>{}</blockquote>", escape(note));
    }
    out.push_str("</section>\n");
}

/// The fired rules with their values and robustness, those that fired on one function's
/// answers alone, then the rules that nearly fired.
fn findings_html(out: &mut String, results: &Results) {
    out.push_str("<section>\n<h2>Findings</h2>\n");
    if results.findings.is_empty() {
        out.push_str("<p>No rule fired.</p>\n");
    }
    for finding in &results.findings {
        finding_html(out, finding);
    }
    out.push_str("</section>\n");
    if !results.function_findings.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h2>Findings on one function's answers alone</h2>\n<p>{}</p>",
            escape(FUNCTION_FINDINGS_NOTE)
        );
        for finding in &results.function_findings {
            finding_html(out, finding);
        }
        out.push_str("</section>\n");
    }
    if !results.nearly_fired.is_empty() {
        out.push_str("<section>\n<h2>Nearly fired</h2>\n");
        for near in &results.nearly_fired {
            let _ = writeln!(
                out,
                "<div class=\"finding\">\n<h3>{} — {}</h3>\n<ul>",
                signal_word(near.signal),
                escape(&near.title)
            );
            for distance in &near.distances {
                let _ = writeln!(out, "<li>{}</li>", escape(distance));
            }
            out.push_str("</ul>\n");
            if let Some(words) = &near.stability {
                let _ = writeln!(out, "<p>{}</p>", escape(&sentence(words)));
            }
            out.push_str("</div>\n");
        }
        out.push_str("</section>\n");
    }
}

/// One finding: title, explanation, what it measured, robustness, question, source, note.
fn finding_html(out: &mut String, finding: &Finding) {
    let class = match finding.signal {
        crate::rules::Signal::Toxic => "finding-toxic",
        crate::rules::Signal::Healthy => "finding-healthy",
    };
    let scope = finding
        .scope_words()
        .map(|words| format!(" — {}", escape(&words.to_lowercase())))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<div class=\"finding {class}\">\n<h3>{} — {} (weight {}){scope}</h3>\n<p>{}</p>\n<ul>",
        signal_word(finding.signal),
        escape(&finding.title),
        finding.weight,
        escape(&finding.explanation)
    );
    for sentence in &finding.measurements {
        let _ = writeln!(out, "<li>{}</li>", escape(sentence));
    }
    out.push_str("</ul>\n");
    if let Some(words) = &finding.stability {
        let _ = writeln!(out, "<p>{}</p>", escape(&sentence(words)));
    }
    let _ = writeln!(
        out,
        "<p><em>Question for the room:</em> {}</p>\n<p><small>Source: {}</small></p>",
        escape(&finding.prompt),
        escape(&finding.citation)
    );
    if let Some(note) = &finding.note {
        let _ = writeln!(out, "<blockquote>{}</blockquote>", escape(note));
    }
    out.push_str("</div>\n");
}

/// The relationship answers beside the study, the statements and the friction sources, each
/// as a chart (where there is one) and a table.
fn tables_html(out: &mut String, results: &Results) {
    out.push_str("<section>\n<h2>How would you describe the relationship?</h2>\n<figure>\n");
    out.push_str(&distribution_chart(&results.relationship_rows));
    out.push_str("\n<figcaption>Share of each answer among sales and product respondents, beside Actuation Consulting's 2014 Study of Product Team Performance.</figcaption>\n</figure>\n");
    out.push_str("<table>\n<thead><tr><th scope=\"col\">Answer</th><th scope=\"col\" class=\"number\">Sales</th><th scope=\"col\" class=\"number\">Product</th><th scope=\"col\" class=\"number\">Overall</th><th scope=\"col\" class=\"number\">Study (2014)</th></tr></thead>\n<tbody>\n");
    for row in &results.relationship_rows {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
            escape(&row.label),
            percent(row.sales),
            percent(row.product),
            percent(row.overall),
            row.study_label
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p><small>Study (2014): {}</small></p>\n</section>",
        escape(STUDY_NOTE)
    );

    out.push_str("<section>\n<h2>Statements</h2>\n<figure>\n");
    out.push_str(&gap_chart(&results.statement_rows));
    out.push_str("\n<figcaption>Sales' mean rating minus product's, per statement (1 = strongly disagree, 5 = strongly agree).</figcaption>\n</figure>\n");
    out.push_str("<table>\n<thead><tr><th scope=\"col\">Statement</th><th scope=\"col\" class=\"number\">Sales</th><th scope=\"col\" class=\"number\">Product</th><th scope=\"col\" class=\"number\">Gap</th></tr></thead>\n<tbody>\n");
    for row in &results.statement_rows {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
            escape(&row.text),
            optional_mean(row.sales),
            optional_mean(row.product),
            optional_gap(row.gap)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");

    out.push_str("<section>\n<h2>Friction sources</h2>\n<table>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\" class=\"number\">Sales</th><th scope=\"col\" class=\"number\">Product</th><th scope=\"col\" class=\"number\">Total</th></tr></thead>\n<tbody>\n");
    for row in &results.source_rows {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
            escape(&row.label),
            row.sales,
            row.product,
            row.total
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
