//! The comparison's chance test on hand-computed cases, against every arrangement dealt
//! one by one, and for determinism.

use tandem::compare::chance::{Method, Statistic, Stratum, sampled_test, test};
use tandem::domain::SplitMix64;

fn one_team(before: &[u8], after: &[u8]) -> [Stratum; 1] {
    [Stratum {
        before: before.to_vec(),
        after: after.to_vec(),
    }]
}

/// Sales' friction levels 0, 1, 1 before and 1, 2, 2 after: the mean rose from 0.67 to 1.67
/// (+1.00). The six answers (0, 1, 1, 1, 2, 2; sum 7) can be dealt 3 + 3 in C(6, 3) = 20
/// ways. The change is (after sum − before sum) / 3 = (2 × after sum − 7) / 3; it was
/// (10 − 7) / 3 = +1.00, so "at least as far" is an after sum of 5 or more, or 2 or less:
/// - sum 5: a 1 and both 2s, 3 ways (which of the three 1s);
/// - sum 2: the 0 and two of the three 1s, 3 ways.
///
/// p = 6 / 20 = 0.30: could be chance.
#[test]
fn three_against_three_counts_all_twenty_splits_as_by_hand() {
    let result = test(&one_team(&[0, 1, 1], &[1, 2, 2]), Statistic::MeanDifference).unwrap();
    assert_eq!(result.method, Method::Exact);
    assert!((result.p_value - 6.0 / 20.0).abs() < 1e-12, "{result:?}");
    assert!(!result.likely_real());
}

/// The largest change three answers can show: 0, 1, 1 before, 2, 3, 3 after (0.67 → 2.67).
/// Of the 20 ways to deal 0, 1, 1, 2, 3, 3 out 3 + 3, only the real one and its mirror
/// (0, 1, 1 after) move the mean 2.00 or more: p = 2 / 20 = 0.10. With three answers a side
/// no change can be called real.
#[test]
fn with_three_answers_a_side_even_the_largest_change_could_be_chance() {
    let result = test(&one_team(&[0, 1, 1], &[2, 3, 3]), Statistic::MeanDifference).unwrap();
    assert!((result.p_value - 2.0 / 20.0).abs() < 1e-12, "{result:?}");
    assert!(!result.likely_real());
}

/// Five a side: 0, 0, 0, 0, 1 before and 2, 3, 3, 3, 3 after (0.20 → 2.80). Of the
/// C(10, 5) = 252 ways to deal the ten answers (sum 15), an after sum of 14 or more (only
/// 2, 3, 3, 3, 3: 1 way) or 1 or less (only 0, 0, 0, 0, 1: 1 way) moves the mean as far:
/// p = 2 / 252 = 0.0079, under 0.05: likely real.
#[test]
fn five_against_five_with_a_large_shift_is_likely_real() {
    let result = test(
        &one_team(&[0, 0, 0, 0, 1], &[2, 3, 3, 3, 3]),
        Statistic::MeanDifference,
    )
    .unwrap();
    assert!((result.p_value - 2.0 / 252.0).abs() < 1e-12, "{result:?}");
    assert!(result.likely_real());
}

#[test]
fn no_change_is_never_real_and_no_answers_is_no_test() {
    let same = test(&one_team(&[1, 2, 3], &[3, 2, 1]), Statistic::MeanDifference).unwrap();
    assert!((same.p_value - 1.0).abs() < 1e-12);
    assert!(test(&one_team(&[], &[1, 2]), Statistic::MeanDifference).is_none());
    let one_team_only = [
        Stratum {
            before: vec![1, 2],
            after: vec![2, 2],
        },
        Stratum::default(),
    ];
    assert!(test(&one_team_only, Statistic::GapWidening).is_none());
}

/// p by dealing every arrangement one by one: each subset of each team's pooled answers as
/// its after group, all teams' subsets combined.
fn dealt_one_by_one(strata: &[Stratum], statistic: Statistic) -> f64 {
    let pools: Vec<Vec<u8>> = strata
        .iter()
        .map(|s| s.before.iter().chain(&s.after).copied().collect())
        .collect();
    let splits: Vec<Vec<(Vec<u8>, Vec<u8>)>> = strata
        .iter()
        .zip(&pools)
        .map(|(stratum, pool)| {
            (0_u32..1 << pool.len())
                .filter(|mask| mask.count_ones() as usize == stratum.after.len())
                .map(|mask| {
                    let (mut before, mut after) = (Vec::new(), Vec::new());
                    for (bit, value) in pool.iter().enumerate() {
                        if mask & (1 << bit) == 0 {
                            before.push(*value);
                        } else {
                            after.push(*value);
                        }
                    }
                    (before, after)
                })
                .collect()
        })
        .collect();
    let value = |strata: &[Stratum]| -> f64 {
        let mean = |values: &[&Vec<u8>]| {
            let all: Vec<u8> = values.iter().flat_map(|v| v.iter().copied()).collect();
            all.iter().map(|v| f64::from(*v)).sum::<f64>() / all.len() as f64
        };
        match statistic {
            Statistic::MeanDifference => {
                mean(&strata.iter().map(|s| &s.after).collect::<Vec<_>>())
                    - mean(&strata.iter().map(|s| &s.before).collect::<Vec<_>>())
            }
            Statistic::GapWidening => {
                (mean(&[&strata[0].after]) - mean(&[&strata[1].after])).abs()
                    - (mean(&[&strata[0].before]) - mean(&[&strata[1].before])).abs()
            }
        }
    };
    let observed = value(strata).abs();
    let (mut hits, mut all) = (0_u64, 0_u64);
    let mut at = vec![0_usize; strata.len()];
    loop {
        let dealt: Vec<Stratum> = at
            .iter()
            .zip(&splits)
            .map(|(index, splits)| Stratum {
                before: splits[*index].0.clone(),
                after: splits[*index].1.clone(),
            })
            .collect();
        all += 1;
        // Float means: a tie with the observed value is a tie within rounding.
        if value(&dealt).abs() >= observed - 1e-9 {
            hits += 1;
        }
        let Some(next) = (0..at.len()).find(|team| at[*team] + 1 < splits[*team].len()) else {
            break;
        };
        at[next] += 1;
        at[..next].fill(0);
    }
    hits as f64 / all as f64
}

