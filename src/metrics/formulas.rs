//! The arithmetic that turns a scope's integer sums into the figures rules read. Shared by
//! `ScopeMetrics` and the leave-one-out pass, so both give bit-identical values.

/// `count` as a share of `of`; `None` when `of` is zero.
pub fn share(count: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| count as f64 / of as f64)
}

/// The mean friction level (0–3) of `respondents` whose levels add up to `sum`.
pub fn friction_level(sum: u64, respondents: usize) -> Option<f64> {
    (respondents > 0).then(|| sum as f64 / respondents as f64)
}
