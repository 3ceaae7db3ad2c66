//! A workshop of five sales and five product answers, against the examples' 34–37: the
//! comparison's chance test says what such a small workshop can and cannot show.

use tandem::domain::{Date, Function, Workshop};

use super::{Q2, example};

/// Five sales and five product answers of the second example, spread over its answers
/// (which are stored sorted, least friction first), dated after the third: sales' friction
/// levels 0, 1, 1, 2, 3 (1.40), product's 0, 1, 1, 2, 2 (1.20).
pub fn five_and_five() -> Workshop {
    let mut workshop = example(Q2);
    let picks = |function: Function, places: [usize; 5]| {
        let answers: Vec<_> = workshop
            .responses
            .iter()
            .filter(|response| response.function == function)
            .cloned()
            .collect();
        places.map(|place| answers[place].clone())
    };
    let sales = picks(Function::Sales, [2, 7, 12, 15, 18]);
    let product = picks(Function::Product, [1, 5, 9, 12, 14]);
    workshop.responses = sales.into_iter().chain(product).collect::<Vec<_>>().into();
    workshop.meta.title = String::from("Sales & Product pulse, November 2026");
    workshop.meta.date = Date::new(2026, 11, 19).unwrap();
    workshop.actions.clear();
    workshop
}

/// The same answers seven times over: 35 sales and 35 product answers, the same means.
pub fn five_and_five_seven_times() -> Workshop {
    let mut workshop = five_and_five();
    let answers: Vec<_> = workshop.responses.iter().cloned().collect();
    workshop.responses = (0..7)
        .flat_map(|_| answers.iter().cloned())
        .collect::<Vec<_>>()
        .into();
    workshop.meta.title = String::from("Sales & Product alignment, November 2026");
    workshop
}
