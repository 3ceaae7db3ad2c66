//! [`OpenWorkshop::edit`]: changes to the workshop's own content.

use std::time::Instant;

use super::open_workshop::{Change, OpenWorkshop};
use crate::domain::workshop::MAX_TIME_BOX_MINUTES;
use crate::domain::{ActionItem, Agreement, AnonymityFloor, Date, Function};
use crate::ui::state::command::Edit;

impl OpenWorkshop {
    /// Applies one edit and marks the workshop edited; autosave follows after a pause.
    pub(super) fn edit(&mut self, edit: Edit, now: Instant) {
        let change = if matches!(edit, Edit::SetFloor(_)) {
            Change::Derived
        } else {
            Change::Content
        };
        let workshop = &mut self.workshop;
        match edit {
            Edit::SetTitle(text) => workshop.meta.title = text,
            Edit::SetOrganisation(text) => workshop.meta.organisation = text,
            Edit::SetFacilitator(text) => workshop.meta.facilitator = text,
            Edit::SetLanguage(language) => workshop.meta.language = language,
            Edit::SetDateText(text) => {
                if let Ok(date) = Date::typed(&text) {
                    workshop.meta.date = date;
                }
                self.date_text = text;
            }
            Edit::SetExpected(function, count) => match function {
                Function::Sales => workshop.meta.expected.sales = count,
                Function::Product => workshop.meta.expected.product = count,
            },
            Edit::SetFloor(floor) => {
                workshop.settings.anonymity_floor = AnonymityFloor::new(floor).unwrap_or_default();
                // A lower floor may let held answers join now, still as a group.
                workshop.release_held();
            }
            Edit::SetTimeBox(stage, Some(minutes)) => {
                workshop
                    .time_boxes
                    .insert(stage, minutes.clamp(1, MAX_TIME_BOX_MINUTES));
            }
            Edit::SetTimeBox(stage, None) => {
                workshop.time_boxes.remove(&stage);
            }
            Edit::SetNote { finding, note } => {
                if note.trim().is_empty() {
                    workshop.notes.remove(&finding);
                } else {
                    workshop.notes.insert(finding, note);
                }
            }
            Edit::AddAgreement => workshop.agreements.push(Agreement::default()),
            Edit::SetAgreementText(index, text) => {
                if let Some(agreement) = workshop.agreements.get_mut(index) {
                    agreement.text = text;
                }
            }
            Edit::SetAgreementFinding(index, finding) => {
                if let Some(agreement) = workshop.agreements.get_mut(index) {
                    agreement.finding = finding;
                }
            }
            Edit::RemoveAgreement(index) => {
                if index < workshop.agreements.len() {
                    workshop.agreements.remove(index);
                }
            }
            Edit::AddAction => {
                workshop.actions.push(ActionItem::default());
                self.due_texts.push(String::new());
            }
            Edit::SetActionDueText(index, text) => {
                if let Some(action) = workshop.actions.get_mut(index) {
                    if text.trim().is_empty() {
                        action.due = None;
                    } else if let Ok(date) = Date::typed(&text) {
                        action.due = Some(date);
                    }
                }
                if let Some(due) = self.due_texts.get_mut(index) {
                    *due = text;
                }
            }
            Edit::RemoveAction(index) => {
                if index < workshop.actions.len() {
                    workshop.actions.remove(index);
                    if index < self.due_texts.len() {
                        self.due_texts.remove(index);
                    }
                }
            }
            Edit::SetActionText(index, _)
            | Edit::SetActionOwner(index, _)
            | Edit::SetActionOwnerName(index, _)
            | Edit::SetActionFinding(index, _)
            | Edit::SetActionDone(index, _) => {
                if let Some(action) = workshop.actions.get_mut(index) {
                    edit_action(action, edit);
                }
            }
        }
        self.mark_edit(now, change);
    }
}

fn edit_action(action: &mut ActionItem, edit: Edit) {
    match edit {
        Edit::SetActionText(_, text) => action.text = text,
        Edit::SetActionOwner(_, owner) => action.owner = owner,
        Edit::SetActionOwnerName(_, name) => action.owner_name = name,
        Edit::SetActionFinding(_, finding) => action.finding = finding,
        Edit::SetActionDone(_, done) => action.done = done,
        _ => {}
    }
}
