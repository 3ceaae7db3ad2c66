//! The phone pages in the room's language, a phone switching to its own, and statements that
//! need a rating or a skip on purpose before the phone goes on. Loopback only.

use crate::common;

use std::net::{IpAddr, Ipv4Addr};

use common::phone::{Page, Phone, field, inputs};
use tandem::clock::Clock;
use tandem::domain::Questionnaire;
use tandem::i18n::Language;
use tandem::room::{Room, RoomConfig};

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// A room that refuses every answer: these tests never get as far as saving.
fn room(language: Language) -> Room {
    let mut config = RoomConfig::new(
        LOOPBACK,
        Questionnaire::default_questionnaire(),
        Clock::system(),
    );
    config.language = language;
    Room::open(config, |submission| {
        if let Some(submission) = submission.claim() {
            submission.reply(Err(tandem::room::NotSaved::Refused));
        }
    })
    .unwrap()
}

/// A phone in such a room, and the room (which closes when dropped).
fn phone_in_a_room(language: Language) -> (Room, Phone) {
    let room = room(language);
    let phone = Phone::new(room.join_url());
    (room, phone)
}

/// The `value`s of the checked radio buttons, in page order.
fn checked(page: &Page) -> Vec<(String, String)> {
    inputs(&page.html)
        .into_iter()
        .filter(|input| input.contains_key("checked"))
        .map(|input| (input["name"].clone(), input["value"].clone()))
        .collect()
}

#[test]
fn a_german_room_opens_in_german_and_a_phone_may_switch_to_french() {
    let (_room, mut phone) = phone_in_a_room(Language::German);
    let team = phone.get();
    assert!(team.html.contains("<html lang=\"de\""), "{}", team.html);
    assert!(team.html.contains("In welchem Team sind Sie?"));
    assert!(team.html.contains(">Vertrieb<") && team.html.contains(">Produkt<"));
    assert!(team.html.contains("Schritt 1 von 6"));

    let french = phone.press(&team, &[field("go", "lang-fr")]);
    assert_eq!(french.step().as_deref(), Some("team"));
    assert!(french.html.contains("<html lang=\"fr\""));
    assert!(french.html.contains("Dans quelle équipe êtes-vous"));
    assert!(french.html.contains(">Deutsch<"), "the way back is offered");

    let relationship = phone.press(&french, &[field("function", "sales")]);
    assert_eq!(relationship.step().as_deref(), Some("relationship"));
    assert!(
        relationship
            .html
            .contains("Comment décririez-vous la relation")
    );
    assert!(relationship.html.contains("Frictions permanentes"));
}

#[test]
fn a_statement_needs_a_rating_or_a_skip_on_purpose() {
    let (_room, mut phone) = phone_in_a_room(Language::English);
    let team = phone.get();
    let relationship = phone.press(&team, &[field("function", "product")]);
    let statements = phone.press(
        &relationship,
        &[field("relationship", "mostly_aligned"), field("go", "next")],
    );
    assert_eq!(statements.step().as_deref(), Some("statements"));
    assert!(
        checked(&statements).is_empty(),
        "nothing is chosen for the phone"
    );

    let questionnaire = Questionnaire::default_questionnaire();
    let mut own: Vec<_> = questionnaire.statements[..8]
        .iter()
        .map(|statement| field(&format!("rating.{}", statement.key), "4"))
        .collect();
    own.push(field("go", "next"));
    let stopped = phone.press(&statements, &own);
    assert_eq!(stopped.step().as_deref(), Some("statements"));
    assert!(
        stopped
            .html
            .contains("2 statements have no answer yet: rate each, or choose Skip."),
        "{}",
        stopped.html
    );
    assert_eq!(checked(&stopped).len(), 8, "the eight ratings are kept");

    // Switching language keeps them too, and asks in Spanish.
    let mut partial = own.clone();
    partial.pop();
    partial.push(field("go", "lang-es"));
    let spanish = phone.press(&statements, &partial);
    assert_eq!(spanish.step().as_deref(), Some("statements"));
    assert_eq!(checked(&spanish).len(), 8);
    assert!(spanish.html.contains("Confío en que el otro equipo"));

    own.pop();
    own.push(field("rating.raised_early", "skip"));
    own.push(field("rating.better_decisions", "2"));
    own.push(field("go", "next"));
    let sources = phone.press(&statements, &own);
    assert_eq!(
        sources.step().as_deref(),
        Some("sources"),
        "{}",
        sources.html
    );
    let carried: Vec<_> = sources.hidden_fields();
    assert!(
        carried.contains(&field("rating.raised_early", "skip")),
        "the skip travels on"
    );
}

