//! Columns that would say who answered or when, and the survey tool's own record of a
//! response. They are dropped as the file is read and never reach a response, the workshop
//! file or the screen; the import names them. Their headers are in [`super::header_words`].

use super::header_words::{IDENTITY, METADATA, TIME};
use super::words::fold;

/// Why a column was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    /// When someone answered: it could tell who by the order people arrived.
    Time,
    /// Who answered, or what identifies their answer or their device.
    Identity,
    /// The survey tool's record of the response (its type, tags, ending): no answer.
    Metadata,
}

impl DropReason {
    /// The message naming a dropped column (`header`) with this reason.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Time => "import-error-dropped-time",
            Self::Identity => "import-error-dropped-identity",
            Self::Metadata => "import-error-dropped-metadata",
        }
    }
}

/// Whether a header names an identity, time or metadata column, and which.
pub fn identity_column(header: &str) -> Option<DropReason> {
    if header.trim() == "#" {
        return Some(DropReason::Identity); // Typeform's response number
    }
    let header = compact(header);
    let named = |words: &[&str]| words.iter().any(|word| compact(word) == header);
    if named(TIME) {
        Some(DropReason::Time)
    } else if named(IDENTITY) || header.starts_with("customdata") {
        Some(DropReason::Identity)
    } else if named(METADATA) {
        Some(DropReason::Metadata)
    } else {
        None
    }
}

/// Folded, without spaces: `RespondentID`, `Respondent ID` and `respondent-id` are one.
fn compact(header: &str) -> String {
    fold(header).replace(' ', "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_each_language_and_spelling() {
        for header in ["Marca temporal", "Zeitstempel", "Horodateur", "StartDate"] {
            assert_eq!(identity_column(header), Some(DropReason::Time), "{header}");
        }
        assert_eq!(
            identity_column("Carimbo de data/hora"),
            Some(DropReason::Time)
        );
        for header in [
            "Dirección de correo electrónico",
            "RespondentID",
            "LastName",
            "Custom Data",
            "Nom d’utilisateur",
            "E-Mail-Adresse",
            "Id",
        ] {
            assert_eq!(
                identity_column(header),
                Some(DropReason::Identity),
                "{header}"
            );
        }
        assert_eq!(identity_column("Response Type"), Some(DropReason::Metadata));
        assert_eq!(identity_column("Department"), None);
        assert_eq!(identity_column("Nominal"), None);
    }
}
