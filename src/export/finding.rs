//! A finding as the room reads it: the rule's title, what it measured in sentences, its
//! explanation, question and source, how much it hinges on one answer, and the
//! facilitator's note. Built here once for Diagnose, Close and both exports.

use crate::domain::{NoteKey, Workshop, words_from_key};
use crate::i18n::Language;
use crate::metrics::Scope;
use crate::rules::words::{EvidenceLine, evidence_lines};
use crate::rules::{Classification, FiredRule, Rule, RuleSet, ScopeVerdict, Signal, Stability};

/// A rule that fired, overall or on one function's answers alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule's id: the key of its note, and what an agreement or action links to.
    pub rule: String,
    pub title: String,
    /// `Overall`, or the function on whose answers alone it fired.
    pub scope: Scope,
    pub signal: Signal,
    pub weight: u32,
    pub explanation: String,
    pub citation: String,
    pub prompt: String,
    /// What made it fire, one sentence per comparison that held and was needed (for an
    /// `any`, only the branches that held), nested as the rule is.
    pub measurements: Vec<EvidenceLine>,
    /// Whether it still fires without any one answer, in words.
    pub stability: Option<String>,
    pub note: Option<String>,
}

/// A rule of the overall verdict that did not fire but came close.
#[derive(Clone, Debug, PartialEq)]
pub struct NearMiss {
    pub rule: String,
    pub title: String,
    pub signal: Signal,
    pub explanation: String,
    /// What stopped it, and how far each value is from what the rule needs, in sentences:
    /// the part that failed (for an `any`, the branch closest to holding).
    pub distances: Vec<String>,
    /// Whether leaving out one answer would make it fire, in words.
    pub stability: Option<String>,
}

impl Finding {
    /// Every finding of a classification: the overall verdict's, then those that fired on
    /// sales' answers alone, then on product's (see [`Classification::findings`]). The
    /// sentences are in `language`; titles, explanations and prompts are the rules' own (pass
    /// `rules.in_language(language)` and a workshop whose questionnaire is in it for a reader
    /// of that language).
    pub fn all(
        workshop: &Workshop,
        rules: &RuleSet,
        classification: &Classification,
        stability: &Stability,
        language: Language,
    ) -> Vec<Self> {
        classification
            .findings()
            .into_iter()
            .filter_map(|fired| Self::new(workshop, rules, stability, fired, language))
            .collect()
    }

    fn new(
        workshop: &Workshop,
        rules: &RuleSet,
        stability: &Stability,
        fired: FiredRule<'_>,
        language: Language,
    ) -> Option<Self> {
        let FiredRule { scope, outcome } = fired;
        let rule = rules.rule(&outcome.rule)?;
        Some(Self {
            rule: rule.id.clone(),
            title: rule.title(),
            scope,
            signal: rule.signal,
            weight: rule.weight.value(),
            explanation: rule.explanation.clone(),
            citation: rule.citation.clone(),
            prompt: rule.prompt.clone(),
            measurements: evidence_lines(
                &outcome.evidence.reasons(),
                &workshop.questionnaire,
                language,
            ),
            stability: stability.scope(scope).rule_words(&rule.id, language),
            note: workshop.notes.get(&NoteKey::rule(&rule.id)).cloned(),
        })
    }

    /// "Fired on sales' answers alone" for a per-function finding; `None` for an overall one.
    pub fn scope_words(&self, language: Language) -> Option<String> {
        match self.scope {
            Scope::Overall => None,
            Scope::Sales => Some(language.text("export-fired-on-sales")),
            Scope::Product => Some(language.text("export-fired-on-product")),
        }
    }

    /// "Question for the room:", or for a finding on one function's answers alone "Question
    /// for sales:": its prompt is for those whose answers made it fire, not for the whole room.
    pub fn question_label(&self, language: Language) -> String {
        language.text(match self.scope {
            Scope::Overall => "export-question-for-the-room",
            Scope::Sales => "export-question-for-sales",
            Scope::Product => "export-question-for-product",
        })
    }

    /// The same words inside a heading, after a dash: "fired on sales' answers alone"
    /// (German keeps its nouns' capitals, so this is a message of its own, not a lowercase).
    pub fn scope_words_inline(&self, language: Language) -> Option<String> {
        match self.scope {
            Scope::Overall => None,
            Scope::Sales => Some(language.text("export-fired-on-sales-inline")),
            Scope::Product => Some(language.text("export-fired-on-product-inline")),
        }
    }
}

impl NearMiss {
    /// The rules of `verdict` that nearly fired, with how far each value is from firing.
    pub fn all(
        workshop: &Workshop,
        rules: &RuleSet,
        verdict: &ScopeVerdict,
        stability: &Stability,
        language: Language,
    ) -> Vec<Self> {
        verdict
            .nearly_fired()
            .map(|outcome| {
                let rule = rules.rule(&outcome.rule);
                Self {
                    rule: outcome.rule.clone(),
                    title: rule.map_or_else(|| words_from_key(&outcome.rule), Rule::title),
                    signal: outcome.signal,
                    explanation: rule.map_or_else(String::new, |rule| rule.explanation.clone()),
                    distances: outcome
                        .evidence
                        .blockers()
                        .into_iter()
                        .map(|m| m.distance_sentence(&workshop.questionnaire, language))
                        .collect(),
                    stability: stability
                        .scope(verdict.scope)
                        .rule_words(&outcome.rule, language),
                }
            })
            .collect()
    }
}

/// What a note, agreement or action names as its finding ("overall" or a rule id), in the
/// room's words: the rule's title, "the overall verdict", or the key in words.
pub fn finding_title(rules: &RuleSet, finding: &str, language: Language) -> String {
    if finding == NoteKey::OVERALL {
        return language.text("export-the-overall-verdict");
    }
    rules
        .rule(finding)
        .map_or_else(|| words_from_key(finding), Rule::title)
}
