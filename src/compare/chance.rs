//! Could a change from one workshop to the next be chance? A permutation test on the
//! people's answers: deal the answers of the two workshops out again, every way they can be
//! dealt, each team's answers only among that team and each workshop keeping its number of
//! answers, and count the arrangements that move the figure at least as far (either way) as
//! it really moved. That share is the two-sided p-value; under [`THRESHOLD`] the change is
//! likely real.
//!
//! Answers take a handful of values (0–3, 1–5), so arrangements are counted by the sums
//! they give, not one by one: exact, and under a millisecond for workshops of the size
//! Tandem is made for. Larger groups are dealt [`PERMUTATIONS`] times at random from the
//! fixed [`SEED`] instead, so every run and every machine gives the same answer.

use serde::Serialize;

use crate::domain::SplitMix64;

/// Two-sided: a change is likely real when fewer than 5 in 100 arrangements of the answers
/// move the figure at least as far.
pub const THRESHOLD: f64 = 0.05;

/// How many random arrangements are dealt when there are too many to count.
pub const PERMUTATIONS: u32 = 5_000;

/// The seed of those random arrangements: fixed, so a result can be reproduced anywhere.
pub const SEED: u64 = 0x7A4D_E3C0_2025_0025;

/// Above this much counting work in one team (states × answers, about a nanosecond each),
/// arrangements are dealt at random instead: past some 60 answers a side, dealing
/// [`PERMUTATIONS`] costs less than counting. Every workshop of the size Tandem is made for
/// (6–40 people) is counted exactly.
const EXACT_WORK: u64 = 2_000_000;

/// Above this many combinations of the teams' sums, arrangements are dealt at random.
const EXACT_PAIRS: u64 = 250_000;

/// One team's answers to one question in the two workshops: shuffled between the
/// workshops, never between the teams.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stratum {
    pub before: Vec<u8>,
    pub after: Vec<u8>,
}

impl Stratum {
    /// Both workshops' answers together, sorted: what a permutation deals out again.
    fn pooled(&self) -> Vec<u8> {
        let mut pooled: Vec<u8> = self.before.iter().chain(&self.after).copied().collect();
        pooled.sort_unstable();
        pooled
    }
}

/// The figure whose change is tested, from each team's answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statistic {
    /// The mean of all the answers after minus before (a team's friction level, a
    /// statement's mean).
    MeanDifference,
    /// How much further apart the first two teams' means are after than before:
    /// |gap after| − |gap before| (the perception gap, sales then product).
    GapWidening,
}

/// How the p-value was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Every arrangement counted.
    Exact,
    /// [`PERMUTATIONS`] random arrangements from [`SEED`].
    Sampled,
}

/// Whether a change is larger than chance would give at those sizes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChanceTest {
    /// The share of arrangements that move the figure at least as far as it moved (for
    /// [`Method::Sampled`], counting the real one: (hits + 1) / (draws + 1)).
    pub p_value: f64,
    pub method: Method,
}

impl ChanceTest {
    pub fn likely_real(&self) -> bool {
        self.p_value < THRESHOLD
    }
}

/// One team's sum and count of answers in each workshop.
#[derive(Clone, Copy, Debug)]
struct Sums {
    before: i64,
    before_count: i64,
    after: i64,
    after_count: i64,
}

/// Tests the change of `statistic` over `strata`; `None` when the figure has no value in one
/// of the workshops (no answers to average).
pub fn test(strata: &[Stratum], statistic: Statistic) -> Option<ChanceTest> {
    let observed = observed_sums(strata);
    let observed_value = scaled(statistic, &observed)?.abs();
    match exact_distributions(strata) {
        Some(distributions) => Some(exact(&distributions, &observed, statistic, observed_value)),
        None => Some(sampled(strata, &observed, statistic, observed_value)),
    }
}

/// The same test by [`PERMUTATIONS`] random arrangements whatever the sizes: what [`test`]
/// does for large groups, here to check the two against each other.
pub fn sampled_test(strata: &[Stratum], statistic: Statistic) -> Option<ChanceTest> {
    let observed = observed_sums(strata);
    let observed_value = scaled(statistic, &observed)?.abs();
    Some(sampled(strata, &observed, statistic, observed_value))
}