fn random_answers(rng: &mut SplitMix64, count: usize, low: u8, high: u8) -> Vec<u8> {
    (0..count)
        .map(|_| low + rng.below(usize::from(high - low) + 1) as u8)
        .collect()
}

/// Counting arrangements by their sums gives what dealing each one gives, for both
/// statistics, one team or two, on many random small cases.
#[test]
fn counting_by_sums_agrees_with_dealing_every_arrangement() {
    let mut rng = SplitMix64::new(7);
    for case in 0..60 {
        let (low, high) = if case % 2 == 0 { (0, 3) } else { (1, 5) };
        let team = |rng: &mut SplitMix64| {
            let (before, after) = (1 + rng.below(5), 1 + rng.below(5));
            Stratum {
                before: random_answers(rng, before, low, high),
                after: random_answers(rng, after, low, high),
            }
        };
        let strata = [team(&mut rng), team(&mut rng)];
        for (statistic, strata) in [
            (Statistic::MeanDifference, &strata[..1]),
            (Statistic::MeanDifference, &strata[..]),
            (Statistic::GapWidening, &strata[..]),
        ] {
            let counted = test(strata, statistic).unwrap();
            assert_eq!(counted.method, Method::Exact);
            let dealt = dealt_one_by_one(strata, statistic);
            assert!(
                (counted.p_value - dealt).abs() < 1e-9,
                "{statistic:?} {strata:?}: counted {} dealt {dealt}",
                counted.p_value
            );
        }
    }
}

/// 200 against 220 answers a team: too many to count, so 5,000 arrangements are dealt from
/// the fixed seed. Two runs give the same p to the last bit, whatever order the answers come
/// in, and it is close to the exact p of a size still counted.
#[test]
fn large_groups_are_sampled_from_a_fixed_seed_and_give_the_same_answer_every_run() {
    let mut rng = SplitMix64::new(11);
    let strata = [
        Stratum {
            before: random_answers(&mut rng, 200, 0, 3),
            after: random_answers(&mut rng, 220, 0, 3),
        },
        Stratum {
            before: random_answers(&mut rng, 200, 0, 3),
            after: random_answers(&mut rng, 220, 0, 3),
        },
    ];
    let first = test(&strata, Statistic::GapWidening).unwrap();
    assert_eq!(first.method, Method::Sampled);
    let second = test(&strata, Statistic::GapWidening).unwrap();
    assert_eq!(first.p_value.to_bits(), second.p_value.to_bits());
    let reversed: Vec<Stratum> = strata
        .iter()
        .map(|s| Stratum {
            before: s.before.iter().rev().copied().collect(),
            after: s.after.iter().rev().copied().collect(),
        })
        .collect();
    let third = test(&reversed, Statistic::GapWidening).unwrap();
    assert_eq!(first.p_value.to_bits(), third.p_value.to_bits());

    // 40 against 45: counted exactly (p = 0.7233, checked with exact integer counts), and
    // dealt at random within sampling error (5,000 draws: a standard error of 0.0063).
    let medium = [Stratum {
        before: random_answers(&mut rng, 40, 1, 5),
        after: random_answers(&mut rng, 45, 1, 5)
            .into_iter()
            .map(|v| v.saturating_add(u8::from(v < 5 && v % 2 == 0)))
            .collect(),
    }];
    let exact = test(&medium, Statistic::MeanDifference).unwrap();
    let sampled = sampled_test(&medium, Statistic::MeanDifference).unwrap();
    assert_eq!(exact.method, Method::Exact);
    assert_eq!(sampled.method, Method::Sampled);
    assert!(
        (exact.p_value - sampled.p_value).abs() < 0.025,
        "exact {} sampled {}",
        exact.p_value,
        sampled.p_value
    );
}
