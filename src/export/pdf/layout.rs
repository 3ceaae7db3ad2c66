//! Blocks (paragraphs, headings, tables, verdict cards, charts) laid out on A4 pages: lines
//! broken at spaces, a heading never last on a page (it keeps with what follows), a paragraph
//! that must break leaves at least two lines behind, a table row never split and its header
//! repeated. What comes out is positioned text and shapes, each tied to a node of the
//! document's structure, for `draw` to paint and tag.

use super::fonts::{Fonts, Weight};
use super::page::{
    BODY_BOTTOM, Colour, INK, Item, LEADING, LEFT, Line, Pages, Role, Span, WIDTH, text_items, wrap,
};
use super::table::Table;

/// A paragraph, heading or list item.
pub struct Paragraph {
    pub spans: Vec<Span>,
    pub size: f32,
    pub role: Role,
    pub indent: f32,
    /// "•", set in the indent.
    pub bullet: Option<String>,
    pub before: f32,
}

impl Paragraph {
    pub fn new(spans: Vec<Span>, size: f32) -> Self {
        Self {
            spans,
            size,
            role: Role::Paragraph,
            indent: 0.0,
            bullet: None,
            before: size * 0.5,
        }
    }

    fn line_height(&self) -> f32 {
        self.size * LEADING
    }
}

/// Boxes side by side, each with lines of its own: the verdicts.
pub struct Cards {
    pub cards: Vec<Card>,
    pub before: f32,
}

pub struct Card {
    pub lines: Vec<(Vec<Span>, f32)>,
    pub border: Colour,
}

/// A drawing of fixed height, in coordinates from its top left corner.
pub struct Chart {
    pub height: f32,
    pub items: Vec<Item>,
    pub alt: String,
    pub before: f32,
}

pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
    Cards(Cards),
    Chart(Chart),
    PageBreak,
}

impl Pages<'_> {
    /// Space before a block, dropped at the top of a page.
    fn skip(&mut self, before: f32) {
        if !self.at_top() {
            self.y += before;
        }
    }

    pub fn place_all(&mut self, blocks: &[Block]) {
        for (index, block) in blocks.iter().enumerate() {
            if matches!(block, Block::PageBreak) {
                if !self.at_top() {
                    self.new_page();
                }
                continue;
            }
            if self.needed(&blocks[index..]) > BODY_BOTTOM - self.y && !self.at_top() {
                self.new_page();
            }
            match block {
                Block::Paragraph(paragraph) => self.paragraph(paragraph),
                Block::Table(table) => table.place(self),
                Block::Cards(cards) => self.cards(cards),
                Block::Chart(chart) => self.chart(chart),
                Block::PageBreak => {}
            }
        }
    }

    /// The room `blocks[0]` needs here: a heading with the start of what follows it, two
    /// lines of a paragraph, a table's header and first row, a whole card row or chart.
    fn needed(&self, blocks: &[Block]) -> f32 {
        match blocks.first() {
            Some(Block::Paragraph(paragraph)) => {
                let lines = self.lines(paragraph).len() as f32;
                let own = paragraph.before + paragraph.line_height() * lines;
                if matches!(paragraph.role, Role::Heading(_)) {
                    own + self.needed(&blocks[1..])
                } else {
                    paragraph.before + paragraph.line_height() * lines.min(2.0)
                }
            }
            Some(Block::Table(table)) => table.start_height(self),
            Some(Block::Cards(cards)) => cards.before + self.cards_height(cards),
            Some(Block::Chart(chart)) => chart.before + chart.height,
            Some(Block::PageBreak) | None => 0.0,
        }
    }

    /// A paragraph's lines, each as runs with their offset from the line's start.
    pub fn lines(&self, paragraph: &Paragraph) -> Vec<Vec<(f32, Span)>> {
        wrap(
            self.fonts,
            &paragraph.spans,
            paragraph.size,
            WIDTH - paragraph.indent,
        )
    }

    fn paragraph(&mut self, paragraph: &Paragraph) {
        let node = self.node(paragraph.role.clone(), None);
        self.skip(paragraph.before);
        let height = paragraph.line_height();
        let x = LEFT + paragraph.indent;
        for (number, line) in self.lines(paragraph).into_iter().enumerate() {
            if self.y + height > BODY_BOTTOM && !self.at_top() {
                self.new_page();
            }
            let baseline = self.y + paragraph.size;
            let mut items = text_items(line, x, baseline, paragraph.size);
            if let (0, Some(bullet)) = (number, &paragraph.bullet) {
                items.insert(
                    0,
                    Item::Text {
                        x: x - paragraph.size,
                        y: baseline,
                        size: paragraph.size,
                        weight: Weight::Regular,
                        colour: INK,
                        text: bullet.clone(),
                    },
                );
            }
            self.put(Some(node), items);
            self.y += height;
        }
    }

    fn cards_height(&self, cards: &Cards) -> f32 {
        let width = card_width(cards.cards.len());
        cards
            .cards
            .iter()
            .map(|card| card_lines(self.fonts, card, width).1)
            .fold(0.0, f32::max)
            + 2.0 * CARD_PADDING
    }

    fn cards(&mut self, cards: &Cards) {
        self.skip(cards.before);
        let height = self.cards_height(cards);
        let width = card_width(cards.cards.len());
        for (index, card) in cards.cards.iter().enumerate() {
            let left = LEFT + (width + CARD_GAP) * index as f32;
            let node = self.node(Role::Paragraph, None);
            let mut y = self.y + CARD_PADDING;
            let mut items = Vec::new();
            for (line, size) in card_lines(self.fonts, card, width).0 {
                items.extend(text_items(line, left + CARD_PADDING, y + size, size));
                y += size * LEADING;
            }
            self.put(Some(node), items);
            let frame = Item::Frame {
                x: left,
                y: self.y,
                width,
                height,
                colour: card.border,
            };
            self.put(None, vec![frame]);
        }
        self.y += height;
    }

    fn chart(&mut self, chart: &Chart) {
        self.skip(chart.before);
        let node = self.node(Role::Figure(chart.alt.clone()), None);
        let (left, top) = (LEFT, self.y);
        let items = chart
            .items
            .iter()
            .map(|item| item.clone().moved(left, top))
            .collect();
        self.put(Some(node), items);
        self.y += chart.height;
    }
}

const CARD_GAP: f32 = 10.0;
const CARD_PADDING: f32 = 7.0;

fn card_width(cards: usize) -> f32 {
    let cards = cards.max(1) as f32;
    (WIDTH - CARD_GAP * (cards - 1.0)) / cards
}

/// A card's lines, wrapped to its width, and their height.
fn card_lines(fonts: &Fonts, card: &Card, width: f32) -> (Vec<(Line, f32)>, f32) {
    let mut lines = Vec::new();
    let mut height = 0.0;
    for (spans, size) in &card.lines {
        for line in wrap(fonts, spans, *size, width - 2.0 * CARD_PADDING) {
            lines.push((line, *size));
            height += size * LEADING;
        }
    }
    (lines, height)
}
