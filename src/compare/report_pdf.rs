//! The comparison as a PDF, made by Tandem itself like the workshop's report: the summary on
//! the first page (verdicts now and before, what changed and whether it is likely real, the
//! actions done), then the trend chart and the details, from the same
//! [`ComparisonDocument`] as the Markdown and the HTML.

use super::Comparison;
use super::brief::{ActionsSection, ChangeSection, ComparisonBrief};
use super::details::{ListLine, ReportTable};
use super::document::ComparisonDocument;
use crate::export::pdf::content::{Sizes, bullet, clean, heading, paragraph, verdict_colour};
use crate::export::pdf::draw::Identity;
use crate::export::pdf::fonts::{Fonts, Weight};
use crate::export::pdf::layout::{Block, Card, Cards};
use crate::export::pdf::page::{GREY, INK, Span, WIDTH};
use crate::export::pdf::table::{PADDING, Table};
use crate::export::pdf::{PdfError, render};

/// A table of the relationship answers holds this many workshops at most (two columns
/// each); more go on in a further table, so the cells stay readable on A4.
const WORKSHOPS_PER_TABLE: usize = 3;

pub fn pdf(comparison: &Comparison) -> Result<Vec<u8>, PdfError> {
    let document = ComparisonDocument::new(comparison);
    let language = comparison.language;
    let dates: Vec<String> = [comparison.workshops.first(), comparison.workshops.last()]
        .into_iter()
        .flatten()
        .map(|workshop| workshop.date.written_in(language))
        .collect();
    let identity = Identity::new(
        &document.title,
        language,
        &format!("{} · {}", document.title, dates.join(" – ")),
    );
    render(
        |fonts, scale| summary_blocks(fonts, comparison, &document, scale),
        |fonts| detail_blocks(fonts, comparison, &document),
        &identity,
    )
}

fn summary_blocks(
    fonts: &Fonts,
    comparison: &Comparison,
    document: &ComparisonDocument,
    scale: f32,
) -> Vec<Block> {
    let size = Sizes::at(scale);
    let t = |id: &str| comparison.language.text(id);
    let brief = &document.brief;
    let mut blocks = vec![
        heading(&document.title, 1, size.title),
        paragraph(vec![clean(&brief.span, Weight::Regular, INK)], size.body),
        heading(&t("export-summary"), 2, size.heading),
    ];
    if !brief.verdicts.is_empty() {
        blocks.push(heading(&t("export-verdict"), 3, size.subheading));
        blocks.push(verdict_cards(brief, &size));
    }
    for section in [&brief.latest, &brief.series].into_iter().flatten() {
        change_section(&mut blocks, section, &size);
    }
    for section in [&brief.actions, &brief.still_open].into_iter().flatten() {
        actions_section(&mut blocks, fonts, section, &size);
    }
    blocks
}

fn verdict_cards(brief: &ComparisonBrief, size: &Sizes) -> Block {
    let cards = brief
        .verdicts
        .iter()
        .map(|line| {
            let colour = verdict_colour(line.now);
            let mut lines = vec![
                (
                    vec![clean(&line.scope_word, Weight::Regular, colour)],
                    size.body,
                ),
                (
                    vec![clean(&line.now_words, Weight::Bold, colour)],
                    size.verdict,
                ),
            ];
            for words in [&line.before, &line.trail].into_iter().flatten() {
                lines.push((vec![clean(words, Weight::Regular, INK)], size.small));
            }
            Card {
                lines,
                border: colour,
            }
        })
        .collect();
    Block::Cards(Cards {
        cards,
        before: size.body * 0.4,
    })
}

fn change_section(blocks: &mut Vec<Block>, section: &ChangeSection, size: &Sizes) {
    blocks.push(heading(&section.heading, 3, size.subheading));
    list(blocks, &section.lines, size.minor, 0);
    if let Some(note) = &section.note {
        blocks.push(paragraph(
            vec![clean(note, Weight::Regular, GREY)],
            size.small,
        ));
    }
}

fn actions_section(blocks: &mut Vec<Block>, fonts: &Fonts, section: &ActionsSection, size: &Sizes) {
    blocks.push(heading(&section.heading, 3, size.subheading));
    if !section.table.rows.is_empty() {
        blocks.push(table(fonts, &section.table, size.body));
    }
}

fn list(blocks: &mut Vec<Block>, lines: &[ListLine], size: f32, depth: usize) {
    for line in lines {
        let mut spans = Vec::new();
        if let Some(mark) = line.mark {
            spans.push(clean(&format!("{mark} "), Weight::Regular, INK));
        }
        spans.push(clean(&line.text, Weight::Regular, INK));
        blocks.push(bullet(spans, size, depth));
        list(blocks, &line.under, size, depth + 1);
    }
}

