use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::anonymity_floor::AnonymityFloor;
use super::date::Date;
use super::function::Function;
use super::owner::Owner;
use super::participant_lock::ParticipantLock;
use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::response::{Response, Responses};
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
    pub questionnaire: Questionnaire,
    #[serde(default)]
    pub responses: Responses,
    /// Facilitator notes, keyed by the finding they annotate (a rule id, or `overall`).
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// Set while participant mode is on, so a restart reopens the workshop locked.
    #[serde(default)]
    pub participant_lock: Option<ParticipantLock>,
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
            },
            stage: Stage::Setup,
            settings: Settings::default(),
            time_boxes: BTreeMap::new(),
            questionnaire: Questionnaire::default_questionnaire(),
            responses: Responses::default(),
            notes: BTreeMap::new(),
            agreements: Vec::new(),
            actions: Vec::new(),
            participant_lock: None,
        }
    }

    pub fn add_response(&mut self, response: Response) {
        self.responses.insert(response.normalized());
    }

    pub fn respondents(&self, function: Function) -> usize {
        self.responses.count(function)
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
        // The answer table holds every key any response used, once: when all of them are
        // known (the usual case) no response needs a look; only a file with a stranger key
        // is walked response by response to say where it is.
        let table = self.responses.table();
        let all_known = table
            .statement_keys
            .iter()
            .all(|key| self.questionnaire.statement(key).is_some())
            && table
                .source_keys
                .iter()
                .all(|key| self.questionnaire.source(key).is_some());
        let responses = self.responses.iter().filter(|_| !all_known);
        for (index, response) in responses.enumerate() {
            for key in response.ratings.keys() {
                if self.questionnaire.statement(key).is_none() {
                    problems.push(
                        Problem::new(
                            format!("responses[{index}].ratings"),
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
                            format!("responses[{index}].sources"),
                            format!(
                                "`{key}` is not a friction source of this workshop's questionnaire"
                            ),
                        )
                        .marked_by(format!("\"{key}\"")),
                    );
                }
            }
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
        for (index, action) in self.actions.iter().enumerate() {
            if action.text.trim().is_empty() {
                problems.push(Problem::new(
                    format!("actions[{index}].text"),
                    "an action item needs a text",
                ));
            }
        }
        problems
    }
}
