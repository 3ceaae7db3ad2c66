//! A workshop where one function's mean of one statement is hidden by the per-statement
//! floor (PRODUCT.md §7), for the checks that no screen, export or report shows it.
#![allow(dead_code, reason = "each test binary uses some of the shared helpers")]

use tandem::domain::{Function, Relationship, Workshop};

/// The statement whose sales mean is hidden.
pub const HIDDEN: &str = "trust";
/// Its hidden sales mean, (4 + 5) / 2, as English and German write it; it is also what
/// the overall mean would be, since no product person rated it.
pub const HIDDEN_MEAN: [&str; 2] = ["4.50", "4,50"];
/// The same, as the metrics CSV would write it.
pub const HIDDEN_MEAN_CSV: &str = "4.500000";
/// What its cell says instead, in English.
pub const HIDDEN_CELL: &str = "2 rated";

/// 5 sales and 5 product people, floor 3, revealed, every one "mostly aligned":
///
/// | statement     | sales                   | product        | overall          | gap   |
/// |---------------|-------------------------|----------------|------------------|-------|
/// | `task_debate` | 3 × 5 → 3.00            | 3 × 5 → 3.00   | 3.00             | +0.00 |
/// | `personal`    | 2 × 5 → 2.00            | 1 × 5 → 1.00   | 1.50             | +1.00 |
/// | `horizons`    | 4 × 5 → 4.00            | nobody         | 4.00 (shown)     | –     |
/// | `trust`       | 4, 5 (2 of 5) → hidden  | nobody         | hidden           | –     |
///
/// Unhidden, sales' trust would be 4.50 and fire "High trust" (≥ 3.5) on sales' answers
/// and overall; hidden, that rule is unknown in every scope. Productive task conflict
/// (`task_debate` 3.00 in 2.5–4, `personal` below 2.5) and the aligned share (100%) fire:
/// healthy.
pub fn sales_trust_of_two() -> Workshop {
    let sales = (0..5).map(|person| {
        let mut ratings = vec![("task_debate", 3), ("personal", 2), ("horizons", 4)];
        match person {
            0 => ratings.push(("trust", 4)),
            1 => ratings.push(("trust", 5)),
            _ => {}
        }
        super::respond(Function::Sales, Relationship::MostlyAligned, &ratings, &[])
    });
    let product = (0..5).map(|_| {
        super::respond(
            Function::Product,
            Relationship::MostlyAligned,
            &[("task_debate", 3), ("personal", 1)],
            &[],
        )
    });
    let mut workshop = super::workshop_of(sales.chain(product));
    workshop.meta.title = String::from("Statement floor");
    workshop.revealed = true;
    workshop
}

/// The same workshop a quarter later, where all five sales people rated trust 2: its
/// overall trust mean (2.00) is shown, and the earlier one is not, so nothing compares.
pub fn sales_trust_of_five_later() -> Workshop {
    let mut workshop = sales_trust_of_two();
    workshop.meta.date = "2026-07-01".parse().unwrap();
    let answers: Vec<_> = workshop
        .responses
        .iter()
        .cloned()
        .map(|mut response| {
            if response.function == Function::Sales {
                response.ratings.insert(
                    String::from(HIDDEN),
                    tandem::domain::Rating::new(2).unwrap(),
                );
            }
            response
        })
        .collect();
    workshop.responses = answers.into();
    workshop
}

/// Whether `text` shows the hidden mean in any of the ways it is written.
pub fn shows_the_hidden_mean(text: &str) -> bool {
    HIDDEN_MEAN.iter().any(|mean| text.contains(mean)) || text.contains(HIDDEN_MEAN_CSV)
}
