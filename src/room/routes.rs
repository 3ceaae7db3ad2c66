//! The room's one address: `GET /TOKEN/` starts a ballot and shows the team page, `POST
//! /TOKEN/` moves between the steps and submits. Everything else is a plain 404.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use maud::Markup;

use super::BODY_LIMIT;
use super::ballots::{BallotKey, BallotState, Ballots};
use super::form::decode_form;
use super::pages::{LocalPages, Pages};
use super::phone_form::{Answers, FormProblem, Go, PhoneForm, Step};
use super::submission::{PendingReply, Submission};
use super::token::RandomId;
use crate::clock::Clock;
use crate::domain::Questionnaire;
use crate::i18n::Language;

/// A phone sends its answer (a few kilobytes at most) in well under this, even on a weak
/// signal; a client that trickles it is cut off rather than holding a connection.
const BODY_TIMEOUT: Duration = Duration::from_secs(10);
const BALLOT_COOKIE: &str = "tandem_ballot";
/// The language the phone chose, so that every page, refusals included, speaks it.
const LANGUAGE_COOKIE: &str = "tandem_language";

/// What the handlers share.
pub(crate) struct RoomState {
    pub token: RandomId,
    pub pages: Pages,
    pub ballots: Ballots,
    pub clock: Clock,
    pub reply_timeout: Duration,
    pub submissions: Box<dyn Fn(Submission) + Send + Sync>,
}

impl RoomState {
    /// Whether `uri` is the room's own address, token and all.
    pub fn is_room_path(&self, uri: &Uri) -> bool {
        uri.path()
            .strip_prefix('/')
            .and_then(|rest| rest.strip_suffix('/'))
            .and_then(RandomId::from_hex)
            .is_some_and(|token| token.matches(self.token))
    }

    fn now(&self) -> Instant {
        self.clock.now()
    }

    /// A cookie for this room's path only, out of reach of scripts and of other sites'
    /// requests, gone when the browser closes.
    fn cookie(&self, name: &str, value: &str) -> Option<HeaderValue> {
        let cookie = format!(
            "{name}={value}; Path=/{}/; HttpOnly; SameSite=Strict",
            self.token.hex()
        );
        HeaderValue::from_str(&cookie).ok()
    }
}

pub(crate) fn router(state: Arc<RoomState>) -> Router {
    Router::new().fallback(handle).with_state(state)
}

async fn handle(
    State(room): State<Arc<RoomState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if !room.is_room_path(&uri) {
        return not_found();
    }
    match method {
        Method::GET => start(&room, &headers, true),
        // A HEAD (a link checker, a flood) learns the page is there and gets no ballot:
        // ballots are for phones that go on to answer.
        Method::HEAD => start(&room, &headers, false),
        Method::POST => step(&room, &headers, body).await,
        _ => not_found(),
    }
}

/// Says nothing: not whether a room is open, nor what a token looks like.
fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "Not found").into_response()
}

