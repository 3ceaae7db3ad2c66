//! What a phone posts on each step: the page it was on, the button pressed, and every answer
//! given so far. Answers travel in the form itself (hidden fields for the other steps'
//! answers), so the laptop holds no half-given answer, nothing needs to expire, and the
//! browser's own Back button keeps working.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::{Function, Questionnaire, Rating, Relationship, Response, ResponseProblem};
use crate::i18n::Language;

/// The phone pages, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Team,
    Relationship,
    Statements,
    Sources,
    Comments,
    Review,
}

impl Step {
    pub const ALL: [Self; 6] = [
        Self::Team,
        Self::Relationship,
        Self::Statements,
        Self::Sources,
        Self::Comments,
        Self::Review,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Team => "team",
            Self::Relationship => "relationship",
            Self::Statements => "statements",
            Self::Sources => "sources",
            Self::Comments => "comments",
            Self::Review => "review",
        }
    }

    /// 1-based, for "Step 2 of 6".
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|step| *step == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Self {
        Self::ALL
            .get(self.number())
            .copied()
            .unwrap_or(Self::Review)
    }

    pub fn previous(self) -> Self {
        Self::ALL
            .get(self.number().saturating_sub(2))
            .copied()
            .unwrap_or(Self::Team)
    }
}

/// The button a phone pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Go {
    Next,
    Back,
    Submit,
    /// Show this page again in another language, answers kept.
    Language(Language),
}

/// One phone's answers so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Answers {
    pub function: Option<Function>,
    pub relationship: Option<Relationship>,
    pub ratings: BTreeMap<String, Rating>,
    /// Statements the phone chose to skip; a statement in neither map is not answered yet.
    pub skipped: BTreeSet<String>,
    pub sources: BTreeSet<String>,
    pub friction_comment: String,
    pub works_well_comment: String,
}

impl Answers {
    /// How many of the questionnaire's statements have neither a rating nor a skip.
    pub fn unanswered(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .statements
            .iter()
            .filter(|s| !self.ratings.contains_key(&s.key) && !self.skipped.contains(&s.key))
            .count()
    }

