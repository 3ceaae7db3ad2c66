//! Inline SVG charts for the HTML report: no script, no font, nothing fetched.

use std::fmt::Write as _;

use super::escape::escape;
use super::summary::{RelationshipRow, StatementRow, Summary};

pub const SALES: &str = "#2f6db5";
pub const PRODUCT: &str = "#d9771a";
pub const STUDY: &str = "#8a8a8a";

/// Every text is at least this size in the chart's own units. Charts are drawn 420 units
/// wide, so on a phone 390 pixels wide (374 inside the page's margins) it shows at 12.5 px.
const TEXT: f64 = 14.0;

/// Two short lines under each group of bars ("Mostly" / "aligned"), so four groups fit a
/// phone's width; the PDF's chart writes them too. Not escaped.
pub fn short_label(summary: &Summary<'_>, row: &RelationshipRow) -> [String; 2] {
    use crate::domain::Relationship;
    let answer = match row.answer {
        Relationship::CompletelyAligned => "completely",
        Relationship::MostlyAligned => "mostly",
        Relationship::LackingAlignment => "lacking",
        Relationship::ConstantFriction => "constant",
    };
    [1, 2].map(|line| summary.text(&format!("export-chart-{answer}-{line}")))
}

/// Grouped bars: each relationship answer's share for sales, product and the 2014 study.
pub fn distribution_chart(summary: &Summary<'_>, rows: &[RelationshipRow]) -> String {
    let sales = summary.text("export-sales");
    let product = summary.text("export-product");
    let study = summary.text("study-legend");
    let (width, height, top, bottom) = (420.0, 290.0, 16.0, 78.0);
    // Room for "100%"; a language that writes "100 %" gets a little more.
    let widest_tick = summary.language.percent(1.0, 0).chars().count();
    let left = 42.0 + 8.0 * widest_tick.saturating_sub(4) as f64;
    let plot_height = height - top - bottom;
    let group_width = (width - left - 8.0) / rows.len().max(1) as f64;
    let bar = group_width / 4.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="distribution-title"><title id="distribution-title">{}</title>"#,
        escape(&summary.text("export-chart-distribution-title"))
    );
    for tick in [0, 25, 50, 75, 100] {
        let y = top + plot_height * (1.0 - f64::from(tick) / 100.0);
        let _ = write!(
            svg,
            r##"<line x1="{left}" y1="{y:.1}" x2="{width}" y2="{y:.1}" stroke="#dddddd"/><text x="{:.1}" y="{:.1}" font-size="{TEXT}" text-anchor="end" fill="#555555">{}</text>"##,
            left - 4.0,
            y + 4.0,
            escape(&summary.language.percent(f64::from(tick) / 100.0, 0))
        );
    }
    for (index, row) in rows.iter().enumerate() {
        let x0 = left + group_width * index as f64 + bar / 2.0;
        for (offset, (value, shown, color, who)) in [
            (row.sales, summary.percent(row.sales), SALES, &sales),
            (row.product, summary.percent(row.product), PRODUCT, &product),
            (row.study, row.study_label.clone(), STUDY, &study),
        ]
        .into_iter()
        .enumerate()
        {
            let bar_height = plot_height * value;
            let x = x0 + bar * offset as f64;
            let y = top + plot_height - bar_height;
            let title = summary.language.text_with(
                "export-chart-bar",
                &[
                    ("who", who.as_str().into()),
                    ("answer", row.label.as_str().into()),
                    ("share", shown.into()),
                ],
            );
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{bar_height:.1}" fill="{color}"><title>{}</title></rect>"#,
                bar * 0.9,
                escape(&title),
            );
        }
        let [first, second] = short_label(summary, row).map(|line| escape(&line));
        let x = x0 + bar * 1.5;
        let _ = write!(
            svg,
            r##"<text x="{x:.1}" y="{:.1}" font-size="{TEXT}" text-anchor="middle" fill="#222222"><tspan x="{x:.1}">{first}</tspan><tspan x="{x:.1}" dy="15">{second}</tspan></text>"##,
            top + plot_height + 18.0,
        );
    }
    // In the bars' order, left to right.
    let legend_y = height - 8.0;
    for (index, (name, color)) in [(&sales, SALES), (&product, PRODUCT), (&study, STUDY)]
        .into_iter()
        .enumerate()
    {
        let x = left + 110.0 * index as f64;
        let _ = write!(
            svg,
            r##"<rect x="{x:.1}" y="{:.1}" width="12" height="12" fill="{color}"/><text x="{:.1}" y="{legend_y:.1}" font-size="{TEXT}" fill="#222222">{}</text>"##,
            legend_y - 10.0,
            x + 16.0,
            escape(name)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Diverging bars: for each statement, sales' mean minus product's, right when sales agrees more.
pub fn gap_chart(summary: &Summary<'_>, rows: &[StatementRow]) -> String {
    let (width, row_height, top) = (420.0, 26.0, 26.0);
    // Room for the longest label (about 8.2 units a character at this size), at least as
    // much as English needs and at most half the chart.
    let longest = rows
        .iter()
        .map(|row| row.label.chars().count())
        .max()
        .unwrap_or(0);
    let label_width = (8.2 * longest as f64 + 10.0).clamp(172.0, 210.0);
    let height = top + row_height * rows.len() as f64 + 8.0;
    let half = (width - label_width - 56.0) / 2.0;
    let center = label_width + half;
    let scale = half / 2.0; // a gap of ±2 rating points fills one side
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="gap-title"><title id="gap-title">{}</title>"#,
        escape(&summary.text("export-chart-gap-title"))
    );
    let _ = write!(
        svg,
        r##"<text x="{:.1}" y="15" font-size="{TEXT}" text-anchor="end" fill="#555555">{}</text><text x="{:.1}" y="15" font-size="{TEXT}" fill="#555555">{}</text>"##,
        center - 6.0,
        escape(&summary.text("export-chart-product-agrees")),
        center + 6.0,
        escape(&summary.text("export-chart-sales-agrees"))
    );
    for (index, row) in rows.iter().enumerate() {
        let y = top + row_height * index as f64;
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" font-size="{TEXT}" text-anchor="end" fill="#222222">{}</text>"##,
            label_width - 8.0,
            y + row_height * 0.65,
            escape(&row.label)
        );
        match row.gap {
            Some(gap) => {
                let length = (gap.abs().min(2.0)) * scale;
                let written = summary.signed(gap);
                let (x, color) = if gap >= 0.0 {
                    (center, SALES)
                } else {
                    (center - length, PRODUCT)
                };
                let _ = write!(
                    svg,
                    r##"<rect x="{x:.1}" y="{:.1}" width="{length:.1}" height="{:.1}" fill="{color}"><title>{}: {written}</title></rect><text x="{:.1}" y="{:.1}" font-size="{TEXT}" fill="#222222">{written}</text>"##,
                    y + 4.0,
                    row_height - 8.0,
                    escape(&row.label),
                    width - 48.0,
                    y + row_height * 0.65
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r##"<text x="{:.1}" y="{:.1}" font-size="{TEXT}" fill="#555555">{}</text>"##,
                    width - 48.0,
                    y + row_height * 0.65,
                    escape(&summary.text("none"))
                );
            }
        }
    }
    let bottom = top + row_height * rows.len() as f64;
    let _ = write!(
        svg,
        r##"<line x1="{center:.1}" y1="{:.1}" x2="{center:.1}" y2="{bottom:.1}" stroke="#222222"/>"##,
        top - 4.0
    );
    svg.push_str("</svg>");
    svg
}
