//! The relationship answers as grouped bars — sales, product and the 2014 study, as the HTML
//! report's SVG draws them — in vector shapes and real text, not an image.

use super::fonts::Weight;
use super::layout::Chart;
use super::page::{Colour, GREY, INK, Item, RULE, WIDTH};
use crate::export::summary::{RelationshipRow, Summary};
use crate::export::svg::short_label;

pub const SALES: Colour = Colour(0x2f, 0x6d, 0xb5);
pub const PRODUCT: Colour = Colour(0xd9, 0x77, 0x1a);
const STUDY: Colour = Colour(0x8a, 0x8a, 0x8a);
/// The size of a chart's words.
pub const TEXT: f32 = 8.0;

/// A chart's words: small, regular, at `x` on the baseline `y`.
pub fn text(x: f32, y: f32, colour: Colour, words: String) -> Item {
    Item::Text {
        x,
        y,
        size: TEXT,
        weight: Weight::Regular,
        colour,
        text: words,
    }
}

pub fn distribution_chart(summary: &Summary<'_>, rows: &[RelationshipRow], before: f32) -> Chart {
    let (height, top, left) = (170.0, 6.0, 34.0);
    let plot = 112.0;
    let mut items = Vec::new();
    for tick in [0_u8, 25, 50, 75, 100] {
        let y = top + plot * (1.0 - f32::from(tick) / 100.0);
        items.push(Item::Line {
            from: (left, y),
            to: (WIDTH, y),
            colour: RULE,
        });
        let label = summary.language.percent(f64::from(tick) / 100.0, 0);
        items.push(text(0.0, y + 3.0, GREY, label));
    }
    let group = (WIDTH - left) / rows.len().max(1) as f32;
    let bar = group / 4.0;
    for (index, row) in rows.iter().enumerate() {
        let x0 = left + group * index as f32 + bar / 2.0;
        for (offset, (share, colour)) in [
            (row.sales, SALES),
            (row.product, PRODUCT),
            (row.study, STUDY),
        ]
        .into_iter()
        .enumerate()
        {
            let bar_height = plot * share as f32;
            items.push(Item::Rect {
                x: x0 + bar * offset as f32,
                y: top + plot - bar_height,
                width: bar * 0.9,
                height: bar_height,
                colour,
            });
        }
        for (line, words) in short_label(summary, row).into_iter().enumerate() {
            items.push(text(x0, top + plot + 11.0 + 10.0 * line as f32, INK, words));
        }
    }
    let legend_y = height - 6.0;
    let legend = [
        (summary.text("export-sales"), SALES),
        (summary.text("export-product"), PRODUCT),
        (summary.text("study-legend"), STUDY),
    ];
    for (index, (name, colour)) in legend.into_iter().enumerate() {
        let x = left + 110.0 * index as f32;
        items.push(Item::Rect {
            x,
            y: legend_y - 7.0,
            width: 8.0,
            height: 8.0,
            colour,
        });
        items.push(text(x + 12.0, legend_y, INK, name));
    }
    Chart {
        height,
        items,
        alt: summary.text("export-chart-distribution-title"),
        before,
    }
}
