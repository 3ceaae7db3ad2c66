//! One answer per phone: each phone gets a one-use ballot in a cookie. Ballots live in this
//! map only, never in the workshop file, and hold nothing but their state.
//!
//! A ballot is a public number (the map's key) and a secret compared in constant time, so
//! looking one up says nothing about the secret. Unused ballots expire, and when the map is
//! full the oldest unused one makes way: a flood of join requests can push out only ballots
//! that never came back, before any that a phone is using.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::token::RandomId;

/// More unused ballots than any room has people; a flood of new visitors cannot grow memory
/// beyond it.
const MAX_OPEN: usize = 10_000;
/// A ballot whose phone never came back (a page opened and left, a flood) lapses after this.
const FRESH_LIFETIME: Duration = Duration::from_secs(60 * 60);
/// A ballot a phone has used for a step lapses when the phone has been silent this long:
/// longer than any workshop day.
const RETURNING_LIFETIME: Duration = Duration::from_secs(12 * 60 * 60);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BallotState {
    Open,
    /// Handed to the workshop's owner; waiting to hear whether it was saved.
    Submitting,
    Used,
}

/// What a phone's cookie holds.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BallotKey {
    number: u64,
    secret: RandomId,
}

impl BallotKey {
    /// 16 hex digits of the number, then 32 of the secret.
    pub fn text(self) -> String {
        format!("{:016x}{}", self.number, self.secret.hex())
    }

    pub fn parse(text: &str) -> Option<Self> {
        let number = text.get(..16)?;
        let number = u64::from_str_radix(number, 16).ok()?;
        let secret = RandomId::from_hex(text.get(16..)?)?;
        Some(Self { number, secret })
    }
}

struct Ballot {
    secret: RandomId,
    state: BallotState,
    /// When the phone last showed it (or was given it).
    seen: Instant,
    /// Its place in `fresh` or `returning` while open.
    order: u64,
    returned: bool,
}

#[derive(Default)]
struct Inner {
    ballots: HashMap<u64, Ballot>,
    /// Open ballots never shown back, oldest first.
    fresh: BTreeMap<u64, u64>,
    /// Open ballots a phone has shown back, least recently seen first.
    returning: BTreeMap<u64, u64>,
    next_order: u64,
}

pub(crate) struct Ballots {
    inner: Mutex<Inner>,
    max_open: usize,
}

impl Default for Ballots {
    fn default() -> Self {
        Self::with_room_for(MAX_OPEN)
    }
}

impl Ballots {
    pub fn with_room_for(max_open: usize) -> Self {
        Self {
            inner: Mutex::default(),
            max_open: max_open.max(1),
        }
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        // Every change below leaves the maps consistent before it could panic.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A new open ballot; when the room keeps as many as it may, the oldest unused one
    /// lapses to make way. `None` only when the operating system's generator fails.
    pub fn issue(&self, now: Instant) -> Option<BallotKey> {
        let secret = RandomId::new()?;
        let mut inner = self.inner();
        inner.expire(now);
        while inner.fresh.len() + inner.returning.len() >= self.max_open {
            let Some(number) = inner.oldest_open() else {
                break;
            };
            inner.ballots.remove(&number);
        }
        let number = loop {
            let candidate = random_number()?;
            if !inner.ballots.contains_key(&candidate) {
                break candidate;
            }
        };
        let order = inner.next_order();
        inner.fresh.insert(order, number);
        inner.ballots.insert(
            number,
            Ballot {
                secret,
                state: BallotState::Open,
                seen: now,
                order,
                returned: false,
            },
        );
        Some(BallotKey { number, secret })
    }

    /// The state of the phone's ballot, `None` for one the room does not know (forged,
    /// lapsed, or from an earlier room). An open ballot shown back is the least likely to
    /// lapse from now on.
    pub fn state(&self, key: BallotKey, now: Instant) -> Option<BallotState> {
        let mut inner = self.inner();
        inner.expire(now);
        let ballot = inner.ballots.get(&key.number)?;
        if !ballot.secret.matches(key.secret) {
            return None;
        }
        let state = ballot.state;
        if state == BallotState::Open {
            inner.touch(key.number, now);
        }
        Some(state)
    }

    /// Marks an open ballot as being submitted; any other state is returned as it is, so a
    /// second submission racing the first finds it taken.
    pub fn begin_submitting(&self, key: BallotKey) -> Result<(), Option<BallotState>> {
        let mut inner = self.inner();
        let Some(ballot) = inner.ballot_mut(key) else {
            return Err(None);
        };
        if ballot.state != BallotState::Open {
            return Err(Some(ballot.state));
        }
        ballot.state = BallotState::Submitting;
        let (order, returned) = (ballot.order, ballot.returned);
        inner.unlist(order, returned);
        Ok(())
    }

    /// Used once the answer is saved; open again when it was not, so the phone can retry.
    pub fn finish_submitting(&self, key: BallotKey, saved: bool, now: Instant) {
        let mut inner = self.inner();
        let Some(ballot) = inner.ballot_mut(key) else {
            return;
        };
        if ballot.state != BallotState::Submitting {
            return;
        }
        if saved {
            ballot.state = BallotState::Used;
        } else {
            ballot.state = BallotState::Open;
            ballot.returned = true;
            inner.touch(key.number, now);
        }
    }

    /// How many ballots are open (not submitting nor used).
    #[cfg(test)]
    fn open_count(&self) -> usize {
        let inner = self.inner();
        inner.fresh.len() + inner.returning.len()
    }
}

impl Inner {
    /// The ballot `key` names, if its secret matches.
    fn ballot_mut(&mut self, key: BallotKey) -> Option<&mut Ballot> {
        self.ballots
            .get_mut(&key.number)
            .filter(|ballot| ballot.secret.matches(key.secret))
    }