    /// The response, once the required answers are given: built as the kiosk builds it.
    pub fn response(&self) -> Option<Response> {
        let mut response = Response::new(self.function?, self.relationship?);
        response.ratings = self
            .ratings
            .iter()
            .map(|(key, rating)| (key, *rating))
            .collect();
        response.sources = self.sources.clone();
        response.friction_comment = Some(self.friction_comment.clone());
        response.works_well_comment = Some(self.works_well_comment.clone());
        Some(response.normalized())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PhoneForm {
    pub step: Step,
    pub go: Go,
    /// The language the page was shown in.
    pub language: Option<Language>,
    pub answers: Answers,
}

/// Why a posted form is refused. `Damaged` is a form no page of ours sends (a 400);
/// `DoesNotFit` is a well-formed answer the questionnaire has no place for (a 422).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum FormProblem {
    #[error("the answer has a part no page of this questionnaire sends (`{0}`)")]
    UnknownField(String),
    #[error("the answer has the part `{0}` twice")]
    Twice(String),
    #[error("the answer does not say which page it came from")]
    NoStep,
    #[error("{0}")]
    DoesNotFit(String),
    #[error("a comment is longer than the page allows")]
    CommentTooLong,
}

impl From<ResponseProblem> for FormProblem {
    fn from(problem: ResponseProblem) -> Self {
        Self::DoesNotFit(problem.to_string())
    }
}

impl PhoneForm {
    /// Reads the fields of a posted form and checks them against the questionnaire.
    pub fn parse(
        fields: Vec<(String, String)>,
        questionnaire: &Questionnaire,
    ) -> Result<Self, FormProblem> {
        let mut step = None;
        let mut go = None;
        let mut language = None;
        let mut answers = Answers::default();
        let mut comments = [None, None];
        for (name, value) in fields {
            match name.as_str() {
                "step" => set_once(&mut step, parse_step(&value)?, &name)?,
                "go" => set_once(&mut go, parse_go(&value)?, &name)?,
                "lang" => set_once(&mut language, parse_language(&value)?, &name)?,
                "function" => set_once(&mut answers.function, parse_function(&value)?, &name)?,
                "relationship" => set_once(
                    &mut answers.relationship,
                    parse_relationship(&value)?,
                    &name,
                )?,
                "source" => {
                    answers.sources.insert(value);
                }
                "friction_comment" => set_once(&mut comments[0], value, &name)?,
                "works_well_comment" => set_once(&mut comments[1], value, &name)?,
                _ => {
                    let Some(key) = name.strip_prefix("rating.") else {
                        return Err(FormProblem::UnknownField(name));
                    };
                    let twice = match parse_rating(&value)? {
                        Some(rating) => answers.ratings.insert(key.to_owned(), rating).is_some(),
                        None => !answers.skipped.insert(key.to_owned()),
                    };
                    if twice || (answers.ratings.contains_key(key) && answers.skipped.contains(key))
                    {
                        return Err(FormProblem::Twice(name));
                    }
                }
            }
        }
        let [friction, works_well] = comments;
        // The page's limit holds on the server too: a hand-made request is no way round it.
        let too_long = |comment: &Option<String>| {
            comment.as_ref().is_some_and(|text| {
                text.chars().count() > crate::domain::participant_text::MAX_COMMENT_CHARS
            })
        };
        if too_long(&friction) || too_long(&works_well) {
            return Err(FormProblem::CommentTooLong);
        }
        // Cleaned as soon as they arrive, so the review page shows what will be kept.
        let clean = |comment: Option<String>| {
            crate::domain::participant_text::clean(&comment.unwrap_or_default())
        };
        answers.friction_comment = clean(friction);
        answers.works_well_comment = clean(works_well);
        questionnaire.check_answers(
            answers
                .ratings
                .keys()
                .chain(&answers.skipped)
                .map(String::as_str),
            answers.sources.iter().map(String::as_str),
        )?;
        Ok(Self {
            step: step.ok_or(FormProblem::NoStep)?,
            // The team page's buttons name the team; pressing one goes on.
            go: go.unwrap_or(Go::Next),
            language,
            answers,
        })
    }
}

fn set_once<T>(slot: &mut Option<T>, value: T, name: &str) -> Result<(), FormProblem> {
    if slot.replace(value).is_some() {
        return Err(FormProblem::Twice(name.to_owned()));
    }
    Ok(())
}

fn parse_step(value: &str) -> Result<Step, FormProblem> {
    Step::ALL
        .into_iter()
        .find(|step| step.key() == value)
        .ok_or(FormProblem::NoStep)
}

fn parse_go(value: &str) -> Result<Go, FormProblem> {
    match value {
        "next" => Ok(Go::Next),
        "back" => Ok(Go::Back),
        "submit" => Ok(Go::Submit),
        _ => match value.strip_prefix("lang-") {
            Some(tag) => Ok(Go::Language(parse_language(tag)?)),
            None => Err(FormProblem::UnknownField(format!("go={value}"))),
        },
    }
}

/// Only the exact tags the pages send.
fn parse_language(value: &str) -> Result<Language, FormProblem> {
    Language::from_exact_tag(value)
        .ok_or_else(|| FormProblem::UnknownField(format!("lang={value}")))
}

fn parse_function(value: &str) -> Result<Function, FormProblem> {
    Function::ALL
        .into_iter()
        .find(|function| function.key() == value)
        .ok_or_else(|| {
            FormProblem::DoesNotFit(String::from(
                "the answer names a team other than Sales or Product",
            ))
        })
}

fn parse_relationship(value: &str) -> Result<Relationship, FormProblem> {
    Relationship::ALL
        .into_iter()
        .find(|answer| answer.key() == value)
        .ok_or_else(|| {
            FormProblem::DoesNotFit(String::from(
                "the answer to the relationship question is not one of its choices",
            ))
        })
}

/// `skip` (or nothing) is a statement skipped on purpose; 1–5 a rating; anything else does not fit.
fn parse_rating(value: &str) -> Result<Option<Rating>, FormProblem> {
    if value.is_empty() || value == "skip" {
        return Ok(None);
    }
    value
        .parse::<u8>()
        .ok()
        .and_then(Rating::new)
        .map(Some)
        .ok_or_else(|| {
            FormProblem::DoesNotFit(String::from(
                "a rating is outside the scale: ratings go from 1 to 5",
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn steps_go_forward_and_back() {
        assert_eq!(Step::Team.next(), Step::Relationship);
        assert_eq!(Step::Review.next(), Step::Review);
        assert_eq!(Step::Team.previous(), Step::Team);
        assert_eq!(Step::Review.previous(), Step::Comments);
        assert_eq!(Step::Review.number(), 6);
    }

    #[test]
    fn a_full_form_becomes_the_kiosks_response() {
        let questionnaire = Questionnaire::default_questionnaire();
        let form = PhoneForm::parse(
            fields(&[
                ("step", "review"),
                ("go", "submit"),
                ("function", "product"),
                ("relationship", "lacking_alignment"),
                ("rating.trust", "2"),
                ("rating.voice", "skip"),
                ("source", "pricing"),
                ("friction_comment", "  "),
                ("works_well_comment", " Demos "),
            ]),
            &questionnaire,
        )
        .unwrap();
        assert_eq!((form.step, form.go), (Step::Review, Go::Submit));
        let response = form.answers.response().unwrap();
        assert_eq!(response.rating("trust"), Some(2));
        assert_eq!(response.rating("voice"), None);
        assert_eq!(response.friction_comment, None);
        assert_eq!(response.works_well_comment.as_deref(), Some("Demos"));
        assert_eq!(questionnaire.check_response(&response), Ok(()));
    }

    #[test]
    fn what_does_not_fit_is_refused() {
        let questionnaire = Questionnaire::default_questionnaire();
        let parse = |pairs: &[(&str, &str)]| PhoneForm::parse(fields(pairs), &questionnaire);
        assert!(matches!(
            parse(&[("step", "team"), ("rating.trust", "6")]),
            Err(FormProblem::DoesNotFit(_))
        ));
        assert!(matches!(
            parse(&[("step", "team"), ("rating.weather", "3")]),
            Err(FormProblem::DoesNotFit(_))
        ));
        assert!(matches!(
            parse(&[("step", "team"), ("source", "coffee")]),
            Err(FormProblem::DoesNotFit(_))
        ));
        assert!(matches!(
            parse(&[("step", "team"), ("function", "marketing")]),
            Err(FormProblem::DoesNotFit(_))
        ));
        assert_eq!(
            parse(&[("step", "team"), ("admin", "1")]),
            Err(FormProblem::UnknownField(String::from("admin")))
        );
        assert_eq!(
            parse(&[("step", "team"), ("step", "review")]),
            Err(FormProblem::Twice(String::from("step")))
        );
        assert_eq!(parse(&[("go", "next")]), Err(FormProblem::NoStep));
    }
}