fn detail_blocks(
    fonts: &Fonts,
    comparison: &Comparison,
    document: &ComparisonDocument,
) -> Vec<Block> {
    let size = Sizes::at(1.0);
    let t = |id: &str| comparison.language.text(id);
    let note = |text: &str| paragraph(vec![clean(text, Weight::Regular, GREY)], size.small);
    let mut blocks = vec![
        Block::PageBreak,
        heading(&t("compare-report-details"), 2, size.heading),
        heading(&t("compare-report-trend-title"), 3, size.subheading),
        Block::Chart(super::trend_pdf::trend_chart(comparison, size.body * 0.5)),
        paragraph(
            vec![clean(
                &t("compare-report-trend-caption"),
                Weight::Regular,
                GREY,
            )],
            size.small,
        ),
        heading(&t("compare-report-workshops"), 3, size.subheading),
        table(fonts, &document.workshops, size.small),
    ];
    blocks.extend(document.below_floor.iter().map(|line| note(line)));
    if !document.stability.is_empty() {
        blocks.push(paragraph(
            vec![Span::plain(t("compare-report-hinge-question"))],
            size.body,
        ));
        list(&mut blocks, &document.stability, size.body, 0);
    }
    blocks.push(heading(
        &t("compare-report-friction-heading"),
        3,
        size.subheading,
    ));
    blocks.push(table(fonts, &document.friction, size.small));
    blocks.extend(document.chance_method.as_deref().map(note));
    blocks.push(heading(
        &t("compare-report-relationship-heading"),
        3,
        size.subheading,
    ));
    for part in split_columns(&document.relationship, 2 * WORKSHOPS_PER_TABLE) {
        blocks.push(table(fonts, &part, size.small));
    }
    if !document.steps.is_empty() {
        blocks.push(heading(
            &t("compare-report-changes-heading"),
            3,
            size.subheading,
        ));
    }
    for step in &document.steps {
        blocks.push(heading(&step.heading, 4, size.minor));
        list(&mut blocks, &step.lines, size.body, 0);
    }
    blocks.extend(document.left_out.as_deref().map(note));
    blocks
}

/// A table on the page, numbers right; each column at least as wide as its longest word
/// (a number's whole cell), the room left shared by how much more each column's text wants.
fn table(fonts: &Fonts, table: &ReportTable, size: f32) -> Block {
    let measure =
        |text: &str, weight: Weight| fonts.face(weight).width(text, size) + 2.0 * PADDING;
    let longest_word = |text: &str, weight: Weight| {
        text.split_whitespace()
            .map(|word| measure(word, weight))
            .fold(0.0, f32::max)
    };
    let (least, wanted): (Vec<f32>, Vec<f32>) = (0..table.headings.len())
        .map(|column| {
            let numeric = table.numeric.get(column).copied().unwrap_or(false);
            let cells = table.rows.iter().filter_map(|row| row.get(column));
            let heading = table.headings.get(column).map_or("", String::as_str);
            let least = cells
                .clone()
                .map(|cell| {
                    if numeric {
                        measure(cell, Weight::Regular)
                    } else {
                        longest_word(cell, Weight::Regular)
                    }
                })
                .fold(longest_word(heading, Weight::Bold), f32::max);
            let wanted = cells
                .map(|cell| measure(cell, Weight::Regular))
                .fold(least, f32::max);
            (least, wanted)
        })
        .unzip();
    Block::Table(Table {
        widths: shares(&least, &wanted, WIDTH),
        right: table.numeric.clone(),
        header: table.headings.clone(),
        rows: table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|cell| vec![clean(cell, Weight::Regular, INK)])
                    .collect()
            })
            .collect(),
        size,
        before: size * 0.4,
    })
}

/// Each column's share of `width`: its least, and of the room left a part in proportion to
/// how much more it wants; all scaled down together when even the least do not fit.
fn shares(least: &[f32], wanted: &[f32], width: f32) -> Vec<f32> {
    let least_total: f32 = least.iter().sum();
    let more: Vec<f32> = wanted.iter().zip(least).map(|(w, l)| w - l).collect();
    let more_total: f32 = more.iter().sum();
    let room = (width - least_total).max(0.0);
    let widths: Vec<f32> = if more_total <= room {
        // Everything fits: the spare room goes to the columns in proportion to their width.
        let wanted_total: f32 = wanted.iter().sum();
        wanted.iter().map(|w| w * width / wanted_total).collect()
    } else {
        least
            .iter()
            .zip(&more)
            .map(|(l, m)| l + m * room / more_total)
            .collect()
    };
    let total: f32 = widths.iter().sum();
    widths.iter().map(|w| w / total).collect()
}

/// A wide table as several: each keeps the first column (what the row is) and the last (the
/// study), with at most `per_part` of the columns between.
fn split_columns(table: &ReportTable, per_part: usize) -> Vec<ReportTable> {
    let columns = table.headings.len();
    if columns <= per_part + 2 {
        return vec![ReportTable {
            headings: table.headings.clone(),
            numeric: table.numeric.clone(),
            rows: table.rows.clone(),
        }];
    }
    let middle: Vec<usize> = (1..columns - 1).collect();
    middle
        .chunks(per_part)
        .map(|chunk| {
            let picked: Vec<usize> = std::iter::once(0)
                .chain(chunk.iter().copied())
                .chain(std::iter::once(columns - 1))
                .collect();
            let pick = |cells: &[String]| {
                picked
                    .iter()
                    .filter_map(|index| cells.get(*index).cloned())
                    .collect()
            };
            ReportTable {
                headings: pick(&table.headings),
                numeric: picked
                    .iter()
                    .filter_map(|index| table.numeric.get(*index).copied())
                    .collect(),
                rows: table.rows.iter().map(|row| pick(row)).collect(),
            }
        })
        .collect()
}
