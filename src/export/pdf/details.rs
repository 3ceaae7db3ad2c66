//! The PDF's details, after the summary page: every finding with its evidence and source, the
//! rules that nearly fired, the verdict's weighing, the answers beside the study (a chart and
//! a table), the statements, the friction sources, the comments and the method — what the
//! Markdown and the HTML say there, from the same [`Summary`].

use super::chart::distribution_chart;
use super::content::{Sizes, bullet, clean, heading, paragraph, signal_colour};
use super::fonts::Weight;
use super::layout::Block;
use super::page::{GREY, INK, Span};
use super::table::Table as PdfTable;
use crate::export::finding::Finding;
use crate::export::markdown::{function_findings_note, method, weighing};
use crate::export::summary::{Results, Summary};
use crate::export::table::Table;
use crate::metrics::benchmark::study_note;
use crate::rules::stability_words::sentence;

pub fn detail_blocks(summary: &Summary<'_>, results: &Results) -> Vec<Block> {
    let size = Sizes::at(1.0);
    let t = |id: &str| summary.text(id);
    let mut blocks = vec![
        Block::PageBreak,
        heading(&t("export-details"), 2, size.heading),
    ];
    blocks.push(heading(&t("export-findings"), 3, size.subheading));
    if results.findings.is_empty() {
        blocks.push(paragraph(
            vec![Span::plain(t("export-no-rule-fired"))],
            size.body,
        ));
    }
    for finding in &results.findings {
        finding_blocks(&mut blocks, summary, finding, &size);
    }
    if !results.function_findings.is_empty() {
        blocks.push(heading(&t("export-function-findings"), 3, size.subheading));
        blocks.push(paragraph(
            vec![Span::plain(function_findings_note(summary.language))],
            size.body,
        ));
        for finding in &results.function_findings {
            finding_blocks(&mut blocks, summary, finding, &size);
        }
    }
    nearly_fired(&mut blocks, summary, results, &size);
    blocks.push(heading(&t("export-verdict-detail"), 3, size.subheading));
    for line in weighing(summary, results) {
        blocks.push(bullet(vec![Span::plain(line)], size.body, 0));
    }
    if let Some(gap) = results.metrics.perception_gap() {
        blocks.push(paragraph(
            vec![
                Span::plain(format!("{} ", t("export-perception-gap"))),
                Span::bold(summary.signed(gap)),
            ],
            size.body,
        ));
    }
    if let Some(note) = summary.overall_note() {
        blocks.push(paragraph(
            vec![clean(note, Weight::Regular, GREY)],
            size.body,
        ));
    }
    tables(&mut blocks, summary, results, &size);
    comments(&mut blocks, summary, results, &size);
    blocks.push(heading(&t("export-method"), 3, size.subheading));
    for text in method(summary) {
        blocks.push(paragraph(
            vec![clean(&text, Weight::Regular, INK)],
            size.body,
        ));
    }
    blocks
}

/// "⚠ toxic — Low trust (weight 2) — fired on product's answers alone", then what it means,
/// what made it fire, whether one answer decides it, its question, source and note.
fn finding_blocks(blocks: &mut Vec<Block>, summary: &Summary<'_>, finding: &Finding, size: &Sizes) {
    let weight = summary.language.text_with(
        "export-weight",
        &[("weight", (finding.weight as usize).into())],
    );
    let scope = finding
        .scope_words_inline(summary.language)
        .map(|words| format!(" — {words}"))
        .unwrap_or_default();
    let mut title = super::layout::Paragraph::new(
        vec![
            clean(
                &summary.signal_word(finding.signal),
                Weight::Bold,
                signal_colour(finding.signal),
            ),
            clean(
                &format!(" — {} ({weight}){scope}", finding.title),
                Weight::Bold,
                INK,
            ),
        ],
        size.minor,
    );
    title.role = super::page::Role::Heading(4);
    title.before = size.minor * 1.2;
    blocks.push(Block::Paragraph(title));
    blocks.push(paragraph(
        vec![clean(&finding.explanation, Weight::Regular, INK)],
        size.body,
    ));
    for line in &finding.measurements {
        blocks.push(bullet(
            vec![clean(&line.text, Weight::Regular, INK)],
            size.body,
            line.depth,
        ));
    }
    if let Some(words) = &finding.stability {
        blocks.push(paragraph(vec![Span::plain(sentence(words))], size.body));
    }
    blocks.push(paragraph(
        vec![
            Span::bold(format!("{} ", finding.question_label(summary.language))),
            clean(&finding.prompt, Weight::Regular, INK),
        ],
        size.body,
    ));
    blocks.push(paragraph(
        vec![
            Span::new(
                format!("{} ", summary.text("export-source-label")),
                Weight::Regular,
                GREY,
            ),
            clean(&finding.citation, Weight::Regular, GREY),
        ],
        size.small,
    ));
    if let Some(note) = &finding.note {
        blocks.push(paragraph(
            vec![clean(note, Weight::Regular, GREY)],
            size.body,
        ));
    }
}

