//! A questionnaire's texts in another language. The keys stay the same in every language,
//! so workshops answered in German and in English compare.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::relationship::Relationship;

/// Every text of a questionnaire in one language; a text left out shows in the
/// questionnaire's own language, and `tandem check` says which are missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuestionnaireTexts {
    pub relationship_prompt: String,
    pub relationship_options: BTreeMap<Relationship, String>,
    pub statements_prompt: String,
    /// By statement key.
    pub statements: BTreeMap<String, StatementTexts>,
    pub sources_prompt: String,
    /// Source labels by source key.
    pub sources: BTreeMap<String, String>,
    pub friction_comment_prompt: String,
    pub works_well_comment_prompt: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StatementTexts {
    pub label: String,
    pub text: String,
}

/// `translated` where it says something, else `own`.
pub(crate) fn or_own(translated: &str, own: &mut String) {
    if !translated.trim().is_empty() {
        translated.clone_into(own);
    }
}
