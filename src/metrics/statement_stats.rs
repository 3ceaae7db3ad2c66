use serde::Serialize;

/// How one statement was rated in a scope. Only respondents who rated it count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct StatementStats {
    /// How many rated it (skips excluded).
    pub rated: usize,
    /// `None` when nobody rated it.
    pub mean: Option<f64>,
    /// Population standard deviation of the ratings; `None` when nobody rated it.
    pub spread: Option<f64>,
}

impl StatementStats {
    /// From the count, sum and sum of squares of the ratings: integer sums keep the result
    /// independent of the order responses arrive in.
    pub fn from_sums(rated: usize, sum: u64, sum_of_squares: u64) -> Self {
        if rated == 0 {
            return Self::default();
        }
        let n = rated as f64;
        let mean = sum as f64 / n;
        let variance = (sum_of_squares as f64 / n - mean * mean).max(0.0);
        Self {
            rated,
            mean: Some(mean),
            spread: Some(variance.sqrt()),
        }
    }
}
