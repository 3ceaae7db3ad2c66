//! The comparison as a PDF, made by Tandem itself like the workshop's report: the summary on
//! the first page (verdicts now and before, what changed and whether it is likely real, the
//! actions done), then the trend chart and the details, from the same
//! [`ComparisonDocument`] as the Markdown and the HTML.

use super::Comparison;
use super::brief::{ChangeSection, ComparisonBrief};
use super::brief_actions::ActionsSection;
use super::details::{ListLine, ReportTable};
use super::document::ComparisonDocument;
use crate::export::pdf::content::{Sizes, bullet, clean, heading, paragraph, verdict_card};
use crate::export::pdf::draw::Identity;
use crate::export::pdf::fonts::{Fonts, Weight};
use crate::export::pdf::layout::{Block, Cards};
use crate::export::pdf::page::{GREY, INK, Span, WIDTH};
use crate::export::pdf::table::Table;
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
    // "Comparison of 3 workshops · Northwind Analytics", when they share an organisation.
    let title = super::brief::shared_organisation(comparison).map_or_else(
        || document.title.clone(),
        |organisation| format!("{} · {organisation}", document.title),
    );
    let identity = Identity::new(
        &title,
        language,
        &format!("{title} · {}", dates.join(" – ")),
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
    for section in [&brief.actions, &brief.still_open, &brief.newest_actions]
        .into_iter()
        .flatten()
    {
        actions_section(&mut blocks, fonts, section, &size);
    }
    blocks
}

fn verdict_cards(brief: &ComparisonBrief, size: &Sizes) -> Block {
    let cards = brief
        .verdicts
        .iter()
        .map(|line| {
            let under = [&line.before, &line.trail].into_iter().flatten();
            verdict_card((&line.scope_word, line.now), &line.now_words, under, size)
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
    if let Some(note) = &section.note {
        blocks.push(paragraph(
            vec![clean(note, Weight::Regular, GREY)],
            size.small,
        ));
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
        Block::Chart(super::trend_pdf::trend_chart(
            fonts,
            comparison,
            size.body * 0.5,
        )),
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

/// A table on the page, numbers right, its columns fitted to their words.
fn table(fonts: &Fonts, table: &ReportTable, size: f32) -> Block {
    let rows = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| vec![clean(cell, Weight::Regular, INK)])
                .collect()
        })
        .collect();
    Block::Table(Table::fitted(
        fonts,
        table.headings.clone(),
        (table.numeric.clone(), &table.whole),
        rows,
        size,
        WIDTH,
    ))
}

/// A wide table as several: each keeps the first column (what the row is) and the last (the
/// study), with at most `per_part` of the columns between.
fn split_columns(table: &ReportTable, per_part: usize) -> Vec<ReportTable> {
    let columns = table.headings.len();
    if columns <= per_part + 2 {
        return vec![table.clone()];
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
                whole: picked
                    .iter()
                    .filter_map(|index| table.whole.get(*index).copied())
                    .collect(),
                rows: table.rows.iter().map(|row| pick(row)).collect(),
            }
        })
        .collect()
}
