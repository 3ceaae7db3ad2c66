//! What views read every frame but is made once: kept per language and revision.

use std::cell::RefCell;
use std::rc::Rc;

use crate::i18n::Language;

/// How many languages are kept at once: the console's and the audience view's (the
/// participants'), which both draw every frame when they differ.
const LANGUAGES: usize = 2;

/// Something made for a language and revision, kept until the revision changes (or it is
/// forgotten); the last two languages asked for are kept side by side.
pub struct Kept<T>(RefCell<Vec<(Language, u64, Rc<T>)>>);

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Self(RefCell::new(Vec::new()))
    }
}

impl<T> Kept<T> {
    /// What is kept for `language` at `revision`, else `make`'s, kept from now on.
    pub fn get(&self, language: Language, revision: u64, make: impl FnOnce() -> T) -> Rc<T> {
        if let Some((_, _, value)) = self
            .0
            .borrow()
            .iter()
            .find(|(kept, kept_revision, _)| *kept == language && *kept_revision == revision)
        {
            return Rc::clone(value);
        }
        let value = Rc::new(make());
        let mut kept = self.0.borrow_mut();
        kept.retain(|(other, kept_revision, _)| *other != language && *kept_revision == revision);
        if kept.len() >= LANGUAGES {
            kept.remove(0);
        }
        kept.push((language, revision, Rc::clone(&value)));
        value
    }

    /// Drops what is kept: the next [`Kept::get`] makes it again.
    pub fn forget(&mut self) {
        self.0.get_mut().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_languages_are_kept_side_by_side_and_a_new_revision_makes_them_again() {
        let kept: Kept<String> = Kept::default();
        let made = std::cell::Cell::new(0);
        let get = |language: Language, revision| {
            kept.get(language, revision, || {
                made.set(made.get() + 1);
                format!("{language:?} {revision}")
            })
        };
        get(Language::English, 1);
        get(Language::German, 1);
        get(Language::English, 1);
        get(Language::German, 1);
        assert_eq!(made.get(), 2, "both kept");
        get(Language::English, 2);
        assert_eq!(made.get(), 3);
        assert_eq!(*get(Language::English, 2), "English 2");
    }
}
