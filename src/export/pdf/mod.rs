//! The report as a PDF, made by Tandem itself (no browser): the summary on the first page,
//! the details after it, from the same [`Summary`] and [`Brief`] as the Markdown and the
//! HTML, so the anonymity floor, held-back answers and the per-statement floor apply alike.
//! `content` and `details` say what is on the pages, `layout` places it, `draw` paints it
//! with krilla (tagged, text selectable, font subset and embedded).

pub(crate) mod chart;
pub(crate) mod content;
mod details;
pub(crate) mod draw;
pub mod fonts;
pub(crate) mod layout;
pub(crate) mod page;
pub(crate) mod table;
mod table_widths;

use super::brief::Brief;
use super::summary::Summary;
use page::Pages;

/// Why a PDF could not be made: only a broken build (the compiled-in font) or krilla
/// refusing what it was given, never the workshop's content.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error(transparent)]
    Font(#[from] fonts::FontError),
    #[error(transparent)]
    Write(#[from] draw::WriteError),
}

/// Smaller and smaller type for the summary until it fits its page; a summary longer than
/// that (many actions) goes on over the next page rather than becoming unreadable.
const SUMMARY_SCALES: [f32; 5] = [1.0, 0.93, 0.86, 0.8, 0.75];

pub fn pdf(summary: &Summary<'_>) -> Result<Vec<u8>, PdfError> {
    let brief = Brief::new(summary);
    let details = summary
        .results
        .as_ref()
        .map(|results| details::detail_blocks(summary, results))
        .unwrap_or_default();
    let meta = &summary.workshop.meta;
    let language = summary.language;
    let identity = draw::Identity::new(
        &meta.title,
        language,
        &format!("{} · {}", meta.title, meta.date.written_in(language)),
    );
    render(
        |_, scale| content::summary_blocks(summary, &brief, scale),
        |_| details,
        &identity,
    )
}

/// A report's pages: the summary at the largest scale that fits the first page, then the
/// details; both are given the fonts, to measure what they lay out. The workshop's report
/// and the comparison's both are made here.
pub(crate) fn render(
    summary_at: impl Fn(&fonts::Fonts, f32) -> Vec<layout::Block>,
    details: impl FnOnce(&fonts::Fonts) -> Vec<layout::Block>,
    identity: &draw::Identity,
) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts::Fonts::new()?;
    let scale = SUMMARY_SCALES
        .into_iter()
        .find(|&scale| {
            let mut trial = Pages::new(&fonts);
            trial.place_all(&summary_at(&fonts, scale));
            trial.pages.len() == 1
        })
        .unwrap_or(SUMMARY_SCALES[SUMMARY_SCALES.len() - 1]);
    let mut layout = Pages::new(&fonts);
    layout.place_all(&summary_at(&fonts, scale));
    layout.place_all(&details(&fonts));
    Ok(draw::document(
        &fonts,
        &layout.pages,
        &layout.nodes,
        identity,
    )?)
}
