//! What the PDF's first page says, as blocks: the same [`Brief`] the Markdown and the HTML
//! write, laid out for one printed page. The details are in `details.rs`.

use super::fonts::Weight;
use super::layout::{Block, Card, Cards, Paragraph};
use super::page::{Colour, GREY, HEALTHY, INK, Role, Span, TOXIC};
use super::table::Table;
use crate::export::brief::Brief;
use crate::export::markdown::facts;
use crate::export::safe_output::safe;
use crate::export::summary::Summary;
use crate::rules::{Signal, Verdict};

/// Type sizes at full scale; the summary shrinks them together when it would not fit a page.
pub struct Sizes {
    pub title: f32,
    pub heading: f32,
    pub subheading: f32,
    pub minor: f32,
    pub body: f32,
    pub small: f32,
    pub verdict: f32,
}

impl Sizes {
    pub fn at(scale: f32) -> Self {
        Self {
            title: 17.0 * scale,
            heading: 13.0 * scale,
            subheading: 10.5 * scale,
            minor: 9.5 * scale,
            body: 9.0 * scale,
            small: 7.5 * scale,
            verdict: 13.0 * scale,
        }
    }
}

/// A span of participants' or facilitator's text, without control or bidi characters (the
/// rule of every export).
pub fn clean(text: &str, weight: Weight, colour: Colour) -> Span {
    Span::new(safe(text).into_owned(), weight, colour)
}

pub fn heading(text: &str, level: u16, size: f32) -> Block {
    let mut paragraph = Paragraph::new(vec![clean(text, Weight::Bold, INK)], size);
    paragraph.role = Role::Heading(level);
    paragraph.before = size * 0.9;
    Block::Paragraph(paragraph)
}

pub fn paragraph(spans: Vec<Span>, size: f32) -> Block {
    Block::Paragraph(Paragraph::new(spans, size))
}

pub fn bullet(spans: Vec<Span>, size: f32, depth: usize) -> Block {
    let mut paragraph = Paragraph::new(spans, size);
    paragraph.indent = size * 1.4 * (depth as f32 + 1.0);
    paragraph.bullet = Some(String::from(if depth == 0 { "•" } else { "–" }));
    paragraph.before = size * 0.25;
    Block::Paragraph(paragraph)
}

pub fn verdict_colour(verdict: Verdict) -> Colour {
    match verdict {
        Verdict::Healthy => HEALTHY,
        Verdict::Toxic => TOXIC,
        Verdict::Insufficient => GREY,
    }
}

pub fn signal_colour(signal: Signal) -> Colour {
    verdict_colour(signal.verdict())
}

/// The first page: title, facts, verdicts, the findings that matter most, actions and
/// agreements, at `scale`.
pub fn summary_blocks(summary: &Summary<'_>, brief: &Brief, scale: f32) -> Vec<Block> {
    let size = Sizes::at(scale);
    let t = |id: &str| summary.text(id);
    let mut blocks = vec![heading(&summary.workshop.meta.title, 1, size.title)];
    let mut facts_spans = Vec::new();
    for (label, value) in facts(summary) {
        if !facts_spans.is_empty() {
            facts_spans.push(Span::plain("   "));
        }
        facts_spans.push(clean(&format!("{label}\u{a0}"), Weight::Bold, INK));
        facts_spans.push(clean(&value, Weight::Regular, INK));
    }
    blocks.push(paragraph(facts_spans, size.body));
    blocks.push(heading(&t("export-summary"), 2, size.heading));
    blocks.push(heading(&t("export-verdict"), 3, size.subheading));
    if let Some(withheld) = &brief.withheld {
        blocks.push(paragraph(
            vec![clean(withheld, Weight::Regular, INK)],
            size.minor,
        ));
    }
    if !brief.verdicts.is_empty() {
        blocks.push(verdict_cards(brief, &size));
        key_findings(&mut blocks, summary, brief, &size);
    }
    actions(&mut blocks, summary, brief, &size);
    blocks.push(heading(&t("export-agreements"), 3, size.subheading));
    if brief.agreements.is_empty() {
        blocks.push(paragraph(
            vec![Span::plain(t("export-none-yet"))],
            size.body,
        ));
    }
    for agreement in &brief.agreements {
        let mut spans = vec![clean(&agreement.text, Weight::Regular, INK)];
        if let Some(answers) = &agreement.answers {
            spans.push(clean(&format!(" ({answers})"), Weight::Regular, GREY));
        }
        blocks.push(bullet(spans, size.body, 0));
    }
    blocks
}

