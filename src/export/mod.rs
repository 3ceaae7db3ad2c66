//! Exports (Markdown, self-contained HTML, PDF, CSV); the import is in `crate::import`. The anonymity floor
//! applies to every export: below it, only counts leave the app. Every export leaves through
//! `Format::render`, which takes out control and bidi characters (`safe_output`).

pub mod brief;
pub mod csv;
pub mod escape;
pub mod finding;
pub mod html;
pub mod html_brief;
pub mod html_findings;
pub mod markdown;
pub mod pdf;
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

/// What the facilitator can export: one of the text formats, or the PDF report (bytes, not
/// text, and made by `pdf`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Text(Format),
    Pdf,
}

impl From<Format> for Export {
    fn from(format: Format) -> Self {
        Self::Text(format)
    }
}

impl Export {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Text(format) => format.extension(),
            Self::Pdf => "pdf",
        }
    }

    /// What the export is, in words: "PDF report".
    pub fn label(self, language: crate::i18n::Language) -> String {
        match self {
            Self::Text(format) => format.label(language),
            Self::Pdf => language.text("format-pdf"),
        }
    }

    /// The file's bytes.
    pub fn bytes(self, summary: &Summary<'_>) -> Result<Vec<u8>, pdf::PdfError> {
        match self {
            Self::Text(format) => Ok(format.render(summary).into_bytes()),
            Self::Pdf => pdf::pdf(summary),
        }
    }
}
