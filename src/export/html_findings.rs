//! The findings part of the HTML report: the fired rules with their values and robustness,
//! those that fired on one function's answers alone, and the rules that nearly fired.

use std::fmt::Write as _;

use super::escape::escape;
use super::finding::Finding;
use super::markdown::function_findings_note;
use super::summary::{Results, Summary};
use crate::rules::stability_words::sentence;
use crate::rules::words::EvidenceLine;

/// The fired rules with their values and robustness, those that fired on one function's
/// answers alone, then the rules that nearly fired.
pub fn findings_html(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let t = |id: &str| escape(&summary.text(id));
    let _ = writeln!(out, "<section>\n<h3>{}</h3>", t("export-findings"));
    if results.findings.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t("export-no-rule-fired"));
    }
    for finding in &results.findings {
        finding_html(out, summary, finding);
    }
    out.push_str("</section>\n");
    if !results.function_findings.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h3>{}</h3>\n<p>{}</p>",
            t("export-function-findings"),
            escape(&function_findings_note(summary.language))
        );
        for finding in &results.function_findings {
            finding_html(out, summary, finding);
        }
        out.push_str("</section>\n");
    }
    if !results.nearly_fired.is_empty() {
        let _ = writeln!(out, "<section>\n<h3>{}</h3>", t("export-nearly-fired"));
        for near in &results.nearly_fired {
            let _ = writeln!(
                out,
                "<div class=\"finding\">\n<h4>{} — {}</h4>\n<ul>",
                escape(&summary.signal_word(near.signal)),
                escape(&near.title)
            );
            for distance in &near.distances {
                let _ = writeln!(out, "<li>{}</li>", escape(distance));
            }
            out.push_str("</ul>\n");
            if let Some(words) = &near.stability {
                let _ = writeln!(out, "<p>{}</p>", escape(&sentence(words)));
            }
            out.push_str("</div>\n");
        }
        out.push_str("</section>\n");
    }
}

/// One finding: title, explanation, what it measured, robustness, question, source, note.
fn finding_html(out: &mut String, summary: &Summary<'_>, finding: &Finding) {
    let class = match finding.signal {
        crate::rules::Signal::Toxic => "finding-toxic",
        crate::rules::Signal::Healthy => "finding-healthy",
    };
    let scope = finding
        .scope_words_inline(summary.language)
        .map(|words| format!(" — {}", escape(&words)))
        .unwrap_or_default();
    let weight = summary.language.text_with(
        "export-weight",
        &[("weight", (finding.weight as usize).into())],
    );
    let _ = writeln!(
        out,
        "<div class=\"finding {class}\">\n<h4>{} — {} ({}){scope}</h4>\n<p>{}</p>\n<ul>",
        escape(&summary.signal_word(finding.signal)),
        escape(&finding.title),
        escape(&weight),
        escape(&finding.explanation)
    );
    evidence_html(out, &finding.measurements);
    out.push_str("</ul>\n");
    if let Some(words) = &finding.stability {
        let _ = writeln!(out, "<p>{}</p>", escape(&sentence(words)));
    }
    let _ = writeln!(
        out,
        "<p><em>{}</em> {}</p>\n<p><small>{} {}</small></p>",
        escape(&finding.question_label(summary.language)),
        escape(&finding.prompt),
        escape(&summary.text("export-source-label")),
        escape(&finding.citation)
    );
    if let Some(note) = &finding.note {
        let _ = writeln!(out, "<blockquote>{}</blockquote>", escape(note));
    }
    out.push_str("</div>\n");
}

/// What made a finding fire, as the items of the open list: a group's lines in a list of
/// their own inside its heading's item, as the rule nests them.
fn evidence_html(out: &mut String, lines: &[EvidenceLine]) {
    for (index, line) in lines.iter().enumerate() {
        let next = lines.get(index + 1).map_or(0, |next| next.depth);
        let _ = write!(out, "<li>{}", escape(&line.text));
        if next > line.depth {
            out.push_str("\n<ul>\n");
        } else {
            out.push_str("</li>\n");
            for _ in next..line.depth {
                out.push_str("</ul></li>\n");
            }
        }
    }
}
