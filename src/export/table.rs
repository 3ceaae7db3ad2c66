//! The report's tables — relationship answers beside the study, statements, friction
//! sources — made once from a [`Summary`], in words; the Markdown and the HTML only lay them
//! out. The first column names the row; the others are numbers.

use std::fmt::Write as _;

use super::escape::{escape, escape_markdown};
use super::summary::{Results, Summary};

/// Headings and rows of cells, already in the report's language.
pub struct Table {
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Each relationship answer's share per function, overall and in the study.
    pub fn relationship(summary: &Summary<'_>, results: &Results) -> Self {
        Self {
            headings: headings(
                summary,
                &[
                    "export-answer",
                    "export-sales",
                    "export-product",
                    "export-overall",
                    "study-column",
                ],
            ),
            rows: results
                .relationship_rows
                .iter()
                .map(|row| {
                    vec![
                        row.label.clone(),
                        summary.percent(row.sales),
                        summary.percent(row.product),
                        summary.percent(row.overall),
                        row.study_label.clone(),
                    ]
                })
                .collect(),
        }
    }

    /// Each statement's mean per function and the gap, under the heading `gap_heading`.
    pub fn statements(summary: &Summary<'_>, results: &Results, gap_heading: &str) -> Self {
        Self {
            headings: headings(
                summary,
                &[
                    "export-statement",
                    "export-sales",
                    "export-product",
                    gap_heading,
                ],
            ),
            rows: results
                .statement_rows
                .iter()
                .map(|row| {
                    vec![
                        row.text.clone(),
                        summary.mean_cell(row.sales),
                        summary.mean_cell(row.product),
                        summary.optional_gap(row.gap),
                    ]
                })
                .collect(),
        }
    }

    /// How often each friction source was named, per function and in all.
    pub fn sources(summary: &Summary<'_>, results: &Results) -> Self {
        Self {
            headings: headings(
                summary,
                &[
                    "export-source",
                    "export-sales",
                    "export-product",
                    "export-total",
                ],
            ),
            rows: results
                .source_rows
                .iter()
                .map(|row| {
                    vec![
                        row.label.clone(),
                        row.sales.to_string(),
                        row.product.to_string(),
                        row.total.to_string(),
                    ]
                })
                .collect(),
        }
    }

    /// A Markdown table: names left, numbers right.
    pub fn markdown(&self) -> String {
        let mut out = format!("| {} |\n|---|", self.headings.join(" | "));
        out.push_str(&"---:|".repeat(self.headings.len().saturating_sub(1)));
        out.push('\n');
        for row in &self.rows {
            let _ = writeln!(out, "| {} |", cells(row, escape_markdown).join(" | "));
        }
        out
    }

    /// An HTML table: the headings as column headers, each row's name as its row header.
    pub fn html(&self) -> String {
        let mut out = String::from("<table>\n<thead><tr>");
        for (index, heading) in self.headings.iter().enumerate() {
            let class = if index == 0 { "" } else { " class=\"number\"" };
            let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", escape(heading));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &self.rows {
            let mut cells = cells(row, escape).into_iter();
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th>",
                cells.next().unwrap_or_default()
            );
            for cell in cells {
                let _ = write!(out, "<td class=\"number\">{cell}</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
        out
    }
}

fn headings(summary: &Summary<'_>, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| summary.text(id)).collect()
}

/// A row's cells as written: the name escaped for the format (it may be an editor's text),
/// the numbers as they are.
fn cells(row: &[String], escape: fn(&str) -> String) -> Vec<String> {
    row.iter()
        .enumerate()
        .map(|(index, cell)| {
            if index == 0 {
                escape(cell)
            } else {
                cell.clone()
            }
        })
        .collect()
}
