//! The report as a PDF, made by Tandem itself (no browser): the summary on the first page,
//! the details after it, from the same [`Summary`] and [`Brief`] as the Markdown and the
//! HTML, so the anonymity floor, held-back answers and the per-statement floor apply alike.
//! `content` and `details` say what is on the pages, `layout` places it, `draw` paints it
//! with krilla (tagged, text selectable, font subset and embedded).

mod chart;
mod content;
mod details;
mod draw;
pub mod fonts;
mod layout;
mod page;
mod table;

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
    let fonts = fonts::Fonts::new()?;
    let brief = Brief::new(summary);
    let scale = SUMMARY_SCALES
        .into_iter()
        .find(|&scale| {
            let mut trial = Pages::new(&fonts);
            trial.place_all(&content::summary_blocks(summary, &brief, scale));
            trial.pages.len() == 1
        })
        .unwrap_or(SUMMARY_SCALES[SUMMARY_SCALES.len() - 1]);
    let mut layout = Pages::new(&fonts);
    layout.place_all(&content::summary_blocks(summary, &brief, scale));
    if let Some(results) = &summary.results {
        layout.place_all(&details::detail_blocks(summary, results));
    }
    let meta = &summary.workshop.meta;
    let language = summary.language;
    let identity = draw::Identity {
        title: super::safe_output::safe(&meta.title).into_owned(),
        language: language.tag().to_owned(),
        footer: super::safe_output::safe(&format!(
            "{} · {}",
            meta.title,
            meta.date.written_in(language)
        ))
        .into_owned(),
        page_number: Box::new(move |page, pages| {
            language.text_with(
                "export-page",
                &[("page", page.into()), ("pages", pages.into())],
            )
        }),
    };
    Ok(draw::document(
        &fonts,
        &layout.pages,
        &layout.nodes,
        &identity,
    )?)
}
