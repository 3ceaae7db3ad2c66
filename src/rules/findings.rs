//! Where each rule fired: in the overall verdict, or on one function's answers alone. Every
//! view that lists findings (Diagnose, Agree, Close, the exports) reads them from here.

use super::evaluation::{Classification, RuleOutcome};
use crate::metrics::Scope;

/// A rule that fired, and on whose answers.
#[derive(Clone, Copy, Debug)]
pub struct FiredRule<'a> {
    /// `Overall` for a rule of the overall verdict; `Sales` or `Product` for a rule that
    /// fired on that function's answers alone and not overall.
    pub scope: Scope,
    pub outcome: &'a RuleOutcome,
}

impl Classification {
    /// The rules that fired on one function's answers (`Sales` or `Product`) but not overall;
    /// nothing for `Overall`.
    pub fn fired_on_function_alone(&self, function: Scope) -> impl Iterator<Item = &RuleOutcome> {
        let candidates = match function {
            Scope::Overall => None,
            function => Some(self.scope(function).fired()),
        };
        candidates.into_iter().flatten().filter(|outcome| {
            !self
                .overall
                .fired()
                .any(|overall| overall.rule == outcome.rule)
        })
    }

    /// Every finding: the rules of the overall verdict, then those that fired on sales'
    /// answers alone, then on product's.
    pub fn findings(&self) -> Vec<FiredRule<'_>> {
        let overall = self.overall.fired().map(|outcome| FiredRule {
            scope: Scope::Overall,
            outcome,
        });
        let alone = [Scope::Sales, Scope::Product]
            .into_iter()
            .flat_map(|scope| {
                self.fired_on_function_alone(scope)
                    .map(move |outcome| FiredRule { scope, outcome })
            });
        overall.chain(alone).collect()
    }
}
