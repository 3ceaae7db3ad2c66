//! Leave-one-out sums: for each response, the sums of every scope as if it had not answered.
//! One response is one row of the answer table, so leaving it out is subtracting its row from
//! its function's sums and the overall sums: no recount, and no allocation per response.

use super::scope::Scope;
use super::statement_stats::{StatementStats, hides};
use super::tally::{TableColumns, Tally, tally_rows};
use crate::domain::response::AnswerTable;
use crate::domain::{AnonymityFloor, Function, Questionnaire};

/// The sums of the three scopes with one response left out.
pub struct WithoutOne<'a> {
    /// The function of the response left out: only its scope and the overall one changed.
    pub function: Function,
    pub overall: &'a Tally,
    pub sales: &'a Tally,
    pub product: &'a Tally,
    pub floor: AnonymityFloor,
}

impl WithoutOne<'_> {
    /// The scope's sums.
    pub fn scope(&self, scope: Scope) -> &Tally {
        match scope {
            Scope::Overall => self.overall,
            Scope::Sales => self.sales,
            Scope::Product => self.product,
        }
    }

    /// Whether the `index`th statement's figures in `scope` are hidden by the per-statement
    /// floor (`statement_stats::hides`).
    pub fn hides(&self, scope: Scope, index: usize) -> bool {
        let rated = |tally: &Tally| tally.ratings.get(index).map_or(0, |entry| entry.0);
        hides(self.floor, scope, rated(self.sales), rated(self.product))
    }

    /// The `index`th statement's figures in `scope`, as `WorkshopMetrics` has them; `None`
    /// when the questionnaire has no such statement.
    pub fn statement(&self, scope: Scope, index: usize) -> Option<StatementStats> {
        let (rated, sum, squares) = *self.scope(scope).ratings.get(index)?;
        Some(StatementStats::from_sums(
            rated,
            sum,
            squares,
            self.hides(scope, index),
        ))
    }
}

/// The sums of the three scopes of a whole workshop: its sales and product answers, and both.
pub struct ScopeTallies {
    pub overall: Tally,
    pub sales: Tally,
    pub product: Tally,
    /// The anonymity floor, which statements' figures are held to as well.
    pub floor: AnonymityFloor,
}

impl ScopeTallies {
    /// One pass over the answer table, as `WorkshopMetrics::compute` makes it.
    pub fn of(questionnaire: &Questionnaire, table: &AnswerTable, floor: AnonymityFloor) -> Self {
        let [sales, product] = tally_rows(questionnaire, table, |function| {
            Some(match function {
                Function::Sales => 0,
                Function::Product => 1,
            })
        });
        Self {
            overall: sales.merged(&product),
            sales,
            product,
            floor,
        }
    }

    /// The whole workshop, as a `WithoutOne` that leaves nobody out.
    pub fn all(&self) -> WithoutOne<'_> {
        WithoutOne {
            function: Function::Sales,
            overall: &self.overall,
            sales: &self.sales,
            product: &self.product,
            floor: self.floor,
        }
    }

    /// Calls `visit` once per row of `table`, in table order, with the sums without that row.
    /// The buffers are made once; each row costs two subtractions of a tally.
    pub fn each_left_out(
        &self,
        questionnaire: &Questionnaire,
        table: &AnswerTable,
        mut visit: impl FnMut(&WithoutOne<'_>),
    ) {
        let columns = TableColumns::new(questionnaire, table);
        let mut row_sums = Tally::new(questionnaire);
        let mut function_sums = Tally::new(questionnaire);
        let mut overall_sums = Tally::new(questionnaire);
        for (row, (function, relationship)) in table.answers.iter().enumerate() {
            clear(&mut row_sums);
            // The very code that counted the row, so what is taken out is what was put in.
            row_sums.add_row(
                *relationship,
                table.ratings_row(row),
                table.sources_row(row),
                &columns,
            );
            let (sales, product) = match function {
                Function::Sales => {
                    subtract(&self.sales, &row_sums, &mut function_sums);
                    (&function_sums, &self.product)
                }
                Function::Product => {
                    subtract(&self.product, &row_sums, &mut function_sums);
                    (&self.sales, &function_sums)
                }
            };
            subtract(&self.overall, &row_sums, &mut overall_sums);
            visit(&WithoutOne {
                function: *function,
                overall: &overall_sums,
                sales,
                product,
                floor: self.floor,
            });
        }
    }
}

fn clear(tally: &mut Tally) {
    tally.respondents = 0;
    tally.relationship_counts = [0; 4];
    tally.friction_sum = 0;
    tally.ratings.fill((0, 0, 0));
    tally.spillover_base = 0;
    tally.spillover_count = 0;
    tally.sources.fill(0);
}

/// `into = from − part`, where `part` is a row counted into `from`, so nothing underflows.
fn subtract(from: &Tally, part: &Tally, into: &mut Tally) {
    into.respondents = from.respondents - part.respondents;
    for ((into, from), part) in into
        .relationship_counts
        .iter_mut()
        .zip(from.relationship_counts)
        .zip(part.relationship_counts)
    {
        *into = from - part;
    }
    into.friction_sum = from.friction_sum - part.friction_sum;
    for ((into, from), part) in into
        .ratings
        .iter_mut()
        .zip(&from.ratings)
        .zip(&part.ratings)
    {
        *into = (from.0 - part.0, from.1 - part.1, from.2 - part.2);
    }
    into.spillover_base = from.spillover_base - part.spillover_base;
    into.spillover_count = from.spillover_count - part.spillover_count;
    for ((into, from), part) in into
        .sources
        .iter_mut()
        .zip(&from.sources)
        .zip(&part.sources)
    {
        *into = from - part;
    }
}
