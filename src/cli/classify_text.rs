//! The human form of `tandem classify`, in the summary's language: verdicts, fired rules
//! with their values, and the distribution beside the study. Messages `cli-classify-…`.

use std::fmt::Write as _;

use crate::domain::Relationship;
use crate::export::{Results, Summary};
use crate::metrics::Scope;
use crate::metrics::benchmark::{study_column, study_note, study_share_label};
use crate::rules::stability_words::sentence;
use crate::rules::words::evidence_lines;
use crate::rules::{ScopeVerdict, Verdict};

fn percent(summary: &Summary<'_>, share: Option<f64>) -> String {
    share.map_or_else(|| String::from("–"), |share| summary.percent(share))
}

fn verdict_line(summary: &Summary<'_>, verdict: &ScopeVerdict) -> String {
    let word = summary.verdict_word(verdict.verdict);
    match verdict.verdict {
        Verdict::Insufficient => format!("{} {word}", verdict.verdict.icon()),
        other => {
            let weights = summary.language.text_with(
                "export-weights",
                &[
                    ("toxic", (verdict.toxic_weight as usize).into()),
                    ("healthy", (verdict.healthy_weight as usize).into()),
                ],
            );
            format!("{} {} ({weights})", other.icon(), word.to_uppercase())
        }
    }
}

/// Writing to a String cannot fail, so `writeln!` results are ignored.
pub fn human(summary: &Summary<'_>) -> String {
    let mut out = String::new();
    let language = summary.language;
    let meta = &summary.workshop.meta;
    let _ = writeln!(
        out,
        "{} — {}, {}",
        meta.title,
        meta.organisation,
        meta.date.written_in(language)
    );
    let _ = writeln!(
        out,
        "{} {}",
        summary.text("export-rules"),
        summary.rules.name
    );
    let _ = writeln!(
        out,
        "{} {}",
        summary.text("export-respondents"),
        summary.respondents_words()
    );
    for notice in summary.held_back_notices() {
        let _ = writeln!(out, "{notice}");
    }
    let Some(results) = &summary.results else {
        let floor = summary.floor as usize;
        let _ = writeln!(
            out,
            "\n{}",
            language.text_with(
                "cli-classify-withheld",
                &[
                    ("floor", floor.into()),
                    ("sales", floor.saturating_sub(summary.sales).into()),
                    ("product", floor.saturating_sub(summary.product).into()),
                ],
            )
        );
        return out;
    };
    verdicts_text(&mut out, summary, results);
    fired_text(&mut out, summary, results);
    distribution_text(&mut out, summary, results);
    out
}

fn verdicts_text(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let Results {
        metrics,
        classification,
        stability,
        ..
    } = results;
    let _ = writeln!(
        out,
        "\n{} {}",
        summary.text_with_colon(&summary.text("export-verdict")),
        verdict_line(summary, &classification.overall)
    );
    let label = |scope| summary.text_with_colon(&summary.scope_word(scope));
    // "Sales:   " and "Product: " line up, in every language.
    let width = [Scope::Sales, Scope::Product]
        .map(|scope| label(scope).chars().count() + 1)
        .into_iter()
        .max()
        .unwrap_or(9);
    for scope in [Scope::Sales, Scope::Product] {
        let _ = writeln!(
            out,
            "  {:<width$}{}",
            label(scope),
            verdict_line(summary, classification.scope(scope))
        );
    }
    for scope in Scope::ALL {
        if let Some(words) = stability.scope(scope).words(summary.language) {
            let _ = writeln!(
                out,
                "  {}",
                summary.language.text_with(
                    "cli-classify-verdict-stability",
                    &[
                        ("scope", summary.scope_word(scope).into()),
                        ("words", words.into()),
                    ],
                )
            );
            // The numbers behind the words, for the facilitator.
            if let Some(detail) = stability.scope(scope).detail(summary.language) {
                let _ = writeln!(out, "    {}", sentence(&detail));
            }
        }
    }
    if let Some(gap) = metrics.perception_gap() {
        let _ = writeln!(
            out,
            "{}",
            summary.language.text_with(
                "cli-classify-perception-gap",
                &[("gap", summary.signed(gap).into())]
            )
        );
    }
}

