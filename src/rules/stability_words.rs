//! Leave-one-out in words a room can hear, in the reader's language: a headline ("holds
//! whoever is left out", "one person's answer decides this") for screens, exports and the
//! projector, and for the facilitator a detail with the numbers. They say how many answers a
//! verdict hinges on, never which. Messages `stability-…`.

use super::stability::{RuleStability, ScopeStability};
use crate::i18n::Language;

/// "one of 22 answers", "any one of 3 of the 22 answers", "any one of the 22 answers".
fn one_of(changes: usize, answers: usize, language: Language) -> String {
    if changes == 1 {
        language.text_with("stability-one-of", &[("answers", answers.into())])
    } else if changes == answers {
        language.text_with("stability-any-of-all", &[("answers", answers.into())])
    } else {
        language.text_with(
            "stability-any-of-some",
            &[("changes", changes.into()), ("answers", answers.into())],
        )
    }
}

impl ScopeStability {
    /// "holds whoever is left out", or "one person's answer decides this"; `None` when the
    /// verdict is insufficient.
    pub fn words(&self, language: Language) -> Option<String> {
        let flips = self.flips?;
        Some(if self.checked == 0 {
            language.text("stability-unchecked")
        } else if flips == 0 {
            language.text("stability-holds")
        } else {
            language.text("stability-one-decides")
        })
    }

    /// For the facilitator, when one answer decides the verdict: "it would change if any one
    /// of 2 of the 34 answers were left out: treat it as a question for the room, not a
    /// finding".
    pub fn detail(&self, language: Language) -> Option<String> {
        let flips = self.flips.filter(|flips| *flips > 0 && self.checked > 0)?;
        Some(language.text_with(
            "stability-verdict-changes",
            &[("which", one_of(flips, self.answers, language).into())],
        ))
    }

    /// The words for one rule's finding in this scope (fired or nearly fired).
    pub fn rule_words(&self, rule: &str, language: Language) -> Option<String> {
        let stability = self.rule(rule)?;
        Some(if self.checked == 0 {
            language.text("stability-unchecked")
        } else {
            stability.words(language)
        })
    }

    /// The numbers behind [`ScopeStability::rule_words`], when one answer decides the rule.
    pub fn rule_detail(&self, rule: &str, language: Language) -> Option<String> {
        let stability = self.rule(rule).filter(|_| self.checked > 0)?;
        stability.detail(self.answers, language)
    }
}

impl RuleStability {
    /// "holds whoever is left out", "one person's answer decides this"; for a rule that did
    /// not fire, "does not fire, whoever is left out" or, when leaving one answer out would
    /// make it fire, "one person's answer decides this".
    pub fn words(&self, language: Language) -> String {
        language.text(match (self.fired, self.changes) {
            (true, 0) => "stability-holds",
            (false, 0) => "stability-still-not",
            _ => "stability-one-decides",
        })
    }

    /// The numbers, when one answer decides: "it would not fire if any one of 3 of the 22
    /// answers were left out: treat it as …", or "it would fire if one of 8 answers were left
    /// out"; `None` when no single answer changes it.
    pub fn detail(&self, answers: usize, language: Language) -> Option<String> {
        if self.changes == 0 {
            return None;
        }
        let which = one_of(self.changes, answers, language);
        let id = if self.fired {
            "stability-hinges"
        } else {
            "stability-one-away"
        };
        Some(language.text_with(id, &[("which", which.into())]))
    }
}

/// The words as a sentence of their own: "Holds whoever is left out."
pub fn sentence(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        format!("{}{}.", first.to_uppercase(), chars.as_str())
    })
}
