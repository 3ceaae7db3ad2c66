use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language Tandem speaks. Workshop files keep its tag ("de").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    #[default]
    English,
    German,
    French,
    Spanish,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{tag}\" is not a language Tandem speaks: use {}", Language::list())]
pub struct UnknownLanguage {
    pub tag: String,
}

impl Language {
    pub const ALL: [Self; 4] = [Self::English, Self::German, Self::French, Self::Spanish];

    /// For serde's `skip_serializing_if`: English is what a file without a language means.
    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "serde passes a reference"
    )]
    pub fn is_english(&self) -> bool {
        *self == Self::English
    }

    /// The tag files, pages' `lang` and `--lang` use.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::German => "de",
            Self::French => "fr",
            Self::Spanish => "es",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::German => "Deutsch",
            Self::French => "Français",
            Self::Spanish => "Español",
        }
    }

    /// The language whose tag is exactly `tag` ("de"): what files and the phones' forms carry.
    pub fn from_exact_tag(tag: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|language| language.tag() == tag)
    }

    /// Reads "de", "de-AT", "de_DE.UTF-8" or "German"; case does not matter.
    pub fn from_tag(tag: &str) -> Result<Self, UnknownLanguage> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|language| {
                language.tag() == primary
                    || language.name().to_lowercase() == tag.trim().to_lowercase()
                    || language.english_name().eq_ignore_ascii_case(tag.trim())
            })
            .ok_or_else(|| UnknownLanguage {
                tag: tag.to_owned(),
            })
    }

    /// The computer's language where Tandem has it (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
    /// first of `LANGUAGE`), else English.
    pub fn of_system() -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]
            .into_iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| {
                let first = value.split(':').next().unwrap_or_default().to_owned();
                Self::from_tag(&first).ok()
            })
            .unwrap_or_default()
    }

    fn english_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::German => "German",
            Self::French => "French",
            Self::Spanish => "Spanish",
        }
    }

    /// "en (English), de (Deutsch), …" for error messages.
    pub fn list() -> String {
        Self::ALL
            .iter()
            .map(|language| format!("{} ({})", language.tag(), language.name()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Language {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name())
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        Self::from_tag(tag)
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        // Only the exact tags: a file is not a place for "German" or "de_DE.UTF-8".
        Self::from_exact_tag(&tag).ok_or_else(|| serde::de::Error::custom(UnknownLanguage { tag }))
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn tags_names_and_locales_are_read() {
        assert_eq!(Language::from_tag("de").unwrap(), Language::German);
        assert_eq!(Language::from_tag("fr_FR.UTF-8").unwrap(), Language::French);
        assert_eq!(Language::from_tag("es-MX").unwrap(), Language::Spanish);
        assert_eq!(Language::from_tag("Deutsch").unwrap(), Language::German);
        assert_eq!(Language::from_tag("spanish").unwrap(), Language::Spanish);
        assert_eq!(Language::from_tag("EN").unwrap(), Language::English);
    }

    #[test]
    fn an_unknown_language_names_the_ones_there_are() {
        let error = Language::from_tag("pt").unwrap_err().to_string();
        assert_eq!(
            error,
            "\"pt\" is not a language Tandem speaks: use en (English), de (Deutsch), fr (Français), es (Español)"
        );
    }

    #[test]
    fn files_keep_the_tag() {
        assert_eq!(ron::to_string(&Language::French).unwrap(), "\"fr\"");
        assert_eq!(
            ron::from_str::<Language>("\"es\"").unwrap(),
            Language::Spanish
        );
        let wrong = ron::from_str::<Language>("\"German\"")
            .unwrap_err()
            .to_string();
        assert!(wrong.contains("\"German\" is not a language"), "{wrong}");
    }
}
