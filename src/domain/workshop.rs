use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

use super::anonymity_floor::AnonymityFloor;
use super::date::Date;
use super::function::Function;
use super::import_record::ImportRecord;
use super::note_key::NoteKey;
use super::owner::Owner;
use super::participant_lock::ParticipantLock;
use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::response::{Response, Responses};
use super::response_check::ResponseProblem;
use super::stage::Stage;

/// One workshop: what the facilitator set up, the anonymous responses, and what the group
/// noted and agreed. Plain data; storage, metrics and rules live elsewhere.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    pub meta: Meta,
    /// Where the facilitator was, so a reopened workshop resumes there.
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub settings: Settings,
    /// Optional time box per stage, in minutes.
    #[serde(default)]
    pub time_boxes: BTreeMap<Stage, u32>,
    /// Seconds the facilitator has spent on each stage so far, over every visit and every
    /// session, so a time box's countdown goes on where it was when the workshop is reopened.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub time_spent: BTreeMap<Stage, u64>,
    /// The stages whose work was done at some point: their ✔ in the stepper stays.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub stages_done: BTreeSet<Stage>,
    pub questionnaire: Questionnaire,
    /// The answers the results count.
    #[serde(default)]
    pub responses: Responses,
    /// Whether the facilitator has shown the room the results. From then on, new answers are
    /// held back (see [`Workshop::submit`]).
    #[serde(default, skip_serializing_if = "is_false")]
    pub revealed: bool,
    /// Answers given after the reveal that have not joined the results yet: they join only
    /// in groups of at least the anonymity floor per function, so no two views of the
    /// results ever differ by one person the room could name. Canonical order, no time.
    #[serde(default, skip_serializing_if = "Responses::is_empty")]
    pub held: Responses,
    /// Facilitator notes, keyed by the finding they annotate (the overall verdict, or a rule).
    #[serde(default)]
    pub notes: BTreeMap<NoteKey, String>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// Set while participant mode is on, so a restart reopens the workshop locked.
    #[serde(default)]
    pub participant_lock: Option<ParticipantLock>,
    /// The survey files imported so far, as fingerprints of their rows (no content).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<ImportRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    pub date: Date,
    #[serde(default)]
    pub facilitator: String,
    /// How many people of each function the facilitator expects.
    #[serde(default)]
    pub expected: Headcount,
    /// The language participants answer in (kiosk, phones) and the summary is written in.
    #[serde(default, skip_serializing_if = "Language::is_english")]
    pub language: Language,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Headcount {
    pub sales: u32,
    pub product: u32,
}

impl Headcount {
    pub fn of(self, function: Function) -> u32 {
        match function {
            Function::Sales => self.sales,
            Function::Product => self.product,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub anonymity_floor: AnonymityFloor,
    /// A rules file chosen at setup; `None` uses the built-in default rules.
    #[serde(default)]
    pub rules_file: Option<String>,
    /// The address of the network the room was last chosen to open on, so a reopened
    /// workshop opens the room where it did. Left out of the file until one is chosen, so
    /// files written before it read and write the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_network: Option<String>,
}

/// A rule of engagement the group agreed on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub text: String,
    /// The finding (rule id) it answers, if any.
    #[serde(default)]
    pub finding: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub text: String,
    pub owner: Owner,
    /// The person who carries it, if the room named one (files written before owners had
    /// names have none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner_name: String,
    #[serde(default)]
    pub due: Option<Date>,
    /// The finding (rule id) it answers, if any.
    #[serde(default)]
    pub finding: Option<String>,
    #[serde(default)]
    pub done: bool,
}

/// The longest time box a stage may have: a whole working day.
pub const MAX_TIME_BOX_MINUTES: u32 = 480;

impl Workshop {
    /// A new workshop in Setup, with the default questionnaire.
    pub fn new(title: impl Into<String>, date: Date) -> Self {
        Self {
            meta: Meta {
                title: title.into(),
                organisation: String::new(),
                date,
                facilitator: String::new(),
                expected: Headcount::default(),
                language: Language::English,
            },
            stage: Stage::Setup,
            settings: Settings::default(),
            time_boxes: BTreeMap::new(),
            time_spent: BTreeMap::new(),
            stages_done: BTreeSet::new(),
            questionnaire: Questionnaire::default_questionnaire(),
            responses: Responses::default(),
            revealed: false,
            held: Responses::default(),
            notes: BTreeMap::new(),
            agreements: Vec::new(),
            actions: Vec::new(),
            participant_lock: None,
            imports: Vec::new(),
        }
    }

    /// Adds one answer to the results, whatever the reveal (fixtures and hand-made files).
    /// Answers from people go through [`Workshop::submit`].
    pub fn add_response(&mut self, response: Response) {
        self.responses.insert(response.normalized());
    }

