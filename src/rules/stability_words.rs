//! Leave-one-out in words a facilitator can say out loud. They give how many answers a
//! verdict hinges on, never which.

use super::stability::{RuleStability, ScopeStability};

/// What the room should do with a verdict or finding that one answer could change.
const FOR_THE_ROOM: &str = "treat it as a question for the room, not a finding";

/// "one of 22 answers", "any one of 3 of the 22 answers", "any one of the 22 answers".
fn one_of(changes: usize, answers: usize) -> String {
    if changes == 1 {
        format!("one of {answers} answers")
    } else if changes == answers {
        format!("any one of the {answers} answers")
    } else {
        format!("any one of {changes} of the {answers} answers")
    }
}

/// Said when no answer could be left out without taking a function below the floor.
const UNCHECKED: &str = "cannot be checked by leaving one answer out: with one answer fewer, a function would be below the anonymity floor";

impl ScopeStability {
    /// "holds whichever single answer is left out", or "would change if one of 22 answers
    /// were left out: treat it as a question for the room, not a finding"; `None` when the
    /// verdict is insufficient.
    pub fn words(&self) -> Option<String> {
        let flips = self.flips?;
        Some(if self.checked == 0 {
            String::from(UNCHECKED)
        } else if flips == 0 {
            String::from("holds whichever single answer is left out")
        } else {
            format!(
                "would change if {} were left out: {FOR_THE_ROOM}",
                one_of(flips, self.answers)
            )
        })
    }

    /// The words for one rule's finding in this scope (fired or nearly fired).
    pub fn rule_words(&self, rule: &str) -> Option<String> {
        let stability = self.rule(rule)?;
        Some(if self.checked == 0 {
            String::from(UNCHECKED)
        } else {
            stability.words(self.answers)
        })
    }
}

impl RuleStability {
    /// "still fires whichever single answer is left out", "hinges on one answer: it would not
    /// fire if one of 22 answers were left out; treat it as …"; for a rule that did not fire,
    /// "still does not fire …" or "one answer away from firing: it would fire if …".
    pub fn words(&self, answers: usize) -> String {
        match (self.fired, self.changes) {
            (true, 0) => String::from("still fires whichever single answer is left out"),
            (false, 0) => String::from("still does not fire whichever single answer is left out"),
            (true, changes) => format!(
                "{}: it would not fire if {} were left out; {FOR_THE_ROOM}",
                hinges(changes),
                one_of(changes, answers)
            ),
            (false, changes) => format!(
                "one answer away from firing: it would fire if {} were left out",
                one_of(changes, answers)
            ),
        }
    }
}

fn hinges(changes: usize) -> &'static str {
    if changes == 1 {
        "hinges on one answer"
    } else {
        "hinges on single answers"
    }
}

/// The words as a sentence of their own: "Holds whichever single answer is left out."
pub fn sentence(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        format!("{}{}.", first.to_uppercase(), chars.as_str())
    })
}
