//! A rules file's texts in other languages: each rule's title, explanation and prompt by
//! rule id, and its citation where that says what the work found (the work's title stays
//! as published).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One rule's texts in one language; an empty text shows the rule's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuleTexts {
    pub title: String,
    pub explanation: String,
    pub prompt: String,
    /// Optional: the rule's own citation is shown when this is empty.
    pub citation: String,
}

/// Rule id → its texts, for one language.
pub type LanguageBlock = BTreeMap<String, RuleTexts>;
