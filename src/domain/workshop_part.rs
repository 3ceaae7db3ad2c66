use crate::i18n::Language;

/// A part of a workshop, named so the facilitator can be told what changed or collided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopPart {
    Title,
    Organisation,
    Date,
    Facilitator,
    Expected,
    Language,
    Settings,
    TimeBoxes,
    Questionnaire,
    AnswersAdded(usize),
    AnswersRemoved(usize),
    HeldBack(usize),
    Revealed,
    Notes,
    Agreements,
    Actions,
    ParticipantMode,
    Imports,
}

impl WorkshopPart {
    pub fn describe(&self, language: Language) -> String {
        let count = |id: &str, count: usize| language.text_with(id, &[("count", count.into())]);
        match self {
            Self::Title => language.text("part-title"),
            Self::Organisation => language.text("part-organisation"),
            Self::Date => language.text("part-date"),
            Self::Facilitator => language.text("part-facilitator"),
            Self::Expected => language.text("part-expected"),
            Self::Language => language.text("part-language"),
            Self::Settings => language.text("part-settings"),
            Self::TimeBoxes => language.text("part-time-boxes"),
            Self::Questionnaire => language.text("part-questionnaire"),
            Self::AnswersAdded(added) => count("part-answers-added", *added),
            Self::AnswersRemoved(removed) => count("part-answers-removed", *removed),
            Self::HeldBack(held) => count("part-held-back", *held),
            Self::Revealed => language.text("part-revealed"),
            Self::Notes => language.text("part-notes"),
            Self::Agreements => language.text("part-agreements"),
            Self::Actions => language.text("part-actions"),
            Self::ParticipantMode => language.text("part-participant-mode"),
            Self::Imports => language.text("part-imports"),
        }
    }

    /// Several parts in one sentence's list: "the title, notes on the findings".
    pub fn list(parts: &[Self], language: Language) -> String {
        parts
            .iter()
            .map(|part| part.describe(language))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
