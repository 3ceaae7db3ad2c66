//! Whether a window may write its workshop, why a write did not happen, and what a write
//! that went through brought from elsewhere: the types [`super::open_workshop::OpenWorkshop`]
//! keeps, apart from the code that writes (`file_sync.rs`).

use std::rc::Rc;

use crate::domain::WorkshopPart;
use crate::i18n::Language;
use crate::storage::{Holder, SaveError, WorkshopLock};
use crate::ui::state::notice::Notice;

/// Whether this window may write the workshop.
#[derive(Debug)]
pub enum Access {
    /// It may: it holds the lock (`None` when no lock file could be made, as in a folder
    /// that cannot be written, where saving will say why).
    Writer(Option<WorkshopLock>),
    /// Another window or program holds it (named, when its lock file says who): this
    /// window shows the workshop and changes nothing until it takes over.
    ReadOnly(Option<Holder>),
}

/// Why the workshop file was not written; the workshop in memory keeps every change.
#[derive(Clone, Debug)]
pub enum NotSaved {
    Failed(Rc<SaveError>),
    /// Changed elsewhere in the same places: the facilitator decides (see
    /// [`OpenWorkshop::conflict`]).
    Conflict(Vec<WorkshopPart>),
    /// The file changed elsewhere and no longer reads as a workshop.
    Unreadable,
    ReadOnly(Option<Holder>),
}

/// A write that went through; `from_elsewhere` names what the file had gained meanwhile
/// (kept, and now shown).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    pub from_elsewhere: Vec<WorkshopPart>,
}

impl NotSaved {
    /// Whether the facilitator is being asked about it (the conflict prompt is up).
    pub fn is_asked(&self) -> bool {
        matches!(self, Self::Conflict(_) | Self::Unreadable)
    }

    pub fn describe(&self, language: Language) -> String {
        match self {
            Self::Failed(error) => error.describe(language),
            Self::Conflict(parts) => language.text_with(
                "file-conflict-short",
                &[("parts", WorkshopPart::list(parts, language).into())],
            ),
            Self::Unreadable => language.text("file-conflict-unreadable-short"),
            Self::ReadOnly(holder) => language.text_with(
                "file-read-only-short",
                &[("holder", holder_words(holder.as_ref(), language).into())],
            ),
        }
    }
}

impl Saved {
    /// What the facilitator is told of a save that also kept changes made elsewhere.
    pub fn notice(&self, language: Language) -> Option<Notice> {
        (!self.from_elsewhere.is_empty()).then(|| {
            Notice::Info(language.text_with(
                "file-merged",
                &[(
                    "parts",
                    WorkshopPart::list(&self.from_elsewhere, language).into(),
                )],
            ))
        })
    }
}

/// Who holds a workshop, in words; "another Tandem" when its lock file says nothing.
pub fn holder_words(holder: Option<&Holder>, language: Language) -> String {
    holder.map_or_else(
        || language.text("lock-someone"),
        |holder| holder.describe(language),
    )
}
