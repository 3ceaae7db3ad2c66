//! The names Tandem gives workshop files, `{date}-{title}.ron` in the workshops folder, and
//! the rename that keeps a file Tandem named in step with its workshop's date and title.

use std::path::{Path, PathBuf};

use super::notice::Notice;
use crate::domain::Date;
use crate::i18n::Language;
use crate::storage::{self, Holder};
use crate::ui::workshop::access::Access;
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// The longest title part of a file name, so names stay readable in a file manager.
const LONGEST_SLUG: usize = 48;

/// The title as a file name reads it: lower case, letters and digits of any script, anything
/// else one dash ("Sales & Product, Q4" → "sales-product-q4").
fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if slug.chars().count() >= LONGEST_SLUG {
            break;
        }
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        String::from("workshop")
    } else {
        slug.to_owned()
    }
}

/// `2026-11-30-q4-alignment`: the name of a workshop of `date` titled `title`.
pub fn stem(date: Date, title: &str) -> String {
    format!("{date}-{}", slug(title))
}

/// `northwind-analytics-comparison-2026-02-12-to-2026-08-20`: the name a comparison's export
/// suggests, from its first and last dates and the organisation, when all workshops share one.
pub fn comparison_stem(comparison: &crate::compare::Comparison) -> String {
    let workshops = &comparison.workshops;
    let (Some(first), Some(last)) = (workshops.first(), workshops.last()) else {
        return String::from("comparison");
    };
    let dates = format!("comparison-{}-to-{}", first.date, last.date);
    match crate::compare::brief::shared_organisation(comparison) {
        Some(organisation) => format!("{}-{dates}", slug(organisation)),
        None => dates,
    }
}

/// `dir/stem.ron`, or `dir/stem-2.ron` and so on when taken.
pub fn unique_path(dir: &Path, stem: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}.ron"));
    let mut counter = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{counter}.ron"));
        counter += 1;
    }
    path
}

/// Whether the file stem `name` is `stem` or `stem-N`, as [`unique_path`] makes them.
fn is_named(name: &str, stem: &str) -> bool {
    name == stem
        || name
            .strip_prefix(stem)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the file stem `name` is in the form Tandem names files in: a date, then words
/// as [`slug`] writes them ("2026-11-30-q4-alignment", "2026-03-01-untitled-workshop-2").
/// Such a name follows its workshop; any other is the facilitator's and stays. The form is
/// enough, and no memory of earlier names is needed: a save between an edit and the rename
/// (moving to another stage saves) cannot make Tandem lose track of its own name.
fn named_by_tandem(name: &str) -> bool {
    let (Some(date), Some(rest)) = (name.get(..10), name.get(10..)) else {
        return false;
    };
    let Some(words) = rest.strip_prefix('-') else {
        return false;
    };
    date.parse::<Date>().is_ok()
        && !words.is_empty()
        && !words.starts_with('-')
        && !words.ends_with('-')
        && !words.contains("--")
        && words
            .chars()
            .all(|c| c == '-' || (c.is_alphanumeric() && !c.is_uppercase()))
}

/// A rename done: the workshop is now in `new`; `problem` when its old file could not go.
pub struct Renamed {
    pub old: PathBuf,
    pub new: PathBuf,
    pub problem: Option<Notice>,
}

/// Names the open workshop's file after its date and title when Tandem named it and the
/// name no longer fits ("2026-03-01-untitled-workshop.ron" → "2026-11-30-q4-alignment.ron").
/// Done as the facilitator's "save a copy" is: saved where it is, written anew under the new
/// name (never over a file that exists) with a lock of its own, then the old file goes.
/// `None`: nothing to do, or its save failed (the header says why).
pub fn follow_workshop(
    open: &mut OpenWorkshop,
    holder: Holder,
    language: Language,
) -> Option<Result<Renamed, Notice>> {
    // Only the window holding the lock renames: nobody else can be writing the file, and a
    // `tandem room` or another window that holds it keeps the name it knows.
    if !matches!(open.access, Access::Writer(Some(_))) || open.conflict.is_some() {
        return None;
    }
    let meta = &open.workshop.meta;
    if meta.title.trim().is_empty() {
        return None;
    }
    let wanted = stem(meta.date, &meta.title);
    let old = open.path.clone();
    let current = old.file_stem()?.to_str()?;
    if is_named(current, &wanted) || !named_by_tandem(current) {
        return None;
    }
    // Everything this window has goes into the old file first, merged with anything
    // written there meanwhile, so the copy leaves nothing of it behind.
    open.save_file().ok()?;
    let new = unique_path(old.parent()?, &wanted);
    if let Notice::Error(error) = open.save_copy_to(&new, holder, language) {
        return Some(Err(Notice::Error(
            language.text_with("app-file-not-named", &[("error", error.into())]),
        )));
    }
    // The old lock went with the copy; the old file follows (a save left no recovery file).
    let problem = match std::fs::remove_file(&old) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            Some(Notice::Error(language.text_with(
                "app-old-file-kept",
                &[
                    ("path", new.display().to_string().into()),
                    ("old", old.display().to_string().into()),
                    ("error", error.to_string().into()),
                ],
            )))
        }
        _ => None,
    };
    let _ = std::fs::remove_file(storage::recovery_path(&old));
    Some(Ok(Renamed { old, new, problem }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_becomes_a_readable_file_name() {
        let date = Date::new(2026, 11, 30).unwrap();
        assert_eq!(
            stem(date, "Sales & Product alignment, Q4 2026"),
            "2026-11-30-sales-product-alignment-q4-2026"
        );
        assert_eq!(stem(date, "  Équipe «Nord»  "), "2026-11-30-équipe-nord");
        assert_eq!(stem(date, "???"), "2026-11-30-workshop");
        let long = stem(date, &"word ".repeat(40));
        assert!(long.chars().count() <= 11 + LONGEST_SLUG, "{long}");
        assert!(!long.ends_with('-'));
    }

    #[test]
    fn only_names_in_tandems_form_are_followed() {
        assert!(named_by_tandem("2026-11-30-q4-alignment"));
        assert!(named_by_tandem("2026-11-30-q4-alignment-3"));
        assert!(named_by_tandem("2026-03-01-untitled-workshop"));
        assert!(named_by_tandem("2026-03-01-taller-sin-título"));
        assert!(!named_by_tandem("2026-11-30-Q4"));
        assert!(!named_by_tandem("2026-11-30"));
        assert!(!named_by_tandem("2026-02-30-q4"));
        assert!(!named_by_tandem("q4"));
        assert!(!named_by_tandem("2026-q1-northwind"));
        assert!(!named_by_tandem("2026-11-30-q4 alignment"));
        assert!(is_named("2026-11-30-q4-2", "2026-11-30-q4"));
        assert!(!is_named("2026-11-30-q4-copy", "2026-11-30-q4"));
    }
}
