use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;

/// The kinds of file `tandem check` understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Workshop,
    Questionnaire,
    Rules,
}

impl FileKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Workshop => "workshop",
            Self::Questionnaire => "questionnaire",
            Self::Rules => "rules file",
        }
    }
}

#[derive(Deserialize)]
struct KindProbe {
    #[serde(default)]
    format_version: Present,
    #[serde(default)]
    statements: Present,
    #[serde(default)]
    rules: Present,
}

/// Whether a field is there at all, whatever its value.
#[derive(Default)]
struct Present(bool);

impl<'de> Deserialize<'de> for Present {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        IgnoredAny::deserialize(deserializer)?;
        Ok(Self(true))
    }
}

/// Guesses a file's kind from its top-level fields, falling back on its name and folder
/// when the text does not parse (so the error comes from the right parser).
pub fn detect_kind(path: &Path, text: &str) -> FileKind {
    if let Ok(probe) = ron::Options::default().from_str::<KindProbe>(text) {
        if probe.format_version.0 {
            return FileKind::Workshop;
        }
        if probe.statements.0 {
            return FileKind::Questionnaire;
        }
        if probe.rules.0 {
            return FileKind::Rules;
        }
    }
    let named = |word: &str| {
        path.components().any(|part| {
            part.as_os_str()
                .to_string_lossy()
                .to_lowercase()
                .contains(word)
        })
    };
    if named("rule") {
        FileKind::Rules
    } else if named("questionnaire") {
        FileKind::Questionnaire
    } else {
        FileKind::Workshop
    }
}
