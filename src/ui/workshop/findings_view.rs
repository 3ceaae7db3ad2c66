//! The findings as Diagnose, Agree and Close show them: the exports' [`Finding`]s and
//! [`NearMiss`]es with every line the three stages say about them, written once per revision,
//! edit and language of the screens ([`super::open_workshop::OpenWorkshop::findings`]).
//! The stages only read it; nothing here is made per frame.

use crate::domain::{Workshop, capitalized};
use crate::export::finding::{Finding, NearMiss};
use crate::i18n::Language;
use crate::metrics::Scope;
use crate::rules::stability_words::sentence;
use crate::rules::words::EvidenceLine;
use crate::rules::{Classification, RuleSet, Signal, Stability};

/// Every finding of the open workshop and what the stages say about it, in one language.
pub struct FindingsView {
    /// The overall verdict's findings, then those that fired on sales' answers alone, then on
    /// product's ([`Finding::all`]), each with its lines.
    pub findings: Vec<ShownFinding>,
    /// The overall verdict's rules that nearly fired ([`NearMiss::all`]), each with its lines.
    pub near_misses: Vec<ShownNearMiss>,
    /// Each rule that fired, once: what an agreement or action can answer (Agree).
    pub answerable: Vec<Answerable>,
    /// Under each scope's verdict on Diagnose, in [`Scope::ALL`]'s order.
    pub verdicts: [VerdictLines; 3],
}

/// A finding, and its lines on Diagnose and Close.
pub struct ShownFinding {
    pub finding: Finding,
    /// "⚠ Disagreements turn personal (weight 3)", and where it fired when on one function's
    /// answers alone.
    pub diagnose_heading: String,
    /// What made it fire, a group's lines set in under its heading.
    pub diagnose_evidence: Vec<String>,
    /// Whether it hinges on one answer, as a sentence, and whether it does (said in bold).
    pub stability: Option<StabilityLine>,
    /// "Ask the room: …"
    pub diagnose_ask: String,
    /// "Source: …"
    pub diagnose_source: String,
    /// The label of its notes field.
    pub notes_label: String,
    /// Close: icon and title, and where it fired when on one function's answers alone.
    pub close_heading: String,
    /// Close: what it measured, indented under its explanation.
    pub close_measurements: Vec<String>,
    /// Close: whether it hinges on one answer, as the export says it.
    pub close_stability: Option<String>,
    /// Close: "Ask: …"
    pub close_ask: String,
    /// Close: "Notes: …", when it has notes.
    pub close_note: Option<String>,
}

/// A rule that nearly fired, and its lines on Diagnose.
pub struct ShownNearMiss {
    pub near_miss: NearMiss,
    /// Signal, title and explanation.
    pub line: String,
    /// How far each value is from firing, indented under the line.
    pub distances: Vec<String>,
    pub stability: Option<StabilityLine>,
}

/// Leave-one-out in a sentence of its own, the words a room can hear ("One person's answer
/// decides this."), and for the facilitator the numbers behind them.
pub struct StabilityLine {
    pub sentence: String,
    /// Whether one answer could change it: the line to say out loud first (in bold).
    pub hinges: bool,
    /// "It would change if any one of 2 of the 34 answers were left out: …", when one answer
    /// decides it.
    pub detail: Option<String>,
}

/// What Diagnose says under a scope's verdict: its weights and its leave-one-out.
pub struct VerdictLines {
    pub weights: String,
    pub stability: Option<StabilityLine>,
}

/// A rule that fired, as Agree offers it to an agreement or action.
pub struct Answerable {
    /// The rule's id: what an agreement or action stores.
    pub id: String,
    /// Its title, and where it fired when only one function's answers made it fire.
    pub name: String,
    /// The rule's question for the room, after a dash: "— …".
    pub prompt_line: String,
    /// "Its question: …", under an agreement or action that answers it.
    pub question: String,
    /// A toxic rule (else a healthy one).
    pub toxic: bool,
}