fn observed_sums(strata: &[Stratum]) -> Vec<Sums> {
    strata
        .iter()
        .map(|stratum| Sums {
            before: total(&stratum.before),
            before_count: count(stratum.before.len()),
            after: total(&stratum.after),
            after_count: count(stratum.after.len()),
        })
        .collect()
}

fn total(values: &[u8]) -> i64 {
    values.iter().map(|value| i64::from(*value)).sum()
}

fn count(length: usize) -> i64 {
    i64::try_from(length).unwrap_or(i64::MAX)
}

/// The statistic times the product of the group sizes, so it is an exact integer and ties
/// with the observed value are found exactly; `None` when a mean it needs has no answers.
fn scaled(statistic: Statistic, sums: &[Sums]) -> Option<i128> {
    match statistic {
        Statistic::MeanDifference => {
            let (mut before, mut before_count, mut after, mut after_count) = (0, 0, 0, 0);
            for team in sums {
                before += i128::from(team.before);
                before_count += i128::from(team.before_count);
                after += i128::from(team.after);
                after_count += i128::from(team.after_count);
            }
            (before_count > 0 && after_count > 0)
                .then(|| after * before_count - before * after_count)
        }
        Statistic::GapWidening => {
            let [first, second] = [sums.first()?, sums.get(1)?];
            let counts = [
                first.before_count,
                first.after_count,
                second.before_count,
                second.after_count,
            ];
            if counts.contains(&0) {
                return None;
            }
            let gap = |a: i64, a_count: i64, b: i64, b_count: i64| {
                (i128::from(a) * i128::from(b_count) - i128::from(b) * i128::from(a_count)).abs()
            };
            let before = gap(
                first.before,
                first.before_count,
                second.before,
                second.before_count,
            );
            let after = gap(
                first.after,
                first.after_count,
                second.after,
                second.after_count,
            );
            Some(
                after * i128::from(first.before_count) * i128::from(second.before_count)
                    - before * i128::from(first.after_count) * i128::from(second.after_count),
            )
        }
    }
}

/// For one team: each sum the after group can have, with how many arrangements give it.
type Distribution = Vec<(i64, f64)>;

/// Every team's distribution, or `None` when counting them (or their combinations) would
/// take too long.
fn exact_distributions(strata: &[Stratum]) -> Option<Vec<Distribution>> {
    let mut pairs: u64 = 1;
    let mut distributions = Vec::with_capacity(strata.len());
    for stratum in strata {
        let distribution = after_sums(stratum)?;
        pairs = pairs.saturating_mul(u64::try_from(distribution.len()).ok()?);
        distributions.push(distribution);
    }
    (pairs <= EXACT_PAIRS).then_some(distributions)
}

/// How many ways the pooled answers of a team can be dealt so that the after group sums to
/// each value: the smaller group is drawn, a value with `c` answers giving `b` of them in
/// C(c, b) ways; `None` when that is too much work.
fn after_sums(stratum: &Stratum) -> Option<Distribution> {
    let pooled = stratum.pooled();
    let draw_after = stratum.after.len() <= stratum.before.len();
    let drawn = stratum.before.len().min(stratum.after.len());
    let (low, high) = match (pooled.first(), pooled.last()) {
        (Some(low), Some(high)) => (usize::from(*low), usize::from(*high)),
        _ => return Some(vec![(0, 1.0)]),
    };
    let width = drawn * (high - low) + 1;
    let work = (drawn as u64 + 1)
        .saturating_mul(width as u64)
        .saturating_mul(pooled.len() as u64);
    if work > EXACT_WORK {
        return None;
    }
    // ways[chosen * width + shifted sum]: arrangements of the values seen so far.
    let mut ways = vec![0.0_f64; (drawn + 1) * width];
    ways[0] = 1.0;
    for run in pooled.chunk_by(|a, b| a == b) {
        let step = usize::from(run[0]) - low;
        let binomials = binomial_row(run.len(), drawn);
        let mut next = vec![0.0_f64; ways.len()];
        for chosen in 0..=drawn {
            for sum in 0..width {
                let here = ways[chosen * width + sum];
                if here == 0.0 {
                    continue;
                }
                for (taken, binomial) in binomials.iter().enumerate() {
                    let (to_chosen, to_sum) = (chosen + taken, sum + taken * step);
                    if to_chosen > drawn || to_sum >= width {
                        break;
                    }
                    next[to_chosen * width + to_sum] += here * binomial;
                }
            }
        }
        ways = next;
    }
    let pooled_total = total(&pooled);
    let shift = count(drawn) * count(low);
    Some(
        ways[drawn * width..]
            .iter()
            .enumerate()
            .filter(|(_, ways)| **ways > 0.0)
            .map(|(sum, ways)| {
                let drawn_sum = count(sum) + shift;
                let after = if draw_after {
                    drawn_sum
                } else {
                    pooled_total - drawn_sum
                };
                (after, *ways)
            })
            .collect(),
    )
}

