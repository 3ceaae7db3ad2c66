//! The comparison's trend chart as inline SVG: friction levels and the perception gap over
//! time, each workshop at its date.

use std::fmt::Write as _;

use super::Comparison;
use crate::domain::Function;
use crate::export::escape::escape;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
/// Room for the y axis's title and tick numbers.
const LEFT: f64 = 58.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 12.0;
/// Room for the dates and the legend.
const BOTTOM: f64 = 56.0;
/// Dates closer than this (in the chart's units) would overlap: the later one is left out.
const DATE_LABEL_WIDTH: f64 = 90.0;

/// Writing to a `String` cannot fail, so `write!` results are ignored.
pub fn trend_chart(comparison: &Comparison) -> String {
    let xs = x_positions(comparison);
    let y = |value: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (value + 1.0) / 4.0);
    let mut svg = format!(
        "<svg viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-labelledby=\"trend-title\"><title id=\"trend-title\">{}</title>",
        escape(&comparison.language.text("compare-report-trend-title"))
    );
    for tick in [-1, 0, 1, 2, 3] {
        let at = y(f64::from(tick));
        let _ = write!(
            svg,
            "<line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{at:.1}\" y2=\"{at:.1}\" stroke=\"#ddd\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"14\" text-anchor=\"end\">{tick}</text>",
            WIDTH - RIGHT + 10.0,
            LEFT - 6.0,
            at + 4.0
        );
    }
    let middle = y(1.0);
    let _ = write!(
        svg,
        "<text x=\"14\" y=\"{middle:.1}\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 14 {middle:.1})\">{}</text>",
        escape(&comparison.language.text("compare-report-trend-axis"))
    );
    series_svg(&mut svg, comparison, &xs, &y);
    dates_svg(&mut svg, comparison, &xs);
    svg.push_str("</svg>");
    svg
}

/// Each workshop's x, in proportion to its date.
fn x_positions(comparison: &Comparison) -> Vec<f64> {
    let span = WIDTH - LEFT - RIGHT;
    date_fractions(comparison)
        .into_iter()
        .map(|fraction| LEFT + span * fraction)
        .collect()
}

/// Each workshop's place along a time axis from 0 (the first date) to 1 (the last), in
/// proportion to its date; evenly spaced when all share one date.
pub(super) fn date_fractions(comparison: &Comparison) -> Vec<f64> {
    let days: Vec<i64> = comparison
        .workshops
        .iter()
        .map(super::Compared::day_number)
        .collect();
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
        return Vec::new();
    };
    if last == first {
        let count = days.len().max(2) - 1;
        return (0..days.len())
            .map(|index| index as f64 / count as f64)
            .collect();
    }
    days.iter()
        .map(|day| (day - first) as f64 / (last - first) as f64)
        .collect()
}

fn series_svg(svg: &mut String, comparison: &Comparison, xs: &[f64], y: &dyn Fn(f64) -> f64) {
    let count = comparison.workshops.len();
    let values = |pick: fn(&Comparison, usize) -> Option<f64>| -> Vec<Option<f64>> {
        (0..count).map(|i| pick(comparison, i)).collect()
    };
    let text = |id: &str| escape(&comparison.language.text(id));
    let series = [
        (
            text("compare-report-sales"),
            crate::export::svg::SALES,
            values(|c, i| c.friction_level(i, Function::Sales)),
        ),
        (
            text("compare-report-product"),
            crate::export::svg::PRODUCT,
            values(|c, i| c.friction_level(i, Function::Product)),
        ),
        (
            text("compare-report-gap"),
            "#555555",
            values(Comparison::perception_gap),
        ),
    ];
    for (number, (name, color, value)) in series.iter().enumerate() {
        let points: Vec<String> = value
            .iter()
            .zip(xs)
            .filter_map(|(v, x)| v.map(|v| format!("{x:.1},{:.1}", y(v))))
            .collect();
        let dash = if number == 2 {
            " stroke-dasharray=\"5 4\""
        } else {
            ""
        };
        let _ = write!(
            svg,
            "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{dash} points=\"{}\"/>",
            points.join(" ")
        );
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"15\" fill=\"{color}\">{name}</text>",
            LEFT + 110.0 * number as f64,
            HEIGHT - 8.0
        );
    }
}

/// The workshops' dates under the axis, leaving out one that would overlap the one before.
fn dates_svg(svg: &mut String, comparison: &Comparison, xs: &[f64]) {
    let mut last_label: Option<f64> = None;
    for (workshop, x) in comparison.workshops.iter().zip(xs) {
        if last_label.is_some_and(|last| x - last < DATE_LABEL_WIDTH) {
            continue;
        }
        last_label = Some(*x);
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"14\" text-anchor=\"middle\">{}</text>",
            HEIGHT - BOTTOM + 16.0,
            workshop.date
        );
    }
}