/// The team page. A phone without a ballot gets one; a phone whose ballot is used is told
/// it has answered.
fn start(room: &RoomState, headers: &HeaderMap, with_ballot: bool) -> Response {
    let pages = room.pages.local(chosen_language(headers));
    let known = ballot_of(headers).and_then(|ballot| room.ballots.state(ballot, room.now()));
    if known == Some(BallotState::Used) {
        return html(StatusCode::OK, &pages.already_answered());
    }
    let mut team = html(
        StatusCode::OK,
        &pages.step(Step::Team, &Answers::default(), None),
    );
    if known.is_some() || !with_ballot {
        return team;
    }
    let Some(ballot) = room.ballots.issue(room.now()) else {
        return html(
            StatusCode::SERVICE_UNAVAILABLE,
            &pages.message("phone-full-title", "phone-full-text"),
        );
    };
    if let Some(cookie) = room.cookie(BALLOT_COOKIE, &ballot.text()) {
        team.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    team
}

async fn step(room: &RoomState, headers: &HeaderMap, body: Body) -> Response {
    let pages = room.pages.local(chosen_language(headers));
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return html(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &pages.problem_message("phone-not-form-title", "phone-not-form-text"),
        );
    }
    // The ballot before the body: a request without one is answered without reading what
    // it sends. A browser that sends none keeps no cookies, and is told so.
    let expired = || {
        html(
            StatusCode::FORBIDDEN,
            &pages.problem_message("phone-expired-title", "phone-expired-text"),
        )
    };
    let Some(shown) = ballot_of(headers) else {
        return expired();
    };
    let (ballot, renewed) = match room.ballots.state(shown, room.now()) {
        Some(BallotState::Open) => (shown, false),
        Some(_) => return html(StatusCode::CONFLICT, &pages.already_answered()),
        // Lapsed, or pushed out by a flood: the answers so far travel in the page, so the
        // phone goes on with a new ballot, as it would after reloading the join page.
        None => match room.ballots.issue(room.now()) {
            Some(new) => (new, true),
            None => return expired(),
        },
    };
    let bytes =
        match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, BODY_LIMIT)).await {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(_)) => {
                return html(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    &pages.problem_message("phone-too-long-title", "phone-too-long-text"),
                );
            }
            Err(_) => {
                return html(
                    StatusCode::REQUEST_TIMEOUT,
                    &pages.problem_message("phone-too-slow-title", "phone-too-slow-text"),
                );
            }
        };
    // The details (which escape, which field) are for a developer, not the phone: a page of
    // ours never sends such a form. The phone hears the kind, in its language.
    let Ok(fields) = decode_form(&bytes) else {
        return refused(pages, StatusCode::BAD_REQUEST, "phone-refused-damaged");
    };
    let form = match PhoneForm::parse(fields, room.pages.questionnaire()) {
        Ok(mut form) => {
            form.language = form.language.or(chosen_language(headers));
            form
        }
        Err(FormProblem::CommentTooLong) => {
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &pages.problem_message("phone-too-long-title", "phone-comment-too-long-text"),
            );
        }
        Err(FormProblem::DoesNotFit(_)) => {
            return refused(
                pages,
                StatusCode::UNPROCESSABLE_ENTITY,
                "phone-refused-does-not-fit",
            );
        }
        Err(_) => return refused(pages, StatusCode::BAD_REQUEST, "phone-refused-foreign"),
    };
    let mut page = navigate(room, ballot, renewed, form).await;
    if renewed && let Some(cookie) = room.cookie(BALLOT_COOKIE, &ballot.text()) {
        page.headers_mut().append(header::SET_COOKIE, cookie);
    }
    page
}

/// A form that cannot be counted: 422 when well-formed but not fitting, else 400; `why` is
/// the message saying what was wrong.
fn refused(pages: &LocalPages, status: StatusCode, why: &str) -> Response {
    let language = pages.language();
    let text = language.text_with("phone-refused-text", &[("why", language.text(why).into())]);
    html(status, &pages.problem("phone-refused-title", &text))
}

/// The page after `form`; `renewed` when the phone's ballot was new with this request.
async fn navigate(room: &RoomState, ballot: BallotKey, renewed: bool, form: PhoneForm) -> Response {
    let PhoneForm {
        step,
        go,
        language,
        answers,
    } = form;
    let pages = room.pages.local(language);
    match go {
        Go::Back => html(StatusCode::OK, &pages.step(step.previous(), &answers, None)),
        Go::Language(chosen) => {
            let mut page = html(
                StatusCode::OK,
                &room.pages.local(Some(chosen)).step(step, &answers, None),
            );
            if let Some(cookie) = room.cookie(LANGUAGE_COOKIE, chosen.tag()) {
                page.headers_mut().append(header::SET_COOKIE, cookie);
            }
            page
        }
        Go::Next => {
            let hint = missing_answer(step, &answers, room.pages.questionnaire(), pages.language());
            let shown = if hint.is_some() { step } else { step.next() };
            html(
                StatusCode::OK,
                &pages.step(shown, &answers, hint.as_deref()),
            )
        }
        Go::Submit => {
            let complete =
                step == Step::Review && answers.unanswered(room.pages.questionnaire()) == 0;
            let Some(response) = answers.response().filter(|_| complete) else {
                return refused(
                    pages,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "phone-refused-incomplete",
                );
            };
            if renewed {
                // A ballot new with this very request is not one the phone saw the review
                // with: it presses Submit once more, so nothing is sent in its name unseen.
                let hint = pages.language().text("phone-hint-send-again");
                return html(
                    StatusCode::OK,
                    &pages.step(Step::Review, &answers, Some(&hint)),
                );
            }
            submit(room, pages, ballot, response).await
        }
    }
}

