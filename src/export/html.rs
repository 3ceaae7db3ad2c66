//! The summary as one self-contained HTML page: inline CSS and SVG, no script, nothing
//! fetched; readable on a phone, and printable to clean PDF pages.

use std::fmt::Write as _;

use super::brief::Brief;
use super::html_brief::brief_html;
use super::html_findings::findings_html;
use super::markdown::{facts, method, weighing};
use super::summary::{Results, Summary};
use super::svg::{distribution_chart, gap_chart};
use super::table::Table;
use crate::metrics::benchmark::study_note;

pub const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif; margin: 0 auto; max-width: 860px; padding: 1rem; line-height: 1.45; color: #1d1d1d; }
h1 { font-size: 1.8rem; margin: 0.3rem 0 0.2rem; }
h2 { margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
th[scope="row"] { -webkit-hyphens: auto; hyphens: auto; overflow-wrap: anywhere; }
figure { margin: 1rem 0; }
figure svg { width: 100%; max-width: 560px; height: auto; display: block; }
figcaption { font-size: 0.9rem; color: #555; }
.facts { list-style: none; padding: 0; margin: 0.3rem 0; display: flex; flex-wrap: wrap; gap: 0 1.4rem; }
.summary h2 { margin: 0.6rem 0 0.3rem; }
.summary h3 { margin: 0.6rem 0 0.3rem; }
.summary ul { margin: 0.3rem 0; }
.verdicts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.8rem; }
.verdict { border: 2px solid currentColor; border-radius: 8px; padding: 0.3rem 0.8rem; }
.verdict strong { font-size: 1.3rem; }
.robustness { font-size: 0.9rem; color: #1d1d1d; }
.more { font-size: 0.9rem; color: #555; margin: 0.3rem 0; }
.details > h2 { margin-top: 2.5rem; }
.actions td, .actions th { padding: 0.25rem 0.4rem; }
/* Owner, due date and status as narrow as their words; the action takes the rest. */
.actions th + th, .actions td + td { width: 1%; white-space: nowrap; }
small { color: #555; }
.verdict-toxic { color: #a3161a; }
.verdict-healthy { color: #1d6b35; }
.verdict-insufficient { color: #555; }
.finding { border-left: 4px solid #bbb; padding: 0.2rem 0.8rem; margin: 1rem 0; }
.finding-toxic { border-color: #a3161a; }
.finding-healthy { border-color: #1d6b35; }
.withheld { background: #f3f3f3; padding: 0.8rem; border-radius: 6px; }
blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; color: #333; }
/* Wide screens: a little wider, so the summary's verdict and actions share the first
   screen; the details keep a reading width. */
@media (min-width: 1000px) {
  body { max-width: 960px; }
  .details { max-width: 860px; }
}
@media (min-width: 1200px) { body { max-width: 1100px; } }
@media (max-width: 600px) { body { padding: 0.5rem; } th, td { padding: 0.2rem; font-size: 0.85rem; } }
@media print {
  body { max-width: none; font-size: 10.5pt; }
  h2, h3, h4 { break-after: avoid; }
  .details { break-before: page; }
  figure, table, .finding, .verdicts { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

pub use super::escape::escape;

/// Writing to a `String` cannot fail, so `write!` results are ignored throughout.
pub fn html(summary: &Summary<'_>) -> String {
    let mut out = String::new();
    head_and_facts(&mut out, summary);
    brief_html(&mut out, summary, &Brief::new(summary));
    if let Some(results) = &summary.results {
        let _ = writeln!(
            out,
            "<div class=\"details\">\n<h2>{}</h2>",
            escape(&summary.text("export-details"))
        );
        findings_html(&mut out, summary, results);
        verdict_detail_html(&mut out, summary, results);
        tables_html(&mut out, summary, results);
        comments(&mut out, summary, results);
        method_html(&mut out, summary);
        out.push_str("</div>\n");
    }
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
        "<section>\n<h3>{}</h3>",
        escape(&summary.text("export-comments"))
    );
    for (prompt, list) in results.comments.by_prompt(&summary.workshop.questionnaire) {
        let _ = writeln!(out, "<h4>{}</h4>\n<ul>", escape(prompt));
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

/// Each verdict's weighing in words, the perception gap and the note on the overall verdict.
fn verdict_detail_html(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(
        out,
        "<section>\n<h3>{}</h3>\n<ul>",
        escape(&summary.text("export-verdict-detail"))
    );
    for line in weighing(summary, results) {
        let _ = writeln!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ul>\n");
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

fn method_html(out: &mut String, summary: &Summary<'_>) {
    let _ = writeln!(
        out,
        "<section>\n<h3>{}</h3>",
        escape(&summary.text("export-method"))
    );
    for paragraph in method(summary) {
        let _ = writeln!(out, "<p>{}</p>", escape(&paragraph));
    }
    out.push_str("</section>\n");
}

/// The relationship answers beside the study, the statements and the friction sources, each
/// as a chart (where there is one) and a table.
fn tables_html(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let t = |id: &str| escape(&summary.text(id));
    let _ = writeln!(
        out,
        "<section>\n<h3>{}</h3>\n<figure>",
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
        "<section>\n<h3>{}</h3>\n<figure>",
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

    let _ = writeln!(out, "<section>\n<h3>{}</h3>", t("export-friction-sources"));
    out.push_str(&Table::sources(summary, results).html());
    out.push_str("</section>\n");
}
