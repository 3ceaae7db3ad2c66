//! The summary as Markdown, to paste into a wiki, in the summary's language.

use std::fmt::Write as _;

use super::brief::Brief;
use super::escape::escape_markdown as escape;
use super::finding::Finding;
use super::summary::{Results, Summary};
use super::table::Table;
use crate::i18n::Language;
use crate::metrics::Scope;
use crate::metrics::benchmark::study_note;
use crate::rules::stability_words::sentence;

/// Writing to a `String` cannot fail, so `writeln!` results are ignored throughout.
pub fn markdown(summary: &Summary<'_>) -> String {
    let mut out = summary_markdown(summary);
    if let Some(results) = &summary.results {
        let _ = writeln!(out, "\n## {}", summary.text("export-details"));
        findings_markdown(&mut out, summary, results);
        nearly_fired_markdown(&mut out, summary, results);
        verdict_detail_markdown(&mut out, summary, results);
        tables_markdown(&mut out, summary, results);
        comments_markdown(&mut out, summary, results);
        method_markdown(&mut out, summary);
    }
    out
}

/// The first part, for a reader who was not in the room: title, facts, verdict, the
/// findings that matter most, agreements and actions. Everything after it is detail.
pub fn summary_markdown(summary: &Summary<'_>) -> String {
    let mut out = String::new();
    facts_markdown(&mut out, summary);
    brief_markdown(&mut out, summary, &Brief::new(summary));
    out
}

/// The facts every export lists, label and value: organisation, date, facilitator, who
/// answered, what is held back, the follow-up. (The rules used are in the method.)
pub fn facts(summary: &Summary<'_>) -> Vec<(String, String)> {
    let meta = &summary.workshop.meta;
    let language = summary.language;
    let mut facts = vec![
        (
            summary.text("export-organisation"),
            meta.organisation.clone(),
        ),
        (summary.text("export-date"), meta.date.written_in(language)),
        (summary.text("export-facilitator"), meta.facilitator.clone()),
        (
            summary.text("export-respondents"),
            summary.respondents_words(),
        ),
    ];
    for notice in summary.held_back_notices() {
        facts.push((summary.text("export-held-back"), notice));
    }
    facts.push((
        summary.text("export-follow-up"),
        meta.date.add_months(3).written_in(language),
    ));
    facts
}

/// What the workshop was: title, then its facts.
fn facts_markdown(out: &mut String, summary: &Summary<'_>) {
    let _ = writeln!(out, "# {}\n", escape(&summary.workshop.meta.title));
    for (label, value) in facts(summary) {
        let _ = writeln!(out, "- **{label}** {}", escape(&value));
    }
}