impl FindingsView {
    /// The findings of `classification` in `language`; `rules` in that language (titles,
    /// explanations, questions), the measurements in the words of `workshop`'s questionnaire.
    pub fn new(
        workshop: &Workshop,
        rules: &RuleSet,
        classification: &Classification,
        stability: &Stability,
        language: Language,
    ) -> Self {
        let findings = Finding::all(workshop, rules, classification, stability, language);
        let near_misses = NearMiss::all(
            workshop,
            rules,
            &classification.overall,
            stability,
            language,
        );
        Self {
            answerable: answerable(&findings, language),
            findings: findings
                .into_iter()
                .map(|finding| shown_finding(finding, stability, language))
                .collect(),
            near_misses: near_misses
                .into_iter()
                .map(|near_miss| shown_near_miss(near_miss, stability, language))
                .collect(),
            verdicts: Scope::ALL
                .map(|scope| verdict_lines(classification, stability, scope, language)),
        }
    }
}

fn verdict_lines(
    classification: &Classification,
    stability: &Stability,
    scope: Scope,
    language: Language,
) -> VerdictLines {
    let verdict = classification.scope(scope);
    let stability = stability.scope(scope);
    VerdictLines {
        weights: language.text_with(
            "diagnose-weights",
            &[
                ("toxic", (verdict.toxic_weight as usize).into()),
                ("healthy", (verdict.healthy_weight as usize).into()),
            ],
        ),
        stability: stability.words(language).map(|words| StabilityLine {
            sentence: sentence(&words),
            hinges: stability.robust() == Some(false),
            detail: stability.detail(language).as_deref().map(sentence),
        }),
    }
}

/// A rule's leave-one-out line in `scope`, when it has one.
fn rule_stability(
    stability: &Stability,
    scope: Scope,
    rule: &str,
    language: Language,
) -> Option<StabilityLine> {
    let stability = stability.scope(scope);
    let (Some(rule_stability), Some(words)) =
        (stability.rule(rule), stability.rule_words(rule, language))
    else {
        return None;
    };
    Some(StabilityLine {
        sentence: sentence(&words),
        hinges: !rule_stability.robust(),
        detail: stability
            .rule_detail(rule, language)
            .as_deref()
            .map(sentence),
    })
}

fn signal_icon(signal: Signal, language: Language) -> String {
    language.text(match signal {
        Signal::Toxic => "diagnose-signal-toxic",
        Signal::Healthy => "diagnose-signal-healthy",
    })
}

fn shown_finding(finding: Finding, stability: &Stability, language: Language) -> ShownFinding {
    let args = [
        ("signal", signal_icon(finding.signal, language).into()),
        ("weight", (finding.weight as usize).into()),
        ("title", finding.title.as_str().into()),
    ];
    let title = || finding.title.as_str().into();
    let (diagnose_heading, notes_label, close_heading) = match finding.scope {
        Scope::Overall => (
            language.text_with("diagnose-finding", &args),
            language.text_with("diagnose-notes", &[("title", title())]),
            language.text_with("close-finding", &[("title", title())]),
        ),
        scope => {
            let [signal, weight, title_arg] = args;
            let (fired, notes, close) = if scope == Scope::Sales {
                (
                    "diagnose-fired-sales",
                    "diagnose-notes-sales",
                    "close-finding-sales",
                )
            } else {
                (
                    "diagnose-fired-product",
                    "diagnose-notes-product",
                    "close-finding-product",
                )
            };
            (
                language.text_with(
                    "diagnose-finding-alone",
                    &[
                        signal,
                        weight,
                        title_arg,
                        ("scope", language.text(fired).into()),
                    ],
                ),
                language.text_with(notes, &[("title", title())]),
                language.text_with(close, &[("title", title())]),
            )
        }
    };
    let icon = finding.signal.verdict().icon();
    // The question is for those whose answers made it fire.
    let (ask, close_ask) = match finding.scope {
        Scope::Overall => ("diagnose-ask", "close-ask"),
        Scope::Sales => ("diagnose-ask-sales", "close-ask-sales"),
        Scope::Product => ("diagnose-ask-product", "close-ask-product"),
    };
    ShownFinding {
        diagnose_heading,
        diagnose_evidence: set_in(&finding.measurements, 0),
        stability: rule_stability(stability, finding.scope, &finding.rule, language),
        diagnose_ask: language.text_with(ask, &[("prompt", finding.prompt.as_str().into())]),
        diagnose_source: language.text_with(
            "diagnose-source",
            &[("citation", finding.citation.as_str().into())],
        ),
        notes_label,
        close_heading: format!("{icon} {close_heading}"),
        close_measurements: set_in(&finding.measurements, 1),
        close_stability: finding.stability.as_deref().map(capitalized),
        close_ask: language.text_with(close_ask, &[("prompt", finding.prompt.as_str().into())]),
        close_note: finding
            .note
            .as_deref()
            .map(|note| language.text_with("close-notes", &[("note", note.into())])),
        finding,
    }
}

