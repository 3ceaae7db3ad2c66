//! Answers as multisets: the same answer may be given twice, and counts, not sets, say how
//! many. What the merge of two workshops counts with.

use std::collections::BTreeMap;

use super::response::{Response, Responses};

/// How often each answer is in `plus` minus how often it is in `minus`.
fn signed_counts<'a>(
    plus: &[&'a Responses],
    minus: &[&'a Responses],
) -> BTreeMap<&'a Response, i64> {
    let mut counts: BTreeMap<&Response, i64> = BTreeMap::new();
    for response in plus.iter().flat_map(|answers| answers.iter()) {
        *counts.entry(response).or_insert(0) += 1;
    }
    for response in minus.iter().flat_map(|answers| answers.iter()) {
        *counts.entry(response).or_insert(0) -= 1;
    }
    counts
}

/// Each answer as often as its count, where that is above zero.
fn positive(counts: BTreeMap<&Response, i64>) -> Responses {
    counts
        .into_iter()
        .flat_map(|(response, count)| {
            std::iter::repeat_n(response.clone(), usize::try_from(count).unwrap_or(0))
        })
        .collect()
}

/// Each answer as often as base has it, plus what either side added, minus what either
/// removed: answers added on both sides are all kept.
pub(super) fn merge_answers(base: &Responses, mine: &Responses, theirs: &Responses) -> Responses {
    positive(signed_counts(&[mine, theirs], &[base]))
}

/// How many answers `after` has that `before` has not, and the other way round.
pub(super) fn answer_difference(before: &Responses, after: &Responses) -> (usize, usize) {
    signed_counts(&[after], &[before])
        .values()
        .fold((0, 0), |(added, removed), count| {
            let size = usize::try_from(count.unsigned_abs()).unwrap_or(usize::MAX);
            if *count > 0 {
                (added + size, removed)
            } else {
                (added, removed + size)
            }
        })
}

/// Each answer as often as both have it.
pub(super) fn intersection(a: &Responses, b: &Responses) -> Responses {
    // What `a` has beyond `b`, taken from `a`, leaves what both have.
    difference(a, &difference(a, b))
}

/// Each answer of `all` as often as it is there beyond `part`.
pub(super) fn difference(all: &Responses, part: &Responses) -> Responses {
    positive(signed_counts(&[all], &[part]))
}
