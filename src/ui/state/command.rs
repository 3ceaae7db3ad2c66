//! Every change to the app's state, nested by the state that owns it. Views send these;
//! [`super::app_state::AppState::handle`] routes each to its owner's `handle`, in one place.

use std::path::PathBuf;

use super::file_purpose::FilePurpose;
use crate::compare::report::ReportFormat;
use crate::domain::{Function, NoteKey, Owner, Relationship, Stage};
use crate::export::Export;
use crate::i18n::Language;
use crate::ui::home::sort_key::SortKey;
use crate::ui::kiosk::statement_answer::StatementAnswer;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Screens, files, dialogs and exports: the app's own concerns.
    App(AppCommand),
    /// The library of the workshops folder on the home screen.
    Library(LibraryCommand),
    /// The facilitator working on the open workshop.
    Workshop(WorkshopCommand),
    /// A participant at the kiosk: the only commands participant mode accepts.
    Kiosk(KioskCommand),
    /// Room mode, opened on the Capture stage: phones answering over the room's network.
    Room(RoomCommand),
}

/// Handled by the open workshop (`OpenWorkshop::handle_room`, `room_commands.rs`); the inbox
/// the room's answers arrive through comes with its `Effects`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoomCommand {
    LookForNetworks,
    ChooseNetwork(std::net::IpAddr),
    Open,
    Close,
    /// Show only the code, the address and the counts, in large type (or go back).
    Present(bool),
    /// Answers to "close the room?" when the facilitator closes the workshop with it open.
    CloseAndLeave,
    StayInRoom,
}

/// Handled by [`super::app_state::AppState`]: whatever changes the screen, opens a dialog or runs in the
/// background.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    NewWorkshop,
    Open(PathBuf),
    CloseWorkshop,
    ShowDialog(FilePurpose),
    /// Export, asking where with a save dialog.
    Export(Export),
    /// Export straight to a path (what a dialog's answer leads to; also used by tests).
    ExportTo(Export, PathBuf),
    CopyMarkdown,
    StartParticipantMode,
    CompareSelected,
    CloseComparison,
    /// Export the comparison, asking where with a save dialog.
    ExportComparison(ReportFormat),
    /// Export the comparison straight to a path.
    ExportComparisonTo {
        format: ReportFormat,
        path: PathBuf,
    },
    /// The typed path offered when a file dialog cannot be shown.
    PathEntry(PathEntryCommand),
    Rescan,
    DismissNotice,
    SetDarkMode(bool),
    /// The language of the facilitator's screens (remembered).
    SetLanguage(Language),
    /// Presentation mode: full screen, everything larger (the button in the header, F11).
    SetPresentation(bool),
    /// The facilitator's zoom (Ctrl+plus, Ctrl+minus, Ctrl+0); presentation mode
    /// multiplies it.
    SetZoom(f32),
    /// The window is asked to close (its ✕, the desktop, Ctrl+Q).
    CloseWindow,
    /// Answers to "save before closing?".
    SaveAndClose,
    DiscardAndClose,
    KeepWindowOpen,
    /// What the room sees: the audience window, the spotlight, the blank screen.
    Audience(AudienceCommand),
    /// Names the open workshop's file after its date and title, when its name is in the
    /// form Tandem gives (Setup sends it when the facilitator leaves the title or the date
    /// after editing it, or picks a date from the calendar).
    NameFileAfterWorkshop,
    /// Answers "the raw responses, one row per person: save them?" (`true`: ask where).
    AnswerRawExport(bool),
    /// Open or close the About view (version, licence, workshops folder, the study).
    ShowAbout(bool),
}

/// Handled by [`crate::ui::audience::audience_state::Audience`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AudienceCommand {
    /// Open or close the audience window (closing it never closes the app or the workshop).
    ShowWindow(bool),
    /// Open it full screen on the projector: the second screen, where there is one.
    ShowOnProjector,
    SetFullscreen(bool),
    /// Put a finding (by its index among the findings) in the spotlight, or none.
    Spotlight(Option<usize>),
    /// The next (`true`) or previous finding in the spotlight.
    Step(bool),
    /// Blank the screen, or show it again.
    Blank(bool),
}

impl From<AudienceCommand> for Command {
    fn from(command: AudienceCommand) -> Self {
        Self::App(AppCommand::Audience(command))
    }
}

/// The typed path offered when a file dialog cannot be shown; handled by
/// [`super::app_state::AppState`] (`dialog_commands.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathEntryCommand {
    SetText(String),
    /// Use the typed path.
    Use,
    Cancel,
}

impl From<PathEntryCommand> for Command {
    fn from(command: PathEntryCommand) -> Self {
        Self::App(AppCommand::PathEntry(command))
    }
}

/// Handled by [`crate::ui::home::library::Library`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryCommand {
    Sort(SortKey),
    Filter(String),
    ToggleCompare(PathBuf),
}

