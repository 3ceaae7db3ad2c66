//! Three-way merge of a workshop: what this window changed since it last read the file,
//! laid over what was changed elsewhere since (another window, `tandem import`, a sync
//! tool). Answers are merged as a multiset, so answers added on both sides are all kept;
//! a part both sides changed differently is a conflict the facilitator decides.

use std::collections::{BTreeMap, BTreeSet};

use super::response::{Response, Responses};
use super::workshop::Workshop;
use crate::i18n::Language;

/// A part of a workshop, named so the facilitator can be told what changed or collided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopPart {
    Title,
    Organisation,
    Date,
    Facilitator,
    Expected,
    Language,
    Settings,
    TimeBoxes,
    Questionnaire,
    AnswersAdded(usize),
    AnswersRemoved(usize),
    HeldBack(usize),
    Revealed,
    Notes,
    Agreements,
    Actions,
    ParticipantMode,
    Imports,
}

impl WorkshopPart {
    pub fn describe(&self, language: Language) -> String {
        let count = |id: &str, count: usize| language.text_with(id, &[("count", count.into())]);
        match self {
            Self::Title => language.text("part-title"),
            Self::Organisation => language.text("part-organisation"),
            Self::Date => language.text("part-date"),
            Self::Facilitator => language.text("part-facilitator"),
            Self::Expected => language.text("part-expected"),
            Self::Language => language.text("part-language"),
            Self::Settings => language.text("part-settings"),
            Self::TimeBoxes => language.text("part-time-boxes"),
            Self::Questionnaire => language.text("part-questionnaire"),
            Self::AnswersAdded(added) => count("part-answers-added", *added),
            Self::AnswersRemoved(removed) => count("part-answers-removed", *removed),
            Self::HeldBack(held) => count("part-held-back", *held),
            Self::Revealed => language.text("part-revealed"),
            Self::Notes => language.text("part-notes"),
            Self::Agreements => language.text("part-agreements"),
            Self::Actions => language.text("part-actions"),
            Self::ParticipantMode => language.text("part-participant-mode"),
            Self::Imports => language.text("part-imports"),
        }
    }

