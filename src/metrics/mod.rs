//! The metrics of PRODUCT.md §6, per scope (overall, sales, product). No egui here.

pub mod benchmark;
pub mod formulas;
pub mod leave_one_out;
pub mod scope;
pub mod scope_metrics;
pub mod statement_stats;
pub mod tally;
pub mod workshop_metrics;

pub use scope::Scope;
pub use scope_metrics::ScopeMetrics;
pub use statement_stats::StatementStats;
pub use workshop_metrics::WorkshopMetrics;
