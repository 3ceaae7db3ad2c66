//! A workshop whose verdicts split: healthy overall, toxic on the sales answers alone.

use tandem::domain::{Function, Relationship, Stage, Workshop};

use super::respond;

/// Three sales answers distrust product and let problems fester (trust and raised early both
/// 2: "Low trust" and "Problems left to fester" fire on the sales answers, toxic weight 3
/// against the healthy 1 of "Mostly aligned"); six product answers are content. Overall:
/// trust (3·2 + 6·5) / 9 = 4.00 and raised early (3·2 + 6·4) / 9 = 3.33, so neither toxic
/// rule fires and the verdict is healthy. Revealed, on the Agree stage, dated 2026-04-01.
pub fn healthy_overall_sales_toxic() -> Workshop {
    let sales = [
        ("task_debate", 3),
        ("personal", 3),
        ("trust", 2),
        ("raised_early", 2),
        ("resolution", 3),
        ("better_decisions", 3),
    ];
    let product = [
        ("task_debate", 3),
        ("personal", 1),
        ("trust", 5),
        ("raised_early", 4),
        ("resolution", 4),
        ("better_decisions", 4),
    ];
    let responses = (0..3)
        .map(|_| respond(Function::Sales, Relationship::MostlyAligned, &sales, &[]))
        .chain((0..6).map(|_| {
            respond(
                Function::Product,
                Relationship::MostlyAligned,
                &product,
                &[],
            )
        }));
    let mut workshop = super::workshop_of(responses);
    workshop.meta.title = String::from("Split verdict");
    workshop.revealed = true;
    workshop.stage = Stage::Agree;
    workshop
}
