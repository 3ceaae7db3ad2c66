//! [`OpenWorkshop::handle`]: what the facilitator does to the open workshop.

use std::path::Path;
use std::time::Instant;

use super::open_workshop::OpenWorkshop;
use crate::domain::{ParticipantLock, Questionnaire, Response, Stage};
use crate::rules::RuleSet;
use crate::storage::{self, NotAdded};
use crate::ui::state::command::WorkshopCommand;
use crate::ui::state::notice::Notice;
use crate::ui::workshop::room::room_panel::Leaving;

impl OpenWorkshop {
    /// Applies one command. Errors become a notice; the data the workshop had is kept.
    pub fn handle(&mut self, command: WorkshopCommand, now: Instant, notice: &mut Option<Notice>) {
        match command {
            WorkshopCommand::Save => {
                self.bank_time(now);
                self.record_stages_done();
                *notice = Some(self.save_notice());
            }
            WorkshopCommand::GoTo(stage) => {
                if let Some(said) = self.go_to(stage, now) {
                    *notice = said;
                }
            }
            WorkshopCommand::RestoreRecovery => self.restore_recovery(notice),
            WorkshopCommand::DiscardRecovery => {
                if let Some(recovery) = self.recovery.take()
                    && let Err(error) = std::fs::remove_file(&recovery.path)
                {
                    *notice = Some(Notice::Error(self.language.text_with(
                        "workshop-cannot-remove",
                        &[
                            ("path", recovery.path.display().to_string().into()),
                            ("error", error.to_string().into()),
                        ],
                    )));
                }
            }
            WorkshopCommand::UseRulesFile(path) => self.use_rules_file(&path, now, notice),
            WorkshopCommand::UseDefaultRules => {
                self.workshop.settings.rules_file = None;
                self.rules = RuleSet::default_rules();
                self.rules_error = None;
                self.mark_edit(now, true);
            }
            WorkshopCommand::UseQuestionnaireFile(path) => {
                self.use_questionnaire(Some(&path), now, notice);
            }
            WorkshopCommand::UseDefaultQuestionnaire => self.use_questionnaire(None, now, notice),
            WorkshopCommand::ImportCsv(path) => *notice = self.import_survey(&path),
            WorkshopCommand::ChooseImportColumn(index, choice) => {
                self.choose_import_column(index, choice);
            }
            WorkshopCommand::ImportMapped => *notice = self.import_mapped(),
            WorkshopCommand::CancelImport => self.import_mapping = None,
            WorkshopCommand::Reveal => *notice = self.reveal(),
            WorkshopCommand::SetPinDraft(pin) => {
                self.pin_draft = pin;
                self.pin_problem = None;
            }
            WorkshopCommand::AskAboutProjector(ask) => {
                self.pin_problem = ask
                    .then(|| ParticipantLock::pin_problem(&self.pin_draft))
                    .flatten();
                self.asking_about_projector = ask && self.pin_problem.is_none();
            }
            WorkshopCommand::Edit(edit) => self.edit(edit, now),
        }
    }

    /// Answers into the open workshop through [`storage::submit_and_save`]; the file then
    /// holds every edit too, so the workshop is saved and what derives from it is redone.
    pub fn add_responses(
        &mut self,
        responses: impl IntoIterator<Item = Response>,
    ) -> Result<(), NotAdded> {
        storage::submit_and_save(&self.path, &mut self.workshop, responses)?;
        self.dirty = false;
        self.last_edit = None;
        self.recovery = None;
        self.refresh();
        Ok(())
    }

    /// Shows the room the results: a decision, recorded in the file, after which new answers
    /// are held back. Only once each function has reached the floor.
    fn reveal(&mut self) -> Option<Notice> {
        if self.workshop.revealed || !self.workshop.floor_reached() {
            return None;
        }
        self.workshop.revealed = true;
        match self.save_file() {
            Ok(()) => None,
            Err(error) => {
                self.workshop.revealed = false;
                Some(Notice::Error(self.language.text_with(
                    "workshop-reveal-not-saved",
                    &[("error", error.describe(self.language).into())],
                )))
            }
        }
    }