fn shown_near_miss(
    near_miss: NearMiss,
    stability: &Stability,
    language: Language,
) -> ShownNearMiss {
    ShownNearMiss {
        line: language.text_with(
            "diagnose-nearly-line",
            &[
                ("signal", signal_icon(near_miss.signal, language).into()),
                ("title", near_miss.title.as_str().into()),
                ("explanation", near_miss.explanation.as_str().into()),
            ],
        ),
        distances: indented(&near_miss.distances),
        stability: rule_stability(stability, Scope::Overall, &near_miss.rule, language),
        near_miss,
    }
}

/// Lines set in under the line before them.
fn indented(lines: &[String]) -> Vec<String> {
    lines.iter().map(|line| format!("    {line}")).collect()
}

/// A finding's evidence, each line set in by its depth and `by` more.
fn set_in(lines: &[EvidenceLine], by: usize) -> Vec<String> {
    lines
        .iter()
        .map(|line| format!("{}{}", "    ".repeat(line.depth + by), line.text))
        .collect()
}

/// Each rule of `findings` once, in their order: a rule that fired on both functions' answers
/// alone (and not overall) is one entry that says so.
fn answerable(findings: &[Finding], language: Language) -> Vec<Answerable> {
    let mut rules: Vec<(&Finding, Vec<Scope>)> = Vec::new();
    for finding in findings {
        match rules
            .iter_mut()
            .find(|(known, _)| known.rule == finding.rule)
        {
            Some((_, alone)) => alone.push(finding.scope),
            None => rules.push((finding, vec![finding.scope])),
        }
    }
    rules
        .into_iter()
        .map(|(finding, scopes)| {
            let title = finding.title.as_str();
            // The question is for those whose answers made it fire: both functions' make it
            // the room's.
            let (alone, question) = match scopes.as_slice() {
                [Scope::Overall, ..] => (None, "agree-question"),
                [Scope::Sales] => (Some("agree-alone-sales"), "agree-question-sales"),
                [Scope::Product] => (Some("agree-alone-product"), "agree-question-product"),
                _ => (Some("agree-alone-both"), "agree-question"),
            };
            Answerable {
                id: finding.rule.clone(),
                name: alone.map_or_else(
                    || finding.title.clone(),
                    |id| language.text_with(id, &[("title", title.into())]),
                ),
                prompt_line: format!("— {}", finding.prompt),
                question: language
                    .text_with(question, &[("prompt", finding.prompt.as_str().into())]),
                toxic: finding.signal == Signal::Toxic,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, scope: Scope) -> Finding {
        Finding {
            rule: rule.to_owned(),
            title: rule.to_uppercase(),
            scope,
            signal: Signal::Toxic,
            weight: 1,
            explanation: String::new(),
            citation: String::new(),
            prompt: format!("Why {rule}?"),
            measurements: Vec::new(),
            stability: None,
            note: None,
        }
    }

    #[test]
    fn agree_offers_each_rule_once_and_says_on_whose_answers_alone() {
        let findings = [
            finding("a", Scope::Overall),
            finding("b", Scope::Sales),
            finding("c", Scope::Sales),
            finding("c", Scope::Product),
            finding("d", Scope::Product),
        ];
        let offered = answerable(&findings, Language::English);
        let names: Vec<&str> = offered.iter().map(|rule| rule.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "A",
                "B (on sales answers alone)",
                "C (on sales and on product answers alone)",
                "D (on product answers alone)",
            ]
        );
        assert_eq!(offered[2].id, "c");
        assert_eq!(offered[2].prompt_line, "— Why c?");
        assert_eq!(offered[2].question, "Question for the room: Why c?");
        assert_eq!(offered[1].question, "Question for sales: Why b?");
        assert_eq!(offered[3].question, "Question for product: Why d?");
    }
}
