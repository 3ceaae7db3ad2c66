use std::path::PathBuf;

/// What a file picked in a native dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    OpenWorkshop,
    RulesFile,
    QuestionnaireFile,
    ImportCsv,
}

impl FilePurpose {
    fn title(self) -> &'static str {
        match self {
            Self::OpenWorkshop => "Open a Tandem workshop",
            Self::RulesFile => "Choose a rules file",
            Self::QuestionnaireFile => "Choose a questionnaire file",
            Self::ImportCsv => "Import responses from a survey (CSV or Excel)",
        }
    }

    /// A blocking native dialog; call it off the UI thread.
    pub fn pick(self, folder: PathBuf) -> Option<PathBuf> {
        let (filter, extensions): (&str, &[&str]) = match self {
            Self::ImportCsv => ("Survey file (CSV, Excel)", &["csv", "xlsx"]),
            _ => ("Tandem file (RON)", &["ron"]),
        };
        rfd::FileDialog::new()
            .set_title(self.title())
            .add_filter(filter, extensions)
            .set_directory(folder)
            .pick_file()
    }
}
