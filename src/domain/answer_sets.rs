//! Answers as multisets: the same answer may be given twice, and counts, not sets, say how
//! many. What the merge of two workshops counts with.

use std::collections::BTreeMap;

use super::response::{Response, Responses};

/// Each answer as often as base has it, plus what either side added, minus what either
/// removed: answers added on both sides are all kept.
pub(super) fn merge_answers(base: &Responses, mine: &Responses, theirs: &Responses) -> Responses {
    let mut counts: BTreeMap<&Response, i64> = BTreeMap::new();
    for response in mine.iter().chain(theirs.iter()) {
        *counts.entry(response).or_insert(0) += 1;
    }
    for response in base {
        *counts.entry(response).or_insert(0) -= 1;
    }
    counts
        .into_iter()
        .flat_map(|(response, count)| {
            std::iter::repeat_n(response.clone(), usize::try_from(count).unwrap_or(0))
        })
        .collect()
}

/// How many answers `after` has that `before` has not, and the other way round.
pub(super) fn answer_difference(before: &Responses, after: &Responses) -> (usize, usize) {
    let mut counts: BTreeMap<&Response, i64> = BTreeMap::new();
    for response in after {
        *counts.entry(response).or_insert(0) += 1;
    }
    for response in before {
        *counts.entry(response).or_insert(0) -= 1;
    }
    counts.values().fold((0, 0), |(added, removed), count| {
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
    let mut counts: BTreeMap<&Response, (usize, usize)> = BTreeMap::new();
    for response in a {
        counts.entry(response).or_default().0 += 1;
    }
    for response in b {
        counts.entry(response).or_default().1 += 1;
    }
    counts
        .into_iter()
        .flat_map(|(response, (in_a, in_b))| std::iter::repeat_n(response.clone(), in_a.min(in_b)))
        .collect()
}

/// Each answer of `all` as often as it is there beyond `part`.
pub(super) fn difference(all: &Responses, part: &Responses) -> Responses {
    let mut counts: BTreeMap<&Response, i64> = BTreeMap::new();
    for response in all {
        *counts.entry(response).or_insert(0) += 1;
    }
    for response in part {
        *counts.entry(response).or_insert(0) -= 1;
    }
    counts
        .into_iter()
        .flat_map(|(response, count)| {
            std::iter::repeat_n(response.clone(), usize::try_from(count).unwrap_or(0))
        })
        .collect()
}
