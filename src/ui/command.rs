use std::path::PathBuf;

use crate::domain::{Function, Owner, Relationship, Stage};
use crate::export::Format;
use crate::ui::library::SortKey;

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
            Self::ImportCsv => "Import responses from a CSV file",
        }
    }

    /// A blocking native dialog; call it off the UI thread.
    pub fn pick(self, folder: PathBuf) -> Option<PathBuf> {
        let (filter, extension) = match self {
            Self::ImportCsv => ("CSV file", "csv"),
            _ => ("Tandem file (RON)", "ron"),
        };
        rfd::FileDialog::new()
            .set_title(self.title())
            .add_filter(filter, &[extension])
            .set_directory(folder)
            .pick_file()
    }
}

/// Every change to the app's state. Views send these; [`super::AppState::handle`] applies
/// them, in one place.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    // Home and files.
    NewWorkshop,
    Open(PathBuf),
    ShowDialog(FilePurpose),
    DialogClosed(FilePurpose, Option<PathBuf>),
    Rescan,
    SortLibrary(SortKey),
    FilterLibrary(String),
    ToggleCompare(PathBuf),
    CompareSelected,
    CloseComparison,
    /// Export the comparison (`html` when true, else Markdown) through a save dialog.
    ExportComparison {
        html: bool,
    },
    CloseWorkshop,
    RestoreRecovery,
    DiscardRecovery,
    Save,
    /// Export through a native save dialog.
    Export(Format),
    /// Export straight to a path (what the dialog's answer leads to; also used by tests).
    ExportTo(Format, PathBuf),
    CopyMarkdown,
    ImportCsv(PathBuf),
    DismissNotice,
    SetDarkMode(bool),

    // Navigation.
    GoTo(Stage),

    // Setup.
    SetTitle(String),
    SetOrganisation(String),
    SetDateText(String),
    SetFacilitator(String),
    SetExpected(Function, u32),
    SetFloor(u32),
    SetTimeBox(Stage, Option<u32>),
    UseRulesFile(PathBuf),
    UseDefaultRules,
    UseQuestionnaireFile(PathBuf),
    UseDefaultQuestionnaire,

    // Capture and participant mode.
    SetPinDraft(String),
    StartParticipantMode,
    PickFunction(Function),
    PickRelationship(Relationship),
    Rate(String, Option<u8>),
    ToggleSource(String),
    SetFrictionComment(String),
    SetWorksWellComment(String),
    KioskNext,
    KioskBack,
    Submit,
    NextParticipant,
    AskToUnlock,
    SetUnlockPin(String),
    Unlock,
    CancelUnlock,

    // Diagnose.
    SetNote(String, String),

    // Agree.
    AddAgreement,
    SetAgreementText(usize, String),
    SetAgreementFinding(usize, Option<String>),
    RemoveAgreement(usize),
    AddAction,
    SetActionText(usize, String),
    SetActionOwner(usize, Owner),
    SetActionDueText(usize, String),
    SetActionFinding(usize, Option<String>),
    SetActionDone(usize, bool),
    RemoveAction(usize),
}
