//! Columns that would say who answered or when. They are dropped as the file is read and
//! never reach a response, the workshop file or the screen; the import names them.

use super::words::fold;

/// Why a column was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    /// When someone answered: it could tell who by the order people arrived.
    Time,
    /// Who answered, or what identifies their answer or their device.
    Identity,
}

impl DropReason {
    /// The message naming a dropped column (`header`) with this reason.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Time => "import-error-dropped-time",
            Self::Identity => "import-error-dropped-identity",
        }
    }
}

const TIME: [&str; 13] = [
    "timestamp",
    "start time",
    "completion time",
    "last modified time",
    "submitted at",
    "start date",
    "end date",
    "submit date",
    "start date utc",
    "submit date utc",
    "stage date utc",
    "date submitted",
    "date created",
];

const IDENTITY: [&str; 18] = [
    "email",
    "email address",
    "e mail",
    "e mail address",
    "name",
    "first name",
    "last name",
    "full name",
    "id",
    "respondent id",
    "response id",
    "collector id",
    "ip address",
    "network id",
    "token",
    "user",
    "username",
    "respondent",
];

/// Whether a header names an identity or time column, and which.
pub fn identity_column(header: &str) -> Option<DropReason> {
    if header.trim() == "#" {
        return Some(DropReason::Identity); // Typeform's response number
    }
    let folded = fold(header);
    if TIME.contains(&folded.as_str()) {
        Some(DropReason::Time)
    } else if IDENTITY.contains(&folded.as_str()) || folded.starts_with("custom data") {
        Some(DropReason::Identity)
    } else {
        None
    }
}
