//! [`OpenWorkshop::handle`]: what the facilitator does to the open workshop.

use std::path::Path;

use super::access::{NotSaved, Saved};
use super::file_sync::window_holder;
use super::open_workshop::Change;
use super::open_workshop::OpenWorkshop;
use crate::domain::{ParticipantLock, Questionnaire, Response, Stage};
use crate::domain::{ResponseProblem, WorkshopPart};
use crate::i18n::Language;
use crate::rules::RuleSet;
use crate::storage;
use crate::ui::state::command::WorkshopCommand;
use crate::ui::state::effects::Effects;
use crate::ui::state::notice::Notice;

impl OpenWorkshop {
    /// Applies one command. Errors become a notice; the data the workshop had is kept.
    pub fn handle(&mut self, command: WorkshopCommand, effects: &mut Effects<'_>) {
        let (now, language) = (effects.now, effects.language);
        if !self.writable() && changes_the_workshop(&command) {
            effects.error(language.text("file-read-only-refused"));
            return;
        }
        match command {
            WorkshopCommand::Save => {
                self.bank_time(now);
                self.record_stages_done();
                effects.replace_notice(self.save_notice(language));
            }
            WorkshopCommand::GoTo(stage) => self.go_to(stage, effects),
            WorkshopCommand::RestoreRecovery => self.restore_recovery(effects),
            WorkshopCommand::DiscardRecovery => {
                if let Some(recovery) = self.recovery.take()
                    && let Err(error) = std::fs::remove_file(&recovery.path)
                {
                    effects.error(language.text_with(
                        "workshop-cannot-remove",
                        &[
                            ("path", recovery.path.display().to_string().into()),
                            ("error", error.to_string().into()),
                        ],
                    ));
                }
            }
            WorkshopCommand::UseRulesFile(path) => self.use_rules_file(&path, effects),
            WorkshopCommand::UseDefaultRules => match RuleSet::built_in() {
                Ok(rules) => {
                    self.workshop.settings.rules_file = None;
                    self.rules = rules.clone();
                    self.rules_error = None;
                    self.mark_edit(now, Change::Derived);
                }
                Err(error) => effects.error(language.text_with(
                    "workshop-rules-kept",
                    &[("error", error.describe(language).into())],
                )),
            },
            WorkshopCommand::UseQuestionnaireFile(path) => {
                self.use_questionnaire(Some(&path), effects);
            }
            WorkshopCommand::UseDefaultQuestionnaire => self.use_questionnaire(None, effects),
            WorkshopCommand::ImportCsv(path) => {
                effects.replace_notice(self.import_survey(&path, language));
            }
            WorkshopCommand::ChooseImportColumn(index, choice) => {
                self.choose_import_column(index, choice);
            }
            WorkshopCommand::ImportMapped => effects.replace_notice(self.import_mapped(language)),
            WorkshopCommand::CancelImport => self.import_mapping = None,
            WorkshopCommand::Reveal => effects.replace_notice(self.reveal(language)),
            WorkshopCommand::SetPinDraft(pin) => {
                self.pin_draft.pin = pin;
                (self.pin_refused, self.pin_mismatch) = (false, false);
            }
            WorkshopCommand::SetPinAgain(pin) => {
                self.pin_draft.again = pin;
                self.pin_mismatch = false;
            }
            WorkshopCommand::AskAboutProjector(ask) => {
                self.pin_refused = ask && !ParticipantLock::pin_acceptable(&self.pin_draft);
                // A PIN mistyped once would lock the facilitator out of the kiosk: typed
                // twice, the two must agree.
                self.pin_mismatch = ask && !self.pin_refused && !self.pin_draft.confirmed();
                self.asking_about_projector = ask && !self.pin_refused && !self.pin_mismatch;
            }
            WorkshopCommand::Edit(edit) => self.edit(edit, now),
            WorkshopCommand::ImportAgain(again) => {
                effects.replace_notice(self.answer_import_again(again, language));
            }
            WorkshopCommand::UndoImport => effects.replace_notice(self.undo_last_import(language)),
            WorkshopCommand::ResolveConflict(resolution) => {
                let holder = window_holder(effects.wall);
                effects.replace_notice(self.resolve_conflict(resolution, holder, language));
            }
            WorkshopCommand::TakeOver => {
                let holder = window_holder(effects.wall);
                effects.say(self.take_over(holder, language));
            }
            WorkshopCommand::SaveCopyTo(path) => {
                let holder = window_holder(effects.wall);
                effects.say(self.save_copy_to(&path, holder, language));
            }
        }
    }

