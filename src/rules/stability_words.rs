//! Leave-one-out in words a facilitator can say out loud, in the reader's language. They give
//! how many answers a verdict hinges on, never which. Messages `stability-…`.

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
    /// "holds whichever single answer is left out", or "would change if one of 22 answers
    /// were left out: treat it as a question for the room, not a finding"; `None` when the
    /// verdict is insufficient.
    pub fn words(&self, language: Language) -> Option<String> {
        let flips = self.flips?;
        Some(if self.checked == 0 {
            language.text("stability-unchecked")
        } else if flips == 0 {
            language.text("stability-verdict-holds")
        } else {
            language.text_with(
                "stability-verdict-changes",
                &[("which", one_of(flips, self.answers, language).into())],
            )
        })
    }

    /// The words for one rule's finding in this scope (fired or nearly fired).
    pub fn rule_words(&self, rule: &str, language: Language) -> Option<String> {
        let stability = self.rule(rule)?;
        Some(if self.checked == 0 {
            language.text("stability-unchecked")
        } else {
            stability.words(self.answers, language)
        })
    }
}

impl RuleStability {
    /// "still fires whichever single answer is left out", "hinges on one answer: it would not
    /// fire if one of 22 answers were left out; treat it as …"; for a rule that did not fire,
    /// "still does not fire …" or "one answer away from firing: it would fire if …".
    pub fn words(&self, answers: usize, language: Language) -> String {
        let which = |changes| one_of(changes, answers, language);
        match (self.fired, self.changes) {
            (true, 0) => language.text("stability-still-fires"),
            (false, 0) => language.text("stability-still-not"),
            (true, 1) => language.text_with("stability-hinges-one", &[("which", which(1).into())]),
            (true, changes) => {
                language.text_with("stability-hinges-many", &[("which", which(changes).into())])
            }
            (false, changes) => {
                language.text_with("stability-one-away", &[("which", which(changes).into())])
            }
        }
    }
}

/// The words as a sentence of their own: "Holds whichever single answer is left out."
pub fn sentence(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        format!("{}{}.", first.to_uppercase(), chars.as_str())
    })
}
