//! A comparison as Markdown (also the terminal form), self-contained HTML, a PDF, or JSON.
//! The Markdown, HTML and PDF are written in the comparison's language (messages
//! `compare-report-…`), summary first, from one [`ComparisonDocument`]; the JSON keeps its
//! keys.

use std::fmt::Write as _;

use super::Comparison;
use super::details::list_markdown;
use super::document::ComparisonDocument;
use super::report_html::html_text;
use crate::export::escape::escape_inline;
use crate::export::pdf::PdfError;
use crate::export::safe_output::safe_owned;

pub use super::report_json::{
    JsonChange, JsonComparison, JsonCounts, JsonLevelChanges, JsonLevels, JsonStatementChange,
    JsonStep, JsonWorkshop, json,
};

/// The forms a comparison is exported in from the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Markdown,
    Html,
    Pdf,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Pdf => "pdf",
        }
    }

    /// The file's bytes.
    pub fn bytes(self, comparison: &Comparison) -> Result<Vec<u8>, PdfError> {
        match self {
            Self::Markdown => Ok(markdown(comparison).into_bytes()),
            Self::Html => Ok(html(comparison).into_bytes()),
            Self::Pdf => super::report_pdf::pdf(comparison),
        }
    }
}

/// The Markdown report, summary first; like every report, without control or bidi
/// characters, whatever the workshops' titles and rules hold.
pub fn markdown(comparison: &Comparison) -> String {
    safe_owned(markdown_text(comparison))
}

/// The self-contained HTML page: the summary, then the trend chart and the details.
pub fn html(comparison: &Comparison) -> String {
    safe_owned(html_text(comparison))
}

/// Writing to a `String` cannot fail, so `writeln!` results are ignored throughout.
fn markdown_text(comparison: &Comparison) -> String {
    let language = comparison.language;
    let document = ComparisonDocument::new(comparison);
    let brief = &document.brief;
    let mut out = format!("# {}\n\n{}\n\n", document.title, escape_inline(&brief.span));
    let _ = writeln!(out, "## {}\n", language.text("export-summary"));
    if !brief.verdicts.is_empty() {
        let _ = writeln!(out, "### {}\n", language.text("export-verdict"));
        for line in &brief.verdicts {
            let label = language.text_with(
                "export-label-colon",
                &[("label", line.scope_word.clone().into())],
            );
            let _ = write!(out, "- **{label}** {}", line.now_words);
            if let Some(before) = &line.before {
                let _ = write!(out, " ({before})");
            }
            if let Some(trail) = &line.trail {
                let _ = write!(out, " — {trail}");
            }
            out.push('\n');
        }
        out.push('\n');
    }
    for section in [&brief.latest, &brief.series].into_iter().flatten() {
        let _ = writeln!(out, "### {}\n", escape_inline(&section.heading));
        list_markdown(&mut out, &section.lines, 0);
        note_markdown(&mut out, section.note.as_deref(), !section.lines.is_empty());
    }
    for section in [&brief.actions, &brief.still_open, &brief.newest_actions]
        .into_iter()
        .flatten()
    {
        let _ = writeln!(out, "### {}\n", escape_inline(&section.heading));
        if !section.table.rows.is_empty() {
            out.push_str(&section.table.markdown());
        }
        note_markdown(
            &mut out,
            section.note.as_deref(),
            !section.table.rows.is_empty(),
        );
    }
    details_markdown(&mut out, comparison, &document);
    out
}

/// A section's note in italics, a blank line before it when something came before; and the
/// blank line that ends the section.
fn note_markdown(out: &mut String, note: Option<&str>, after_something: bool) {
    if let Some(note) = note {
        if after_something {
            out.push('\n');
        }
        let _ = writeln!(out, "*{}*", escape_inline(note));
    }
    out.push('\n');
}

fn details_markdown(out: &mut String, comparison: &Comparison, document: &ComparisonDocument) {
    let language = comparison.language;
    let _ = writeln!(out, "## {}\n", language.text("compare-report-details"));
    let _ = writeln!(out, "### {}\n", language.text("compare-report-workshops"));
    out.push_str(&document.workshops.markdown());
    for line in &document.below_floor {
        let _ = writeln!(out, "\n{}", escape_inline(line));
    }
    if !document.stability.is_empty() {
        let _ = writeln!(
            out,
            "\n{}\n",
            language.text("compare-report-hinge-question")
        );
        list_markdown(out, &document.stability, 0);
    }
    let _ = writeln!(
        out,
        "\n### {}\n",
        language.text("compare-report-friction-heading")
    );
    out.push_str(&document.friction.markdown());
    if let Some(method) = &document.chance_method {
        let _ = writeln!(out, "\n{method}");
    }
    let _ = writeln!(
        out,
        "\n### {}\n",
        language.text("compare-report-relationship-heading")
    );
    out.push_str(&document.relationship.markdown());
    if !document.steps.is_empty() {
        let _ = writeln!(
            out,
            "\n### {}\n",
            language.text("compare-report-changes-heading")
        );
    }
    for step in &document.steps {
        let _ = writeln!(out, "#### {}\n", step.heading);
        list_markdown(out, &step.lines, 0);
        out.push('\n');
    }
    if let Some(left_out) = &document.left_out {
        let _ = writeln!(out, "{}", escape_inline(left_out));
    }
}