/// What a step still needs before the phone may go on, said in the page's language.
fn missing_answer(
    step: Step,
    answers: &Answers,
    questionnaire: &Questionnaire,
    language: Language,
) -> Option<String> {
    match step {
        Step::Team if answers.function.is_none() => Some(language.text("phone-hint-team")),
        Step::Relationship if answers.relationship.is_none() => {
            Some(language.text("phone-hint-relationship"))
        }
        Step::Statements => match answers.unanswered(questionnaire) {
            0 => None,
            count => Some(language.text_with("phone-hint-statements", &[("count", count.into())])),
        },
        _ => None,
    }
}

async fn submit(
    room: &RoomState,
    pages: &LocalPages,
    ballot: BallotKey,
    response: crate::domain::Response,
) -> Response {
    let language = pages.language();
    if room.ballots.begin_submitting(ballot).is_err() {
        return html(StatusCode::CONFLICT, &pages.already_answered());
    }
    let (submission, pending) = Submission::new(response);
    let mut waiting = Waiting {
        room,
        ballot,
        pending: Some(pending),
    };
    (room.submissions)(submission);
    let saved = waiting.outcome(language).await;
    match saved {
        Ok(()) => html(StatusCode::OK, &pages.thanks()),
        Err(reason) => html(
            StatusCode::SERVICE_UNAVAILABLE,
            &pages.problem(
                "phone-not-saved-title",
                &language.text_with("phone-not-saved-text", &[("reason", reason.into())]),
            ),
        ),
    }
}

/// A phone waiting for its answer to be saved. Dropped before the outcome is known (the
/// phone went away, its connection was cut), it gives the answer up unless the owner has
/// already taken it, and settles the ballot accordingly: open again, or used.
struct Waiting<'a> {
    room: &'a RoomState,
    ballot: BallotKey,
    pending: Option<PendingReply>,
}

impl Waiting<'_> {
    async fn outcome(&mut self, language: Language) -> Result<(), String> {
        let Some(pending) = self.pending.as_mut() else {
            return Err(language.text("phone-reason-closed"));
        };
        let saved = match tokio::time::timeout(self.room.reply_timeout, &mut pending.reply).await {
            Ok(Ok(saved)) => saved.map_err(|why| language.text(why.message_id())),
            Ok(Err(_)) => Err(language.text("phone-reason-closed")),
            // Too late, unless the owner has just taken the answer: then it is being saved,
            // and the phone waits for how that went.
            Err(_) if pending.give_up() => Err(language.text("phone-reason-late")),
            Err(_) => match (&mut pending.reply).await {
                Ok(saved) => saved.map_err(|why| language.text(why.message_id())),
                Err(_) => Err(language.text("phone-reason-closed")),
            },
        };
        self.pending = None;
        self.room
            .ballots
            .finish_submitting(self.ballot, saved.is_ok(), self.room.now());
        saved
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if let Some(pending) = self.pending.take() {
            let taken = !pending.give_up();
            self.room
                .ballots
                .finish_submitting(self.ballot, taken, self.room.now());
        }
    }
}

/// The value of the request's cookie `name`, if any.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

/// The ballot in the request's cookie, if any.
fn ballot_of(headers: &HeaderMap) -> Option<BallotKey> {
    cookie(headers, BALLOT_COOKIE).and_then(BallotKey::parse)
}

/// The language the phone chose earlier, else the one its browser asks for, else `None`.
fn chosen_language(headers: &HeaderMap) -> Option<Language> {
    super::accept_language::phone_language(headers, cookie(headers, LANGUAGE_COOKIE))
}

/// A page, never cached (answers must not stay in a shared phone's cache), and forbidden
/// to load anything from anywhere.
fn html(status: StatusCode, markup: &Markup) -> Response {
    let mut response = (status, markup.0.clone()).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