    /// Several parts in one sentence's list: "the title, notes on the findings".
    pub fn list(parts: &[Self], language: Language) -> String {
        parts
            .iter()
            .map(|part| part.describe(language))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// `mine` laid over `theirs`, both changed from `base`; or the parts both changed
/// differently. Where only one side changed a part, that side's version is taken; the
/// stage and the time spent are where this window is and what both sides spent, never a
/// conflict.
pub fn merge(
    base: &Workshop,
    mine: &Workshop,
    theirs: &Workshop,
) -> Result<Workshop, Vec<WorkshopPart>> {
    let mut conflicts = Vec::new();
    // One field of the three, taken from the side that changed it.
    macro_rules! field {
        ($($field:ident).+, $part:expr) => {
            pick(&base.$($field).+, &mine.$($field).+, &theirs.$($field).+, &$part, &mut conflicts)
        };
    }
    let meta = super::workshop::Meta {
        title: field!(meta.title, WorkshopPart::Title),
        organisation: field!(meta.organisation, WorkshopPart::Organisation),
        date: field!(meta.date, WorkshopPart::Date),
        facilitator: field!(meta.facilitator, WorkshopPart::Facilitator),
        expected: field!(meta.expected, WorkshopPart::Expected),
        language: field!(meta.language, WorkshopPart::Language),
    };
    let settings = field!(settings, WorkshopPart::Settings);
    let questionnaire = field!(questionnaire, WorkshopPart::Questionnaire);
    let participant_lock = field!(participant_lock, WorkshopPart::ParticipantMode);
    let time_boxes = merge_maps(
        &base.time_boxes,
        &mine.time_boxes,
        &theirs.time_boxes,
        &WorkshopPart::TimeBoxes,
        &mut conflicts,
    );
    let notes = merge_maps(
        &base.notes,
        &mine.notes,
        &theirs.notes,
        &WorkshopPart::Notes,
        &mut conflicts,
    );
    let agreements = merge_lists(
        &base.agreements,
        &mine.agreements,
        &theirs.agreements,
        &WorkshopPart::Agreements,
        &mut conflicts,
    );
    let actions = merge_lists(
        &base.actions,
        &mine.actions,
        &theirs.actions,
        &WorkshopPart::Actions,
        &mut conflicts,
    );
    let imports = merge_lists(
        &base.imports,
        &mine.imports,
        &theirs.imports,
        &WorkshopPart::Imports,
        &mut conflicts,
    );
    if !conflicts.is_empty() {
        conflicts.dedup();
        return Err(conflicts);
    }
    let mut merged = Workshop {
        meta,
        stage: mine.stage,
        settings,
        time_boxes,
        time_spent: merge_time_spent(base, mine, theirs),
        stages_done: mine
            .stages_done
            .union(&theirs.stages_done)
            .copied()
            .collect(),
        questionnaire,
        responses: merge_answers(&base.responses, &mine.responses, &theirs.responses),
        // A reveal is never taken back: once either side showed the room, it was shown.
        revealed: mine.revealed || theirs.revealed,
        held: merge_answers(&base.held, &mine.held, &theirs.held),
        notes,
        agreements,
        actions,
        participant_lock,
        imports,
    };
    if merged.revealed {
        // Held answers from both sides may now make a group together.
        merged.release_held();
    }
    Ok(merged)
}

/// What differs from `before` to `after`, in the parts a facilitator would name (time
/// spent and stages ticked are bookkeeping, not news).
pub fn changes(before: &Workshop, after: &Workshop) -> Vec<WorkshopPart> {
    let mut parts = Vec::new();
    let mut differs = |changed: bool, part: WorkshopPart| {
        if changed {
            parts.push(part);
        }
    };
    differs(before.meta.title != after.meta.title, WorkshopPart::Title);
    differs(
        before.meta.organisation != after.meta.organisation,
        WorkshopPart::Organisation,
    );
    differs(before.meta.date != after.meta.date, WorkshopPart::Date);
    differs(
        before.meta.facilitator != after.meta.facilitator,
        WorkshopPart::Facilitator,
    );
    differs(
        before.meta.expected != after.meta.expected,
        WorkshopPart::Expected,
    );
    differs(
        before.meta.language != after.meta.language,
        WorkshopPart::Language,
    );
    differs(before.settings != after.settings, WorkshopPart::Settings);
    differs(
        before.time_boxes != after.time_boxes,
        WorkshopPart::TimeBoxes,
    );
    differs(
        before.questionnaire != after.questionnaire,
        WorkshopPart::Questionnaire,
    );
    let (added, removed) = answer_difference(&before.responses, &after.responses);
    differs(added > 0, WorkshopPart::AnswersAdded(added));
    differs(removed > 0, WorkshopPart::AnswersRemoved(removed));
    let (held, _) = answer_difference(&before.held, &after.held);
    differs(held > 0, WorkshopPart::HeldBack(held));
    differs(before.revealed != after.revealed, WorkshopPart::Revealed);
    differs(before.notes != after.notes, WorkshopPart::Notes);
    differs(
        before.agreements != after.agreements,
        WorkshopPart::Agreements,
    );
    differs(before.actions != after.actions, WorkshopPart::Actions);
    differs(
        before.participant_lock != after.participant_lock,
        WorkshopPart::ParticipantMode,
    );
    differs(before.imports != after.imports, WorkshopPart::Imports);
    parts
}

fn pick<T: PartialEq + Clone>(
    base: &T,
    mine: &T,
    theirs: &T,
    part: &WorkshopPart,
    conflicts: &mut Vec<WorkshopPart>,
) -> T {
    if mine == base || mine == theirs {
        theirs.clone()
    } else if theirs == base {
        mine.clone()
    } else {
        conflicts.push(part.clone());
        mine.clone()
    }
}

/// Key by key: a note added here and another added elsewhere are both kept.
fn merge_maps<K: Ord + Clone, V: PartialEq + Clone>(
    base: &BTreeMap<K, V>,
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
    part: &WorkshopPart,
    conflicts: &mut Vec<WorkshopPart>,
) -> BTreeMap<K, V> {
    let keys: BTreeSet<&K> = base
        .keys()
        .chain(mine.keys())
        .chain(theirs.keys())
        .collect();
    keys.into_iter()
        .filter_map(|key| {
            let value = pick(
                &base.get(key),
                &mine.get(key),
                &theirs.get(key),
                part,
                conflicts,
            );
            Some((key.clone(), value?.clone()))
        })
        .collect()
}

/// Lists both sides only added to are joined (this window's additions first); any other
/// change on both sides is a conflict.
fn merge_lists<T: PartialEq + Clone>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    part: &WorkshopPart,
    conflicts: &mut Vec<WorkshopPart>,
) -> Vec<T> {
    if mine.starts_with(base)
        && theirs.starts_with(base)
        && mine != theirs
        && mine != base
        && theirs != base
    {
        let mut joined = mine.to_vec();
        joined.extend_from_slice(&theirs[base.len()..]);
        return joined;
    }
    pick(
        &base.to_vec(),
        &mine.to_vec(),
        &theirs.to_vec(),
        part,
        conflicts,
    )
}

/// Each answer as often as base has it, plus what either side added, minus what either
/// removed: answers added on both sides are all kept.
fn merge_answers(base: &Responses, mine: &Responses, theirs: &Responses) -> Responses {
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
fn answer_difference(before: &Responses, after: &Responses) -> (usize, usize) {
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

/// Time spent on both sides since they parted: both sessions were real.
fn merge_time_spent(
    base: &Workshop,
    mine: &Workshop,
    theirs: &Workshop,
) -> BTreeMap<super::stage::Stage, u64> {
    let stages: BTreeSet<_> = mine
        .time_spent
        .keys()
        .chain(theirs.time_spent.keys())
        .collect();
    stages
        .into_iter()
        .map(|stage| {
            let of = |workshop: &Workshop| workshop.time_spent.get(stage).copied().unwrap_or(0);
            let before = of(base);
            let spent = before
                .saturating_add(of(mine).saturating_sub(before))
                .saturating_add(of(theirs).saturating_sub(before));
            (*stage, spent)
        })
        .collect()
}