    /// Answers into the open workshop: submitted (checked, held back after the reveal) and
    /// saved through the checked path before anyone is told they count; the file then holds
    /// every edit too, and what derives from it is redone. If the save fails they are taken
    /// back out.
    pub fn add_responses(
        &mut self,
        responses: impl IntoIterator<Item = Response>,
    ) -> Result<Saved, NotCounted> {
        let before = (self.workshop.responses.clone(), self.workshop.held.clone());
        self.workshop.submit(responses)?;
        match self.save_file() {
            Ok(saved) => {
                // A merge has redone what derives already; a plain save has not.
                if saved.from_elsewhere.is_empty() {
                    self.refresh();
                }
                // New answers are the last change now: an import before them stays.
                self.undo_import = None;
                Ok(saved)
            }
            Err(not_saved) => {
                (self.workshop.responses, self.workshop.held) = before;
                Err(NotCounted::NotSaved(not_saved))
            }
        }
    }

    /// Shows the room the results: a decision, recorded in the file, after which new answers
    /// are held back. Only once each function has reached the floor.
    fn reveal(&mut self, language: Language) -> Option<Notice> {
        if self.workshop.revealed || !self.workshop.floor_reached() {
            return None;
        }
        self.workshop.revealed = true;
        match self.save_file() {
            Ok(saved) => saved.notice(language),
            Err(error) => {
                self.workshop.revealed = false;
                Some(Notice::Error(language.text_with(
                    "workshop-reveal-not-saved",
                    &[("error", error.describe(language).into())],
                )))
            }
        }
    }

    fn save_notice(&mut self, language: Language) -> Option<Notice> {
        match self.save_file() {
            Ok(saved) => Some(saved.notice(language).unwrap_or_else(|| {
                Notice::Info(language.text_with(
                    "workshop-saved",
                    &[("path", self.path.display().to_string().into())],
                ))
            })),
            Err(error) => not_saved_notice(&error, language),
        }
    }

    /// Moves to `stage` and saves, so a reopened workshop resumes where it was; the notice
    /// of the stage left goes with it.
    pub(super) fn go_to(&mut self, stage: Stage, effects: &mut Effects<'_>) {
        if self.workshop.stage == stage {
            return;
        }
        // The room stays open on every stage (phones mid-answer keep their answers; a
        // latecomer after the reveal uses the same code, held back like any late answer).
        self.enter_stage(stage, effects.now);
        // A window that only reads the workshop moves between stages without writing.
        if !self.writable() {
            effects.replace_notice(None);
            return;
        }
        let language = effects.language;
        effects.replace_notice(match self.save_file() {
            Ok(saved) => saved.notice(language),
            Err(error) => not_saved_notice(&error, language),
        });
    }

    fn restore_recovery(&mut self, effects: &mut Effects<'_>) {
        let Some(recovery) = self.recovery.take() else {
            return;
        };
        let language = effects.language;
        effects.say(match storage::load_workshop(&recovery.path) {
            Ok(recovered) => {
                // Laid over the file as it is now: answers added to it since (by the
                // command line, say) stay.
                let workshop = crate::domain::restore(&self.workshop, &recovered);
                let restored = crate::domain::changes(&self.workshop, &workshop);
                self.replace_workshop(workshop);
                self.mark_edit(effects.now, Change::Derived);
                Notice::Info(restored_words(&restored, language))
            }
            Err(error) => Notice::Error(error.describe(language)),
        });
    }

