//! The app state and the one place it changes: [`AppState::handle`].

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::command::{Command, FilePurpose};
use super::kiosk::{Kiosk, KioskStep, UnlockPrompt};
use super::library::Library;
use super::open_workshop::OpenWorkshop;
use crate::domain::{
    ActionItem, Agreement, AnonymityFloor, Date, ParticipantLock, Stage, Workshop,
};
use crate::storage;

/// Unsaved edits are written to the recovery file after this long without another edit.
pub const AUTOSAVE_PAUSE: Duration = Duration::from_secs(2);
/// How many recent files the home screen remembers.
const RECENT_FILES: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Facilitator,
    Participant(Kiosk),
}

pub struct AppState {
    pub workshops_dir: PathBuf,
    pub library: Library,
    /// Workshops being compared, shown instead of the home screen.
    pub comparison: Option<crate::compare::Comparison>,
    pub open: Option<OpenWorkshop>,
    pub mode: Mode,
    pub notice: Option<Notice>,
    pub recent: Vec<PathBuf>,
    pub dark_mode: bool,
    /// A native file dialog is open on another thread; its answer arrives here.
    pub dialog: Option<(FilePurpose, mpsc::Receiver<Option<PathBuf>>)>,
    /// An export running on its own thread: the file written, `None` when cancelled.
    pub export_task: Option<mpsc::Receiver<Result<Option<PathBuf>, String>>>,
    /// Text for the clipboard, which the app hands to egui after the frame.
    pub clipboard: Option<String>,
}

impl AppState {
    pub fn new(workshops_dir: PathBuf) -> Self {
        let library = Library::scan(&workshops_dir);
        Self {
            workshops_dir,
            library,
            comparison: None,
            open: None,
            mode: Mode::Facilitator,
            notice: None,
            recent: Vec::new(),
            dark_mode: false,
            dialog: None,
            export_task: None,
            clipboard: None,
        }
    }

    pub fn kiosk(&self) -> Option<&Kiosk> {
        match &self.mode {
            Mode::Participant(kiosk) => Some(kiosk),
            Mode::Facilitator => None,
        }
    }

    fn kiosk_mut(&mut self) -> Option<&mut Kiosk> {
        match &mut self.mode {
            Mode::Participant(kiosk) => Some(kiosk),
            Mode::Facilitator => None,
        }
    }

