//! The study's split of answers: Actuation Consulting, *Study of Product Team Performance*
//! (2014), "How would you describe the relationship between the sales organization and the
//! product team?"

use crate::domain::Relationship;

/// The study's aligned share (the first two answers together): 73.41%.
pub const STUDY_ALIGNED_SHARE: f64 = 0.7341;
/// The study's dysfunction share (the last two answers together): 26.59%.
pub const STUDY_DYSFUNCTION_SHARE: f64 = 0.2659;

/// How the study's four shares were found, for a note beside every Study column.
pub const STUDY_NOTE: &str = "The study gives 23.70% and 2.89% for the last two answers and 73.41% for the first two together, with \"just over 9%\" completely aligned; 9.25% is our reading of \"just over 9%\", and 64.16% is 73.41% minus 9.25%.";

/// The study's share of one answer. The last two are the study's own figures; the first two
/// are inferred (see [`STUDY_NOTE`]).
pub fn study_share(answer: Relationship) -> f64 {
    match answer {
        Relationship::CompletelyAligned => 0.0925,
        Relationship::MostlyAligned => STUDY_ALIGNED_SHARE - 0.0925,
        Relationship::LackingAlignment => 0.2370,
        Relationship::ConstantFriction => 0.0289,
    }
}

/// The study's share of one answer as every Study column writes it: "9.25%", "64.16%",
/// "23.70%", "2.89%" (two decimals, the study's own precision).
pub fn study_share_label(answer: Relationship) -> String {
    format!("{:.2}%", study_share(answer) * 100.0)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
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
            .map(study_share_label)
            .collect();
        assert_eq!(labels, ["9.25%", "64.16%", "23.70%", "2.89%"]);
    }
}
