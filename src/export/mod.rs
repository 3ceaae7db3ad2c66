//! Exports (Markdown, self-contained HTML, CSV); the import is in `crate::import`. The anonymity floor
//! applies to every export: below it, only counts leave the app. Every export leaves through
//! `Format::render`, which takes out control and bidi characters (`safe_output`).

pub mod csv;
pub mod escape;
pub mod finding;
pub mod html;
pub mod html_findings;
pub mod markdown;
pub mod safe_output;
pub mod spreadsheet_safe;
pub mod summary;
pub mod svg;
pub mod table;

pub use finding::{Finding, NearMiss, finding_title};
pub use summary::{Results, Summary};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    ResponsesCsv,
    MetricsCsv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::ResponsesCsv | Self::MetricsCsv => "csv",
        }
    }

    /// What the export is, in words: "HTML report".
    pub fn label(self, language: crate::i18n::Language) -> String {
        language.text(match self {
            Self::Markdown => "format-markdown",
            Self::Html => "format-html",
            Self::ResponsesCsv => "format-responses-csv",
            Self::MetricsCsv => "format-metrics-csv",
        })
    }

    /// The export, with no control or bidi character in it whatever the workshop holds
    /// (a file from before participant text was cleaned, a title typed with one).
    pub fn render(self, summary: &Summary<'_>) -> String {
        safe_output::safe_owned(match self {
            Self::Markdown => markdown::markdown(summary),
            Self::Html => html::html(summary),
            Self::ResponsesCsv => csv::responses_csv(summary),
            Self::MetricsCsv => csv::metrics_csv(summary),
        })
    }
}
