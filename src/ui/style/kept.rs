//! What views read every frame but is made once: kept for one language and revision.

use std::cell::RefCell;
use std::rc::Rc;

use crate::i18n::Language;

/// Something made for one language and revision, kept until either changes (or it is
/// forgotten).
pub struct Kept<T>(RefCell<Option<(Language, u64, Rc<T>)>>);

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Self(RefCell::new(None))
    }
}

impl<T> Kept<T> {
    /// What is kept for `language` at `revision`, else `make`'s, kept from now on.
    pub fn get(&self, language: Language, revision: u64, make: impl FnOnce() -> T) -> Rc<T> {
        if let Some((kept_language, kept_revision, value)) = self.0.borrow().as_ref()
            && *kept_language == language
            && *kept_revision == revision
        {
            return Rc::clone(value);
        }
        let value = Rc::new(make());
        *self.0.borrow_mut() = Some((language, revision, Rc::clone(&value)));
        value
    }

    /// Drops what is kept: the next [`Kept::get`] makes it again.
    pub fn forget(&mut self) {
        *self.0.get_mut() = None;
    }
}
