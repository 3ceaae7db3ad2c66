//! A workshop whose findings fire on one branch of an *or*, and whose one nearly-fired rule
//! is stopped by one part of an *and*: what every screen, export and `tandem classify` must
//! show as evidence, and what none of them may show.

use tandem::domain::{Function, Relationship, Workshop};

use super::respond;

/// Five sales answers: 2 "constant friction" (level 3), 2 "lacking alignment" (2), 1 "mostly
/// aligned" (1): mean level 11 / 5 = 2.20, constant share 2 / 5 = 40.0%. Five product
/// answers, all "mostly aligned": mean level 1.00, constant share 0.0%.
///
/// - "Constant friction" (≥ 10% in either function) fires on sales' 40.0% alone; product's
///   0.0% is no reason.
/// - "The teams see it differently" (gap ≤ −1.00 or ≥ +1.00) fires on 2.20 − 1.00 = +1.20
///   ≥ +1.00 alone.
/// - "Nobody knows who decides" (`who_decides` ≥ 3.50 and `resolution` < 3.00) nearly
///   fires: `who_decides` is 4,4,3,3,3 in each function, (2·17) / 10 = 3.40, 0.10 short
///   (2.5% of the 1–5 range); `resolution` is 2 for everyone, which holds and stopped nothing.
///
/// Every other statement is skipped, so no other statement rule can fire; the overall
/// dysfunction share is 4 / 10 = 40.0% and the aligned share 6 / 10 = 60.0%, neither close.
/// Overall: toxic, weight 2 + 1 = 3 against 0.
pub fn one_true_branch() -> Workshop {
    let decides = |rating| [("who_decides", rating), ("resolution", 2)];
    let answers = |function| {
        [
            (Relationship::ConstantFriction, 4),
            (Relationship::ConstantFriction, 4),
            (Relationship::LackingAlignment, 3),
            (Relationship::LackingAlignment, 3),
            (Relationship::MostlyAligned, 3),
        ]
        .into_iter()
        .map(move |(relationship, rating)| {
            let relationship = if function == Function::Sales {
                relationship
            } else {
                Relationship::MostlyAligned
            };
            respond(function, relationship, &decides(rating), &[])
        })
    };
    let mut workshop =
        super::workshop_of(answers(Function::Sales).chain(answers(Function::Product)));
    workshop.meta.title = String::from("One true branch");
    workshop.revealed = true;
    workshop
}

/// The branch of "Constant friction" that held.
pub const SALES_CONSTANT: &str =
    "Sales' share answering “Constant state of friction” is 40.0%, at or above 10.0%";
/// The branch that did not: never shown as a reason.
pub const PRODUCT_CONSTANT: &str =
    "Product's share answering “Constant state of friction” is 0.0%, below 10.0%";
/// The branch of "The teams see it differently" that held.
pub const GAP_HELD: &str =
    "The perception gap (sales' mean friction level minus product's) is +1.20, at or above +1.00";
/// The branch that did not.
pub const GAP_NOT: &str =
    "The perception gap (sales' mean friction level minus product's) is +1.20, above -1.00";
/// What stopped "Nobody knows who decides", and how far it was.
pub const DECIDES_SHORT: &str =
    "The average for “Unclear who decides” is 3.40; it fires at 3.50 or more — 0.10 away";
/// The part of it that held: not what stopped it.
pub const SETTLE_HELD: &str = "The average for “A way to settle” is 2.00, below 3.00";