/// Handled by [`crate::ui::workshop::open_workshop::OpenWorkshop`].
#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopCommand {
    Save,
    GoTo(Stage),
    RestoreRecovery,
    DiscardRecovery,
    UseRulesFile(PathBuf),
    UseDefaultRules,
    UseQuestionnaireFile(PathBuf),
    UseDefaultQuestionnaire,
    ImportCsv(PathBuf),
    /// The import's mapping step: what the unknown column at this index is.
    ChooseImportColumn(usize, crate::import::MapTo),
    ImportMapped,
    CancelImport,
    /// Show the room the results (Reveal stage).
    Reveal,
    /// The PIN typed on the Capture stage before participant mode starts.
    SetPinDraft(String),
    /// Ask whether a projector mirrors this screen before participant mode starts (`true`,
    /// once the PIN is acceptable), or stop asking (`false`).
    AskAboutProjector(bool),
    Edit(Edit),
    /// Answers "these rows were imported before: import them again?".
    ImportAgain(bool),
    /// Takes the last import back out, while it is the last change.
    UndoImport,
    /// The facilitator's answer when the file was changed elsewhere in the same places.
    ResolveConflict(Resolution),
    /// Takes the workshop over from the window or program that holds it.
    TakeOver,
    /// Writes the workshop to a new file and goes on there ("Save a copy elsewhere…").
    SaveCopyTo(PathBuf),
    /// The PIN typed a second time on the Capture stage: participant mode starts only when
    /// the two agree.
    SetPinAgain(String),
}

/// The facilitator's answer to a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// The file as it is now; this window's unsaved changes go.
    KeepTheirs,
    /// This window's workshop over the file.
    KeepMine,
    /// This window's workshop in a new file beside it; the file stays as it is.
    SaveMineAsCopy,
}

/// Edits to the workshop's own content; each marks it edited (see
/// [`crate::ui::workshop::open_workshop::OpenWorkshop::mark_edit`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    // Setup.
    SetTitle(String),
    SetOrganisation(String),
    SetDateText(String),
    SetFacilitator(String),
    /// The language participants answer in and the summary is written in.
    SetLanguage(Language),
    SetExpected(Function, u32),
    SetFloor(u32),
    SetTimeBox(Stage, Option<u32>),

    // Diagnose.
    /// The facilitator's note on a finding (the overall verdict, or a rule's); empty removes it.
    SetNote {
        finding: NoteKey,
        note: String,
    },

    // Agree.
    AddAgreement,
    SetAgreementText(usize, String),
    SetAgreementFinding(usize, Option<String>),
    RemoveAgreement(usize),
    AddAction,
    SetActionText(usize, String),
    SetActionOwner(usize, Owner),
    SetActionOwnerName(usize, String),
    SetActionDueText(usize, String),
    SetActionFinding(usize, Option<String>),
    SetActionDone(usize, bool),
    RemoveAction(usize),
}

/// Handled by [`crate::ui::kiosk::participant_screen::ParticipantScreen`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KioskCommand {
    PickFunction(Function),
    /// Also moves on to the statements.
    PickRelationship(Relationship),
    /// Rates or skips on purpose the statement with this key; answering the statement on
    /// screen moves on.
    Answer {
        statement: String,
        answer: StatementAnswer,
    },
    ToggleSource(String),
    SetFrictionComment(String),
    SetWorksWellComment(String),
    Next,
    Back,
    /// From the review, answer the statement at this index again.
    Revise(usize),
    Submit,
    NextParticipant,
    AskToUnlock,
    SetUnlockPin(String),
    Unlock,
    CancelUnlock,
    /// The language this participant reads the kiosk in (the next one starts in the
    /// workshop's).
    ChooseLanguage(Language),
}

impl From<AppCommand> for Command {
    fn from(command: AppCommand) -> Self {
        Self::App(command)
    }
}

impl From<LibraryCommand> for Command {
    fn from(command: LibraryCommand) -> Self {
        Self::Library(command)
    }
}

impl From<WorkshopCommand> for Command {
    fn from(command: WorkshopCommand) -> Self {
        Self::Workshop(command)
    }
}

impl From<Edit> for WorkshopCommand {
    fn from(edit: Edit) -> Self {
        Self::Edit(edit)
    }
}

impl From<Edit> for Command {
    fn from(edit: Edit) -> Self {
        Self::Workshop(WorkshopCommand::Edit(edit))
    }
}

impl From<RoomCommand> for Command {
    fn from(command: RoomCommand) -> Self {
        Self::Room(command)
    }
}

impl From<KioskCommand> for Command {
    fn from(command: KioskCommand) -> Self {
        Self::Kiosk(command)
    }
}

/// What the views of one frame asked for, in order; applied after the frame is drawn.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    pub fn send(&mut self, command: impl Into<Command>) {
        self.0.push(command.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for Commands {
    type Item = Command;
    type IntoIter = std::vec::IntoIter<Command>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}
