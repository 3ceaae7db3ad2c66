//! The comparison's trend chart as inline SVG: friction levels and the perception gap,
//! workshop by workshop.

use std::fmt::Write as _;

use super::Comparison;
use crate::domain::Function;

/// Writing to a `String` cannot fail, so `write!` results are ignored.
pub fn trend_chart(comparison: &Comparison) -> String {
    let count = comparison.workshops.len().max(2);
    let (width, height, left, top, bottom) = (640.0, 240.0, 40.0, 12.0, 40.0);
    let x = |index: usize| left + (width - left - 20.0) * index as f64 / (count - 1) as f64;
    let y = |value: f64| top + (height - top - bottom) * (1.0 - (value + 1.0) / 4.0);
    let mut svg = format!(
        "<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"trend-title\"><title id=\"trend-title\">Friction level and perception gap over time</title>"
    );
    for tick in [-1, 0, 1, 2, 3] {
        let _ = write!(
            svg,
            "<line x1=\"{left}\" x2=\"{width}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{tick}</text>",
            y(f64::from(tick)),
            y(f64::from(tick)),
            left - 4.0,
            y(f64::from(tick)) + 4.0
        );
    }
    let count_of = comparison.workshops.len();
    let values = |pick: fn(&Comparison, usize) -> Option<f64>| -> Vec<Option<f64>> {
        (0..count_of).map(|i| pick(comparison, i)).collect()
    };
    let series = [
        (
            "Sales",
            crate::export::svg::SALES,
            values(|c, i| c.friction_level(i, Function::Sales)),
        ),
        (
            "Product",
            crate::export::svg::PRODUCT,
            values(|c, i| c.friction_level(i, Function::Product)),
        ),
        ("Gap", "#555555", values(Comparison::perception_gap)),
    ];
    for (number, (name, color, value)) in series.iter().enumerate() {
        let points: Vec<String> = value
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
            .collect();
        let dash = if *name == "Gap" {
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
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"{color}\">{name}</text>",
            left + 90.0 * number as f64,
            height - 8.0
        );
    }
    for index in 0..comparison.workshops.len() {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">#{}</text>",
            x(index),
            height - bottom + 14.0,
            index + 1
        );
    }
    svg.push_str("</svg>");
    svg
}
