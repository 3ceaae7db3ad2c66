use serde::Serialize;

use super::scope_metrics::ScopeMetrics;
use super::tally::tally_rows;
use crate::domain::{Function, Workshop};

/// Where a metric is measured: the whole workshop, or one function's answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Overall,
    Sales,
    Product,
}

impl Scope {
    pub const ALL: [Self; 3] = [Self::Overall, Self::Sales, Self::Product];

    pub fn of(function: Function) -> Self {
        match function {
            Function::Sales => Self::Sales,
            Function::Product => Self::Product,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Overall => "overall",
            Self::Sales => "sales",
            Self::Product => "product",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Overall => "Overall",
            Self::Sales => "Sales",
            Self::Product => "Product",
        }
    }
}

/// Every metric of a workshop, for the three scopes, and the gaps between the functions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkshopMetrics {
    pub overall: ScopeMetrics,
    pub sales: ScopeMetrics,
    pub product: ScopeMetrics,
}

impl WorkshopMetrics {
    /// One pass over the workshop's answer table; the overall scope is the two functions'
    /// sums together.
    pub fn compute(workshop: &Workshop) -> Self {
        let questionnaire = &workshop.questionnaire;
        let [sales, product] = tally_rows(questionnaire, workshop.responses.table(), |function| {
            Some(match function {
                Function::Sales => 0,
                Function::Product => 1,
            })
        });
        Self {
            overall: ScopeMetrics::from_tally(questionnaire, &sales.merged(&product)),
            sales: ScopeMetrics::from_tally(questionnaire, &sales),
            product: ScopeMetrics::from_tally(questionnaire, &product),
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

    /// Sales' mean rating of a statement minus product's.
    pub fn statement_gap(&self, statement: &str) -> Option<f64> {
        Some(self.sales.mean(statement)? - self.product.mean(statement)?)
    }
}
