use std::fmt;

use crate::i18n::Language;

/// Where in a text file something was found, 1-based as editors show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

impl Position {
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let column = before
            .get(line_start..)
            .map_or(1, |s| s.chars().count() + 1);
        Self { line, column }
    }
}

/// One thing wrong with the meaning of a file that parsed: a key that does not exist,
/// a duplicate, a value out of range. `path` says where in the data, `position` where in
/// the text when it could be found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    /// What is wrong, in English (logs, `Display`, tests).
    pub message: String,
    /// The message id and its arguments, so [`Problem::describe`] says it in the reader's
    /// language; `None` for a problem said in English only.
    pub said: Option<Said>,
    pub position: Option<Position>,
    /// Text that marks the spot in the file (a quoted key), for whoever has the text to
    /// turn into a position.
    pub needle: Option<String>,
    /// Which occurrence of the needle marks it, 0 for the first.
    pub occurrence: usize,
}

/// A message of assets/translations with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Said {
    pub fn in_language(&self, language: Language) -> String {
        let args: Vec<_> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.as_str().into()))
            .collect();
        language.text_with(self.id, &args)
    }
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            said: None,
            position: None,
            needle: None,
            occurrence: 0,
        }
    }

    /// A problem said by message `id` with `args`, in any language ([`Problem::describe`]).
    pub fn said(path: impl Into<String>, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        let said = Said {
            id,
            args: args
                .iter()
                .map(|(name, value)| (*name, (*value).to_owned()))
                .collect(),
        };
        Self {
            message: said.in_language(Language::English),
            said: Some(said),
            ..Self::new(path, "")
        }
    }

    /// What is wrong in `language`: the message's own words, or the English ones of a
    /// problem that has no message id.
    pub fn describe(&self, language: Language) -> String {
        self.said
            .as_ref()
            .map_or_else(|| self.message.clone(), |said| said.in_language(language))
    }

    pub fn marked_by(self, needle: impl Into<String>) -> Self {
        self.marked_by_nth(needle, 0)
    }

    pub fn marked_by_nth(mut self, needle: impl Into<String>, occurrence: usize) -> Self {
        self.needle = Some(needle.into());
        self.occurrence = occurrence;
        self
    }

    /// Finds this problem's needle in `text` (searching from byte `from`) and keeps its position.
    pub fn located_in(self, text: &str, from: usize) -> Self {
        let mut start = from;
        let mut found = None;
        if let Some(needle) = self.needle.as_deref() {
            for _ in 0..=self.occurrence {
                let Some(offset) = text.get(start..).and_then(|rest| rest.find(needle)) else {
                    found = None;
                    break;
                };
                found = Some(start + offset);
                start += offset + needle.len();
            }
        }
        let position = found
            .map(|offset| Position::of_offset(text, offset))
            .or(self.position);
        self.at(position)
    }

    pub fn at(mut self, position: Option<Position>) -> Self {
        self.position = position;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Keys are short `snake_case` identifiers, so they survive RON, CSV headers and JSON alike.
pub fn is_valid_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|first| first.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
