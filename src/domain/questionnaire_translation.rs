//! A questionnaire in another language: the texts of its translations put in place, and what
//! a translation lacks. A missing text never stops a workshop from opening (its participants
//! read that text in the questionnaire's own language); `tandem check` names each one.

use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::questionnaire_texts::{QuestionnaireTexts, or_own};
use super::relationship::Relationship;
use crate::i18n::Language;

impl Questionnaire {
    /// The languages it has texts in: its own first, then its translations.
    pub fn languages(&self) -> Vec<Language> {
        let mut languages = vec![self.language];
        languages.extend(self.translations.keys().filter(|l| **l != self.language));
        languages
    }

    /// The questionnaire as a participant in `language` reads it: every text that has a
    /// translation in that language is replaced; keys, order and everything else stay.
    pub fn in_language(&self, language: Language) -> Self {
        let mut shown = self.clone();
        let Some(texts) = self.translations.get(&language) else {
            return shown;
        };
        shown.language = language;
        or_own(&texts.relationship_prompt, &mut shown.relationship.prompt);
        for option in &mut shown.relationship.options {
            if let Some(label) = texts.relationship_options.get(&option.key) {
                or_own(label, &mut option.label);
            }
        }
        or_own(&texts.statements_prompt, &mut shown.statements_prompt);
        for statement in &mut shown.statements {
            if let Some(translated) = texts.statements.get(&statement.key) {
                or_own(&translated.label, &mut statement.label);
                or_own(&translated.text, &mut statement.text);
            }
        }
        or_own(&texts.sources_prompt, &mut shown.sources_prompt);
        for source in &mut shown.sources {
            if let Some(label) = texts.sources.get(&source.key) {
                or_own(label, &mut source.label);
            }
        }
        or_own(
            &texts.friction_comment_prompt,
            &mut shown.friction_comment_prompt,
        );
        or_own(
            &texts.works_well_comment_prompt,
            &mut shown.works_well_comment_prompt,
        );
        shown
    }

    /// The label of a relationship answer in `language`, without translating the rest.
    pub fn relationship_label_in(&self, answer: Relationship, language: Language) -> &str {
        self.translations
            .get(&language)
            .and_then(|texts| texts.relationship_options.get(&answer))
            .filter(|label| !label.trim().is_empty())
            .map_or_else(|| self.relationship_label(answer), String::as_str)
    }

    /// Texts a language block lacks, and keys it names that this questionnaire does not
    /// have, each under `translations.TAG`.
    pub fn translation_gaps(&self, path: &str) -> Vec<Problem> {
        self.translations
            .iter()
            .flat_map(|(language, texts)| {
                texts.gaps(self, &format!("{path}translations.{}", language.tag()))
            })
            .collect()
    }
}

impl QuestionnaireTexts {
    /// What this language's block lacks or names wrongly, against the questionnaire's own
    /// texts: a participant in that language would otherwise read a mix of two languages.
    fn gaps(&self, questionnaire: &Questionnaire, path: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut missing = |field: &str, what: &str| {
            problems.push(Problem::new(
                format!("{path}.{field}"),
                format!("{what} has no text in this language"),
            ));
        };
        for (field, text, what) in [
            (
                "relationship_prompt",
                &self.relationship_prompt,
                "the relationship question",
            ),
            (
                "statements_prompt",
                &self.statements_prompt,
                "the statements' instruction",
            ),
            (
                "sources_prompt",
                &self.sources_prompt,
                "the sources question",
            ),
            (
                "friction_comment_prompt",
                &self.friction_comment_prompt,
                "the friction comment question",
            ),
            (
                "works_well_comment_prompt",
                &self.works_well_comment_prompt,
                "the works-well comment question",
            ),
        ] {
            if text.trim().is_empty() {
                missing(field, what);
            }
        }
        for option in &questionnaire.relationship.options {
            if self
                .relationship_options
                .get(&option.key)
                .is_none_or(|t| t.trim().is_empty())
            {
                missing(
                    "relationship_options",
                    &format!("the answer `{}`", option.key.key()),
                );
            }
        }
        for statement in &questionnaire.statements {
            let texts = self.statements.get(&statement.key);
            if texts.is_none_or(|t| t.text.trim().is_empty()) {
                missing("statements", &format!("the statement `{}`", statement.key));
            } else if !statement.label.is_empty()
                && texts.is_some_and(|t| t.label.trim().is_empty())
            {
                missing(
                    "statements",
                    &format!("the label of statement `{}`", statement.key),
                );
            }
        }
        for source in &questionnaire.sources {
            if self
                .sources
                .get(&source.key)
                .is_none_or(|t| t.trim().is_empty())
            {
                missing("sources", &format!("the source `{}`", source.key));
            }
        }
        let unknown_statements = self
            .statements
            .keys()
            .filter(|key| questionnaire.statement(key).is_none());
        let unknown_sources = self
            .sources
            .keys()
            .filter(|key| questionnaire.source(key).is_none());
        for (field, key) in unknown_statements
            .map(|key| ("statements", key))
            .chain(unknown_sources.map(|key| ("sources", key)))
        {
            problems.push(Problem::new(
                format!("{path}.{field}"),
                format!("`{key}` is not a key of this questionnaire: a translation keeps the questionnaire's keys"),
            ));
        }
        problems
    }
}
