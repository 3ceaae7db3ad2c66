//! The study's split of answers: Actuation Consulting, *Study of Product Team Performance*
//! (2014), "How would you describe the relationship between the sales organization and the
//! product team?"

use crate::domain::Relationship;

/// The study's aligned share (the first two answers together): 73.41%.
pub const STUDY_ALIGNED_SHARE: f64 = 0.7341;
/// The study's dysfunction share (the last two answers together): 26.59%.
pub const STUDY_DYSFUNCTION_SHARE: f64 = 0.2659;

/// The study's share of one answer. The study reports only "just over 9%" for completely
/// aligned and 73.41% for the first two answers together, so those two are approximate;
/// the last two are exact.
pub fn study_share(answer: Relationship) -> f64 {
    match answer {
        Relationship::CompletelyAligned => 0.09,
        Relationship::MostlyAligned => STUDY_ALIGNED_SHARE - 0.09,
        Relationship::LackingAlignment => 0.2370,
        Relationship::ConstantFriction => 0.0289,
    }
}

/// How the study's figure for this answer is best written, e.g. "just over 9%".
pub fn study_share_label(answer: Relationship) -> &'static str {
    match answer {
        Relationship::CompletelyAligned => "just over 9%",
        Relationship::MostlyAligned => "about 64%",
        Relationship::LackingAlignment => "23.70%",
        Relationship::ConstantFriction => "2.89%",
    }
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
}
