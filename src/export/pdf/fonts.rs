//! The report's font, `DejaVu Sans` regular and bold (assets/fonts, with its licence): it covers
//! English, German, French and Spanish and every symbol the reports use (✔ ⚠ … – — “ ” ·).
//! Text is measured and placed glyph by glyph from the font's own tables (character map and
//! advance widths), so what is measured is exactly what is drawn; krilla subsets and embeds
//! the glyphs used, and keeps each glyph's text for copying and searching.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::charmap::Charmap;
use skrifa::metrics::GlyphMetrics;
use skrifa::prelude::{LocationRef, Size};
use skrifa::raw::TableProvider as _;
use skrifa::{FontRef, MetadataProvider as _};

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// The compiled-in font did not read: a broken build, said rather than a panic.
#[derive(Debug, thiserror::Error)]
#[error("the report's font could not be read")]
pub struct FontError;

/// One face: krilla's handle for drawing, and skrifa's tables for measuring.
pub struct Face {
    pub font: Font,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl Face {
    fn new(data: &'static [u8]) -> Result<Self, FontError> {
        let font_ref = FontRef::new(data).map_err(|_unreadable| FontError)?;
        let units_per_em = f32::from(
            font_ref
                .head()
                .map_err(|_unreadable| FontError)?
                .units_per_em(),
        );
        Ok(Self {
            font: Font::new(data.into(), 0).ok_or(FontError)?,
            charmap: font_ref.charmap(),
            metrics: font_ref.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
        })
    }

    /// The glyph of `c` and its advance in ems; a character the font lacks shows as its
    /// "missing" box but keeps its text.
    fn glyph(&self, c: char) -> (u32, f32) {
        let glyph = self.charmap.map(c).unwrap_or(skrifa::GlyphId::NOTDEF);
        let advance = self.metrics.advance_width(glyph).unwrap_or(0.0) / self.units_per_em;
        (glyph.to_u32(), advance)
    }

    /// Whether the font has a glyph of its own for `c`.
    pub fn has(&self, c: char) -> bool {
        self.charmap.map(c).is_some()
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// `text` as glyphs for krilla, each with the bytes of `text` it stands for.
    pub fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .map(|(at, c)| {
                let (glyph, advance) = self.glyph(c);
                KrillaGlyph::new(
                    GlyphId::new(glyph),
                    advance,
                    0.0,
                    0.0,
                    0.0,
                    at..at + c.len_utf8(),
                    None,
                )
            })
            .collect()
    }
}

/// Both faces, read once per report.
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn new() -> Result<Self, FontError> {
        Ok(Self {
            regular: Face::new(REGULAR)?,
            bold: Face::new(BOLD)?,
        })
    }

    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}
