//! The facilitator's answers to the mapping step, remembered for files with the same
//! headers, in `import-mappings.json` in the workshops folder: the mapping belongs to the
//! survey form, which is reused quarter after quarter for the workshops in that folder, and
//! travels (and is backed up) with them; a facilitator can read or delete it. It holds
//! headers (questions) and choices only, never an answer.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::mapping::ColumnMapping;
use crate::storage::atomic::write_atomically;

pub const FILE_NAME: &str = "import-mappings.json";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RememberedMappings {
    pub surveys: Vec<RememberedSurvey>,
}

/// One survey's headers, in order, and what the facilitator said its unknown columns are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RememberedSurvey {
    pub headers: Vec<String>,
    pub mapping: ColumnMapping,
}

pub fn path_in(folder: &Path) -> PathBuf {
    folder.join(FILE_NAME)
}

impl RememberedMappings {
    /// The mappings of `folder`; none when the file is missing. A broken file is an error,
    /// so it is said and not silently replaced.
    pub fn load(folder: &Path) -> Result<Self, String> {
        let path = path_in(folder);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|error| format!("{}: {error}", path.display())),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(error) => Err(format!("{}: {error}", path.display())),
        }
    }

    pub fn for_headers(&self, headers: &[String]) -> Option<&ColumnMapping> {
        self.surveys
            .iter()
            .find(|survey| survey.headers == headers)
            .map(|survey| &survey.mapping)
    }

    /// Remembers `mapping` for `headers` (replacing what was remembered for them) and saves.
    pub fn remember(
        mut self,
        folder: &Path,
        headers: &[String],
        mapping: ColumnMapping,
    ) -> Result<(), String> {
        self.surveys.retain(|survey| survey.headers != headers);
        self.surveys.push(RememberedSurvey {
            headers: headers.to_vec(),
            mapping,
        });
        let text = serde_json::to_string_pretty(&self).map_err(|error| error.to_string())?;
        write_atomically(&path_in(folder), text.as_bytes()).map_err(|error| error.to_string())
    }
}