fn brief_markdown(out: &mut String, summary: &Summary<'_>, brief: &Brief) {
    let t = |id: &str| summary.text(id);
    let _ = writeln!(out, "\n## {}\n", t("export-summary"));
    let _ = writeln!(out, "### {}\n", t("export-verdict"));
    if let Some(withheld) = &brief.withheld {
        let _ = writeln!(out, "{withheld}");
    }
    for line in &brief.verdicts {
        let robustness = line
            .robustness
            .as_ref()
            .map(|words| format!(" — {words}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- **{}** {} {}{robustness}",
            summary.text_with_colon(&line.scope_word),
            line.icon,
            line.verdict_word,
        );
    }
    if !brief.verdicts.is_empty() {
        let _ = writeln!(out, "\n### {}\n", t("export-key-findings"));
        if brief.key_findings.is_empty() {
            let _ = writeln!(out, "{}", t("export-no-rule-fired"));
        }
        for finding in &brief.key_findings {
            let scope = finding
                .scope_words
                .as_ref()
                .map(|words| format!(" ({words})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- {} **{}**{scope} — {}",
                finding.icon,
                escape(&finding.title),
                escape(&finding.sentence)
            );
        }
        if let Some(more) = brief.other_findings_words(summary) {
            let _ = writeln!(out, "\n*{more}*");
        }
    }
    // The actions before the agreements: they are what a reader must follow up, with names
    // and dates, and so share the first screen of the HTML with the verdict.
    actions_markdown(out, summary, brief);
    agreements_markdown(out, summary, brief);
}

fn agreements_markdown(out: &mut String, summary: &Summary<'_>, brief: &Brief) {
    let _ = writeln!(out, "\n### {}\n", summary.text("export-agreements"));
    if brief.agreements.is_empty() {
        let _ = writeln!(out, "{}", summary.text("export-none-yet"));
    }
    for agreement in &brief.agreements {
        let answers = agreement
            .answers
            .as_ref()
            .map(|answers| format!(" *({})*", escape(answers)))
            .unwrap_or_default();
        let _ = writeln!(out, "- {}{answers}", escape(&agreement.text));
    }
}

fn actions_markdown(out: &mut String, summary: &Summary<'_>, brief: &Brief) {
    let t = |id: &str| summary.text(id);
    let _ = writeln!(out, "\n### {}\n", t("export-actions"));
    if brief.actions.is_empty() {
        let _ = writeln!(out, "{}", t("export-none-yet"));
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
        t("export-action"),
        t("export-owner"),
        t("export-due"),
        t("export-status"),
        t("export-answers")
    );
    for action in &brief.actions {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape(&action.text),
            escape(&action.owner),
            action.due,
            action.status,
            action
                .answers
                .as_deref()
                .map_or_else(|| String::from("–"), escape)
        );
    }
}

/// Each verdict's weighing in words, the perception gap and the facilitator's note on the
/// overall verdict.
fn verdict_detail_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(out, "### {}\n", summary.text("export-verdict-detail"));
    for line in weighing(summary, results) {
        let _ = writeln!(out, "- {line}");
    }
    if let Some(gap) = results.metrics.perception_gap() {
        let _ = writeln!(
            out,
            "\n{} **{}**",
            summary.text("export-perception-gap"),
            summary.signed(gap)
        );
    }
    if let Some(note) = summary.overall_note() {
        let _ = writeln!(out, "\n> {}", escape(note));
    }
}

/// "Overall: the toxic findings weigh 12 together, the healthy ones 0.", per scope.
pub fn weighing(summary: &Summary<'_>, results: &Results) -> Vec<String> {
    Scope::ALL
        .into_iter()
        .map(|scope| {
            let verdict = results.classification.scope(scope);
            summary.language.text_with(
                "export-weighing",
                &[
                    ("scope", summary.scope_word(scope).into()),
                    ("toxic", (verdict.toxic_weight as usize).into()),
                    ("healthy", (verdict.healthy_weight as usize).into()),
                ],
            )
        })
        .collect()
}

/// How the report was made, in plain words: the rules and how a verdict is reached, the
/// anonymity rules, and what the words on robustness mean.
pub fn method(summary: &Summary<'_>) -> [String; 3] {
    [
        summary.language.text_with(
            "export-method-rules",
            &[("rules", summary.rules.name.as_str().into())],
        ),
        summary.language.text_with(
            "export-method-floor",
            &[("floor", (summary.floor as usize).into())],
        ),
        summary.text("export-method-stability"),
    ]
}

fn method_markdown(out: &mut String, summary: &Summary<'_>) {
    let _ = writeln!(out, "### {}\n", summary.text("export-method"));
    for paragraph in method(summary) {
        let _ = writeln!(out, "{}\n", escape(&paragraph));
    }
}

/// The relationship answers, statements and friction sources as tables.
fn tables_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let t = |id: &str| summary.text(id);
    let _ = writeln!(out, "\n### {}\n", t("export-relationship-heading"));
    out.push_str(&Table::relationship(summary, results).markdown());
    let _ = writeln!(
        out,
        "\n*{}* {}",
        t("study-note-label"),
        escape(&study_note(summary.language))
    );

    let _ = writeln!(out, "\n### {}\n", t("export-statements-heading"));
    out.push_str(&Table::statements(summary, results, "export-gap-sales-product").markdown());
    if summary.any_mean_hidden() {
        let _ = writeln!(out, "\n*{}*", escape(&summary.statement_floor_note()));
    }

    let _ = writeln!(out, "\n### {}\n", t("export-friction-sources"));
    out.push_str(&Table::sources(summary, results).markdown());
}

