//! Files on disk: workshops, questionnaires and rules as RON, saved atomically.

pub mod atomic;
pub mod disk_copy;
pub mod error;
pub mod folder;
pub mod kind;
pub mod not_added;
pub mod questionnaire_file;
pub mod ron_text;
pub mod rules_file;
pub mod scan_task;
pub mod workshop_file;
pub mod workshop_lock;

pub use disk_copy::{Conflict, DiskCopy, NotWritten, Written};
pub use error::{FileError, NotAWorkshop, SaveError, SaveStep};
pub use folder::{Scan, WorkshopSummary, resolve_workshops_dir, scan};
pub use kind::{FileKind, detect_kind};
pub use not_added::{NotAdded, submit_and_save};
pub use questionnaire_file::load_questionnaire;
pub use rules_file::{load_rules, load_rules_for, parse_rules, rules_for_workshop};
pub use workshop_file::{
    FORMAT_VERSION, NewerRecovery, autosave_workshop, load_workshop, newer_recovery,
    parse_workshop, recovery_path, save_workshop, workshop_to_ron,
};
pub use workshop_lock::{Holder, Locking, Program, WorkshopLock, holder_path, lock_path};