    /// The one way new answers enter a workshop, from the kiosk, a phone or a CSV file:
    /// checked against the questionnaire (all or none), then counted. Before the reveal they
    /// count at once; after it they are held back, and a function's held answers join the
    /// results together once at least the floor of them are in.
    pub fn submit(
        &mut self,
        responses: impl IntoIterator<Item = Response>,
    ) -> Result<(), ResponseProblem> {
        let responses: Vec<Response> = responses.into_iter().map(Response::normalized).collect();
        for response in &responses {
            self.questionnaire.check_response(response)?;
        }
        if self.revealed {
            self.held.extend(responses);
            self.release_held();
        } else {
            self.responses.extend(responses);
        }
        Ok(())
    }

    /// Moves each function's held answers into the results when at least the floor of them
    /// are held; fewer stay held.
    pub fn release_held(&mut self) {
        let ready: Vec<Function> = Function::ALL
            .into_iter()
            .filter(|function| {
                self.settings
                    .anonymity_floor
                    .is_reached_by(self.held.count(*function))
            })
            .collect();
        if ready.is_empty() {
            return;
        }
        let (joining, still_held): (Vec<Response>, Vec<Response>) =
            Vec::from(std::mem::take(&mut self.held))
                .into_iter()
                .partition(|response| ready.contains(&response.function));
        self.held = Responses::from(still_held);
        self.responses.extend(joining);
    }

    /// Answers counted in the results.
    pub fn respondents(&self, function: Function) -> usize {
        self.responses.count(function)
    }

    /// Answers given after the reveal that do not count yet.
    pub fn held_back(&self, function: Function) -> usize {
        self.held.count(function)
    }

    /// Every answer of a function in the workshop: counted, or held back since the reveal.
    /// What a count of heads says; the results and the floor count `respondents` only.
    pub fn given(&self, function: Function) -> usize {
        self.respondents(function) + self.held_back(function)
    }

    /// What a view says of a function's held answers, when it has any: how many, and when
    /// they will show.
    pub fn held_back_notice(&self, function: Function, language: Language) -> Option<String> {
        let held = self.held_back(function);
        (held > 0).then(|| {
            let id = match function {
                Function::Sales => "held-back-sales",
                Function::Product => "held-back-product",
            };
            let floor = self.settings.anonymity_floor.value() as usize;
            language.text_with(id, &[("count", held.into()), ("floor", floor.into())])
        })
    }

    /// Whether each function has reached the anonymity floor, so results may be shown.
    pub fn floor_reached(&self) -> bool {
        Function::ALL.into_iter().all(|function| {
            self.settings
                .anonymity_floor
                .is_reached_by(self.respondents(function))
        })
    }

    /// Everything wrong with the meaning of this workshop that its types cannot rule out.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = self.questionnaire.problems("questionnaire.");
        self.answer_problems("responses", &self.responses, &mut problems);
        self.answer_problems("held", &self.held, &mut problems);
        if !self.revealed && !self.held.is_empty() {
            problems.push(
                Problem::new(
                    "held",
                    "answers can only be held back after the results were revealed: set `revealed: true`, or move them to `responses`",
                )
                .marked_by("held:"),
            );
        }
        for (stage, minutes) in &self.time_boxes {
            if *minutes == 0 || *minutes > MAX_TIME_BOX_MINUTES {
                problems.push(Problem::new(
                    format!("time_boxes.{}", stage.key()),
                    format!(
                        "a time box of {minutes} minutes is not possible: use 1 to {MAX_TIME_BOX_MINUTES} minutes, or none"
                    ),
                ));
            }
        }
        // An action without a text yet is a draft Agree asks to finish; refusing it here would
        // make the app write a file it then cannot open.
        problems
    }

    /// Statement and source keys of `answers` that the questionnaire does not have.
    fn answer_problems(&self, list: &str, answers: &Responses, problems: &mut Vec<Problem>) {
        // The answer table holds every key any response used, once: when all of them are
        // known (the usual case) no response needs a look; only a list with a stranger key
        // is walked response by response to say where it is.
        let table = answers.table();
        let all_known = table
            .statement_keys
            .iter()
            .all(|key| self.questionnaire.statement(key).is_some())
            && table
                .source_keys
                .iter()
                .all(|key| self.questionnaire.source(key).is_some());
        if all_known {
            return;
        }
        for (index, response) in answers.iter().enumerate() {
            for key in response.ratings.keys() {
                if self.questionnaire.statement(key).is_none() {
                    problems.push(
                        Problem::new(
                            format!("{list}[{index}].ratings"),
                            format!("`{key}` is not a statement of this workshop's questionnaire"),
                        )
                        .marked_by(format!("\"{key}\"")),
                    );
                }
            }
            for key in &response.sources {
                if self.questionnaire.source(key).is_none() {
                    problems.push(
                        Problem::new(
                            format!("{list}[{index}].sources"),
                            format!(
                                "`{key}` is not a friction source of this workshop's questionnaire"
                            ),
                        )
                        .marked_by(format!("\"{key}\"")),
                    );
                }
            }
        }
    }
}

/// For `skip_serializing_if`: a workshop not yet revealed writes no `revealed` line.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !value
}
