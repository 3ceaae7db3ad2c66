use std::cell::OnceCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Instant;

use super::access::{Access, NotSaved};
use super::findings_view::FindingsView;
use crate::domain::{PooledComments, Questionnaire, Stage, Workshop, WorkshopPart};
use crate::export::{Format, Summary};
use crate::i18n::Language;
use crate::metrics::WorkshopMetrics;
use crate::rules::{Classification, RuleSet, Stability, classify_metrics, leave_one_out};
use crate::storage::{self, Conflict, DiskCopy, NewerRecovery};
use crate::ui::style::culled_rows::next_revision;
use crate::ui::style::kept::Kept;
use crate::ui::workshop::room::room_panel::RoomPanel;

/// The workshop being facilitated, with what is derived from it.
pub struct OpenWorkshop {
    pub path: PathBuf,
    pub workshop: Workshop,
    pub rules: RuleSet,
    /// Why the workshop's own rules file could not be used (the built-in rules are).
    pub rules_error: Option<crate::storage::FileError>,
    pub metrics: WorkshopMetrics,
    pub classification: Classification,
    /// How much each verdict and finding hinges on one answer (leave-one-out).
    pub stability: Stability,
    /// The comments, pooled and shuffled; like the metrics, recomputed when responses change.
    pub comments: PooledComments,
    /// Changes whenever what is derived changes (unique across workshops), so views can
    /// keep layout measurements of it between frames.
    pub revision: u64,
    /// Edited since the last save to the workshop file.
    pub dirty: bool,
    /// When the last unsaved edit was made: autosave to the recovery file waits for a pause.
    pub last_edit: Option<Instant>,
    /// When the first edit not yet in the recovery file was made: autosave waits for a pause,
    /// but never longer than [`crate::ui::state::app_state::AUTOSAVE_MAX_WAIT`] after it.
    pub first_unsaved_edit: Option<Instant>,
    /// What the file held when this window last read or wrote it; every write goes through it.
    pub(super) disk: DiskCopy,
    /// Whether this window may write the workshop (it holds the lock) or only reads it.
    pub access: Access,
    /// Why the last write failed, until one succeeds: the header says it.
    pub not_saved: Option<NotSaved>,
    /// The file was changed elsewhere in the same places as here: the facilitator decides.
    pub conflict: Option<Box<Conflict>>,
    /// A survey file whose rows this workshop already took, waiting for the facilitator to
    /// say whether to import them again.
    pub import_again: Option<super::pending_import::PendingImport>,
    /// The last import, while it is the last change: it can be taken back.
    pub undo_import: Option<super::pending_import::UndoImport>,
    pub recovery: Option<NewerRecovery>,
    /// What the recovery file holds that the workshop file does not, in parts to name.
    pub recovery_parts: Vec<WorkshopPart>,
    /// Text of the date field as typed, which may not be a date yet.
    pub date_text: String,
    /// Due-date fields of the action items, as typed.
    pub due_texts: Vec<String>,
    /// When the time on the current stage was last added to `workshop.time_spent` (or the
    /// stage entered): the time box counts from the two together.
    pub stage_entered: Instant,
    /// The PIN typed on the Capture stage before participant mode starts, twice.
    pub pin_draft: PinDraft,
    /// The PIN typed was refused: too short, or not digits only.
    pub pin_refused: bool,
    /// The PIN typed a second time is not the first one.
    pub pin_mismatch: bool,
    /// Asking whether a projector mirrors this screen, before participant mode starts.
    pub asking_about_projector: bool,
    /// Room mode: the network to open it on, and the room while it is open.
    pub room: RoomPanel,
    /// The import's mapping step, while the facilitator says what unknown columns are.
    pub import_mapping: Option<super::import_mapping::ImportMapping>,
    /// The Markdown summary as exported, made the first time it is asked for after a change
    /// (Close shows it; Copy Markdown copies it), never per frame.
    markdown: OnceCell<String>,
    /// The questionnaire and rules in the language last asked for, at this revision: views
    /// ask every frame, and a translated copy is made once.
    translated: Kept<Translated>,
    /// The findings and their lines in the language last asked for, at this revision and
    /// since the last edit (notes are edits that keep the revision): made once, read by
    /// Diagnose, Agree and Close every frame.
    findings: Kept<FindingsView>,
}

/// The facilitator's PIN as typed on Capture, and typed again to confirm it. Read as the
/// PIN itself (`&str`), so clearing it once participant mode starts clears both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinDraft {
    pub pin: String,
    pub again: String,
}

impl PinDraft {
    /// Whether the PIN was typed the same twice.
    pub fn confirmed(&self) -> bool {
        self.pin == self.again
    }

