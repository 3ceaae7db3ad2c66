//! The laid-out pages painted with krilla: text as real glyphs (selectable, extracted in the
//! order it is read), shapes as vector paths, each piece tagged with its node of the
//! structure (headings, paragraphs, tables, the chart as a figure with its words), the footer
//! as a page artifact; then the structure tree and the metadata (title, language).

use std::num::NonZeroU16;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::TableHeaderScope;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, SpanTag, Tag, TagGroup, TagKind, TagTree,
};

use super::fonts::{Fonts, Weight};
use super::page::{
    BODY_BOTTOM, Colour, GREY, Item, LEFT, Node, PAGE_HEIGHT, PAGE_WIDTH, Page, Role, WIDTH,
};

/// What the document says of itself, and what its footer repeats on every page.
pub struct Identity {
    pub title: String,
    pub language: String,
    /// "Sales & Product alignment, Q1 2026 · 12 February 2026".
    pub footer: String,
    /// "Page { $page } of { $pages }", filled in per page.
    pub page_number: Box<dyn Fn(usize, usize) -> String>,
}

impl Identity {
    /// The document's title and footer, cleaned as every export is, and "Page 1 of 3" in
    /// `language`.
    pub fn new(title: &str, language: crate::i18n::Language, footer: &str) -> Self {
        use crate::export::safe_output::safe;
        Self {
            title: safe(title).into_owned(),
            language: language.tag().to_owned(),
            footer: safe(footer).into_owned(),
            page_number: Box::new(move |page, pages| {
                language.text_with(
                    "export-page",
                    &[("page", page.into()), ("pages", pages.into())],
                )
            }),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the PDF could not be written: {0}")]
pub struct WriteError(String);

pub fn document(
    fonts: &Fonts,
    pages: &[Page],
    nodes: &[Node],
    identity: &Identity,
) -> Result<Vec<u8>, WriteError> {
    let mut document = Document::new();
    let mut marks: Vec<Vec<Identifier>> = vec![Vec::new(); nodes.len()];
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| WriteError(String::from("page size")))?;
    for (index, page) in pages.iter().enumerate() {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for placed in &page.placed {
            // A piece of the structure is marked and tagged; decoration is an artifact.
            let Some(node) = placed.node else {
                surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                    ArtifactType::Layout,
                )));
                paint(&mut surface, fonts, &placed.items);
                surface.end_tagged();
                continue;
            };
            let mark = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            paint(&mut surface, fonts, &placed.items);
            surface.end_tagged();
            if let Some(marks) = marks.get_mut(node) {
                marks.push(mark);
            }
        }
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Footer,
        )));
        paint(
            &mut surface,
            fonts,
            &footer(fonts, identity, index + 1, pages.len()),
        );
        surface.end_tagged();
        surface.finish();
        pdf_page.finish();
    }
    document.set_tag_tree(tag_tree(nodes, marks, &identity.language));
    document.set_metadata(
        Metadata::new()
            .title(identity.title.clone())
            .language(identity.language.clone())
            .creator(String::from("Tandem")),
    );
    document
        .finish()
        .map_err(|error| WriteError(format!("{error:?}")))
}

/// The title and date on the left of every page's foot, the page number on the right.
fn footer(fonts: &Fonts, identity: &Identity, page: usize, pages: usize) -> Vec<Item> {
    let size = 7.5;
    let y = BODY_BOTTOM + 30.0;
    let number = (identity.page_number)(page, pages);
    let width = fonts.regular.width(&number, size);
    let text = |x, text| Item::Text {
        x,
        y,
        size,
        weight: Weight::Regular,
        colour: GREY,
        text,
    };
    vec![
        text(LEFT, identity.footer.clone()),
        text(LEFT + WIDTH - width, number),
    ]
}

fn colour(colour: Colour) -> rgb::Color {
    rgb::Color::new(colour.0, colour.1, colour.2)
}

fn fill(with: Colour) -> Fill {
    Fill {
        paint: colour(with).into(),
        ..Fill::default()
    }
}

fn stroke(with: Colour, width: f32) -> Stroke {
    Stroke {
        paint: colour(with).into(),
        width,
        ..Stroke::default()
    }
}