fn nearly_fired(blocks: &mut Vec<Block>, summary: &Summary<'_>, results: &Results, size: &Sizes) {
    if results.nearly_fired.is_empty() {
        return;
    }
    blocks.push(heading(
        &summary.text("export-nearly-fired"),
        3,
        size.subheading,
    ));
    for near in &results.nearly_fired {
        blocks.push(heading(
            &format!("{} — {}", summary.signal_word(near.signal), near.title),
            4,
            size.minor,
        ));
        for distance in &near.distances {
            blocks.push(bullet(
                vec![clean(distance, Weight::Regular, INK)],
                size.body,
                0,
            ));
        }
        if let Some(words) = &near.stability {
            blocks.push(paragraph(vec![Span::plain(sentence(words))], size.body));
        }
    }
}

/// A report table as the PDF sets it: the first column for words, the others for numbers.
fn pdf_table(table: Table, first: f32, size: f32) -> Block {
    let others = table.headings.len().saturating_sub(1).max(1) as f32;
    let mut widths = vec![first];
    widths.extend(std::iter::repeat_n(
        (1.0 - first) / others,
        table.headings.len() - 1,
    ));
    let right = (0..table.headings.len()).map(|column| column > 0).collect();
    Block::Table(PdfTable {
        widths,
        right,
        header: table.headings,
        rows: table
            .rows
            .into_iter()
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

fn tables(blocks: &mut Vec<Block>, summary: &Summary<'_>, results: &Results, size: &Sizes) {
    let t = |id: &str| summary.text(id);
    blocks.push(heading(
        &t("export-relationship-heading"),
        3,
        size.subheading,
    ));
    blocks.push(Block::Chart(distribution_chart(
        summary,
        &results.relationship_rows,
        size.body * 0.5,
    )));
    blocks.push(pdf_table(
        Table::relationship(summary, results),
        0.44,
        size.body,
    ));
    blocks.push(paragraph(
        vec![
            Span::new(format!("{} ", t("study-note-label")), Weight::Bold, GREY),
            Span::new(study_note(summary.language), Weight::Regular, GREY),
        ],
        size.small,
    ));
    blocks.push(heading(&t("export-statements-heading"), 3, size.subheading));
    blocks.push(pdf_table(
        Table::statements(summary, results, "export-gap-sales-product"),
        0.55,
        size.body,
    ));
    if summary.any_mean_hidden() {
        blocks.push(paragraph(
            vec![Span::new(
                summary.statement_floor_note(),
                Weight::Regular,
                GREY,
            )],
            size.small,
        ));
    }
    blocks.push(heading(&t("export-friction-sources"), 3, size.subheading));
    blocks.push(pdf_table(Table::sources(summary, results), 0.55, size.body));
}

fn comments(blocks: &mut Vec<Block>, summary: &Summary<'_>, results: &Results, size: &Sizes) {
    blocks.push(heading(
        &summary.text("export-comments"),
        3,
        size.subheading,
    ));
    for (prompt, list) in results.comments.by_prompt(&summary.workshop.questionnaire) {
        blocks.push(heading(prompt, 4, size.minor));
        if list.is_empty() {
            blocks.push(bullet(
                vec![Span::plain(summary.text("export-no-comments"))],
                size.body,
                0,
            ));
        }
        for comment in list {
            blocks.push(bullet(
                vec![clean(comment, Weight::Regular, INK)],
                size.body,
                0,
            ));
        }
    }
}
