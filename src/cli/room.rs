//! `tandem room FILE [--bind ADDR] [--port N]`: room mode without a window. Phones answer
//! in their browsers; each answer is saved to FILE before the phone hears "thank you".

use std::net::IpAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc;

use anyhow::{Context as _, bail};

use crate::clock::Clock;
use crate::domain::{Function, Workshop};
use crate::i18n::Language;
use crate::room::{NotSaved, Room, RoomConfig, Submission, default_interface, network_interfaces};
use crate::storage::{self, DiskCopy, NotAdded, Program};

/// What the main thread waits for.
enum Event {
    Answer(Submission),
    Stop,
}

pub fn run(
    file: &Path,
    bind: Option<IpAddr>,
    port: u16,
    clock: &Clock,
) -> anyhow::Result<ExitCode> {
    let super::locked::Locked {
        mut workshop,
        mut disk,
        lock: _lock,
    } = super::locked::open(file, Program::Room, clock, Language::of_system())?;
    let bind = if let Some(bind) = bind {
        bind
    } else {
        let interfaces = network_interfaces();
        let Some(interface) = default_interface(&interfaces) else {
            bail!("no network found to open the room on; choose one with --bind")
        };
        interface.address
    };
    let (events, inbox) = mpsc::channel();
    // Signals are caught before the address is printed, so a stop right after it counts.
    stop_on_signal(events.clone())?;
    let mut config = RoomConfig::new(bind, workshop.questionnaire.clone(), clock.clone());
    config.port = port;
    config.language = workshop.meta.language;
    let room = Room::open(config, move |submission| {
        // The receiver lives as long as the room; after a stop, a dropped submission tells
        // the phone its answer was not counted.
        let _ = events.send(Event::Answer(submission));
    })?;
    super::print_stdout(&format!("{}\n", room.join_url()))?;
    super::say(&Language::of_system().text_with(
        "cli-room-open",
        &[("title", workshop.meta.title.as_str().into())],
    ));
    super::print_stdout(&counts(&workshop))?;
    for event in &inbox {
        match event {
            Event::Answer(submission) => save_answer(&mut disk, &mut workshop, submission)?,
            Event::Stop => break,
        }
    }
    // Answers still queued are dropped unsaved; their phones are told so.
    drop(inbox);
    room.close_and_wait();
    // Every answer the file holds, and how many of them wait since the reveal.
    let language = Language::of_system();
    let mut closed = language.text_with(
        "cli-room-closed",
        &[
            ("path", file.display().to_string().into()),
            (
                "count",
                (workshop.responses.len() + workshop.held.len()).into(),
            ),
        ],
    );
    for notice in Function::ALL
        .into_iter()
        .filter_map(|function| workshop.held_back_notice(function, language))
    {
        closed.push(' ');
        closed.push_str(&notice);
    }
    super::say(&closed);
    Ok(ExitCode::SUCCESS)
}

/// Adds the answer and saves the workshop atomically; only then is the phone thanked.
/// When the save fails the answer is taken back out and the phone says it was not counted.
fn save_answer(
    disk: &mut DiskCopy,
    workshop: &mut Workshop,
    submission: Submission,
) -> anyhow::Result<()> {
    // A phone that gave up waiting was told its answer was not saved: it is not.
    let Some(submission) = submission.claim() else {
        return Ok(());
    };
    match storage::submit_and_save(disk, workshop, [submission.response.clone()]) {
        Ok(_) => {
            submission.reply(Ok(()));
            super::print_stdout(&counts(workshop))
        }
        Err(error) => {
            let reason = match &error {
                // The room checked it against the same questionnaire: a hand-edited file.
                NotAdded::Invalid(_) => NotSaved::Refused,
                NotAdded::NotSaved(_) => NotSaved::FileNotWritten,
            };
            submission.reply(Err(reason));
            super::say(&Language::of_system().text_with(
                "cli-room-not-counted",
                &[("error", error.to_string().into())],
            ));
            Ok(())
        }
    }
}

/// "answers: sales 14/12 (2 held back until 3 are in), product 10/10; anonymity floor
/// reached: 3 per team". Every answer in the file counts here, as on the app's Capture
/// stage: the facilitator counts heads. The floor is about what the results count.
fn counts(workshop: &Workshop) -> String {
    let language = Language::of_system();
    let floor = workshop.settings.anonymity_floor.value();
    let expected = workshop.meta.expected;
    let teams = Function::ALL
        .map(|function| {
            format!(
                "{} {}/{}{}",
                function.key(),
                workshop.given(function),
                expected.of(function),
                super::answer_counts::held_note(workshop, function, language)
            )
        })
        .join(", ");
    let status = if workshop.floor_reached() {
        "anonymity floor reached"
    } else {
        "below the anonymity floor"
    };
    let over = Function::ALL
        .into_iter()
        .filter(|function| {
            let expected = usize::try_from(expected.of(*function)).unwrap_or(usize::MAX);
            expected > 0 && workshop.given(*function) > expected
        })
        .map(Function::key)
        .collect::<Vec<_>>();
    let warning = if over.is_empty() {
        String::new()
    } else {
        format!(
            "; more {} answers than expected: one answer per phone rests on a cookie, so check the headcount",
            over.join(" and ")
        )
    };
    format!("answers: {teams}; {status}: {floor} per team{warning}\n")
}

/// Sends `Stop` on Ctrl-C, or SIGTERM where there is one, from a small named thread.
fn stop_on_signal(events: mpsc::Sender<Event>) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .context("cannot watch for Ctrl-C")?;
    let context = runtime.enter();
    #[cfg(unix)]
    let (mut interrupt, mut terminate) = {
        use tokio::signal::unix::{SignalKind, signal};
        (
            signal(SignalKind::interrupt()).context("cannot watch for Ctrl-C")?,
            signal(SignalKind::terminate()).context("cannot watch for SIGTERM")?,
        )
    };
    #[cfg(windows)]
    let mut interrupt = tokio::signal::windows::ctrl_c().context("cannot watch for Ctrl-C")?;
    drop(context);
    std::thread::Builder::new()
        .name(String::from("tandem-room-signals"))
        .spawn(move || {
            runtime.block_on(async {
                #[cfg(unix)]
                tokio::select! {
                    _ = interrupt.recv() => {},
                    _ = terminate.recv() => {},
                }
                #[cfg(windows)]
                interrupt.recv().await;
            });
            let _ = events.send(Event::Stop);
        })
        .context("cannot watch for Ctrl-C")?;
    Ok(())
}
