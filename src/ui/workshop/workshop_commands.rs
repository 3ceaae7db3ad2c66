//! [`OpenWorkshop::handle`]: what the facilitator does to the open workshop.

use std::path::Path;

use super::open_workshop::Change;
use super::open_workshop::OpenWorkshop;
use crate::domain::{ParticipantLock, Questionnaire, Response, Stage};
use crate::i18n::Language;
use crate::rules::RuleSet;
use crate::storage::{self, NotAdded};
use crate::ui::state::command::WorkshopCommand;
use crate::ui::state::effects::Effects;
use crate::ui::state::notice::Notice;
use crate::ui::workshop::room::room_panel::Leaving;

impl OpenWorkshop {
    /// Applies one command. Errors become a notice; the data the workshop had is kept.
    pub fn handle(&mut self, command: WorkshopCommand, effects: &mut Effects<'_>) {
        let (now, language) = (effects.now, effects.language);
        match command {
            WorkshopCommand::Save => {
                self.bank_time(now);
                self.record_stages_done();
                effects.say(self.save_notice(language));
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
            WorkshopCommand::UseDefaultRules => {
                self.workshop.settings.rules_file = None;
                self.rules = RuleSet::default_rules();
                self.rules_error = None;
                self.mark_edit(now, Change::Derived);
            }
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
                self.pin_draft = pin;
                self.pin_refused = false;
            }
            WorkshopCommand::AskAboutProjector(ask) => {
                self.pin_refused = ask && !ParticipantLock::pin_acceptable(&self.pin_draft);
                self.asking_about_projector = ask && !self.pin_refused;
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
    fn reveal(&mut self, language: Language) -> Option<Notice> {
        if self.workshop.revealed || !self.workshop.floor_reached() {
            return None;
        }
        self.workshop.revealed = true;
        match self.save_file() {
            Ok(()) => None,
            Err(error) => {
                self.workshop.revealed = false;
                Some(Notice::Error(language.text_with(
                    "workshop-reveal-not-saved",
                    &[("error", error.describe(language).into())],
                )))
            }
        }
    }

    fn save_notice(&mut self, language: Language) -> Notice {
        match self.save_file() {
            Ok(()) => Notice::Info(language.text_with(
                "workshop-saved",
                &[("path", self.path.display().to_string().into())],
            )),
            Err(error) => Notice::Error(language.text_with(
                "workshop-not-saved",
                &[("error", error.describe(language).into())],
            )),
        }
    }

    /// Moves to `stage` and saves, so a reopened workshop resumes where it was; the notice
    /// of the stage left goes with it.
    pub(super) fn go_to(&mut self, stage: Stage, effects: &mut Effects<'_>) {
        if self.workshop.stage == stage {
            return;
        }
        // The room belongs to Capture: leaving closes it, so ask first while it is open.
        if stage != Stage::Capture && self.room.open.is_some() {
            self.room.leaving = Some(Leaving::To(stage));
            return;
        }
        self.enter_stage(stage, effects.now);
        let language = effects.language;
        effects.replace_notice(self.save_file().err().map(|error| {
            Notice::Error(language.text_with(
                "workshop-not-saved",
                &[("error", error.describe(language).into())],
            ))
        }));
    }

    fn restore_recovery(&mut self, effects: &mut Effects<'_>) {
        let Some(recovery) = self.recovery.take() else {
            return;
        };
        let language = effects.language;
        effects.say(match storage::load_workshop(&recovery.path) {
            Ok(workshop) => {
                self.replace_workshop(workshop);
                self.dirty = true;
                Notice::Info(language.text("workshop-restored"))
            }
            Err(error) => Notice::Error(error.describe(language)),
        });
    }

    /// Switches to a rules file, or keeps the rules the workshop had when the file is broken.
    fn use_rules_file(&mut self, path: &Path, effects: &mut Effects<'_>) {
        let language = effects.language;
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
