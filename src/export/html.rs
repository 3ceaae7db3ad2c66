//! The summary as one self-contained HTML page: inline CSS and SVG, no script, nothing
//! fetched; readable on a phone, and printable to clean PDF pages.

use std::fmt::Write as _;

use super::html_findings::findings_html;
use super::markdown::facts;
use super::summary::{Results, Summary};
use super::svg::{distribution_chart, gap_chart};
use super::table::Table;
use crate::metrics::Scope;
use crate::metrics::benchmark::study_note;
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
th[scope="row"] { -webkit-hyphens: auto; hyphens: auto; overflow-wrap: anywhere; }
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
@media (max-width: 600px) { body { padding: 0.5rem; } th, td { padding: 0.2rem; font-size: 0.85rem; } }
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
                "<section>\n<h2>{}</h2>\n<p class=\"withheld\">{}</p>\n</section>",
                escape(&summary.text("export-results")),
                escape(&summary.withheld_message())
            );
        }
        Some(results) => {
            verdicts_html(&mut out, summary, results);
            tables_html(&mut out, summary, results);
            findings_html(&mut out, summary, results);
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
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        summary.language.tag(),
        escape(&meta.title)
    );
    let _ = write!(
        out,
        "<h1>{}</h1>\n<ul class=\"facts\">\n",
        escape(&meta.title)
    );
    for (label, value) in facts(summary) {
        let _ = writeln!(
            out,
            "<li><strong>{}</strong> {}</li>",
            escape(&label),
            escape(&value)
        );
    }
    out.push_str("</ul>\n");
}

fn comments(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>",
        escape(&summary.text("export-comments"))
    );
    for (prompt, list) in results.comments.by_prompt(&summary.workshop.questionnaire) {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul>", escape(prompt));
        if list.is_empty() {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                escape(&summary.text("export-no-comments"))
            );
        }
        for comment in list {
            let _ = writeln!(out, "<li>{}</li>", escape(comment));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn agreements(out: &mut String, summary: &Summary<'_>) {
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>",
        escape(&summary.text("export-agreements"))
    );
    if summary.agreements().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&summary.text("export-none-yet")));
    } else {
        out.push_str("<ul>\n");
        for agreement in summary.agreements() {
            let finding = summary
                .finding_of(agreement.finding.as_ref())
                .map(|f| format!(" <small>({})</small>", escape(&summary.answers_finding(&f))))
                .unwrap_or_default();
            let _ = writeln!(out, "<li>{}{finding}</li>", escape(&agreement.text));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn actions(out: &mut String, summary: &Summary<'_>) {
    let t = |id: &str| escape(&summary.text(id));
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", t("export-actions"));
    if summary.actions().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t("export-none-yet"));
    } else {
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            t("export-done"),
            t("export-action"),
            t("export-owner"),
            t("export-due"),
            t("export-answers")
        );
        for row in summary.action_rows() {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&row.done),
                escape(row.text),
                escape(&row.owner),
                escape(&row.due),
                escape(&row.answers)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

/// The three verdicts, each with whether it holds whichever single answer is left out.
fn verdicts_html(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<div class=\"verdicts\">",
        escape(&summary.text("export-verdict"))
    );
    for scope in Scope::ALL {
        let verdict = results.classification.scope(scope);
        let words = results
            .stability
            .scope(scope)
            .words(summary.language)
            .map(|words| {
                format!(
                    "<div class=\"robustness\">{}</div>",
                    escape(&sentence(&words))
                )
            })
            .unwrap_or_default();
        let weights = summary.language.text_with(
            "export-weights-short",
            &[
                ("toxic", (verdict.toxic_weight as usize).into()),
                ("healthy", (verdict.healthy_weight as usize).into()),
            ],
        );
        let _ = writeln!(
            out,
            "<div class=\"verdict {}\"><div>{}</div><strong>{} {}</strong><div>{}</div>{words}</div>",
            verdict_class(verdict.verdict),
            escape(&summary.scope_word(scope)),
            verdict.verdict.icon(),
            escape(&summary.verdict_word(verdict.verdict)),
            escape(&weights)
        );
    }
    out.push_str("</div>\n");
    if let Some(gap) = results.metrics.perception_gap() {
        let _ = writeln!(
            out,
            "<p>{} <strong>{}</strong></p>",
            escape(&summary.text("export-perception-gap")),
            summary.signed(gap)
        );
    }
    if let Some(note) = summary.overall_note() {
        let _ = writeln!(out, "<blockquote>{}</blockquote>", escape(note));
    }
    out.push_str("</section>\n");
}

/// The relationship answers beside the study, the statements and the friction sources, each
/// as a chart (where there is one) and a table.
fn tables_html(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let t = |id: &str| escape(&summary.text(id));
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<figure>",
        t("export-relationship-heading")
    );
    out.push_str(&distribution_chart(summary, &results.relationship_rows));
    let _ = writeln!(
        out,
        "\n<figcaption>{}</figcaption>\n</figure>",
        t("export-distribution-caption")
    );
    out.push_str(&Table::relationship(summary, results).html());
    let _ = writeln!(
        out,
        "<p><small>{} {}</small></p>\n</section>",
        t("study-note-label"),
        escape(&study_note(summary.language))
    );

    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<figure>",
        t("export-statements")
    );
    out.push_str(&gap_chart(summary, &results.statement_rows));
    let _ = writeln!(
        out,
        "\n<figcaption>{}</figcaption>\n</figure>",
        t("export-gap-caption")
    );
    out.push_str(&Table::statements(summary, results, "export-gap").html());
    if summary.any_mean_hidden() {
        let _ = writeln!(
            out,
            "<p><small>{}</small></p>",
            escape(&summary.statement_floor_note())
        );
    }
    out.push_str("</section>\n");

    let _ = writeln!(out, "<section>\n<h2>{}</h2>", t("export-friction-sources"));
    out.push_str(&Table::sources(summary, results).html());
    out.push_str("</section>\n");
}
