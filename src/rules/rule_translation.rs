//! The rules in another language, and what a translation lacks. A missing text never stops
//! the rules from loading (that text shows in the file's own language); `tandem check` names
//! each one.

use super::rule_set::RuleSet;
use crate::domain::Problem;
use crate::i18n::Language;

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
                    (&texts.citation, &mut rule.citation),
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
    pub fn translation_gaps(&self) -> Vec<Problem> {
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
                    problems.push(Problem::said(
                        &path,
                        "rules-problem-translation-lacks",
                        &[
                            ("id", &rule.id),
                            ("lacking", &lacking.join(", ")),
                            ("language", language.name()),
                        ],
                    ));
                }
            }
            for id in block.keys().filter(|id| self.rule(id).is_none()) {
                problems.push(
                    Problem::said(&path, "rules-problem-translation-unknown", &[("id", id)])
                        .marked_by(format!("\"{id}\"")),
                );
            }
        }
        problems
    }
}
