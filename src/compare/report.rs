//! A comparison as Markdown (also the terminal form), self-contained HTML, or JSON. The
//! Markdown and HTML are written in the comparison's language (messages
//! `compare-report-…`); the JSON keeps its keys.

use std::fmt::Write as _;

use super::Comparison;
use super::report_tables::{friction_markdown, relationship_markdown, verdicts_markdown};
use super::report_words::{number, title, verdict_words};
use crate::domain::Function;
use crate::export::escape::escape;
use crate::export::safe_output::safe_owned;
use crate::metrics::Scope;

pub use super::report_json::{
    JsonChange, JsonComparison, JsonCounts, JsonLevelChanges, JsonLevels, JsonStatementChange,
    JsonStep, JsonWorkshop, json,
};

/// The forms a comparison is exported in from the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Markdown,
    Html,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }

    pub fn render(self, comparison: &Comparison) -> String {
        match self {
            Self::Markdown => markdown(comparison),
            Self::Html => html(comparison),
        }
    }
}

/// The Markdown report; like every report, without control or bidi characters, whatever
/// the workshops' titles and rules hold.
pub fn markdown(comparison: &Comparison) -> String {
    safe_owned(markdown_text(comparison))
}

/// The self-contained HTML page: the Markdown tables as HTML, and a trend chart.
pub fn html(comparison: &Comparison) -> String {
    safe_owned(html_text(comparison))
}

/// Writing to a `String` cannot fail, so `writeln!` results are ignored throughout.
fn markdown_text(comparison: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", title(comparison));
    verdicts_markdown(&mut out, comparison);
    friction_markdown(&mut out, comparison);
    relationship_markdown(&mut out, comparison);
    super::report_changes::changes_markdown(&mut out, comparison);
    if !comparison.left_out.is_empty() {
        let left_out = comparison
            .left_out
            .iter()
            .map(|key| comparison.names.statement(key))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "{}",
            comparison.language.text_with(
                "compare-report-left-out",
                &[
                    ("shared", comparison.shared_statements.len().into()),
                    ("left", left_out.into()),
                ],
            )
        );
    }
    out
}

fn html_text(comparison: &Comparison) -> String {
    let language = comparison.language;
    let text = |id: &str| escape(&language.text(id));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n<style>body{{font-family:system-ui,sans-serif;max-width:900px;margin:0 auto;padding:1rem;line-height:1.4}}table{{border-collapse:collapse;width:100%}}th,td{{border-bottom:1px solid #ddd;padding:.3rem;text-align:left}}svg{{width:100%;height:auto}}@media print{{table,figure{{break-inside:avoid}}}}</style>\n</head>\n<body>\n<main>\n",
        language.tag(),
        text("compare-report-page-title")
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape(&title(comparison)));
    out.push_str("<figure>\n");
    out.push_str(&super::trend_chart::trend_chart(comparison));
    let _ = writeln!(
        out,
        "\n<figcaption>{}</figcaption>\n</figure>",
        text("compare-report-trend-caption")
    );
    out.push_str("<table>\n<thead><tr><th scope=\"col\">#</th>");
    for id in [
        "compare-report-date",
        "compare-report-workshop",
        "compare-report-verdict",
        "compare-report-sales-level",
        "compare-report-product-level",
        "compare-report-gap",
        "compare-report-festering-column",
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", text(id));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        let festering = comparison.festering(index);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            index + 1,
            workshop.date,
            escape(&workshop.title),
            escape(&verdict_words(
                language,
                comparison.verdict(index, Scope::Overall)
            )),
            number(
                language,
                comparison.friction_level(index, Function::Sales),
                false
            ),
            number(
                language,
                comparison.friction_level(index, Function::Product),
                false
            ),
            number(language, comparison.perception_gap(index), true),
            if festering.is_empty() {
                String::from("–")
            } else {
                format!("⚠ {}", escape(&comparison.rule_titles(&festering)))
            }
        );
    }
    let _ = write!(
        out,
        "</tbody>\n</table>\n<h2>{}</h2>\n<pre>",
        text("compare-report-details")
    );
    out.push_str(&escape(&markdown_text(comparison)));
    out.push_str("</pre>\n</main>\n</body>\n</html>\n");
    out
}