    pub fn clear(&mut self) {
        self.pin.clear();
        self.again.clear();
    }
}

impl std::ops::Deref for PinDraft {
    type Target = str;

    fn deref(&self) -> &str {
        &self.pin
    }
}

/// What an edit changed, and so what must be made again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The workshop's own words and plans (titles, notes, agreements, actions): only the
    /// summary and the findings view that quote them.
    Content,
    /// What the results derive from (the floor, the rules, the questionnaire): the metrics,
    /// verdicts and findings too.
    Derived,
}

/// The workshop's questionnaire and rules with their texts in one language.
#[derive(Clone)]
pub struct Translated {
    pub questionnaire: Rc<Questionnaire>,
    pub rules: Rc<RuleSet>,
}

impl OpenWorkshop {
    pub fn new(disk: DiskCopy, workshop: Workshop, access: Access, now: Instant) -> Self {
        let path = disk.path().to_path_buf();
        let (rules, rules_error) = match storage::rules_for_workshop(&path, &workshop) {
            Ok(rules) => (rules, None),
            Err(error) => match RuleSet::built_in() {
                Ok(built_in) => (built_in.clone(), Some(error)),
                // Not even the built-in rules: no rule can fire, and Setup and Diagnose say why.
                Err(built_in) => (
                    RuleSet::without_rules(),
                    Some(storage::FileError::BuiltInRules(built_in)),
                ),
            },
        };
        let Derived {
            metrics,
            classification,
            stability,
            comments,
        } = derive(&workshop, &rules);
        let recovery = storage::newer_recovery(&path);
        let recovery_parts = recovery
            .as_ref()
            .and_then(|recovery| storage::load_workshop(&recovery.path).ok())
            .map(|recovered| crate::domain::changes(&workshop, &recovered))
            .unwrap_or_default();
        let room = RoomPanel::new(workshop.settings.room_network.as_deref());
        Self {
            date_text: workshop.meta.date.to_string(),
            due_texts: due_texts(&workshop),
            path,
            workshop,
            rules,
            rules_error,
            metrics,
            classification,
            stability,
            comments,
            revision: next_revision(),
            dirty: false,
            last_edit: None,
            first_unsaved_edit: None,
            disk,
            access,
            not_saved: None,
            conflict: None,
            import_again: None,
            undo_import: None,
            recovery,
            recovery_parts,
            stage_entered: now,
            pin_draft: PinDraft::default(),
            pin_refused: false,
            pin_mismatch: false,
            asking_about_projector: false,
            room,
            import_mapping: None,
            markdown: OnceCell::new(),
            translated: Kept::default(),
            findings: Kept::default(),
        }
    }

    /// The questionnaire and rules as a reader in `language` sees them, made once per
    /// language and revision.
    pub fn in_language(&self, language: Language) -> Translated {
        let translated = self.translated.get(language, self.revision, || Translated {
            questionnaire: Rc::new(self.workshop.questionnaire.in_language(language)),
            rules: Rc::new(self.rules.in_language(language)),
        });
        Translated::clone(&translated)
    }

    /// The findings, the rules that nearly fired and what Diagnose, Agree and Close say of
    /// them in `language`, made once per language, revision and edit.
    pub fn findings(&self, language: Language) -> Rc<FindingsView> {
        self.findings.get(language, self.revision, || {
            // The measurements quote the questionnaire's labels: in the reader's language.
            let translated = self.in_language(language);
            let mut shown = self.workshop.clone();
            shown.questionnaire = Questionnaire::clone(&translated.questionnaire);
            FindingsView::new(
                &shown,
                &translated.rules,
                &self.classification,
                &self.stability,
                language,
            )
        })
    }

    /// Recomputes what derives from the responses and settings.
    pub fn refresh(&mut self) {
        Derived {
            metrics: self.metrics,
            classification: self.classification,
            stability: self.stability,
            comments: self.comments,
        } = derive(&self.workshop, &self.rules);
        self.revision = next_revision();
        self.markdown = OnceCell::new();
        self.findings.forget();
    }

    /// Marks an edit not yet saved: autosave to the recovery file follows after a pause.
    pub fn mark_edit(&mut self, now: Instant, change: Change) {
        match change {
            Change::Derived => self.refresh(),
            Change::Content => {
                self.markdown = OnceCell::new();
                // A note is shown with its finding.
                self.findings.forget();
            }
        }
        self.dirty = true;
        self.last_edit = Some(now);
        self.first_unsaved_edit.get_or_insert(now);
        // An import can be taken back only while it is the last change.
        self.undo_import = None;
    }

    pub fn replace_workshop(&mut self, workshop: Workshop) {
        self.date_text = workshop.meta.date.to_string();
        self.due_texts = due_texts(&workshop);
        self.workshop = workshop;
        self.refresh();
    }

