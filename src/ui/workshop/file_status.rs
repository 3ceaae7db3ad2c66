//! What the header says of the workshop's file — saved, unsaved, not saved and why, or
//! only read here — with what can be done about it; and the two questions a file can put
//! to the facilitator: a conflict with changes made elsewhere, and rows imported before.

use eframe::egui::{self, RichText};

use super::access::{NotSaved, holder_words};
use super::open_workshop::OpenWorkshop;
use super::pending_import::PendingImport;
use crate::domain::WorkshopPart;
use crate::i18n::Language;
use crate::storage::Conflict;
use crate::ui::state::command::{AppCommand, Commands, Resolution, WorkshopCommand};
use crate::ui::state::file_purpose::FilePurpose;
use crate::ui::style::language_ui;

/// The file's state in the header, with "Take over" or "Save a copy elsewhere…" when
/// they are what helps.
pub fn file_status_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let language = language_ui::of(ui);
    if let Some(holder) = open.read_only_holder() {
        let who = holder_words(holder, language);
        ui.label(
            RichText::new(language.text("file-status-read-only")).color(ui.visuals().warn_fg_color),
        )
        .on_hover_text(language.text_with("lock-read-only", &[("holder", who.into())]));
        if ui.button(language.text("lock-take-over")).clicked() {
            commands.send(WorkshopCommand::TakeOver);
        }
        // Taken over while editing: the edits can still go somewhere of their own.
        if open.dirty && ui.button(language.text("file-save-copy")).clicked() {
            commands.send(AppCommand::ShowDialog(FilePurpose::SaveCopy));
        }
        return;
    }
    match &open.not_saved {
        Some(not_saved) => {
            let why = short_reason(not_saved, language);
            ui.label(
                RichText::new(language.text_with("file-status-not-saved", &[("why", why.into())]))
                    .color(ui.visuals().error_fg_color),
            )
            .on_hover_text(not_saved.describe(language));
            if matches!(not_saved, NotSaved::Failed(_))
                && ui.button(language.text("file-save-copy")).clicked()
            {
                commands.send(AppCommand::ShowDialog(FilePurpose::SaveCopy));
            }
        }
        None if open.dirty => {
            ui.label(language.text("app-unsaved"));
        }
        None => {
            ui.label(language.text("app-saved"));
        }
    }
}

/// Why the last save failed, in a few words for the header (the whole message is on hover
/// and in the notice).
fn short_reason(not_saved: &NotSaved, language: Language) -> String {
    use std::io::ErrorKind;
    match not_saved {
        NotSaved::Failed(error) => match error.source.kind() {
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                language.text("file-why-cannot-write")
            }
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => language.text("file-why-full"),
            ErrorKind::NotFound => language.text("file-why-folder-gone"),
            other => other.to_string(),
        },
        NotSaved::Conflict(_) | NotSaved::Unreadable => language.text("file-why-changed"),
        NotSaved::ReadOnly(_) => language.text("file-why-taken-over"),
    }
}

/// "The file was changed elsewhere": keep theirs, keep mine, or save mine as a copy; over
/// everything else until answered.
pub fn conflict_prompt_ui(ctx: &egui::Context, conflict: &Conflict, commands: &mut Commands) {
    egui::Modal::new(egui::Id::unique("file conflict")).show(ctx, |ui| {
        let language = language_ui::of(ui);
        ui.set_max_width(560.0);
        ui.heading(language.text("file-conflict-title"));
        let readable = conflict.theirs.is_ok();
        let said = match &conflict.theirs {
            Ok(_) if conflict.parts.is_empty() => language.text("file-conflict-other-file"),
            Ok(_) => language.text_with(
                "file-conflict-text",
                &[(
                    "parts",
                    WorkshopPart::list(&conflict.parts, language).into(),
                )],
            ),
            Err(error) => language.text_with(
                "file-conflict-unreadable",
                &[("error", error.describe(language).into())],
            ),
        };
        ui.add(egui::Label::new(said).wrap());
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if readable && ui.button(language.text("file-keep-theirs")).clicked() {
                commands.send(WorkshopCommand::ResolveConflict(Resolution::KeepTheirs));
            }
            if ui.button(language.text("file-keep-mine")).clicked() {
                commands.send(WorkshopCommand::ResolveConflict(Resolution::KeepMine));
            }
            if ui.button(language.text("file-save-mine-as-copy")).clicked() {
                commands.send(WorkshopCommand::ResolveConflict(Resolution::SaveMineAsCopy));
            }
        });
    });
}

/// "These rows were imported before: import them again?"
pub fn import_again_prompt_ui(
    ctx: &egui::Context,
    pending: &PendingImport,
    commands: &mut Commands,
) {
    let answer = egui::Modal::new(egui::Id::unique("import again")).show(ctx, |ui| {
        let language = language_ui::of(ui);
        ui.set_max_width(560.0);
        ui.heading(language.text("import-again-title"));
        ui.add(
            egui::Label::new(language.text_with(
                "import-again-text",
                &[
                    ("path", pending.path.display().to_string().into()),
                    ("count", pending.imported.responses.len().into()),
                ],
            ))
            .wrap(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(language.text("import-again-yes")).clicked() {
                commands.send(WorkshopCommand::ImportAgain(true));
            }
            if ui.button(language.text("import-again-no")).clicked() {
                commands.send(WorkshopCommand::ImportAgain(false));
            }
        });
    });
    if answer.should_close() {
        commands.send(WorkshopCommand::ImportAgain(false));
    }
}