    fn next_order(&mut self) -> u64 {
        self.next_order += 1;
        self.next_order
    }

    /// The open ballot to lapse first: one never shown back, else the least recently seen.
    fn oldest_open(&mut self) -> Option<u64> {
        self.fresh
            .pop_first()
            .or_else(|| self.returning.pop_first())
            .map(|(_, number)| number)
    }

    fn unlist(&mut self, order: u64, returned: bool) {
        if returned {
            self.returning.remove(&order);
        } else {
            self.fresh.remove(&order);
        }
    }

    /// Moves an open ballot to the end of `returning`.
    fn touch(&mut self, number: u64, now: Instant) {
        let order = self.next_order();
        let Some(ballot) = self.ballots.get_mut(&number) else {
            return;
        };
        let (old_order, returned) = (ballot.order, ballot.returned);
        ballot.order = order;
        ballot.returned = true;
        ballot.seen = now;
        self.unlist(old_order, returned);
        self.returning.insert(order, number);
    }

    /// Forgets open ballots silent for longer than they may be. Both lists are in order of
    /// last sight, so only their fronts need looking at.
    fn expire(&mut self, now: Instant) {
        for (returned, lifetime) in [(false, FRESH_LIFETIME), (true, RETURNING_LIFETIME)] {
            loop {
                let list = if returned {
                    &mut self.returning
                } else {
                    &mut self.fresh
                };
                let Some((&order, &number)) = list.first_key_value() else {
                    break;
                };
                let lapsed = self
                    .ballots
                    .get(&number)
                    .is_none_or(|ballot| now.saturating_duration_since(ballot.seen) > lifetime);
                if !lapsed {
                    break;
                }
                list.remove(&order);
                self.ballots.remove(&number);
            }
        }
    }
}

fn random_number() -> Option<u64> {
    let mut bytes = [0; 8];
    getrandom::fill(&mut bytes).ok()?;
    Some(u64::from_le_bytes(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ballot_is_used_once() {
        let now = crate::clock::ManualClock::default().clock().now();
        let ballots = Ballots::default();
        let key = ballots.issue(now).unwrap();
        assert_eq!(ballots.begin_submitting(key), Ok(()));
        assert_eq!(
            ballots.begin_submitting(key),
            Err(Some(BallotState::Submitting))
        );
        ballots.finish_submitting(key, false, now);
        assert_eq!(ballots.state(key, now), Some(BallotState::Open));
        assert_eq!(ballots.begin_submitting(key), Ok(()));
        ballots.finish_submitting(key, true, now);
        assert_eq!(ballots.begin_submitting(key), Err(Some(BallotState::Used)));
        let stranger = Ballots::default().issue(now).unwrap();
        assert_eq!(ballots.begin_submitting(stranger), Err(None));
    }

    #[test]
    fn a_right_number_with_a_wrong_secret_is_not_a_ballot() {
        let now = crate::clock::ManualClock::default().clock().now();
        let ballots = Ballots::default();
        let key = ballots.issue(now).unwrap();
        let forged = BallotKey {
            number: key.number,
            secret: RandomId::new().unwrap(),
        };
        assert_eq!(ballots.state(forged, now), None);
        assert_eq!(ballots.begin_submitting(forged), Err(None));
        assert_eq!(ballots.state(key, now), Some(BallotState::Open));
        assert_eq!(BallotKey::parse(&key.text()).unwrap().number, key.number);
        assert!(BallotKey::parse("zz").is_none());
    }

    #[test]
    fn a_flood_pushes_out_ballots_never_shown_back_before_a_phone_in_use() {
        let now = crate::clock::ManualClock::default().clock().now();
        let ballots = Ballots::with_room_for(3);
        let phone = ballots.issue(now).unwrap();
        let left_open = ballots.issue(now).unwrap();
        // The phone takes a step: its ballot comes back.
        assert_eq!(ballots.state(phone, now), Some(BallotState::Open));
        for _ in 0..100 {
            ballots.issue(now).unwrap();
        }
        assert_eq!(ballots.open_count(), 3);
        assert_eq!(ballots.state(phone, now), Some(BallotState::Open));
        assert_eq!(ballots.state(left_open, now), None);
    }

    #[test]
    fn unused_ballots_lapse_and_used_ones_stay_used() {
        let start = crate::clock::ManualClock::default().clock().now();
        let ballots = Ballots::default();
        let fresh = ballots.issue(start).unwrap();
        let returning = ballots.issue(start).unwrap();
        let used = ballots.issue(start).unwrap();
        ballots.state(returning, start);
        ballots.begin_submitting(used).unwrap();
        ballots.finish_submitting(used, true, start);

        let later = start + FRESH_LIFETIME + Duration::from_secs(1);
        assert_eq!(ballots.state(fresh, later), None);
        assert_eq!(ballots.state(returning, later), Some(BallotState::Open));
        let much_later = later + RETURNING_LIFETIME + Duration::from_secs(1);
        assert_eq!(ballots.state(returning, much_later), None);
        assert_eq!(ballots.state(used, much_later), Some(BallotState::Used));
        assert_eq!(ballots.open_count(), 0);
    }
}