#[test]
fn a_submit_that_skipped_the_statements_page_is_not_counted() {
    let (_room, mut phone) = phone_in_a_room(Language::English);
    let team = phone.get();
    let relationship = phone.press(&team, &[field("function", "sales")]);
    assert_eq!(relationship.step().as_deref(), Some("relationship"));
    let refused = phone.post(&[
        field("step", "review"),
        field("go", "submit"),
        field("function", "sales"),
        field("relationship", "mostly_aligned"),
        field("rating.trust", "3"),
    ]);
    assert_eq!(refused.status, 422, "{}", refused.html);
    assert!(refused.html.contains("Nothing was counted"));
}

#[test]
fn a_statement_rated_and_skipped_at_once_is_refused() {
    let (_room, mut phone) = phone_in_a_room(Language::English);
    let _ = phone.get();
    let refused = phone.post(&[
        field("step", "statements"),
        field("go", "next"),
        field("rating.trust", "3"),
        field("rating.trust", "skip"),
    ]);
    assert_eq!(refused.status, 400, "{}", refused.html);
}

#[test]
fn every_page_speaks_the_language_the_phone_chose_refusals_included() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("room.ron");
    let (room, saved) = common::phone::open_saving_room(&path, common::blank_workshop("Languages"));
    let questionnaire = Questionnaire::default_questionnaire();
    let mut phone = Phone::new(room.join_url());
    let team = phone.get();
    assert!(team.html.contains("<html lang=\"en\""));
    let french = phone.press(&team, &[field("go", "lang-fr")]);
    assert!(french.html.contains("<html lang=\"fr\""));

    // A reload starts again in French, and so does the rest of the way.
    let answer = &common::phone::answers(3, 1, &questionnaire)[0];
    let pages = phone.walk_to_review(answer, &questionnaire);
    assert!(pages[0].html.contains("Dans quelle équipe êtes-vous"));
    let review = pages.last().unwrap();
    let thanks = phone.press(review, &[field("go", "submit")]);
    assert_eq!(thanks.status, 200, "{}", thanks.html);
    assert!(thanks.html.contains("<html lang=\"fr\""));
    saved
        .recv_timeout(std::time::Duration::from_secs(10))
        .unwrap();

    let again = phone.get();
    assert!(
        again.html.contains("Vous avez déjà répondu"),
        "{}",
        again.html
    );
    let resent = phone.press(review, &[field("go", "submit")]);
    assert_eq!(resent.status, 409);
    assert!(resent.html.contains("Vous avez déjà répondu"));
    let not_a_form = phone.post_raw("text/plain", b"hello");
    assert_eq!(not_a_form.status, 415);
    assert!(not_a_form.html.contains("<html lang=\"fr\""));
    assert!(not_a_form.html.contains("Cette page n'accepte que"));

    // A phone whose ballot is gone (the room reopened, say) hears it in its language too.
    let mut other = Phone::new(room.join_url());
    let team = other.get();
    other.press(&team, &[field("go", "lang-es")]);
    other.cookies.remove("tandem_ballot");
    let expired = other.press(&team, &[field("function", "sales")]);
    assert_eq!(expired.status, 403);
    assert!(
        expired.html.contains("<html lang=\"es\""),
        "{}",
        expired.html
    );
}

/// A phone opens in the language its browser asks for, when Tandem speaks it, until its
/// owner chooses another; a browser asking for none of the four gets the workshop's.
#[test]
fn a_phone_opens_in_the_language_its_browser_asks_for_until_it_chooses() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("room.ron");
    let (room, _saved) =
        common::phone::open_saving_room(&path, common::blank_workshop("Languages"));
    let mut spanish = Phone::new(room.join_url());
    spanish.accept_language = Some(String::from("es-MX,es;q=0.9,en;q=0.8"));
    let team = spanish.get();
    assert!(team.html.contains("<html lang=\"es\""), "{}", team.html);
    let german = spanish.press(&team, &[field("go", "lang-de")]);
    assert!(german.html.contains("<html lang=\"de\""));
    // The choice outweighs the browser from then on.
    assert!(spanish.get().html.contains("<html lang=\"de\""));

    let mut elsewhere = Phone::new(room.join_url());
    elsewhere.accept_language = Some(String::from("ja,zh-CN;q=0.8"));
    assert!(
        elsewhere.get().html.contains("<html lang=\"en\""),
        "the workshop's"
    );
}
