//! The actions part of the comparison's summary: which of the actions agreed at the workshop
//! before the newest are done, and which from earlier ones are still open.

use super::Comparison;
use super::details::ReportTable;
use super::report_words::date;
use crate::domain::ActionItem;
use crate::export::summary::with_person;

/// A part of the summary on actions: a heading that counts them, their table and a note.
pub struct ActionsSection {
    pub heading: String,
    pub table: ReportTable,
    /// "3 more actions are open: …", when the table holds only some.
    pub note: Option<String>,
}

/// The summary lists this many still-open actions at most, so it keeps to its page; the
/// details list every workshop's actions.
const STILL_OPEN_ROWS: usize = 6;

/// The actions agreed at workshop `index`, each done or open.
pub(super) fn done_section(comparison: &Comparison, index: usize) -> ActionsSection {
    let language = comparison.language;
    let workshop = &comparison.workshops[index];
    let done = workshop.actions.iter().filter(|action| action.done).count();
    let date = date(comparison, index);
    let heading = if workshop.actions.is_empty() {
        language.text_with("compare-brief-no-actions", &[("date", date.into())])
    } else {
        language.text_with(
            "compare-brief-actions",
            &[
                ("date", date.into()),
                ("done", done.into()),
                ("count", workshop.actions.len().into()),
            ],
        )
    };
    let mut table = actions_table(comparison, false);
    for action in &workshop.actions {
        table.rows.push(action_row(comparison, action, None));
    }
    ActionsSection {
        heading,
        table,
        note: None,
    }
}

/// The actions agreed at the newest workshop, `index`: what comes next; `None` when it
/// agreed none.
pub(super) fn newest_section(comparison: &Comparison, index: usize) -> Option<ActionsSection> {
    let workshop = comparison.workshops.get(index)?;
    let mut table = actions_table(comparison, false);
    for action in &workshop.actions {
        table.rows.push(action_row(comparison, action, None));
    }
    (!table.rows.is_empty()).then(|| ActionsSection {
        heading: comparison.language.text_with(
            "compare-brief-newest-actions",
            &[("date", date(comparison, index).into())],
        ),
        table,
        note: None,
    })
}

/// Open actions of the workshops before `index`, oldest first, at most [`STILL_OPEN_ROWS`];
/// `None` when all are done.
pub(super) fn still_open(comparison: &Comparison, index: usize) -> Option<ActionsSection> {
    let language = comparison.language;
    let mut table = actions_table(comparison, true);
    let open: Vec<(usize, &ActionItem)> = comparison.workshops[..index]
        .iter()
        .enumerate()
        .flat_map(|(agreed, workshop)| {
            workshop
                .actions
                .iter()
                .filter(|action| !action.done)
                .map(move |action| (agreed, action))
        })
        .collect();
    for (agreed, action) in open.iter().take(STILL_OPEN_ROWS) {
        table.rows.push(action_row(
            comparison,
            action,
            Some(date(comparison, *agreed)),
        ));
    }
    let more = open.len().saturating_sub(STILL_OPEN_ROWS);
    (!open.is_empty()).then(|| ActionsSection {
        heading: language.text("compare-brief-still-open"),
        table,
        note: (more > 0)
            .then(|| language.text_with("compare-brief-more-open", &[("count", more.into())])),
    })
}

fn actions_table(comparison: &Comparison, with_agreed: bool) -> ReportTable {
    let language = comparison.language;
    let mut columns = vec![(language.text("export-action"), false)];
    if with_agreed {
        columns.push((language.text("compare-brief-agreed"), false));
    }
    columns.extend([
        (language.text("export-owner"), false),
        (language.text("export-due"), false),
        (language.text("export-status"), false),
    ]);
    let due = columns.len() - 2;
    let table = ReportTable::new(columns).keeping_whole(due);
    // The date it was agreed, when shown, is a date too (with a title only on a shared date).
    if with_agreed {
        table.keeping_whole(1)
    } else {
        table
    }
}

fn action_row(comparison: &Comparison, action: &ActionItem, agreed: Option<String>) -> Vec<String> {
    let language = comparison.language;
    let mut row = vec![action.text.clone()];
    row.extend(agreed);
    row.extend([
        with_person(action.owner.name(language), &action.owner_name),
        action
            .due
            .map_or_else(|| String::from("–"), |due| due.written_in(language)),
        language.text(if action.done {
            "export-status-done"
        } else {
            "export-status-open"
        }),
    ]);
    row
}
