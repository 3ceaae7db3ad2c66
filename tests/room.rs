//! Room mode over real HTTP on loopback: 40 phones at once, the pages themselves, and the
//! headless `tandem room`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use common::phone::{Page, Phone, answers};
use tandem::domain::{Date, Questionnaire, Response, Workshop};
use tandem::room::{Room, RoomConfig, Submission};
use tandem::storage::{load_workshop, save_workshop};
use tandem::ui::kiosk::Draft;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

fn workshop() -> Workshop {
    Workshop::new("Room test", Date::new(2026, 11, 28).unwrap())
}

/// Opens a room on loopback whose owner (a named thread standing in for the app) saves each
/// answer to `path` before replying, as `OpenWorkshop::add_responses` does.
fn open_room(path: &Path, expected: usize) -> (Room, std::thread::JoinHandle<usize>) {
    let workshop = workshop();
    save_workshop(path, &workshop).unwrap();
    let (sender, inbox) = mpsc::channel::<Submission>();
    let room = Room::open(
        RoomConfig::new(LOOPBACK, workshop.questionnaire.clone()),
        move |submission| sender.send(submission).unwrap(),
    )
    .unwrap();
    let path = path.to_owned();
    let owner = std::thread::Builder::new()
        .name(String::from("workshop owner"))
        .spawn(move || {
            let mut workshop = workshop;
            let mut saved = 0;
            while saved < expected {
                let Ok(submission) = inbox.recv_timeout(Duration::from_secs(30)) else {
                    break;
                };
                workshop.responses.extend([submission.response.clone()]);
                save_workshop(&path, &workshop).unwrap();
                submission.reply(Ok(()));
                saved += 1;
            }
            saved
        })
        .unwrap();
    (room, owner)
}

/// The same answers entered at the kiosk, one by one, in reverse order.
fn kiosk_file(path: &Path, responses: &[Response]) -> Vec<u8> {
    let mut workshop = workshop();
    for response in responses.iter().rev() {
        let draft = Draft {
            function: Some(response.function),
            relationship: Some(response.relationship),
            ratings: response
                .ratings
                .iter()
                .map(|(key, rating)| (key.clone(), rating.value()))
                .collect(),
            sources: response.sources.clone(),
            friction_comment: response.friction_comment.clone().unwrap_or_default(),
            works_well_comment: response.works_well_comment.clone().unwrap_or_default(),
        };
        workshop.responses.extend([draft.response().unwrap()]);
    }
    save_workshop(path, &workshop).unwrap();
    std::fs::read(path).unwrap()
}

#[test]
fn forty_phones_at_once_give_the_same_file_as_the_kiosk() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("room.ron");
    let questionnaire = Questionnaire::default_questionnaire();
    let responses = answers(12, 40, &questionnaire);
    let (room, owner) = open_room(&path, responses.len());
    let url = room.join_url().to_owned();
    let pages: Vec<Vec<Page>> = std::thread::scope(|scope| {
        let phones: Vec<_> = responses
            .iter()
            .enumerate()
            .map(|(index, response)| {
                let (url, questionnaire) = (&url, &questionnaire);
                std::thread::Builder::new()
                    .name(format!("phone {index}"))
                    .spawn_scoped(scope, move || {
                        Phone::new(url).answer(response, questionnaire)
                    })
                    .unwrap()
            })
            .collect();
        phones
            .into_iter()
            .map(|phone| phone.join().unwrap())
            .collect()
    });
    assert_eq!(owner.join().unwrap(), 40);
    for phone in &pages {
        let thanks = phone.last().unwrap();
        assert_eq!(thanks.status, 200, "{}", thanks.html);
        assert!(thanks.html.contains("Thank you! Your answers are saved."));
    }
    room.close();
    let from_phones = std::fs::read(&path).unwrap();
    assert_eq!(load_workshop(&path).unwrap().responses.len(), 40);
    let from_kiosk = kiosk_file(&folder.path().join("kiosk.ron"), &responses);
    assert!(
        from_phones == from_kiosk,
        "40 phones at once and the kiosk in another order give the same file"
    );
}