fn distribution_text(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let metrics = &results.metrics;
    let _ = writeln!(
        out,
        "\n{:<42} {:>8} {:>8} {:>8}  {}",
        summary.text("cli-classify-relationship"),
        summary.text("export-sales"),
        summary.text("export-product"),
        summary.text("export-overall"),
        study_column(summary.language)
    );
    for answer in Relationship::ALL {
        let _ = writeln!(
            out,
            "{:<42} {:>8} {:>8} {:>8}  {}",
            summary.workshop.questionnaire.relationship_label(answer),
            percent(summary, metrics.sales.relationship_share(answer)),
            percent(summary, metrics.product.relationship_share(answer)),
            percent(summary, metrics.overall.relationship_share(answer)),
            study_share_label(answer, summary.language),
        );
    }
    let _ = writeln!(
        out,
        "{} {}",
        summary.text("study-note-label"),
        study_note(summary.language)
    );
}

/// Per scope, the rules that fired by their titles with what they measured in sentences and
/// whether they hinge on one answer, then those that nearly fired and how far they are.
fn fired_text(out: &mut String, summary: &Summary<'_>, results: &Results) {
    let (rules, questionnaire) = (&summary.rules, &summary.workshop.questionnaire);
    let language = summary.language;
    for scope in Scope::ALL {
        let verdict = results.classification.scope(scope);
        let stability = results.stability.scope(scope);
        let _ = writeln!(
            out,
            "\n{}",
            language.text_with(
                "cli-classify-fired",
                &[("scope", scope_inline(summary, scope).into())]
            )
        );
        let mut any = false;
        for outcome in verdict.fired() {
            any = true;
            let weight = language.text_with(
                "export-weight",
                &[("weight", (outcome.weight as usize).into())],
            );
            let signal = format!("{} ({weight})", summary.signal_word(outcome.signal));
            let _ = writeln!(
                out,
                "  {} {}",
                summary.text_with_colon(&signal),
                title(rules, &outcome.rule)
            );
            // What made it fire: for an `any`, only the branches that held.
            let reasons = outcome.evidence.reasons();
            for line in evidence_lines(&reasons, questionnaire, language) {
                let _ = writeln!(out, "      {}{}", "  ".repeat(line.depth), line.text);
            }
            if let Some(words) = stability.rule_words(&outcome.rule, language) {
                let _ = writeln!(out, "      {}", sentence(&words));
            }
            if let Some(detail) = stability.rule_detail(&outcome.rule, language) {
                let _ = writeln!(out, "      {}", sentence(&detail));
            }
            if scope == Scope::Overall
                && let Some(rule) = rules.rule(&outcome.rule)
            {
                let _ = writeln!(
                    out,
                    "      {} {}",
                    summary.text("export-source-label"),
                    rule.citation
                );
            }
        }
        if !any {
            let _ = writeln!(out, "  {}", summary.text("cli-classify-none"));
        }
        for outcome in verdict.nearly_fired() {
            let _ = writeln!(
                out,
                "  {}",
                language.text_with(
                    "cli-classify-nearly-fired",
                    &[("rule", title(rules, &outcome.rule).into())]
                )
            );
            // What stopped it, and how far it was.
            for measurement in outcome.evidence.blockers() {
                let _ = writeln!(
                    out,
                    "      {}",
                    measurement.distance_sentence(questionnaire, language)
                );
            }
        }
    }
}

fn title(rules: &crate::rules::RuleSet, id: &str) -> String {
    rules.rule(id).map_or_else(
        || crate::domain::words_from_key(id),
        crate::rules::Rule::title,
    )
}

/// "overall", "sales", "product" inside a sentence (German keeps its capitals).
fn scope_inline(summary: &Summary<'_>, scope: Scope) -> String {
    summary.text(match scope {
        Scope::Overall => "export-scope-inline-overall",
        Scope::Sales => "export-scope-inline-sales",
        Scope::Product => "export-scope-inline-product",
    })
}
