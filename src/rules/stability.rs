//! How much each verdict and finding hinges on one person: leave-one-out. For each response,
//! the workshop is classified as if it had not answered; a verdict is robust when no single
//! answer left out turns it from healthy to toxic or back, a rule when no single answer left
//! out changes whether it fires. A removal that takes a function below the anonymity floor
//! is not counted: that workshop's verdict would be "too few responses", not the other one.
//!
//! Fast because nothing is recounted: each removal subtracts one row from the sums
//! (`metrics::leave_one_out`) and evaluates rules resolved once to places in those sums.

use super::evaluation::Verdict;
use super::resolved::ResolvedCondition;
use super::rule::Signal;
use super::rule_set::RuleSet;
use crate::domain::{AnonymityFloor, Workshop};
use crate::metrics::Scope;
use crate::metrics::leave_one_out::{ScopeTallies, WithoutOne};

/// Leave-one-out of the three verdicts of a workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct Stability {
    pub overall: ScopeStability,
    pub sales: ScopeStability,
    pub product: ScopeStability,
}

/// Leave-one-out of one scope's verdict and of each rule evaluated in it.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeStability {
    pub scope: Scope,
    /// The answers in this scope (the whole workshop's, or one function's).
    pub answers: usize,
    /// How many of them could be left out without taking a function below the floor.
    pub checked: usize,
    /// How many single answers, left out, turn the verdict from healthy to toxic or back;
    /// `None` when the verdict is insufficient.
    pub flips: Option<usize>,
    /// Each rule the verdict evaluates, in the rules' order; empty when insufficient.
    pub rules: Vec<RuleStability>,
}

/// Whether one rule still fires (or still does not) without any one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleStability {
    pub rule: String,
    /// Whether it fired with every answer.
    pub fired: bool,
    /// How many single answers, left out, change whether it fires.
    pub changes: usize,
}

impl RuleStability {
    pub fn robust(&self) -> bool {
        self.changes == 0
    }
}

impl ScopeStability {
    /// `Some(true)` when no single answer left out flips the verdict; `None` when insufficient.
    pub fn robust(&self) -> Option<bool> {
        self.flips.map(|flips| flips == 0)
    }

    pub fn rule(&self, id: &str) -> Option<&RuleStability> {
        self.rules.iter().find(|rule| rule.rule == id)
    }
}

impl Stability {
    pub fn scope(&self, scope: Scope) -> &ScopeStability {
        match scope {
            Scope::Overall => &self.overall,
            Scope::Sales => &self.sales,
            Scope::Product => &self.product,
        }
    }
}

/// A rule ready to be evaluated on sums.
struct Ready {
    condition: ResolvedCondition,
    signal: Signal,
    weight: u32,
}

/// One scope's counts while the answers are left out one by one.
struct Count {
    scope: Scope,
    /// Indices of the rules this scope evaluates.
    rules: Vec<usize>,
    verdict: Verdict,
    fired: Vec<bool>,
    changes: Vec<usize>,
    flips: usize,
    checked: usize,
}

impl Count {
    fn new(scope: Scope, rule_set: &RuleSet, ready: &[Ready], all: &WithoutOne<'_>) -> Self {
        let rules: Vec<usize> = rule_set
            .rules
            .iter()
            .enumerate()
            // As the verdict does: rules comparing the functions count overall only.
            .filter(|(_, rule)| scope == Scope::Overall || !rule.is_overall_only())
            .map(|(index, _)| index)
            .collect();
        let mut fired = vec![false; rules.len()];
        let verdict = evaluate(scope, &rules, ready, all, &mut fired);
        Self {
            scope,
            changes: vec![0; rules.len()],
            rules,
            verdict,
            fired,
            flips: 0,
            checked: 0,
        }
    }