fn findings_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(out, "\n### {}\n", summary.text("export-findings"));
    if results.findings.is_empty() {
        let _ = writeln!(out, "{}\n", summary.text("export-no-rule-fired"));
    }
    for finding in &results.findings {
        finding_markdown(out, summary, finding);
    }
    if !results.function_findings.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n\n{}\n",
            summary.text("export-function-findings"),
            function_findings_note(summary.language)
        );
    }
    for finding in &results.function_findings {
        finding_markdown(out, summary, finding);
    }
}

/// Said above the per-function findings in every export and on Diagnose.
pub fn function_findings_note(language: Language) -> String {
    language.text("export-function-findings-note")
}

/// A finding's heading: "⚠ toxic — Low trust (weight 3) — fired on sales' answers alone",
/// not yet escaped except for the title.
fn finding_heading(summary: &Summary<'_>, finding: &Finding, title: &str) -> String {
    let scope = finding
        .scope_words_inline(summary.language)
        .map(|words| format!(" — {words}"))
        .unwrap_or_default();
    let weight = summary.language.text_with(
        "export-weight",
        &[("weight", (finding.weight as usize).into())],
    );
    format!(
        "{} — {title} ({weight}){scope}",
        summary.signal_word(finding.signal)
    )
}

/// One finding: title, explanation, what it measured, robustness, question, source, note.
fn finding_markdown(out: &mut String, summary: &Summary<'_>, finding: &Finding) {
    let _ = writeln!(
        out,
        "#### {}\n",
        finding_heading(summary, finding, &escape(&finding.title))
    );
    let _ = writeln!(out, "{}\n", escape(&finding.explanation));
    // What made it fire, nested as the rule is: a group's lines set in under its heading.
    for line in &finding.measurements {
        let _ = writeln!(out, "{}- {}", "  ".repeat(line.depth), escape(&line.text));
    }
    if let Some(words) = &finding.stability {
        let _ = writeln!(out, "\n{}", sentence(words));
    }
    let _ = writeln!(
        out,
        "\n*{}* {}\n",
        finding.question_label(summary.language),
        escape(&finding.prompt)
    );
    let _ = writeln!(
        out,
        "*{}* {}\n",
        summary.text("export-source-label"),
        escape(&finding.citation)
    );
    if let Some(note) = &finding.note {
        let _ = writeln!(out, "> {}\n", escape(note));
    }
}

/// Rules that nearly fired: how far each value is from firing, and whether leaving out one
/// answer would make them fire.
fn nearly_fired_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    if results.nearly_fired.is_empty() {
        return;
    }
    let _ = writeln!(out, "### {}\n", summary.text("export-nearly-fired"));
    for near in &results.nearly_fired {
        let _ = writeln!(
            out,
            "#### {} — {}\n",
            summary.signal_word(near.signal),
            escape(&near.title)
        );
        for distance in &near.distances {
            let _ = writeln!(out, "- {}", escape(distance));
        }
        if let Some(words) = &near.stability {
            let _ = writeln!(out, "\n{}", sentence(words));
        }
        let _ = writeln!(out);
    }
}

fn comments_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(out, "### {}\n", summary.text("export-comments"));
    for (prompt, list) in results.comments.by_prompt(&summary.workshop.questionnaire) {
        let _ = writeln!(out, "**{}**\n", escape(prompt));
        if list.is_empty() {
            let _ = writeln!(out, "- {}", summary.text("export-no-comments"));
        }
        for comment in list {
            let _ = writeln!(out, "- {}", escape(comment));
        }
        let _ = writeln!(out);
    }
}
