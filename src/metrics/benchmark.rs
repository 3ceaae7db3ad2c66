//! The study's split of answers: Actuation Consulting, *Study of Product Team Performance*
//! (2014), "How would you describe the relationship between the sales organization and the
//! product team?"

use crate::domain::Relationship;
use crate::i18n::Language;

/// The study's aligned share (the first two answers together): 73.41%.
pub const STUDY_ALIGNED_SHARE: f64 = 0.7341;
/// The study's dysfunction share (the last two answers together): 26.59%.
pub const STUDY_DYSFUNCTION_SHARE: f64 = 0.2659;

/// How the study's four shares were found, for a note beside every Study column, in the
/// reader's language (message `study-note`; its figures are the study's, written as the
/// language writes numbers).
pub fn study_note(language: Language) -> String {
    language.text("study-note")
}

/// The name of every Study column: "Study (2014)".
pub fn study_column(language: Language) -> String {
    language.text("study-column")
}

/// The study's share of one answer. The last two are the study's own figures; the first two
/// are inferred (see [`study_note`]).
pub fn study_share(answer: Relationship) -> f64 {
    match answer {
        Relationship::CompletelyAligned => 0.0925,
        Relationship::MostlyAligned => STUDY_ALIGNED_SHARE - 0.0925,
        Relationship::LackingAlignment => 0.2370,
        Relationship::ConstantFriction => 0.0289,
    }
}

/// The study's share of one answer as every Study column writes it: "9.25%", "64.16%",
/// "23.70%", "2.89%" (two decimals, the study's own precision), as `language` writes them
/// ("23,70 %").
pub fn study_share_label(answer: Relationship, language: Language) -> String {
    language.percent(study_share(answer), 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_add_up_to_the_whole_study() {
        let total: f64 = Relationship::ALL.into_iter().map(study_share).sum();
        assert!((total - 1.0).abs() < 1e-9);
        assert!((STUDY_ALIGNED_SHARE + STUDY_DYSFUNCTION_SHARE - 1.0).abs() < 1e-9);
        let dysfunction = study_share(Relationship::LackingAlignment)
            + study_share(Relationship::ConstantFriction);
        assert!((dysfunction - STUDY_DYSFUNCTION_SHARE).abs() < 1e-9);
    }

    #[test]
    fn every_study_share_is_written_with_two_decimals() {
        let labels: Vec<String> = Relationship::ALL
            .into_iter()
            .map(|answer| study_share_label(answer, Language::English))
            .collect();
        assert_eq!(labels, ["9.25%", "64.16%", "23.70%", "2.89%"]);
        assert_eq!(
            study_share_label(Relationship::LackingAlignment, Language::German),
            "23,70\u{a0}%"
        );
    }
}