    /// Counts one answer left out; `scratch` holds the rules' firing, reused for every answer.
    fn left_out(&mut self, ready: &[Ready], without: &WithoutOne<'_>, scratch: &mut [bool]) {
        let scratch = scratch.get_mut(..self.rules.len()).unwrap_or_default();
        let verdict = evaluate(self.scope, &self.rules, ready, without, scratch);
        self.checked += 1;
        self.flips += usize::from(verdict != self.verdict);
        for ((changes, before), now) in self.changes.iter_mut().zip(&self.fired).zip(scratch) {
            *changes += usize::from(before != now);
        }
    }

    fn finish(self, rule_set: &RuleSet, answers: usize) -> ScopeStability {
        ScopeStability {
            scope: self.scope,
            answers,
            checked: self.checked,
            flips: Some(self.flips),
            rules: self
                .rules
                .iter()
                .zip(self.fired)
                .zip(self.changes)
                .filter_map(|((index, fired), changes)| {
                    Some(RuleStability {
                        rule: rule_set.rules.get(*index)?.id.clone(),
                        fired,
                        changes,
                    })
                })
                .collect(),
        }
    }
}

/// The verdict of `scope` on `sums`, writing whether each of `rules` fired into `fired`.
fn evaluate(
    scope: Scope,
    rules: &[usize],
    ready: &[Ready],
    sums: &WithoutOne<'_>,
    fired: &mut [bool],
) -> Verdict {
    let (mut healthy, mut toxic) = (0, 0);
    for (index, fired) in rules.iter().zip(fired) {
        let Some(rule) = ready.get(*index) else {
            continue;
        };
        *fired = rule.condition.holds(sums, scope) == Some(true);
        if *fired {
            match rule.signal {
                Signal::Healthy => healthy += rule.weight,
                Signal::Toxic => toxic += rule.weight,
            }
        }
    }
    Verdict::weighing(healthy, toxic)
}

fn floor_reached(floor: AnonymityFloor, sums: &WithoutOne<'_>) -> bool {
    floor.is_reached_by(sums.sales.respondents) && floor.is_reached_by(sums.product.respondents)
}

/// Leave-one-out of every verdict and rule of `workshop` under `rules`: one pass over its
/// answers, computed when the workshop changes.
pub fn leave_one_out(workshop: &Workshop, rules: &RuleSet) -> Stability {
    let questionnaire = &workshop.questionnaire;
    let table = workshop.responses.table();
    let floor = workshop.settings.anonymity_floor;
    let sums = ScopeTallies::of(questionnaire, table, floor);
    let answers = [
        sums.overall.respondents,
        sums.sales.respondents,
        sums.product.respondents,
    ];
    if !floor_reached(floor, &sums.all()) {
        let [overall, sales, product] =
            [Scope::Overall, Scope::Sales, Scope::Product].map(|scope| ScopeStability {
                scope,
                answers: answers[scope_index(scope)],
                checked: 0,
                flips: None,
                rules: Vec::new(),
            });
        return Stability {
            overall,
            sales,
            product,
        };
    }
    let ready: Vec<Ready> = rules
        .rules
        .iter()
        .map(|rule| Ready {
            condition: ResolvedCondition::new(&rule.when, questionnaire),
            signal: rule.signal,
            weight: rule.weight.value(),
        })
        .collect();
    let mut counts = [Scope::Overall, Scope::Sales, Scope::Product]
        .map(|scope| Count::new(scope, rules, &ready, &sums.all()));
    let mut scratch = vec![false; ready.len()];
    sums.each_left_out(questionnaire, table, |without| {
        if !floor_reached(floor, without) {
            return;
        }
        // The other function's sums did not change, so neither did its verdict.
        for scope in [Scope::Overall, Scope::of(without.function)] {
            if let Some(count) = counts.get_mut(scope_index(scope)) {
                count.left_out(&ready, without, &mut scratch);
            }
        }
    });
    let [overall, sales, product] = counts;
    Stability {
        overall: overall.finish(rules, answers[0]),
        sales: sales.finish(rules, answers[1]),
        product: product.finish(rules, answers[2]),
    }
}

fn scope_index(scope: Scope) -> usize {
    match scope {
        Scope::Overall => 0,
        Scope::Sales => 1,
        Scope::Product => 2,
    }
}
