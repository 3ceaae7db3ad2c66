//! A table on the page: columns by share of the width, cells wrapped, numbers to the right,
//! a row never split across pages and the header row repeated on a new page.

use super::page::{
    BODY_BOTTOM, GREY, Item, LEADING, LEFT, Line, Pages, RULE, Role, Span, WIDTH, text_items, wrap,
};

pub struct Table {
    /// Each column's share of the width; they add up to 1.
    pub widths: Vec<f32>,
    /// Columns set flush right (numbers).
    pub right: Vec<bool>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Vec<Span>>>,
    pub size: f32,
    pub before: f32,
}

pub const PADDING: f32 = 3.0;
/// Tables of up to this many rows are kept on one page.
const WHOLE: usize = 8;

impl Table {
    fn column_x(&self, column: usize) -> f32 {
        LEFT + self.widths[..column].iter().sum::<f32>() * WIDTH
    }

    fn cell_width(&self, column: usize) -> f32 {
        self.widths.get(column).copied().unwrap_or(0.0) * WIDTH - 2.0 * PADDING
    }

    fn header_spans(&self) -> Vec<Vec<Span>> {
        self.header
            .iter()
            .map(|heading| vec![Span::new(heading.clone(), super::fonts::Weight::Bold, GREY)])
            .collect()
    }

    /// Each cell's lines and the row's height.
    fn row_lines(&self, layout: &Pages<'_>, cells: &[Vec<Span>]) -> (Vec<Vec<Line>>, f32) {
        let lines: Vec<_> = cells
            .iter()
            .enumerate()
            .map(|(column, spans)| wrap(layout.fonts, spans, self.size, self.cell_width(column)))
            .collect();
        let most = lines.iter().map(Vec::len).max().unwrap_or(1) as f32;
        (lines, most * self.size * LEADING + 2.0 * PADDING)
    }

    /// What must share a page with what comes before: a short table whole (it reads as
    /// one), a long one's header and first row.
    pub fn start_height(&self, layout: &Pages<'_>) -> f32 {
        let header = self.row_lines(layout, &self.header_spans()).1;
        let rows = if self.rows.len() <= WHOLE {
            self.rows.len()
        } else {
            1
        };
        let body: f32 = self.rows[..rows]
            .iter()
            .map(|row| self.row_lines(layout, row).1)
            .sum();
        self.before + header + body
    }

    pub fn place(&self, layout: &mut Pages<'_>) {
        if !layout.at_top() {
            layout.y += self.before;
        }
        let table = layout.node(Role::Table, None);
        self.row(layout, table, &self.header_spans(), true);
        for cells in &self.rows {
            let height = self.row_lines(layout, cells).1;
            if layout.y + height > BODY_BOTTOM {
                layout.new_page();
                self.row(layout, table, &self.header_spans(), true);
            }
            self.row(layout, table, cells, false);
        }
    }

    fn row(&self, layout: &mut Pages<'_>, table: usize, cells: &[Vec<Span>], header: bool) {
        let (lines, height) = self.row_lines(layout, cells);
        let row = layout.node(Role::Row, Some(table));
        for (column, cell) in lines.into_iter().enumerate() {
            let role = if header { Role::HeaderCell } else { Role::Cell };
            let node = layout.node(role, Some(row));
            let mut items = Vec::new();
            let mut baseline = layout.y + PADDING + self.size;
            for line in cell {
                let used: f32 = line
                    .iter()
                    .map(|(_, span)| layout.fonts.face(span.weight).width(&span.text, self.size))
                    .sum();
                let shift = if self.right.get(column).copied().unwrap_or(false) {
                    self.cell_width(column) - used
                } else {
                    0.0
                };
                items.extend(text_items(
                    line,
                    self.column_x(column) + PADDING + shift,
                    baseline,
                    self.size,
                ));
                baseline += self.size * LEADING;
            }
            layout.put(Some(node), items);
        }
        layout.y += height;
        let rule = Item::Line {
            from: (LEFT, layout.y),
            to: (LEFT + WIDTH, layout.y),
            colour: if header { GREY } else { RULE },
        };
        layout.put(None, vec![rule]);
    }
}