    /// Switches to a rules file, or keeps the rules the workshop had when the file is broken.
    fn use_rules_file(&mut self, path: &Path, effects: &mut Effects<'_>) {
        let language = effects.language;
        // The file keeps its rules file's name beside it: one from elsewhere would not be
        // found (nor allowed) when the workshop is opened again.
        let folder = self.path.parent().unwrap_or(Path::new(""));
        let beside = path
            .strip_prefix(folder)
            .is_ok_and(|name| name.components().count() == 1);
        if !beside {
            let refused = storage::FileError::RulesOutsideFolder {
                path: self.path.clone(),
                name: path.display().to_string(),
            };
            effects.error(refused.describe(language));
            return;
        }
        match storage::load_rules_for(path, &self.workshop.questionnaire) {
            Ok(rules) => {
                let folder = self.path.parent().unwrap_or(Path::new(""));
                let name = path.strip_prefix(folder).unwrap_or(path);
                self.workshop.settings.rules_file = Some(name.display().to_string());
                effects.info(language.text_with(
                    "workshop-using-rules",
                    &[
                        ("name", rules.name.as_str().into()),
                        ("count", rules.rules.len().into()),
                    ],
                ));
                self.rules = rules;
                self.rules_error = None;
                self.mark_edit(effects.now, Change::Derived);
            }
            Err(error) => {
                effects.error(language.text_with(
                    "workshop-rules-kept",
                    &[("error", error.describe(language).into())],
                ));
            }
        }
    }

    /// Replaces the questionnaire, which is only possible before anyone has answered it.
    fn use_questionnaire(&mut self, path: Option<&Path>, effects: &mut Effects<'_>) {
        let language = effects.language;
        if !self.workshop.responses.is_empty() {
            effects.error(language.text("workshop-questionnaire-fixed"));
            return;
        }
        let loaded = match path {
            Some(path) => storage::load_questionnaire(path),
            None => Ok(Questionnaire::default_questionnaire()),
        };
        effects.say(match loaded {
            Ok(questionnaire) => {
                let said = language.text_with(
                    "workshop-using-questionnaire",
                    &[("name", questionnaire.name.as_str().into())],
                );
                self.workshop.questionnaire = questionnaire;
                self.mark_edit(effects.now, Change::Derived);
                Notice::Info(said)
            }
            Err(error) => Notice::Error(language.text_with(
                "workshop-questionnaire-kept",
                &[("error", error.describe(language).into())],
            )),
        });
    }
}

/// What the facilitator is told of a save that did not happen: nothing more when the
/// conflict prompt already asks them.
fn not_saved_notice(error: &NotSaved, language: Language) -> Option<Notice> {
    (!error.is_asked()).then(|| {
        Notice::Error(language.text_with(
            "workshop-not-saved",
            &[("error", error.describe(language).into())],
        ))
    })
}

/// Why answers were not counted; the workshop is as it was.
#[derive(Debug, thiserror::Error)]
pub enum NotCounted {
    /// They do not fit the workshop's questionnaire.
    #[error("{0}")]
    Invalid(#[from] ResponseProblem),
    /// The workshop file was not written.
    #[error("{}", .0.describe(Language::English))]
    NotSaved(NotSaved),
}

impl NotCounted {
    pub fn describe(&self, language: Language) -> String {
        match self {
            Self::Invalid(problem) => problem.to_string(),
            Self::NotSaved(not_saved) => not_saved.describe(language),
        }
    }
}

/// What a restore brought back, in words: "Restored the unsaved changes: the title, notes
/// on the findings. …".
fn restored_words(restored: &[WorkshopPart], language: Language) -> String {
    if restored.is_empty() {
        language.text("workshop-restored-nothing")
    } else {
        language.text_with(
            "workshop-restored",
            &[("parts", WorkshopPart::list(restored, language).into())],
        )
    }
}

/// Whether a command would change the workshop: a window that only reads it refuses these
/// (moving between stages, taking over and saving a copy elsewhere it may).
fn changes_the_workshop(command: &WorkshopCommand) -> bool {
    !matches!(
        command,
        WorkshopCommand::GoTo(_) | WorkshopCommand::TakeOver | WorkshopCommand::SaveCopyTo(_)
    )
}