fn polyline(
    surface: &mut Surface<'_>,
    points: &[(f32, f32)],
    colour: Colour,
    width: f32,
    dashed: bool,
) {
    let mut builder = PathBuilder::new();
    for (index, (x, y)) in points.iter().enumerate() {
        if index == 0 {
            builder.move_to(*x, *y);
        } else {
            builder.line_to(*x, *y);
        }
    }
    // A single point draws nothing as a line: the series' markers show it.
    if let Some(path) = builder.finish() {
        let mut with = stroke(colour, width);
        if dashed {
            with.dash = Some(krilla::paint::StrokeDash {
                array: vec![4.0, 3.0],
                offset: 0.0,
            });
        }
        surface.set_fill(None);
        surface.set_stroke(Some(with));
        surface.draw_path(&path);
    }
}

fn paint(surface: &mut Surface<'_>, fonts: &Fonts, items: &[Item]) {
    for item in items {
        match item {
            Item::Text {
                x,
                y,
                size,
                weight,
                colour,
                text,
            } => {
                let face = fonts.face(*weight);
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*colour)));
                let glyphs = face.glyphs(text);
                surface.draw_glyphs(
                    Point::from_xy(*x, *y),
                    &glyphs,
                    face.font.clone(),
                    text,
                    *size,
                    false,
                );
            }
            Item::Rect {
                x,
                y,
                width,
                height,
                colour,
            } => {
                if let Some(path) = rect_path(*x, *y, *width, *height) {
                    surface.set_stroke(None);
                    surface.set_fill(Some(fill(*colour)));
                    surface.draw_path(&path);
                }
            }
            Item::Frame {
                x,
                y,
                width,
                height,
                colour,
            } => {
                if let Some(path) = rect_path(*x, *y, *width, *height) {
                    surface.set_fill(None);
                    surface.set_stroke(Some(stroke(*colour, 1.5)));
                    surface.draw_path(&path);
                }
            }
            Item::Line { from, to, colour } => {
                let mut builder = PathBuilder::new();
                builder.move_to(from.0, from.1);
                builder.line_to(to.0, to.1);
                if let Some(path) = builder.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(stroke(*colour, 0.6)));
                    surface.draw_path(&path);
                }
            }
            Item::Polyline {
                points,
                colour,
                width,
                dashed,
            } => polyline(surface, points, *colour, *width, *dashed),
        }
    }
}

/// A rectangle's path; nothing for one of no height (a share of 0% draws no bar).
fn rect_path(x: f32, y: f32, width: f32, height: f32) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    builder.push_rect(Rect::from_xywh(x, y, width, height)?);
    builder.finish()
}

/// The structure tree: each node a group of its marked content and then its children, in
/// the order they were laid out, which is the order they are read.
fn tag_tree(nodes: &[Node], mut marks: Vec<Vec<Identifier>>, language: &str) -> TagTree {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut roots = Vec::new();
    for (index, node) in nodes.iter().enumerate() {
        match node.parent {
            Some(parent) if parent < nodes.len() => children[parent].push(index),
            _ => roots.push(index),
        }
    }
    let mut tree = TagTree::new().with_lang(Some(language.to_owned()));
    for root in roots {
        tree.push(group(root, nodes, &children, &mut marks));
    }
    tree
}

fn group(
    index: usize,
    nodes: &[Node],
    children: &[Vec<usize>],
    marks: &mut [Vec<Identifier>],
) -> TagGroup {
    let mut group = TagGroup::new(kind(&nodes[index].role));
    for mark in std::mem::take(&mut marks[index]) {
        group.push(mark);
    }
    for &child in &children[index] {
        group.push(self::group(child, nodes, children, marks));
    }
    group
}

fn kind(role: &Role) -> TagKind {
    match role {
        Role::Heading(level) => {
            Tag::Hn(NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN), None).into()
        }
        Role::Paragraph => Tag::P.into(),
        Role::Figure(alt) => Tag::Figure(Some(alt.clone())).into(),
        Role::Table => Tag::Table.into(),
        Role::Row => Tag::TR.into(),
        Role::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Role::Cell => Tag::TD.into(),
    }
}
