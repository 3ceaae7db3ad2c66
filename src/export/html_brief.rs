//! The summary part of the HTML report: the verdict cards, the findings that matter most,
//! the agreements and the actions, all from one [`Brief`].

use std::fmt::Write as _;

use super::brief::Brief;
use super::escape::escape;
use super::summary::Summary;
use crate::rules::Verdict;
use crate::rules::stability_words::sentence;

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Healthy => "verdict-healthy",
        Verdict::Toxic => "verdict-toxic",
        Verdict::Insufficient => "verdict-insufficient",
    }
}

/// Writing to a `String` cannot fail, so `write!` results are ignored throughout.
pub fn brief_html(out: &mut String, summary: &Summary<'_>, brief: &Brief) {
    let t = |id: &str| escape(&summary.text(id));
    let _ = writeln!(
        out,
        "<section class=\"summary\">\n<h2>{}</h2>\n<h3>{}</h3>",
        t("export-summary"),
        t("export-verdict")
    );
    if let Some(withheld) = &brief.withheld {
        let _ = writeln!(out, "<p class=\"withheld\">{}</p>", escape(withheld));
    }
    verdicts_html(out, brief);
    if !brief.verdicts.is_empty() {
        key_findings_html(out, summary, brief);
    }
    actions_html(out, summary, brief);
    agreements_html(out, summary, brief);
    out.push_str("</section>\n");
}

/// The three verdicts side by side, each with whether one answer decides it.
fn verdicts_html(out: &mut String, brief: &Brief) {
    if brief.verdicts.is_empty() {
        return;
    }
    out.push_str("<div class=\"verdicts\">\n");
    for line in &brief.verdicts {
        let robustness = line
            .robustness
            .as_ref()
            .map(|words| {
                format!(
                    "<div class=\"robustness\">{}</div>",
                    escape(&sentence(words))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<div class=\"verdict {}\"><div>{}</div><strong>{} {}</strong>{robustness}</div>",
            verdict_class(line.verdict),
            escape(&line.scope_word),
            line.icon,
            escape(&line.verdict_word),
        );
    }
    out.push_str("</div>\n");
}

fn key_findings_html(out: &mut String, summary: &Summary<'_>, brief: &Brief) {
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        escape(&summary.text("export-key-findings"))
    );
    if brief.key_findings.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&summary.text("export-no-rule-fired"))
        );
        return;
    }
    out.push_str("<ul class=\"key-findings\">\n");
    for finding in &brief.key_findings {
        let scope = finding
            .scope_words
            .as_ref()
            .map(|words| format!(" <small>({})</small>", escape(words)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li>{} <strong>{}</strong>{scope} — {}</li>",
            finding.icon,
            escape(&finding.title),
            escape(&finding.sentence)
        );
    }
    out.push_str("</ul>\n");
    if let Some(more) = brief.other_findings_words(summary) {
        let _ = writeln!(out, "<p class=\"more\">{}</p>", escape(&more));
    }
}

fn agreements_html(out: &mut String, summary: &Summary<'_>, brief: &Brief) {
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        escape(&summary.text("export-agreements"))
    );
    if brief.agreements.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&summary.text("export-none-yet")));
        return;
    }
    out.push_str("<ul>\n");
    for agreement in &brief.agreements {
        let answers = agreement
            .answers
            .as_ref()
            .map(|answers| format!(" <small>({})</small>", escape(answers)))
            .unwrap_or_default();
        let _ = writeln!(out, "<li>{}{answers}</li>", escape(&agreement.text));
    }
    out.push_str("</ul>\n");
}

fn actions_html(out: &mut String, summary: &Summary<'_>, brief: &Brief) {
    let t = |id: &str| escape(&summary.text(id));
    let _ = writeln!(out, "<h3>{}</h3>", t("export-actions"));
    if brief.actions.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t("export-none-yet"));
        return;
    }
    let _ = writeln!(
        out,
        "<table class=\"actions\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        t("export-action"),
        t("export-owner"),
        t("export-due"),
        t("export-status"),
    );
    // What an action answers follows its text in small type: a column of its own would
    // squeeze the action's words.
    for action in &brief.actions {
        let answers = action
            .answers
            .as_ref()
            .map(|finding| {
                format!(
                    " <small>({})</small>",
                    escape(&summary.answers_finding(finding))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<tr><td>{}{answers}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&action.text),
            escape(&action.owner),
            escape(&action.due),
            escape(&action.status),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}
