//! The page and what is put on it: its size and margins, colours, runs of text, positioned
//! text and shapes, the structure's nodes, and [`Pages`], the pages being filled. Lines are
//! broken here too (`wrap`), since every kind of block measures with it.

use super::fonts::{Face, Fonts, Weight};

pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const LEFT: f32 = 56.0;
pub const TOP: f32 = 48.0;
/// The body ends here; the footer sits below it.
pub const BODY_BOTTOM: f32 = PAGE_HEIGHT - 58.0;
pub const WIDTH: f32 = PAGE_WIDTH - 2.0 * LEFT;
/// Lines are this many times their type size apart.
pub const LEADING: f32 = 1.35;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

pub const INK: Colour = Colour(0x1d, 0x1d, 0x1d);
pub const GREY: Colour = Colour(0x55, 0x55, 0x55);
pub const RULE: Colour = Colour(0xcc, 0xcc, 0xcc);
pub const TOXIC: Colour = Colour(0xa3, 0x16, 0x1a);
pub const HEALTHY: Colour = Colour(0x1d, 0x6b, 0x35);

/// One line's runs, each with its offset from the line's start.
pub type Line = Vec<(f32, Span)>;

/// A run of text in one weight and colour.
#[derive(Clone, Debug)]
pub struct Span {
    pub text: String,
    pub weight: Weight,
    pub colour: Colour,
}

impl Span {
    pub fn new(text: impl Into<String>, weight: Weight, colour: Colour) -> Self {
        Self {
            text: text.into(),
            weight,
            colour,
        }
    }

    pub fn plain(text: impl Into<String>) -> Self {
        Self::new(text, Weight::Regular, INK)
    }

    pub fn bold(text: impl Into<String>) -> Self {
        Self::new(text, Weight::Bold, INK)
    }
}

/// What a node of the document's structure is (tagged PDF).
#[derive(Clone, Debug)]
pub enum Role {
    Heading(u16),
    Paragraph,
    /// A chart, with the words that stand for it.
    Figure(String),
    Table,
    Row,
    HeaderCell,
    Cell,
}

/// Something painted: text at a baseline, a filled rectangle, a rectangle's outline, a line.
#[derive(Clone, Debug)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        colour: Colour,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        colour: Colour,
    },
    Frame {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        colour: Colour,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        colour: Colour,
    },
    /// A data series: points joined by a line of `width`, dashed or not.
    Polyline {
        points: Vec<(f32, f32)>,
        colour: Colour,
        width: f32,
        dashed: bool,
    },
}

impl Item {
    pub fn moved(mut self, dx: f32, dy: f32) -> Self {
        match &mut self {
            Self::Text { x, y, .. } | Self::Rect { x, y, .. } | Self::Frame { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Self::Line { from, to, .. } => {
                *from = (from.0 + dx, from.1 + dy);
                *to = (to.0 + dx, to.1 + dy);
            }
            Self::Polyline { points, .. } => {
                for point in points {
                    *point = (point.0 + dx, point.1 + dy);
                }
            }
        }
        self
    }
}

/// Items that belong to one node of the structure, or to none (decoration, the footer).
pub struct Placed {
    pub node: Option<usize>,
    pub items: Vec<Item>,
}

#[derive(Default)]
pub struct Page {
    pub placed: Vec<Placed>,
}

pub struct Node {
    pub role: Role,
    pub parent: Option<usize>,
}

/// The pages being filled, the place on the current one, and the structure so far.
pub struct Pages<'f> {
    pub fonts: &'f Fonts,
    pub pages: Vec<Page>,
    pub nodes: Vec<Node>,
    pub y: f32,
}

impl<'f> Pages<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            pages: vec![Page::default()],
            nodes: Vec::new(),
            y: TOP,
        }
    }

    pub fn at_top(&self) -> bool {
        self.y <= TOP
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
    }

    pub fn node(&mut self, role: Role, parent: Option<usize>) -> usize {
        self.nodes.push(Node { role, parent });
        self.nodes.len() - 1
    }

    pub fn put(&mut self, node: Option<usize>, items: Vec<Item>) {
        if let Some(page) = self.pages.last_mut() {
            page.placed.push(Placed { node, items });
        }
    }
}

/// One line's runs as text items from `x`, at `baseline`.
pub fn text_items(line: Vec<(f32, Span)>, x: f32, baseline: f32, size: f32) -> Vec<Item> {
    line.into_iter()
        .map(|(offset, span)| Item::Text {
            x: x + offset,
            y: baseline,
            size,
            weight: span.weight,
            colour: span.colour,
            text: span.text,
        })
        .collect()
}

/// Runs broken into lines no wider than `width`: at spaces (a no-break space holds), a word
/// longer than a line between its letters. Neighbouring words of one style become one run.
pub fn wrap(fonts: &Fonts, spans: &[Span], size: f32, width: f32) -> Vec<Vec<(f32, Span)>> {
    let mut lines: Vec<Vec<(f32, Span)>> = vec![Vec::new()];
    let mut x = 0.0;
    for span in spans {
        let face = fonts.face(span.weight);
        for word in words(&span.text) {
            let ink = face.width(word.trim_end_matches(' '), size);
            if x > 0.0 && x + ink > width {
                lines.push(Vec::new());
                x = 0.0;
            }
            let word = if x == 0.0 { word.trim_start() } else { word };
            for piece in pieces(face, word, size, width) {
                if x > 0.0 && x + face.width(piece.trim_end(), size) > width {
                    lines.push(Vec::new());
                    x = 0.0;
                }
                let line = lines.last_mut();
                let advance = face.width(piece, size);
                if let Some(line) = line {
                    match line.last_mut() {
                        Some((_, last))
                            if last.weight == span.weight && last.colour == span.colour =>
                        {
                            last.text.push_str(piece);
                        }
                        _ => line.push((x, Span::new(piece, span.weight, span.colour))),
                    }
                }
                x += advance;
            }
        }
    }
    for line in &mut lines {
        if let Some((_, last)) = line.last_mut() {
            let kept = last.text.trim_end().len();
            last.text.truncate(kept);
        }
    }
    lines
}

/// Words with the spaces after them.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(' ')
}

/// A word as it fits: whole, or cut between letters when wider than a line.
fn pieces<'a>(face: &Face, word: &'a str, size: f32, width: f32) -> Vec<&'a str> {
    if face.width(word.trim_end(), size) <= width {
        return vec![word];
    }
    let mut pieces = Vec::new();
    let (mut start, mut x) = (0, 0.0);
    for (at, c) in word.char_indices() {
        let advance = face.width(c.encode_utf8(&mut [0; 4]), size);
        if x + advance > width && at > start {
            pieces.push(&word[start..at]);
            start = at;
            x = 0.0;
        }
        x += advance;
    }
    pieces.push(&word[start..]);
    pieces
}
