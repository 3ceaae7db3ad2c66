use serde::Serialize;

use crate::domain::Function;

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
