//! The one check of a response against the questionnaire it answers, for every way answers
//! come in: the kiosk, the CSV import and the phones of room mode. What the types already
//! rule out (a rating outside 1–5, a function or relationship answer that does not exist)
//! cannot reach it; what they cannot (keys this questionnaire does not have) is found here.

use super::questionnaire::Questionnaire;
use super::response::Response;

/// Why a response does not fit its questionnaire, in words a participant understands.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResponseProblem {
    #[error("the answer rates a statement this questionnaire does not have (`{0}`)")]
    UnknownStatement(String),
    #[error("the answer names a friction source this questionnaire does not have (`{0}`)")]
    UnknownSource(String),
    #[error("a comment is {0} characters long; at most 2000 fit")]
    CommentTooLong(usize),
}

impl Questionnaire {
    /// Checks that every statement rated and every source named is one of this
    /// questionnaire's. Returns the first problem found.
    pub fn check_response(&self, response: &Response) -> Result<(), ResponseProblem> {
        for comment in [&response.friction_comment, &response.works_well_comment]
            .into_iter()
            .flatten()
        {
            let length = comment.chars().count();
            if length > super::participant_text::MAX_COMMENT_CHARS {
                return Err(ResponseProblem::CommentTooLong(length));
            }
        }
        self.check_answers(
            response.ratings.keys(),
            response.sources.iter().map(String::as_str),
        )
    }

    /// The same check on answers still being given (a draft not yet a [`Response`]).
    pub fn check_answers<'a>(
        &self,
        statements: impl IntoIterator<Item = &'a str>,
        sources: impl IntoIterator<Item = &'a str>,
    ) -> Result<(), ResponseProblem> {
        if let Some(key) = statements
            .into_iter()
            .find(|key| self.statement(key).is_none())
        {
            return Err(ResponseProblem::UnknownStatement(key.to_owned()));
        }
        if let Some(key) = sources.into_iter().find(|key| self.source(key).is_none()) {
            return Err(ResponseProblem::UnknownSource(key.to_owned()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Function, Rating, Relationship};

    fn response() -> Response {
        let mut response = Response::new(Function::Sales, Relationship::MostlyAligned);
        response
            .ratings
            .insert(String::from("trust"), Rating::new(4).unwrap());
        response.sources.insert(String::from("pricing"));
        response
    }

    #[test]
    fn a_response_of_known_keys_fits() {
        let questionnaire = Questionnaire::default_questionnaire();
        assert_eq!(questionnaire.check_response(&response()), Ok(()));
    }

    #[test]
    fn unknown_statements_and_sources_are_named() {
        let questionnaire = Questionnaire::default_questionnaire();
        let mut unknown_statement = response();
        unknown_statement
            .ratings
            .insert(String::from("weather"), Rating::new(3).unwrap());
        assert_eq!(
            questionnaire.check_response(&unknown_statement),
            Err(ResponseProblem::UnknownStatement(String::from("weather")))
        );
        let mut unknown_source = response();
        unknown_source.sources.insert(String::from("coffee"));
        assert_eq!(
            questionnaire.check_response(&unknown_source),
            Err(ResponseProblem::UnknownSource(String::from("coffee")))
        );
    }
}