/// The binomial coefficients C(n, 0) … C(n, m), m the smaller of n and `up_to`.
fn binomial_row(n: usize, up_to: usize) -> Vec<f64> {
    let mut row = Vec::with_capacity(n.min(up_to) + 1);
    let mut value = 1.0_f64;
    for taken in 0..=n.min(up_to) {
        row.push(value);
        value = value * (n - taken) as f64 / (taken + 1) as f64;
    }
    row
}

/// The share of all arrangements, counted by their sums, whose statistic is at least as far
/// from zero as the observed one.
fn exact(
    distributions: &[Distribution],
    observed: &[Sums],
    statistic: Statistic,
    observed_value: i128,
) -> ChanceTest {
    let mut sums = observed.to_vec();
    let (mut hits, mut all) = (0.0_f64, 0.0_f64);
    // An odometer over one sum of each team.
    let mut at = vec![0_usize; distributions.len()];
    loop {
        let mut weight = 1.0;
        for ((team, distribution), index) in sums.iter_mut().zip(distributions).zip(&at) {
            let (after, ways) = distribution[*index];
            team.before = team.before + team.after - after;
            team.after = after;
            weight *= ways;
        }
        all += weight;
        if scaled(statistic, &sums).is_some_and(|value| value.abs() >= observed_value) {
            hits += weight;
        }
        // Back to the observed sums, so each team's pooled total stays what it is.
        sums.copy_from_slice(observed);
        let Some(next) = (0..at.len()).find(|team| at[*team] + 1 < distributions[*team].len())
        else {
            break;
        };
        at[next] += 1;
        at[..next].fill(0);
    }
    ChanceTest {
        p_value: if all > 0.0 { hits / all } else { 1.0 },
        method: Method::Exact,
    }
}

/// [`PERMUTATIONS`] random arrangements from [`SEED`], the observed one counted too.
fn sampled(
    strata: &[Stratum],
    observed: &[Sums],
    statistic: Statistic,
    observed_value: i128,
) -> ChanceTest {
    let mut rng = SplitMix64::new(SEED);
    // Sorted, so the answers' order in the files cannot change the draws.
    let mut pools: Vec<Vec<u8>> = strata.iter().map(Stratum::pooled).collect();
    let mut sums = observed.to_vec();
    let mut hits: u32 = 0;
    for _ in 0..PERMUTATIONS {
        for ((pool, stratum), team) in pools.iter_mut().zip(strata).zip(&mut sums) {
            let pooled_total = team.before + team.after;
            let drawn = stratum.before.len().min(stratum.after.len());
            // A partial Fisher–Yates shuffle: the first `drawn` are a uniform random choice,
            // whatever order the pool was left in.
            for place in 0..drawn {
                let other = place + below(&mut rng, pool.len() - place);
                pool.swap(place, other);
            }
            let drawn_sum = total(&pool[..drawn]);
            team.after = if stratum.after.len() <= stratum.before.len() {
                drawn_sum
            } else {
                pooled_total - drawn_sum
            };
            team.before = pooled_total - team.after;
        }
        if scaled(statistic, &sums).is_some_and(|value| value.abs() >= observed_value) {
            hits += 1;
        }
    }
    ChanceTest {
        p_value: f64::from(hits + 1) / f64::from(PERMUTATIONS + 1),
        method: Method::Sampled,
    }
}

/// Uniform in 0..n by a multiply (Lemire's method without its rejection step: a bias of at
/// most n / 2⁶⁴), several times cheaper than a division per draw.
fn below(rng: &mut SplitMix64, n: usize) -> usize {
    let wide = u128::from(rng.next_u64()) * n as u128;
    usize::try_from(wide >> 64).unwrap_or(0)
}