    /// Seconds spent on the current stage: every earlier visit (in the file) and this one.
    pub fn seconds_on_stage(&self, now: Instant) -> u64 {
        let banked = self
            .workshop
            .time_spent
            .get(&self.workshop.stage)
            .copied()
            .unwrap_or(0);
        banked.saturating_add(now.saturating_duration_since(self.stage_entered).as_secs())
    }

    /// Seconds left in the current stage's time box (negative when over), if it has one.
    pub fn seconds_left(&self, now: Instant) -> Option<i64> {
        let minutes = self.workshop.time_boxes.get(&self.workshop.stage)?;
        let spent = i64::try_from(self.seconds_on_stage(now)).unwrap_or(i64::MAX);
        Some(i64::from(*minutes) * 60 - spent)
    }

    /// Adds the whole seconds spent on the current stage since it was entered (or since the
    /// last call) to the workshop's record, so the next save keeps them; the part of a second
    /// left over keeps counting.
    pub fn bank_time(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.stage_entered);
        let seconds = elapsed.as_secs();
        if seconds == 0 {
            return;
        }
        *self
            .workshop
            .time_spent
            .entry(self.workshop.stage)
            .or_insert(0) += seconds;
        self.stage_entered += std::time::Duration::from_secs(seconds);
    }

    /// Moves to `stage`: the time on the stage left is recorded, the stages done so far keep
    /// their ✔, and the new stage's clock goes on from what it had.
    pub fn enter_stage(&mut self, stage: Stage, now: Instant) {
        self.bank_time(now);
        self.record_stages_done();
        self.workshop.stage = stage;
        self.stage_entered = now;
    }

    /// Whether a stage's work is done now (its ✔ in the stepper also stays once recorded).
    pub fn stage_complete(&self, stage: Stage) -> bool {
        let workshop = &self.workshop;
        let beyond = workshop.stage > stage;
        match stage {
            Stage::Setup => beyond && !workshop.meta.title.trim().is_empty(),
            Stage::Framing => beyond,
            Stage::Capture => workshop.floor_reached(),
            Stage::Reveal => workshop.revealed,
            Stage::Diagnose => workshop.revealed && beyond,
            Stage::Agree => !workshop.agreements.is_empty() || !workshop.actions.is_empty(),
            Stage::Close => !self.dirty && workshop.stage == Stage::Close,
        }
    }

    /// Whether the stepper shows a stage's ✔: done now, or done once before.
    pub fn stage_done(&self, stage: Stage) -> bool {
        self.workshop.stages_done.contains(&stage) || self.stage_complete(stage)
    }

    /// Keeps in the workshop which stages are done now, so their ✔ stays.
    pub fn record_stages_done(&mut self) {
        let done: Vec<Stage> = Stage::ALL
            .into_iter()
            .filter(|stage| self.stage_complete(*stage))
            .collect();
        self.workshop.stages_done.extend(done);
    }

    /// The workshop is being left: the time on the current stage is recorded and, when the
    /// stage has a time box and nothing else is unsaved, written to the file, so the
    /// countdown goes on from there when the workshop is reopened. (Unsaved edits are saved
    /// or discarded by the facilitator, with the time in them.)
    pub fn keep_time(&mut self, now: Instant) -> Result<(), NotSaved> {
        let before = self.workshop.time_spent.clone();
        self.bank_time(now);
        let timed = self.workshop.time_boxes.contains_key(&self.workshop.stage);
        if self.dirty || !timed || self.workshop.time_spent == before || !self.writable() {
            return Ok(());
        }
        self.save_file().map(|_| ())
    }

    /// The summary exactly as the Markdown export writes it.
    pub fn markdown(&self) -> &str {
        self.markdown
            .get_or_init(|| Format::Markdown.render(&Summary::new(&self.workshop, &self.rules)))
    }
}

/// What the stages show of the responses, computed once per change rather than per frame.
struct Derived {
    metrics: WorkshopMetrics,
    classification: Classification,
    stability: Stability,
    comments: PooledComments,
}

fn derive(workshop: &Workshop, rules: &RuleSet) -> Derived {
    let metrics = WorkshopMetrics::compute(workshop);
    let classification = classify_metrics(&metrics, workshop.floor_reached(), rules);
    Derived {
        metrics,
        classification,
        stability: leave_one_out(workshop, rules),
        comments: PooledComments::of(workshop.responses.iter()),
    }
}

fn due_texts(workshop: &Workshop) -> Vec<String> {
    workshop
        .actions
        .iter()
        .map(|action| action.due.map(|due| due.to_string()).unwrap_or_default())
        .collect()
}