    /// Applies one command. Errors become a notice; the data the app had is kept.
    pub fn handle(&mut self, command: Command, now: Instant) {
        // In participant mode only the kiosk's own commands do anything.
        if self.kiosk().is_some() && !is_kiosk_command(&command) {
            return;
        }
        match command {
            Command::NewWorkshop => self.new_workshop(now),
            Command::Open(path) => self.open_path(&path, now),
            Command::ShowDialog(purpose) => self.show_dialog(purpose),
            Command::DialogClosed(purpose, path) => {
                self.dialog = None;
                match (purpose, path) {
                    (_, None) => {}
                    (FilePurpose::OpenWorkshop, Some(path)) => self.open_path(&path, now),
                    (FilePurpose::RulesFile, Some(path)) => self.use_rules_file(&path),
                    (FilePurpose::QuestionnaireFile, Some(path)) => {
                        self.use_questionnaire(Some(&path), now)
                    }
                    (FilePurpose::ImportCsv, Some(path)) => self.import_csv(&path),
                }
            }
            Command::UseRulesFile(path) => self.use_rules_file(&path),
            Command::UseDefaultRules => {
                if let Some(open) = &mut self.open {
                    open.workshop.settings.rules_file = None;
                    open.rules = crate::rules::RuleSet::default_rules();
                    open.rules_error = None;
                    open.refresh();
                    open.dirty = true;
                    open.last_edit = Some(now);
                }
            }
            Command::UseQuestionnaireFile(path) => self.use_questionnaire(Some(&path), now),
            Command::UseDefaultQuestionnaire => self.use_questionnaire(None, now),
            Command::Rescan => {
                self.library.rescan(&self.workshops_dir);
                self.forget_missing_recent();
            }
            Command::SortLibrary(key) => self.library.sort_by(key),
            Command::FilterLibrary(text) => self.library.set_filter(text),
            Command::ToggleCompare(path) => {
                if !self.library.selected.remove(&path) {
                    self.library.selected.insert(path);
                }
            }
            Command::CompareSelected => self.compare_selected(),
            Command::CloseComparison => self.comparison = None,
            Command::ExportComparison { html } => self.export_comparison(html),
            Command::CloseWorkshop => {
                self.save_if_dirty();
                self.open = None;
                self.library.rescan(&self.workshops_dir);
            }
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => {
                if let Some(open) = &mut self.open
                    && let Some(recovery) = open.recovery.take()
                    && let Err(error) = std::fs::remove_file(&recovery.path)
                {
                    self.notice = Some(Notice::Error(format!(
                        "Could not remove {}: {error}",
                        recovery.path.display()
                    )));
                }
            }
            Command::Save => self.save(),
            Command::Export(format) => self.start_export(format, None),
            Command::ExportTo(format, path) => self.start_export(format, Some(path)),
            Command::CopyMarkdown => {
                if let Some(open) = &self.open {
                    let summary = crate::export::Summary::new(&open.workshop, &open.rules);
                    self.clipboard = Some(crate::export::Format::Markdown.render(&summary));
                    self.notice = Some(Notice::Info(String::from(
                        "The Markdown summary is on the clipboard.",
                    )));
                }
            }
            Command::ImportCsv(path) => self.import_csv(&path),
            Command::DismissNotice => self.notice = None,
            Command::SetDarkMode(dark) => self.dark_mode = dark,
            Command::GoTo(stage) => self.go_to(stage, now),
            Command::SetPinDraft(pin) => {
                if let Some(open) = &mut self.open {
                    open.pin_draft = pin;
                    open.pin_problem = None;
                }
            }
            Command::StartParticipantMode => self.start_participant_mode(now),
            Command::Submit => self.submit(),
            Command::Unlock => self.unlock(),
            command if is_kiosk_command(&command) => self.kiosk_command(command),
            command => self.edit(command, now),
        }
    }