    fn save_notice(&mut self) -> Notice {
        match self.save_file() {
            Ok(()) => Notice::Info(self.language.text_with(
                "workshop-saved",
                &[("path", self.path.display().to_string().into())],
            )),
            Err(error) => Notice::Error(self.language.text_with(
                "workshop-not-saved",
                &[("error", error.describe(self.language).into())],
            )),
        }
    }

    /// Moves to `stage` and saves, so a reopened workshop resumes where it was. Returns the
    /// notice to show instead of the current one, if the stage changed.
    fn go_to(&mut self, stage: Stage, now: Instant) -> Option<Option<Notice>> {
        if self.workshop.stage == stage {
            return None;
        }
        // The room belongs to Capture: leaving closes it, so ask first while it is open.
        if stage != Stage::Capture && self.room.open.is_some() {
            self.room.leaving = Some(Leaving::To(stage));
            return None;
        }
        self.enter_stage(stage, now);
        Some(match self.save_file() {
            Ok(()) => None,
            Err(error) => Some(Notice::Error(self.language.text_with(
                "workshop-not-saved",
                &[("error", error.describe(self.language).into())],
            ))),
        })
    }

    fn restore_recovery(&mut self, notice: &mut Option<Notice>) {
        let Some(recovery) = self.recovery.take() else {
            return;
        };
        *notice = Some(match storage::load_workshop(&recovery.path) {
            Ok(workshop) => {
                self.replace_workshop(workshop);
                self.dirty = true;
                Notice::Info(self.language.text("workshop-restored"))
            }
            Err(error) => Notice::Error(error.describe(self.language)),
        });
    }

    /// Switches to a rules file, or keeps the rules the workshop had when the file is broken.
    fn use_rules_file(&mut self, path: &Path, now: Instant, notice: &mut Option<Notice>) {
        match storage::load_rules_for(path, &self.workshop.questionnaire) {
            Ok(rules) => {
                let folder = self.path.parent().unwrap_or(Path::new(""));
                let name = path.strip_prefix(folder).unwrap_or(path);
                self.workshop.settings.rules_file = Some(name.display().to_string());
                *notice = Some(Notice::Info(self.language.text_with(
                    "workshop-using-rules",
                    &[
                        ("name", rules.name.as_str().into()),
                        ("count", rules.rules.len().into()),
                    ],
                )));
                self.rules = rules;
                self.rules_error = None;
                self.mark_edit(now, true);
            }
            Err(error) => {
                *notice = Some(Notice::Error(self.language.text_with(
                    "workshop-rules-kept",
                    &[("error", error.describe(self.language).into())],
                )));
            }
        }
    }

    /// Replaces the questionnaire, which is only possible before anyone has answered it.
    fn use_questionnaire(
        &mut self,
        path: Option<&Path>,
        now: Instant,
        notice: &mut Option<Notice>,
    ) {
        if !self.workshop.responses.is_empty() {
            *notice = Some(Notice::Error(
                self.language.text("workshop-questionnaire-fixed"),
            ));
            return;
        }
        let loaded = match path {
            Some(path) => storage::load_questionnaire(path),
            None => Ok(Questionnaire::default_questionnaire()),
        };
        *notice = Some(match loaded {
            Ok(questionnaire) => {
                let said = self.language.text_with(
                    "workshop-using-questionnaire",
                    &[("name", questionnaire.name.as_str().into())],
                );
                self.workshop.questionnaire = questionnaire;
                self.mark_edit(now, true);
                Notice::Info(said)
            }
            Err(error) => Notice::Error(self.language.text_with(
                "workshop-questionnaire-kept",
                &[("error", error.describe(self.language).into())],
            )),
        });
    }
}
