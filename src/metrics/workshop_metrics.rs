use serde::Serialize;

use super::leave_one_out::ScopeTallies;
use super::scope::Scope;
use super::scope_metrics::ScopeMetrics;
use crate::domain::response::AnswerTable;
use crate::domain::{AnonymityFloor, Questionnaire, Workshop};

/// Every metric of a workshop, for the three scopes, and the gaps between the functions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkshopMetrics {
    pub overall: ScopeMetrics,
    pub sales: ScopeMetrics,
    pub product: ScopeMetrics,
}

impl WorkshopMetrics {
    /// One pass over the workshop's answer table, its anonymity floor applied to each
    /// statement too.
    pub fn compute(workshop: &Workshop) -> Self {
        Self::of_table(
            &workshop.questionnaire,
            workshop.responses.table(),
            workshop.settings.anonymity_floor,
        )
    }

    /// The metrics of an answer table under `floor`; the overall scope is the two
    /// functions' sums together. A statement's mean and spread are kept only where
    /// `statement_stats::hides` allows, the very rule leave-one-out reads.
    pub fn of_table(
        questionnaire: &Questionnaire,
        table: &AnswerTable,
        floor: AnonymityFloor,
    ) -> Self {
        let sums = ScopeTallies::of(questionnaire, table, floor);
        let all = sums.all();
        let scope = |scope: Scope| {
            ScopeMetrics::from_tally(questionnaire, all.scope(scope), |index| {
                all.hides(scope, index)
            })
        };
        Self {
            overall: scope(Scope::Overall),
            sales: scope(Scope::Sales),
            product: scope(Scope::Product),
        }
    }

    pub fn scope(&self, scope: Scope) -> &ScopeMetrics {
        match scope {
            Scope::Overall => &self.overall,
            Scope::Sales => &self.sales,
            Scope::Product => &self.product,
        }
    }

    /// Sales' mean friction level minus product's: positive when sales sees more friction.
    pub fn perception_gap(&self) -> Option<f64> {
        Some(self.sales.friction_level? - self.product.friction_level?)
    }

    /// Sales' mean rating of a statement minus product's; `None` when either is hidden.
    pub fn statement_gap(&self, statement: &str) -> Option<f64> {
        Some(self.sales.mean(statement)? - self.product.mean(statement)?)
    }
}