    /// Work to do between frames: autosave after a pause in editing, dialog answers.
    /// Returns how long until it needs to run again, if it does.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        let scanning = self.library.poll().then_some(Duration::from_millis(50));
        let wake = self.tick_workshop(now);
        match (scanning, wake) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn tick_workshop(&mut self, now: Instant) -> Option<Duration> {
        if let Some((purpose, receiver)) = &self.dialog {
            let purpose = *purpose;
            match receiver.try_recv() {
                Ok(path) => self.handle(Command::DialogClosed(purpose, path), now),
                Err(mpsc::TryRecvError::Disconnected) => self.dialog = None,
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        if let Some(receiver) = &self.export_task {
            match receiver.try_recv() {
                Ok(result) => {
                    self.export_task = None;
                    self.notice = match result {
                        Ok(Some(path)) => {
                            Some(Notice::Info(format!("Exported {}", path.display())))
                        }
                        Ok(None) => None,
                        Err(error) => Some(Notice::Error(error)),
                    };
                }
                Err(mpsc::TryRecvError::Disconnected) => self.export_task = None,
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        let open = self.open.as_mut()?;
        let last_edit = open.last_edit?;
        let due = last_edit + AUTOSAVE_PAUSE;
        if now < due {
            return Some(due - now);
        }
        open.last_edit = None;
        if let Err(error) = storage::autosave_workshop(&open.path, &open.workshop) {
            self.notice = Some(Notice::Error(format!(
                "{error}. Your changes are still here; use Save, or check the folder."
            )));
        }
        None
    }

    /// Loads the chosen workshops and compares them, each with its own rules.
    fn compare_selected(&mut self) {
        if self.library.selected.len() < 2 {
            self.notice = Some(Notice::Error(String::from(
                "Choose at least two workshops to compare.",
            )));
            return;
        }
        let mut workshops = Vec::new();
        for path in &self.library.selected {
            match storage::load_workshop(path) {
                Ok(workshop) => {
                    let rules = workshop
                        .settings
                        .rules_file
                        .as_deref()
                        .and_then(|name| {
                            let folder = path.parent().unwrap_or(Path::new("."));
                            storage::load_rules_for(&folder.join(name), &workshop.questionnaire)
                                .ok()
                        })
                        .unwrap_or_else(crate::rules::RuleSet::default_rules);
                    workshops.push((path.clone(), workshop, rules));
                }
                Err(error) => {
                    self.notice = Some(Notice::Error(error.to_string()));
                    return;
                }
            }
        }
        self.comparison = Some(crate::compare::Comparison::new(workshops));
        self.notice = None;
    }

    fn new_workshop(&mut self, now: Instant) {
        self.save_if_dirty();
        let date = Date::today();
        let workshop = Workshop::new("Untitled workshop", date);
        let path = unique_path(&self.workshops_dir, &format!("{date}-workshop"));
        if let Err(error) = std::fs::create_dir_all(&self.workshops_dir) {
            self.notice = Some(Notice::Error(format!(
                "Could not create the workshops folder {}: {error}",
                self.workshops_dir.display()
            )));
            return;
        }
        match storage::save_workshop(&path, &workshop) {
            Ok(()) => {
                self.remember(&path);
                self.open = Some(OpenWorkshop::new(path, workshop, now));
                self.notice = None;
            }
            Err(error) => self.notice = Some(Notice::Error(error.to_string())),
        }
    }

    pub fn open_path(&mut self, path: &Path, now: Instant) {
        match storage::load_workshop(path) {
            Ok(workshop) => self.open_loaded(path, workshop, now),
            Err(error) => self.notice = Some(Notice::Error(error.to_string())),
        }
    }

    /// Opens a workshop already read from `path`.
    pub fn open_loaded(&mut self, path: &Path, workshop: Workshop, now: Instant) {
        self.save_if_dirty();
        self.remember(path);
        let locked = workshop.participant_lock.is_some();
        self.open = Some(OpenWorkshop::new(path.to_path_buf(), workshop, now));
        self.notice = None;
        // A restart is no way around the lock: a locked workshop opens as a kiosk.
        self.mode = if locked {
            Mode::Participant(Kiosk::new())
        } else {
            Mode::Facilitator
        };
    }

    fn show_dialog(&mut self, purpose: FilePurpose) {
        if self.dialog.is_some() {
            return;
        }
        let (sender, receiver) = mpsc::channel();
        let folder = match (&self.open, purpose) {
            (Some(open), FilePurpose::RulesFile | FilePurpose::QuestionnaireFile) => open
                .path
                .parent()
                .map_or_else(|| self.workshops_dir.clone(), Path::to_path_buf),
            _ => self.workshops_dir.clone(),
        };
        // rfd's dialogs block, so they run on their own thread; the answer comes back
        // through the channel and `tick` picks it up.
        let spawned = std::thread::Builder::new()
            .name(String::from("file dialog"))
            .spawn(move || {
                let _ = sender.send(purpose.pick(folder));
            });
        match spawned {
            Ok(_) => self.dialog = Some((purpose, receiver)),
            Err(error) => {
                self.notice = Some(Notice::Error(format!(
                    "Could not open a file dialog: {error}"
                )))
            }
        }
    }

    /// Renders and writes an export on its own thread, after a save dialog unless `path` is
    /// given. The result arrives in `tick`.
    fn start_export(&mut self, format: crate::export::Format, path: Option<PathBuf>) {
        let Some(open) = &self.open else { return };
        if self.export_task.is_some() {
            return;
        }
        let workshop = open.workshop.clone();
        let rules = open.rules.clone();
        let folder = open
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let stem = open
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let suffix = match format {
            crate::export::Format::ResponsesCsv => "-responses",
            crate::export::Format::MetricsCsv => "-metrics",
            _ => "",
        };
        let file_name = format!("{stem}{suffix}.{}", format.extension());
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name(String::from("export"))
            .spawn(move || {
                let target = path.or_else(|| {
                    rfd::FileDialog::new()
                        .set_title(format!("Export {}", format.label()))
                        .set_directory(folder)
                        .set_file_name(file_name)
                        .save_file()
                });
                let result = match target {
                    None => Ok(None),
                    Some(target) => {
                        let text = format.render(&crate::export::Summary::new(&workshop, &rules));
                        storage::atomic::write_atomically(&target, text.as_bytes())
                            .map(|()| Some(target))
                            .map_err(|error| error.to_string())
                    }
                };
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => {
                self.export_task = Some(receiver);
                self.notice = Some(Notice::Info(format!("Exporting the {}…", format.label())));
            }
            Err(error) => self.notice = Some(Notice::Error(format!("Could not export: {error}"))),
        }
    }

    /// Renders the comparison here (it is small) and writes it after a save dialog on its own
    /// thread.
    fn export_comparison(&mut self, html: bool) {
        let Some(comparison) = &self.comparison else {
            return;
        };
        if self.export_task.is_some() {
            return;
        }
        let (text, extension) = if html {
            (crate::compare::report::html(comparison), "html")
        } else {
            (crate::compare::report::markdown(comparison), "md")
        };
        let folder = self.workshops_dir.clone();
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name(String::from("export"))
            .spawn(move || {
                let target = rfd::FileDialog::new()
                    .set_title("Export the comparison")
                    .set_directory(folder)
                    .set_file_name(format!("comparison.{extension}"))
                    .save_file();
                let result = match target {
                    None => Ok(None),
                    Some(target) => storage::atomic::write_atomically(&target, text.as_bytes())
                        .map(|()| Some(target))
                        .map_err(|error| error.to_string()),
                };
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => self.export_task = Some(receiver),
            Err(error) => self.notice = Some(Notice::Error(format!("Could not export: {error}"))),
        }
    }

    /// Adds the responses of a CSV file, all or none, and saves the workshop.
    fn import_csv(&mut self, path: &Path) {
        let Some(open) = &mut self.open else { return };
        let parsed = std::fs::read(path)
            .map_err(|error| format!("cannot read the file: {error}"))
            .and_then(|bytes| {
                crate::export::parse_responses_csv(&bytes, &open.workshop.questionnaire)
                    .map_err(|error| error.to_string())
            });
        let responses = match parsed {
            Ok(responses) => responses,
            Err(error) => {
                self.notice = Some(Notice::Error(format!(
                    "{}: {error}. Nothing was imported.",
                    path.display()
                )));
                return;
            }
        };
        let count = responses.len();
        let before = open.workshop.responses.clone();
        open.workshop.responses.extend(responses);
        match storage::save_workshop(&open.path, &open.workshop) {
            Ok(()) => {
                open.dirty = false;
                open.refresh();
                self.notice = Some(Notice::Info(format!(
                    "Imported {count} responses from {}.",
                    path.display()
                )));
            }
            Err(error) => {
                open.workshop.responses = before;
                self.notice = Some(Notice::Error(format!("{error}. Nothing was imported.")));
            }
        }
    }

    /// Switches to a rules file, or keeps the rules the workshop had when the file is broken.
    fn use_rules_file(&mut self, path: &Path) {
        let Some(open) = &mut self.open else { return };
        match storage::load_rules_for(path, &open.workshop.questionnaire) {
            Ok(rules) => {
                let folder = open.path.parent().unwrap_or(Path::new(""));
                let name = path.strip_prefix(folder).unwrap_or(path);
                open.workshop.settings.rules_file = Some(name.display().to_string());
                self.notice = Some(Notice::Info(format!(
                    "Using the rules \"{}\" ({} rules).",
                    rules.name,
                    rules.rules.len()
                )));
                open.rules = rules;
                open.rules_error = None;
                open.refresh();
                open.dirty = true;
                open.last_edit = Some(Instant::now());
            }
            Err(error) => {
                self.notice = Some(Notice::Error(format!(
                    "{error}\nThe workshop keeps the rules it had."
                )))
            }
        }
    }

    /// Replaces the questionnaire, which is only possible before anyone has answered it.
    fn use_questionnaire(&mut self, path: Option<&Path>, now: Instant) {
        let Some(open) = &mut self.open else { return };
        if !open.workshop.responses.is_empty() {
            self.notice = Some(Notice::Error(String::from(
                "The questionnaire cannot change once responses are in: they answer this one.",
            )));
            return;
        }
        let loaded = match path {
            Some(path) => storage::load_questionnaire(path),
            None => Ok(crate::domain::Questionnaire::default_questionnaire()),
        };
        match loaded {
            Ok(questionnaire) => {
                self.notice = Some(Notice::Info(format!(
                    "Using the questionnaire \"{}\".",
                    questionnaire.name
                )));
                open.workshop.questionnaire = questionnaire;
                open.refresh();
                open.dirty = true;
                open.last_edit = Some(now);
            }
            Err(error) => {
                self.notice = Some(Notice::Error(format!(
                    "{error}\nThe workshop keeps the questionnaire it had."
                )))
            }
        }
    }

    fn restore_recovery(&mut self) {
        let Some(open) = &mut self.open else { return };
        let Some(recovery) = open.recovery.take() else {
            return;
        };
        match storage::load_workshop(&recovery.path) {
            Ok(workshop) => {
                open.replace_workshop(workshop);
                open.dirty = true;
                self.notice = Some(Notice::Info(String::from(
                    "Restored the unsaved changes. Save to keep them in the workshop file.",
                )));
            }
            Err(error) => self.notice = Some(Notice::Error(error.to_string())),
        }
    }

    fn save(&mut self) {
        let Some(open) = &mut self.open else { return };
        match storage::save_workshop(&open.path, &open.workshop) {
            Ok(()) => {
                open.dirty = false;
                open.last_edit = None;
                open.recovery = None;
                self.notice = Some(Notice::Info(format!("Saved {}", open.path.display())));
            }
            Err(error) => {
                self.notice = Some(Notice::Error(format!(
                    "{error}. The workshop is still open with all its changes."
                )))
            }
        }
    }

    fn save_if_dirty(&mut self) {
        if self.open.as_ref().is_some_and(|open| open.dirty) {
            self.save();
        }
    }

    fn go_to(&mut self, stage: Stage, now: Instant) {
        let Some(open) = &mut self.open else { return };
        if open.workshop.stage != stage {
            open.workshop.stage = stage;
            open.stage_entered = now;
            // The current stage is saved, so a reopened workshop resumes where it was.
            self.save();
            self.notice = None;
        }
    }

    fn start_participant_mode(&mut self, now: Instant) {
        let Some(open) = &mut self.open else { return };
        if let Some(problem) = ParticipantLock::pin_problem(&open.pin_draft) {
            open.pin_problem = Some(problem);
            return;
        }
        let salt = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos() as u64);
        open.workshop.participant_lock = Some(ParticipantLock::new(&open.pin_draft, salt));
        open.pin_draft.clear();
        open.workshop.stage = Stage::Capture;
        open.stage_entered = now;
        match storage::save_workshop(&open.path, &open.workshop) {
            Ok(()) => {
                open.dirty = false;
                self.notice = None;
                self.mode = Mode::Participant(Kiosk::new());
            }
            Err(error) => {
                open.workshop.participant_lock = None;
                self.notice = Some(Notice::Error(format!(
                    "{error}. Participant mode needs a workshop that can be saved."
                )));
            }
        }
    }

    /// Adds the participant's response and saves the workshop file before the thank-you
    /// screen shows. If saving fails, the response is taken back out and the draft kept.
    fn submit(&mut self) {
        let (Some(open), Mode::Participant(kiosk)) = (&mut self.open, &mut self.mode) else {
            return;
        };
        let Some(response) = kiosk.draft.response() else {
            return;
        };
        let before = open.workshop.responses.clone();
        open.workshop.add_response(response);
        match storage::save_workshop(&open.path, &open.workshop) {
            Ok(()) => {
                open.dirty = false;
                open.refresh();
                *kiosk = Kiosk {
                    step: KioskStep::Thanks,
                    ..Kiosk::new()
                };
            }
            Err(_) => {
                open.workshop.responses = before;
                kiosk.save_error = Some(String::from(
                    "Your answers could not be saved. Please call the facilitator; your answers are still here.",
                ));
            }
        }
    }

    fn unlock(&mut self) {
        let (Some(open), Mode::Participant(kiosk)) = (&mut self.open, &mut self.mode) else {
            return;
        };
        let Some(prompt) = &mut kiosk.unlock else {
            return;
        };
        let opens = open
            .workshop
            .participant_lock
            .is_none_or(|lock| lock.opens_with(&prompt.pin));
        if !opens {
            prompt.wrong = true;
            prompt.pin.clear();
            return;
        }
        open.workshop.participant_lock = None;
        self.mode = Mode::Facilitator;
        self.save();
    }

    fn kiosk_command(&mut self, command: Command) {
        let Some(kiosk) = self.kiosk_mut() else {
            return;
        };
        let draft = &mut kiosk.draft;
        match command {
            Command::PickFunction(function) => {
                draft.function = Some(function);
                kiosk.step = KioskStep::Relationship;
            }
            Command::PickRelationship(answer) => draft.relationship = Some(answer),
            Command::Rate(key, Some(value)) => {
                draft.ratings.insert(key, value);
            }
            Command::Rate(key, None) => {
                draft.ratings.remove(&key);
            }
            Command::ToggleSource(key) if !draft.sources.remove(&key) => {
                draft.sources.insert(key);
            }
            Command::SetFrictionComment(text) => draft.friction_comment = text,
            Command::SetWorksWellComment(text) => draft.works_well_comment = text,
            Command::KioskNext => {
                let ready = match kiosk.step {
                    KioskStep::Function => draft.function.is_some(),
                    KioskStep::Relationship => draft.relationship.is_some(),
                    _ => true,
                };
                if ready {
                    kiosk.step = kiosk.step.next();
                }
            }
            Command::KioskBack => kiosk.step = kiosk.step.previous(),
            Command::NextParticipant => *kiosk = Kiosk::new(),
            Command::AskToUnlock => kiosk.unlock = Some(UnlockPrompt::default()),
            Command::SetUnlockPin(pin) => {
                if let Some(prompt) = &mut kiosk.unlock {
                    prompt.pin = pin;
                }
            }
            Command::CancelUnlock => kiosk.unlock = None,
            _ => {}
        }
    }

    /// Edits to the open workshop. Each marks it dirty; autosave follows after a pause.
    fn edit(&mut self, command: Command, now: Instant) {
        let Some(open) = &mut self.open else { return };
        let workshop = &mut open.workshop;
        let mut refresh = false;
        match command {
            Command::SetTitle(text) => workshop.meta.title = text,
            Command::SetOrganisation(text) => workshop.meta.organisation = text,
            Command::SetFacilitator(text) => workshop.meta.facilitator = text,
            Command::SetDateText(text) => {
                if let Ok(date) = text.parse() {
                    workshop.meta.date = date;
                }
                open.date_text = text;
            }
            Command::SetExpected(function, count) => match function {
                crate::domain::Function::Sales => workshop.meta.expected.sales = count,
                crate::domain::Function::Product => workshop.meta.expected.product = count,
            },
            Command::SetFloor(floor) => {
                workshop.settings.anonymity_floor = AnonymityFloor::new(floor).unwrap_or_default();
                refresh = true;
            }
            Command::SetTimeBox(stage, Some(minutes)) => {
                workshop.time_boxes.insert(
                    stage,
                    minutes.clamp(1, crate::domain::workshop::MAX_TIME_BOX_MINUTES),
                );
            }
            Command::SetTimeBox(stage, None) => {
                workshop.time_boxes.remove(&stage);
            }
            Command::SetNote(finding, text) => {
                if text.trim().is_empty() {
                    workshop.notes.remove(&finding);
                } else {
                    workshop.notes.insert(finding, text);
                }
            }
            Command::AddAgreement => workshop.agreements.push(Agreement::default()),
            Command::SetAgreementText(index, text) => {
                if let Some(agreement) = workshop.agreements.get_mut(index) {
                    agreement.text = text;
                }
            }
            Command::SetAgreementFinding(index, finding) => {
                if let Some(agreement) = workshop.agreements.get_mut(index) {
                    agreement.finding = finding;
                }
            }
            Command::RemoveAgreement(index) => {
                if index < workshop.agreements.len() {
                    workshop.agreements.remove(index);
                }
            }
            Command::AddAction => {
                workshop.actions.push(ActionItem::default());
                open.due_texts.push(String::new());
            }
            Command::SetActionText(index, text) => {
                if let Some(action) = workshop.actions.get_mut(index) {
                    action.text = text;
                }
            }
            Command::SetActionOwner(index, owner) => {
                if let Some(action) = workshop.actions.get_mut(index) {
                    action.owner = owner;
                }
            }
            Command::SetActionDueText(index, text) => {
                if let Some(action) = workshop.actions.get_mut(index) {
                    if text.trim().is_empty() {
                        action.due = None;
                    } else if let Ok(date) = text.parse() {
                        action.due = Some(date);
                    }
                }
                if let Some(due) = open.due_texts.get_mut(index) {
                    *due = text;
                }
            }
            Command::SetActionFinding(index, finding) => {
                if let Some(action) = workshop.actions.get_mut(index) {
                    action.finding = finding;
                }
            }
            Command::SetActionDone(index, done) => {
                if let Some(action) = workshop.actions.get_mut(index) {
                    action.done = done;
                }
            }
            Command::RemoveAction(index) => {
                if index < workshop.actions.len() {
                    workshop.actions.remove(index);
                    if index < open.due_texts.len() {
                        open.due_texts.remove(index);
                    }
                }
            }
            _ => return,
        }
        if refresh {
            open.refresh();
        }
        open.dirty = true;
        open.last_edit = Some(now);
    }

    /// Drops recent files that no longer exist, so the home screen lists only what opens.
    pub fn forget_missing_recent(&mut self) {
        self.recent.retain(|path| path.exists());
    }

    fn remember(&mut self, path: &Path) {
        self.recent.retain(|known| known != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_FILES);
    }
}

fn is_kiosk_command(command: &Command) -> bool {
    matches!(
        command,
        Command::PickFunction(_)
            | Command::PickRelationship(_)
            | Command::Rate(..)
            | Command::ToggleSource(_)
            | Command::SetFrictionComment(_)
            | Command::SetWorksWellComment(_)
            | Command::KioskNext
            | Command::KioskBack
            | Command::Submit
            | Command::NextParticipant
            | Command::AskToUnlock
            | Command::SetUnlockPin(_)
            | Command::Unlock
            | Command::CancelUnlock
            | Command::DismissNotice
    )
}

/// `dir/stem.ron`, or `dir/stem-2.ron` and so on when taken.
fn unique_path(dir: &Path, stem: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}.ron"));
    let mut counter = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{counter}.ron"));
        counter += 1;
    }
    path
}