fn verdict_cards(brief: &Brief, size: &Sizes) -> Block {
    let cards = brief
        .verdicts
        .iter()
        .map(|line| {
            let under = line
                .robustness
                .as_ref()
                .map(|words| crate::rules::stability_words::sentence(words));
            verdict_card(
                (&line.scope_word, line.verdict),
                &format!("{} {}", line.icon, line.verdict_word),
                under.iter(),
                size,
            )
        })
        .collect();
    Block::Cards(Cards {
        cards,
        before: size.body * 0.4,
    })
}

/// A verdict's card: the scope and the verdict in its colour, and lines under them in ink
/// (whether one answer decides it; what it was before).
pub fn verdict_card<'a>(
    (scope_word, verdict): (&str, Verdict),
    headline: &str,
    under: impl Iterator<Item = &'a String>,
    size: &Sizes,
) -> Card {
    let colour = verdict_colour(verdict);
    let mut lines = vec![
        (vec![clean(scope_word, Weight::Regular, colour)], size.body),
        (vec![clean(headline, Weight::Bold, colour)], size.verdict),
    ];
    lines.extend(under.map(|words| (vec![clean(words, Weight::Regular, INK)], size.small)));
    Card {
        lines,
        border: colour,
    }
}

fn key_findings(blocks: &mut Vec<Block>, summary: &Summary<'_>, brief: &Brief, size: &Sizes) {
    blocks.push(heading(
        &summary.text("export-key-findings"),
        3,
        size.subheading,
    ));
    if brief.key_findings.is_empty() {
        blocks.push(paragraph(
            vec![Span::plain(summary.text("export-no-rule-fired"))],
            size.minor,
        ));
    }
    for finding in &brief.key_findings {
        let mut spans = vec![
            clean(
                &format!("{} ", finding.icon),
                Weight::Regular,
                signal_colour(finding.signal),
            ),
            clean(&finding.title, Weight::Bold, INK),
        ];
        if let Some(words) = &finding.scope_words {
            spans.push(clean(&format!(" ({words})"), Weight::Regular, GREY));
        }
        spans.push(clean(
            &format!(" — {}", finding.sentence),
            Weight::Regular,
            INK,
        ));
        blocks.push(bullet(spans, size.minor, 0));
    }
    if let Some(more) = brief.other_findings_words(summary) {
        blocks.push(paragraph(
            vec![clean(&more, Weight::Regular, GREY)],
            size.small,
        ));
    }
}

fn actions(blocks: &mut Vec<Block>, summary: &Summary<'_>, brief: &Brief, size: &Sizes) {
    let t = |id: &str| summary.text(id);
    blocks.push(heading(&t("export-actions"), 3, size.subheading));
    if brief.actions.is_empty() {
        blocks.push(paragraph(
            vec![Span::plain(t("export-none-yet"))],
            size.body,
        ));
        return;
    }
    let rows = brief
        .actions
        .iter()
        .map(|action| {
            let mut text = vec![clean(&action.text, Weight::Regular, INK)];
            if let Some(finding) = &action.answers {
                let answers = summary.answers_finding(finding);
                text.push(clean(&format!(" ({answers})"), Weight::Regular, GREY));
            }
            let status = if action.done { HEALTHY } else { INK };
            vec![
                text,
                vec![clean(&action.owner, Weight::Regular, INK)],
                vec![clean(&action.due, Weight::Regular, INK)],
                vec![clean(&action.status, Weight::Bold, status)],
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        widths: vec![0.5, 0.2, 0.19, 0.11],
        right: vec![false; 4],
        header: vec![
            t("export-action"),
            t("export-owner"),
            t("export-due"),
            t("export-status"),
        ],
        rows,
        size: size.body,
        before: size.body * 0.3,
    }));
}
