//! The summary as Markdown, to paste into a wiki, in the summary's language.

use std::fmt::Write as _;

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
    let mut out = String::new();
    facts_markdown(&mut out, summary);
    match &summary.results {
        None => {
            let _ = writeln!(
                out,
                "## {}\n\n{}\n",
                summary.text("export-results"),
                summary.withheld_message()
            );
        }
        Some(results) => {
            verdict_markdown(&mut out, summary, results);
            tables_markdown(&mut out, summary, results);
            findings_markdown(&mut out, summary, results);
            nearly_fired_markdown(&mut out, summary, results);
            comments_markdown(&mut out, summary, results);
        }
    }
    agreements_markdown(&mut out, summary);
    out
}

/// The facts every export lists, label and value: organisation, date, facilitator, who
/// answered, what is held back, the rules, the follow-up.
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
    facts.push((summary.text("export-rules"), summary.rules.name.clone()));
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
    let _ = writeln!(out);
}

fn verdict_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(out, "## {}\n", summary.text("export-verdict"));
    for scope in Scope::ALL {
        let verdict = results.classification.scope(scope);
        let words = results
            .stability
            .scope(scope)
            .words(summary.language)
            .map(|words| format!(" — {words}"))
            .unwrap_or_default();
        let weights = summary.language.text_with(
            "export-weights",
            &[
                ("toxic", (verdict.toxic_weight as usize).into()),
                ("healthy", (verdict.healthy_weight as usize).into()),
            ],
        );
        let _ = writeln!(
            out,
            "- **{}** {} {} ({weights}){words}",
            summary.text_with_colon(&summary.scope_word(scope)),
            verdict.verdict.icon(),
            summary.verdict_word(verdict.verdict),
        );
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

/// The relationship answers, statements and friction sources as tables.
fn tables_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let t = |id: &str| summary.text(id);
    let _ = writeln!(out, "\n## {}\n", t("export-relationship-heading"));
    out.push_str(&Table::relationship(summary, results).markdown());
    let _ = writeln!(
        out,
        "\n*{}* {}",
        t("study-note-label"),
        escape(&study_note(summary.language))
    );

    let _ = writeln!(out, "\n## {}\n", t("export-statements-heading"));
    out.push_str(&Table::statements(summary, results, "export-gap-sales-product").markdown());
    if summary.any_mean_hidden() {
        let _ = writeln!(out, "\n*{}*", escape(&summary.statement_floor_note()));
    }

    let _ = writeln!(out, "\n## {}\n", t("export-friction-sources"));
    out.push_str(&Table::sources(summary, results).markdown());
}

fn findings_markdown(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let _ = writeln!(out, "\n## {}\n", summary.text("export-findings"));
    if results.findings.is_empty() {
        let _ = writeln!(out, "{}\n", summary.text("export-no-rule-fired"));
    }
    for finding in &results.findings {
        finding_markdown(out, summary, finding);
    }
    if !results.function_findings.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n\n{}\n",
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
        "### {}\n",
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
    let _ = writeln!(out, "## {}\n", summary.text("export-nearly-fired"));
    for near in &results.nearly_fired {
        let _ = writeln!(
            out,
            "### {} — {}\n",
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
    let _ = writeln!(out, "## {}\n", summary.text("export-comments"));
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

fn agreements_markdown(out: &mut String, summary: &Summary<'_>) {
    let t = |id: &str| summary.text(id);
    let _ = writeln!(out, "## {}\n", t("export-agreements"));
    if summary.agreements().is_empty() {
        let _ = writeln!(out, "{}", t("export-none-yet"));
    }
    for agreement in summary.agreements() {
        let finding = summary
            .finding_of(agreement.finding.as_ref())
            .map(|f| format!(" *({})*", summary.answers_finding(&escape(&f))))
            .unwrap_or_default();
        let _ = writeln!(out, "- {}{finding}", escape(&agreement.text));
    }
    let _ = writeln!(out, "\n## {}\n", t("export-actions"));
    if summary.actions().is_empty() {
        let _ = writeln!(out, "{}", t("export-none-yet"));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            t("export-done"),
            t("export-action"),
            t("export-owner"),
            t("export-due"),
            t("export-answers")
        );
        let _ = writeln!(out, "|---|---|---|---|---|");
        for row in summary.action_rows() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                row.done,
                escape(row.text),
                row.owner,
                row.due,
                escape(&row.answers)
            );
        }
    }
}
