//! The comparison as one self-contained HTML page, summary first: the verdicts now and
//! before, what changed and whether it is likely real, the actions done; then the trend
//! chart and the details as tables and lists. The workshop report's style, no script.

use std::fmt::Write as _;

use super::Comparison;
use super::brief::{ChangeSection, ComparisonBrief};
use super::brief_actions::ActionsSection;
use super::details::list_html;
use super::document::ComparisonDocument;
use crate::export::escape::escape;
use crate::export::html::STYLE;
use crate::rules::Verdict;

/// What the comparison adds to the workshop report's style: the trail under a verdict, and
/// wide tables that scroll on a phone rather than squeeze.
const COMPARISON_STYLE: &str = "
.trail { font-size: 0.9rem; color: #1d1d1d; }
.note { font-size: 0.9rem; color: #555; font-style: italic; }
.wide { overflow-x: auto; }
td.whole { white-space: nowrap; }
h4 { margin: 1rem 0 0.3rem; }
/* The comparison's details are mostly tables: as wide as the summary, the chart too. */
.details { max-width: none; }
figure svg { max-width: 760px; }
@media (max-width: 600px) { .actions th + th, .actions td + td { white-space: normal; width: auto; } }
";

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Healthy => "verdict-healthy",
        Verdict::Toxic => "verdict-toxic",
        Verdict::Insufficient => "verdict-insufficient",
    }
}

/// Writing to a `String` cannot fail, so `write!` results are ignored throughout.
pub(super) fn html_text(comparison: &Comparison) -> String {
    let language = comparison.language;
    let text = |id: &str| escape(&language.text(id));
    let document = ComparisonDocument::new(comparison);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n<style>{STYLE}{COMPARISON_STYLE}</style>\n</head>\n<body>\n<main>\n",
        language.tag(),
        escape(&document.title)
    );
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p>{}</p>",
        escape(&document.title),
        escape(&document.brief.span)
    );
    brief_html(&mut out, comparison, &document.brief);
    let _ = writeln!(
        out,
        "<div class=\"details\">\n<h2>{}</h2>",
        text("compare-report-details")
    );
    out.push_str("<figure>\n");
    out.push_str(&super::trend_chart::trend_chart(comparison));
    let _ = writeln!(
        out,
        "\n<figcaption>{}</figcaption>\n</figure>",
        text("compare-report-trend-caption")
    );
    details_html(&mut out, comparison, &document);
    out.push_str("</div>\n</main>\n</body>\n</html>\n");
    out
}

fn brief_html(out: &mut String, comparison: &Comparison, brief: &ComparisonBrief) {
    let text = |id: &str| escape(&comparison.language.text(id));
    let _ = writeln!(
        out,
        "<section class=\"summary\">\n<h2>{}</h2>",
        text("export-summary")
    );
    if !brief.verdicts.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<div class=\"verdicts\">",
            text("export-verdict")
        );
        for line in &brief.verdicts {
            let _ = write!(
                out,
                "<div class=\"verdict {}\"><div>{}</div><strong>{}</strong>",
                verdict_class(line.now),
                escape(&line.scope_word),
                escape(&line.now_words)
            );
            for words in [&line.before, &line.trail].into_iter().flatten() {
                let _ = write!(out, "<div class=\"trail\">{}</div>", escape(words));
            }
            out.push_str("</div>\n");
        }
        out.push_str("</div>\n");
    }
    for section in [&brief.latest, &brief.series].into_iter().flatten() {
        change_section_html(out, section);
    }
    for section in [&brief.actions, &brief.still_open, &brief.newest_actions]
        .into_iter()
        .flatten()
    {
        actions_section_html(out, section);
    }
    out.push_str("</section>\n");
}

fn change_section_html(out: &mut String, section: &ChangeSection) {
    let _ = writeln!(out, "<h3>{}</h3>", escape(&section.heading));
    list_html(out, &section.lines);
    if let Some(note) = &section.note {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
    }
}

fn actions_section_html(out: &mut String, section: &ActionsSection) {
    let _ = writeln!(out, "<h3>{}</h3>", escape(&section.heading));
    if !section.table.rows.is_empty() {
        let _ = write!(
            out,
            "<div class=\"actions wide\">{}</div>",
            section.table.html()
        );
    }
    if let Some(note) = &section.note {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
    }
}

fn details_html(out: &mut String, comparison: &Comparison, document: &ComparisonDocument) {
    let text = |id: &str| escape(&comparison.language.text(id));
    let _ = write!(
        out,
        "<h3>{}</h3>\n<div class=\"wide\">{}</div>",
        text("compare-report-workshops"),
        document.workshops.html()
    );
    for line in &document.below_floor {
        let _ = writeln!(out, "<p class=\"withheld\">{}</p>", escape(line));
    }
    if !document.stability.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", text("compare-report-hinge-question"));
        list_html(out, &document.stability);
    }
    let _ = write!(
        out,
        "<h3>{}</h3>\n<div class=\"wide\">{}</div>",
        text("compare-report-friction-heading"),
        document.friction.html()
    );
    if let Some(method) = &document.chance_method {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(method));
    }
    let _ = write!(
        out,
        "<h3>{}</h3>\n<div class=\"wide\">{}</div>",
        text("compare-report-relationship-heading"),
        document.relationship.html()
    );
    if !document.steps.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", text("compare-report-changes-heading"));
    }
    for step in &document.steps {
        let _ = writeln!(out, "<h4>{}</h4>", escape(&step.heading));
        list_html(out, &step.lines);
    }
    if let Some(left_out) = &document.left_out {
        let _ = writeln!(out, "<p>{}</p>", escape(left_out));
    }
}
