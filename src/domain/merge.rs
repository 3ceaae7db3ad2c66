//! Three-way merge of a workshop: what this window changed since it last read the file,
//! laid over what was changed elsewhere since (another window, `tandem import`, a sync
//! tool). Answers are merged as a multiset, so answers added on both sides are all kept;
//! a part both sides changed differently is a conflict the facilitator decides.

use std::collections::{BTreeMap, BTreeSet};

use super::answer_sets::{answer_difference, difference, intersection, merge_answers};
use super::response::Responses;
use super::workshop::Workshop;
use super::workshop_part::WorkshopPart;

/// Which side's version a part both sides changed takes, once the facilitator said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
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
    merge_with(base, mine, theirs, None)
}

/// The facilitator's answer to a conflict: the parts both sides changed take `side`'s
/// version, and everything only one side changed is kept as [`merge`] keeps it — so
/// "keep mine" never drops the answers imported elsewhere, nor "keep theirs" this
/// window's other edits.
pub fn merge_preferring(
    base: &Workshop,
    mine: &Workshop,
    theirs: &Workshop,
    side: Side,
) -> Workshop {
    match merge_with(base, mine, theirs, Some(side)) {
        Ok(merged) => merged,
        // A merge that prefers a side has no conflicts to report; should the result not
        // be a valid workshop, the preferred side as it stands is.
        Err(_) => match side {
            Side::Mine => mine.clone(),
            Side::Theirs => theirs.clone(),
        },
    }
}

/// A recovery file's work laid over the workshop file as it is now, when what the recovery
/// was based on is unknown: its own words and plans win, and answers from both are kept
/// (an answer in only one of them is an answer added there).
pub fn restore(file: &Workshop, recovered: &Workshop) -> Workshop {
    let mut base = file.clone();
    base.responses = intersection(&file.responses, &recovered.responses);
    base.held = intersection(&file.held, &recovered.held);
    base.imports
        .retain(|record| recovered.imports.contains(record));
    merge_preferring(&base, recovered, file, Side::Mine)
}

fn merge_with(
    base: &Workshop,
    mine: &Workshop,
    theirs: &Workshop,
    prefer: Option<Side>,
) -> Result<Workshop, Vec<WorkshopPart>> {
    let mut conflicts = Vec::new();
    // One field of the three, taken from the side that changed it.
    macro_rules! field {
        ($($field:ident).+, $part:expr) => {
            pick(&base.$($field).+, &mine.$($field).+, &theirs.$($field).+, &$part, prefer, &mut conflicts)
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
        prefer,
        &mut conflicts,
    );
    let notes = merge_maps(
        &base.notes,
        &mine.notes,
        &theirs.notes,
        &WorkshopPart::Notes,
        prefer,
        &mut conflicts,
    );
    let agreements = merge_lists(
        &base.agreements,
        &mine.agreements,
        &theirs.agreements,
        &WorkshopPart::Agreements,
        prefer,
        &mut conflicts,
    );
    let actions = merge_lists(
        &base.actions,
        &mine.actions,
        &theirs.actions,
        &WorkshopPart::Actions,
        prefer,
        &mut conflicts,
    );
    let imports = merge_lists(
        &base.imports,
        &mine.imports,
        &theirs.imports,
        &WorkshopPart::Imports,
        prefer,
        &mut conflicts,
    );
    if !conflicts.is_empty() {
        conflicts.dedup();
        return Err(conflicts);
    }
    let revealed = mine.revealed || theirs.revealed;
    let (responses, held) = merge_all_answers(base, mine, theirs, revealed);
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
        responses,
        // A reveal is never taken back: once either side showed the room, it was shown.
        revealed,
        held,
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
    // Each side was valid; their parts together may not be (a questionnaire changed on
    // one side, answers to the old one on the other): never write such a file.
    if !merged.problems().is_empty() {
        return Err(vec![WorkshopPart::Questionnaire]);
    }
    Ok(merged)
}

/// The answers of both sides as one set, so no answer is counted twice: every answer
/// either side has (a three-way merge of results and held together), counted when either
/// side counted it — except what a side that had not seen the reveal counted after the
/// other revealed, which waits with the held answers, as any answer after a reveal does.
fn merge_all_answers(
    base: &Workshop,
    mine: &Workshop,
    theirs: &Workshop,
    revealed: bool,
) -> (Responses, Responses) {
    let all_of = |workshop: &Workshop| -> Responses {
        workshop
            .responses
            .iter()
            .chain(workshop.held.iter())
            .cloned()
            .collect()
    };
    let all = merge_answers(&all_of(base), &all_of(mine), &all_of(theirs));
    let counted_by = |side: &Workshop| {
        if revealed && !side.revealed {
            intersection(&side.responses, &base.responses)
        } else {
            side.responses.clone()
        }
    };
    let counted = merge_answers(&base.responses, &counted_by(mine), &counted_by(theirs));
    let counted = intersection(&counted, &all);
    let held = difference(&all, &counted);
    (counted, held)
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
    prefer: Option<Side>,
    conflicts: &mut Vec<WorkshopPart>,
) -> T {
    if mine == base || mine == theirs {
        theirs.clone()
    } else if theirs == base {
        mine.clone()
    } else {
        match prefer {
            Some(Side::Mine) => mine.clone(),
            Some(Side::Theirs) => theirs.clone(),
            None => {
                conflicts.push(part.clone());
                mine.clone()
            }
        }
    }
}

/// Key by key: a note added here and another added elsewhere are both kept.
fn merge_maps<K: Ord + Clone, V: PartialEq + Clone>(
    base: &BTreeMap<K, V>,
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
    part: &WorkshopPart,
    prefer: Option<Side>,
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
                prefer,
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
    prefer: Option<Side>,
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
        prefer,
        conflicts,
    )
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
