//! A rules file's texts in other languages: each rule's title, explanation and prompt by
//! rule id. Citations stay as published.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::rule_set::RuleSet;
use crate::domain::Problem;
use crate::i18n::Language;

/// One rule's texts in one language; an empty text shows the rule's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuleTexts {
    pub title: String,
    pub explanation: String,
    pub prompt: String,
}

/// Rule id → its texts, for one language.
pub type LanguageBlock = BTreeMap<String, RuleTexts>;

impl RuleSet {
    /// The rules as a reader in `language` sees them: titles, explanations and prompts
    /// translated where the file has them; ids, conditions and weights unchanged.
    pub fn in_language(&self, language: Language) -> Self {
        let mut shown = self.clone();
        let Some(block) = self.translations.get(&language) else {
            return shown;
        };
        shown.language = language;
        for rule in &mut shown.rules {
            if let Some(texts) = block.get(&rule.id) {
                for (translated, own) in [
                    (&texts.title, &mut rule.title),
                    (&texts.explanation, &mut rule.explanation),
                    (&texts.prompt, &mut rule.prompt),
                ] {
                    if !translated.trim().is_empty() {
                        translated.clone_into(own);
                    }
                }
            }
        }
        shown
    }

    /// What a language block lacks, or names that is not a rule of this file.
    pub(crate) fn translation_problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (language, block) in &self.translations {
            let path = format!("translations.{}", language.tag());
            for rule in &self.rules {
                let texts = block.get(&rule.id);
                let mut lacking: Vec<&str> = Vec::new();
                if !rule.title.is_empty() && texts.is_none_or(|t| t.title.trim().is_empty()) {
                    lacking.push("title");
                }
                if texts.is_none_or(|t| t.explanation.trim().is_empty()) {
                    lacking.push("explanation");
                }
                if texts.is_none_or(|t| t.prompt.trim().is_empty()) {
                    lacking.push("prompt");
                }
                if !lacking.is_empty() {
                    problems.push(Problem::new(
                        path.clone(),
                        format!(
                            "the rule `{}` has no {} in {}",
                            rule.id,
                            lacking.join(", "),
                            language.name()
                        ),
                    ));
                }
            }
            for id in block.keys().filter(|id| self.rule(id).is_none()) {
                problems.push(
                    Problem::new(
                        path.clone(),
                        format!(
                            "`{id}` is not a rule of this file: a translation keeps the rules' ids"
                        ),
                    )
                    .marked_by(format!("\"{id}\"")),
                );
            }
        }
        problems
    }
}
