use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use crate::domain::{PooledComments, Workshop};
use crate::metrics::WorkshopMetrics;
use crate::rules::{Classification, RuleSet, classify_metrics};
use crate::storage::{self, NewerRecovery};

/// The workshop being facilitated, with what is derived from it.
pub struct OpenWorkshop {
    pub path: PathBuf,
    pub workshop: Workshop,
    pub rules: RuleSet,
    /// Why the workshop's own rules file could not be used (the built-in rules are used then).
    pub rules_error: Option<String>,
    pub metrics: WorkshopMetrics,
    pub classification: Classification,
    /// The comments, pooled and shuffled; like the metrics, recomputed when responses change.
    pub comments: PooledComments,
    /// Changes whenever what is derived changes (unique across workshops), so views can
    /// keep layout measurements of it between frames.
    pub revision: u64,
    /// Edited since the last save to the workshop file.
    pub dirty: bool,
    /// When the last unsaved edit was made: autosave to the recovery file waits for a pause.
    pub last_edit: Option<Instant>,
    pub recovery: Option<NewerRecovery>,
    /// Text of the date field as typed, which may not be a date yet.
    pub date_text: String,
    /// Due-date fields of the action items, as typed.
    pub due_texts: Vec<String>,
    /// When the current stage was entered, for its time box.
    pub stage_entered: Instant,
    /// The PIN typed on the Capture stage before participant mode starts.
    pub pin_draft: String,
    pub pin_problem: Option<String>,
}

impl OpenWorkshop {
    pub fn new(path: PathBuf, workshop: Workshop, now: Instant) -> Self {
        let (rules, rules_error) = rules_of(&path, &workshop);
        let (metrics, classification, comments) = derive(&workshop, &rules);
        let recovery = storage::newer_recovery(&path);
        Self {
            date_text: workshop.meta.date.to_string(),
            due_texts: due_texts(&workshop),
            path,
            workshop,
            rules,
            rules_error,
            metrics,
            classification,
            comments,
            revision: next_revision(),
            dirty: false,
            last_edit: None,
            recovery,
            stage_entered: now,
            pin_draft: String::new(),
            pin_problem: None,
        }
    }

    /// Recomputes what derives from the responses and settings.
    pub fn refresh(&mut self) {
        (self.metrics, self.classification, self.comments) = derive(&self.workshop, &self.rules);
        self.revision = next_revision();
    }

    pub fn replace_workshop(&mut self, workshop: Workshop) {
        self.date_text = workshop.meta.date.to_string();
        self.due_texts = due_texts(&workshop);
        self.workshop = workshop;
        self.refresh();
    }
}

/// What the stages show of the responses, computed once per change rather than per frame.
fn derive(
    workshop: &Workshop,
    rules: &RuleSet,
) -> (WorkshopMetrics, Classification, PooledComments) {
    let metrics = WorkshopMetrics::compute(workshop);
    let classification = classify_metrics(&metrics, workshop.floor_reached(), rules);
    (
        metrics,
        classification,
        PooledComments::of(workshop.responses.iter()),
    )
}

fn next_revision() -> u64 {
    static REVISIONS: AtomicU64 = AtomicU64::new(1);
    REVISIONS.fetch_add(1, Ordering::Relaxed)
}

fn due_texts(workshop: &Workshop) -> Vec<String> {
    workshop
        .actions
        .iter()
        .map(|action| action.due.map(|due| due.to_string()).unwrap_or_default())
        .collect()
}

fn rules_of(path: &std::path::Path, workshop: &Workshop) -> (RuleSet, Option<String>) {
    match storage::rules_for_workshop(path, workshop) {
        Ok(rules) => (rules, None),
        Err(error) => (
            RuleSet::default_rules(),
            Some(format!("{error}\nUsing the built-in rules instead.")),
        ),
    }
}
