//! The trend chart in the comparison's PDF: friction levels and the perception gap over time,
//! each workshop at its date, as the HTML's SVG draws it — vector lines and real text.

use super::Comparison;
use crate::domain::Function;
use crate::export::pdf::chart::{PRODUCT, SALES, TEXT, text};
use crate::export::pdf::fonts::{Fonts, Weight};
use crate::export::pdf::layout::Chart;
use crate::export::pdf::page::{Colour, GREY, INK, Item, RULE, WIDTH};

const HEIGHT: f32 = 200.0;
/// Room for the tick numbers on the left.
const LEFT: f32 = 24.0;
const RIGHT: f32 = 16.0;
/// Room for the axis's title above the plot.
const TOP: f32 = 16.0;
const PLOT: f32 = 140.0;
/// The least room between two dates under the axis; closer, the later one is left out.
const DATE_GAP: f32 = 6.0;

/// A series' figure for the workshop at an index, `None` below the floor.
type Figure = fn(&Comparison, usize) -> Option<f64>;

/// Friction level (0–3) and the gap (−1 to 3 on the same axis, a gap beyond drawn at the
/// edge) at each workshop's date.
pub fn trend_chart(fonts: &Fonts, comparison: &Comparison, before: f32) -> Chart {
    let language = comparison.language;
    let mut items = axes(comparison);
    let xs = x_positions(comparison);
    series(&mut items, comparison, &xs);
    dates(&mut items, fonts, comparison, &xs);
    Chart {
        height: HEIGHT,
        items,
        alt: language.text("compare-report-trend-caption"),
        before,
    }
}

/// The value's height on the page, kept within the axis.
fn y(value: f64) -> f32 {
    let value = (value as f32).clamp(-1.0, 3.0);
    TOP + PLOT * (1.0 - (value + 1.0) / 4.0)
}

/// The grid lines with their numbers, and the axis's title above them.
fn axes(comparison: &Comparison) -> Vec<Item> {
    let language = comparison.language;
    let mut items = vec![text(
        LEFT,
        TOP - 8.0,
        GREY,
        language.text("compare-report-trend-axis"),
    )];
    for tick in [-1_i8, 0, 1, 2, 3] {
        let at = y(f64::from(tick));
        items.push(Item::Line {
            from: (LEFT, at),
            to: (WIDTH, at),
            colour: RULE,
        });
        items.push(text(
            4.0,
            at + 3.0,
            GREY,
            language.decimal(f64::from(tick), 0),
        ));
    }
    items
}

/// Each series as a line with a mark at each workshop, and its name in the legend.
fn series(items: &mut Vec<Item>, comparison: &Comparison, xs: &[f32]) {
    let language = comparison.language;
    let series: [(String, Colour, bool, Figure); 3] = [
        (
            language.text("compare-report-sales"),
            SALES,
            false,
            |c, i| c.friction_level(i, Function::Sales),
        ),
        (
            language.text("compare-report-product"),
            PRODUCT,
            false,
            |c, i| c.friction_level(i, Function::Product),
        ),
        (
            language.text("compare-report-gap"),
            GREY,
            true,
            Comparison::perception_gap,
        ),
    ];
    for (number, (name, colour, dashed, value)) in series.into_iter().enumerate() {
        let points: Vec<(f32, f32)> = xs
            .iter()
            .enumerate()
            .filter_map(|(index, x)| Some((*x, y(value(comparison, index)?))))
            .collect();
        for (x, at) in &points {
            items.push(Item::Rect {
                x: x - 1.8,
                y: at - 1.8,
                width: 3.6,
                height: 3.6,
                colour,
            });
        }
        items.push(Item::Polyline {
            points,
            colour,
            width: 1.6,
            dashed,
        });
        let legend_x = LEFT + 90.0 * number as f32;
        items.push(Item::Rect {
            x: legend_x,
            y: HEIGHT - 13.0,
            width: 8.0,
            height: 8.0,
            colour,
        });
        items.push(text(legend_x + 12.0, HEIGHT - 6.0, INK, name));
    }
}

/// The workshops' dates under the axis, each centred under its point within the page,
/// leaving out one that would overlap the one before.
fn dates(items: &mut Vec<Item>, fonts: &Fonts, comparison: &Comparison, xs: &[f32]) {
    let mut last_end: Option<f32> = None;
    for (workshop, x) in comparison.workshops.iter().zip(xs) {
        let date = workshop.date.to_string();
        let width = fonts.face(Weight::Regular).width(&date, TEXT);
        let left = (x - width / 2.0).clamp(0.0, WIDTH - width);
        if last_end.is_some_and(|end| left < end + DATE_GAP) {
            continue;
        }
        last_end = Some(left + width);
        items.push(text(left, TOP + PLOT + 12.0, INK, date));
    }
}

/// Each workshop's x, in proportion to its date, clear of the tick numbers.
fn x_positions(comparison: &Comparison) -> Vec<f32> {
    let start = LEFT + 12.0;
    let span = WIDTH - start - RIGHT;
    super::trend_chart::date_fractions(comparison)
        .into_iter()
        .map(|fraction| start + span * fraction as f32)
        .collect()
}
