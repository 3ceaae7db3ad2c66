//! The one place Tandem reads the time. The app (and so the open workshop that owns the room)
//! and the command line are given a [`Clock`]; the binary's reads the computer's clock, tests drive a [`ManualClock`], so no
//! countdown, toast, autosave or snapshot depends on how fast the machine is.
//! `tests/domain/architecture.rs` fails when another file reads the time itself.

#![allow(
    clippy::disallowed_methods,
    reason = "the one place the time is read (clippy.toml forbids it everywhere else)"
)]

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::domain::Date;

/// Where the time comes from: the computer, or a test's hand. Cloning shares the source.
#[derive(Clone, Debug)]
pub struct Clock(Source);

#[derive(Clone, Debug)]
enum Source {
    System,
    Manual(Arc<Mutex<ManualTime>>),
}

/// A manual clock's reading: a monotonic instant and the wall-clock time beside it.
#[derive(Clone, Copy, Debug)]
struct ManualTime {
    instant: Instant,
    wall: Timestamp,
}

impl Clock {
    /// The computer's clock.
    pub fn system() -> Self {
        Self(Source::System)
    }

    /// Monotonic time, for durations: countdowns, waits, pauses.
    pub fn now(&self) -> Instant {
        match &self.0 {
            Source::System => Instant::now(),
            Source::Manual(time) => read(time).instant,
        }
    }

    /// Wall-clock time.
    pub fn wall(&self) -> Timestamp {
        match &self.0 {
            Source::System => Timestamp::now(),
            Source::Manual(time) => read(time).wall,
        }
    }

    /// Today where the computer is (its time zone, or `TZ`): a workshop created on a Sydney
    /// morning is dated that morning, not the UTC day before. UTC when no zone is found. A
    /// manual clock's day is taken in UTC, so tests do not depend on the machine's zone.
    pub fn today(&self) -> Date {
        match &self.0 {
            Source::System => Date::on(self.wall(), &TimeZone::system()),
            Source::Manual(_) => Date::on(self.wall(), &TimeZone::UTC),
        }
    }
}

/// The time the file system stamps files with, to tell how old a file is. Not the app's
/// clock: a file's age is measured against the operating system's own, whatever a test set.
pub fn file_system_now() -> SystemTime {
    SystemTime::now()
}

/// A clock that moves only when told to: tests set the start and advance it.
#[derive(Clone, Debug)]
pub struct ManualClock(Arc<Mutex<ManualTime>>);

impl ManualClock {
    /// A clock standing at `wall` (UTC). Its instants start from the moment it is made,
    /// since [`Instant`] can only be read, never built.
    pub fn starting_at(wall: Timestamp) -> Self {
        Self(Arc::new(Mutex::new(ManualTime {
            instant: Instant::now(),
            wall,
        })))
    }

    /// The clock to give the app or a command; it reads what this one is set to.
    pub fn clock(&self) -> Clock {
        Clock(Source::Manual(Arc::clone(&self.0)))
    }

    /// Moves the time on (both the monotonic and the wall-clock reading).
    pub fn advance(&self, by: Duration) {
        let mut time = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        time.instant += by;
        time.wall = time.wall.checked_add(by).unwrap_or(Timestamp::MAX);
    }

    pub fn now(&self) -> Instant {
        read(&self.0).instant
    }
}

impl Default for ManualClock {
    /// 1 March 2026, 09:00 UTC: a morning workshop.
    fn default() -> Self {
        Self::starting_at(Timestamp::constant(1_772_355_600, 0))
    }
}

fn read(time: &Mutex<ManualTime>) -> ManualTime {
    *time.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let manual = ManualClock::default();
        let clock = manual.clock();
        let start = clock.now();
        assert_eq!(clock.today().to_string(), "2026-03-01");
        assert_eq!(clock.wall().to_string(), "2026-03-01T09:00:00Z");
        assert_eq!(clock.now(), start);
        manual.advance(Duration::from_secs(15 * 3600));
        assert_eq!(clock.now() - start, Duration::from_secs(15 * 3600));
        assert_eq!(clock.today().to_string(), "2026-03-02");
        // A clone reads the same source.
        assert_eq!(clock.clone().now(), manual.now());
    }
}
