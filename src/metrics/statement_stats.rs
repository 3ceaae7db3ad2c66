use serde::Serialize;

use super::scope::Scope;
use crate::domain::AnonymityFloor;
use crate::i18n::Language;

/// How one statement was rated in a scope, as it may be shown. Only respondents who rated it
/// count. A mean or spread of fewer raters than the anonymity floor is their own answers, so
/// it is not kept at all, only how many rated (PRODUCT.md §7, "per statement too"): nothing
/// downstream can show what it never receives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[serde(tag = "shown", rename_all = "snake_case")]
pub enum StatementStats {
    /// Nobody in the scope rated it.
    #[default]
    Unrated,
    /// Rated, but by too few of a function (see [`hides`]): only the count may be shown.
    Hidden { rated: usize },
    Shown {
        rated: usize,
        mean: f64,
        /// Population standard deviation of the ratings.
        spread: f64,
    },
}

impl StatementStats {
    /// From the count, sum and sum of squares of the ratings (integer sums keep the result
    /// independent of the order responses arrive in), and whether [`hides`] hides them.
    pub fn from_sums(rated: usize, sum: u64, sum_of_squares: u64, hidden: bool) -> Self {
        if rated == 0 {
            return Self::Unrated;
        }
        if hidden {
            return Self::Hidden { rated };
        }
        let n = rated as f64;
        let mean = sum as f64 / n;
        let variance = (sum_of_squares as f64 / n - mean * mean).max(0.0);
        Self::Shown {
            rated,
            mean,
            spread: variance.sqrt(),
        }
    }

    /// How many rated it; said even when the mean is hidden.
    pub fn rated(self) -> usize {
        match self {
            Self::Unrated => 0,
            Self::Hidden { rated } | Self::Shown { rated, .. } => rated,
        }
    }

    /// `None` when nobody rated it or it is hidden.
    pub fn mean(self) -> Option<f64> {
        match self {
            Self::Shown { mean, .. } => Some(mean),
            Self::Unrated | Self::Hidden { .. } => None,
        }
    }

    /// `None` when nobody rated it or it is hidden.
    pub fn spread(self) -> Option<f64> {
        match self {
            Self::Shown { spread, .. } => Some(spread),
            Self::Unrated | Self::Hidden { .. } => None,
        }
    }

    pub fn is_hidden(self) -> bool {
        matches!(self, Self::Hidden { .. })
    }

    /// The mean as a table cell in `language`: "3.50", "2 rated" when hidden, a dash when
    /// nobody rated it. Screens and exports write it the same way.
    pub fn mean_cell(self, language: Language) -> String {
        match self {
            Self::Shown { mean, .. } => language.decimal(mean, 2),
            Self::Hidden { rated } => {
                language.text_with("statement-rated", &[("count", rated.into())])
            }
            Self::Unrated => String::from("–"),
        }
    }
}

/// Whether a statement's figures in `scope` are hidden, from how many of each function rated
/// it: a function's own when 1 to floor − 1 of its people did; the overall ones when either
/// function's are, since the overall mean and the other function's would give the hidden one
/// away by subtraction. A function nobody of which rated it hides nothing.
pub fn hides(floor: AnonymityFloor, scope: Scope, sales: usize, product: usize) -> bool {
    let too_few = |rated: usize| rated > 0 && !floor.is_reached_by(rated);
    match scope {
        Scope::Sales => too_few(sales),
        Scope::Product => too_few(product),
        Scope::Overall => too_few(sales) || too_few(product),
    }
}

#[cfg(test)]
mod tests {
    use super::{Scope, StatementStats, hides};
    use crate::domain::AnonymityFloor;

    #[test]
    fn a_function_with_too_few_raters_hides_its_own_mean_and_the_overall_one() {
        let floor = AnonymityFloor::default();
        assert!(hides(floor, Scope::Sales, 2, 5));
        assert!(!hides(floor, Scope::Product, 2, 5));
        assert!(hides(floor, Scope::Overall, 2, 5));
        // Nobody rated it in product: nothing to subtract, nothing hidden.
        assert!(!hides(floor, Scope::Overall, 3, 0));
        assert!(!hides(floor, Scope::Product, 3, 0));
        assert!(!hides(floor, Scope::Overall, 0, 0));
    }

    #[test]
    fn hidden_figures_keep_only_the_count() {
        let hidden = StatementStats::from_sums(2, 7, 25, true);
        assert_eq!(hidden, StatementStats::Hidden { rated: 2 });
        assert_eq!(
            (hidden.mean(), hidden.spread(), hidden.rated()),
            (None, None, 2)
        );
        assert_eq!(
            StatementStats::from_sums(0, 0, 0, true),
            StatementStats::Unrated
        );
    }
}
