//! One answer per phone: each phone gets a one-use ballot in a cookie. Ballots live in this
//! map only, never in the workshop file, and hold nothing but their state.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use super::token::RandomId;

/// More ballots than any room has people; a flood of new visitors cannot grow memory
/// beyond it.
const MAX_BALLOTS: usize = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BallotState {
    Open,
    /// Handed to the workshop's owner; waiting to hear whether it was saved.
    Submitting,
    Used,
}

#[derive(Debug, Default)]
pub(crate) struct Ballots {
    states: Mutex<HashMap<RandomId, BallotState>>,
}

impl Ballots {
    fn states(&self) -> std::sync::MutexGuard<'_, HashMap<RandomId, BallotState>> {
        // The map stays consistent whatever panicked while holding it: each change is one
        // insert.
        self.states.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A new open ballot, or `None` when the room has handed out as many as it keeps.
    pub fn issue(&self) -> Option<RandomId> {
        let mut states = self.states();
        if states.len() >= MAX_BALLOTS {
            return None;
        }
        let id = RandomId::new()?;
        states.insert(id, BallotState::Open);
        Some(id)
    }

    pub fn state(&self, id: RandomId) -> Option<BallotState> {
        self.states().get(&id).copied()
    }

    /// Marks an open ballot as being submitted; any other state is returned as it is, so a
    /// second submission racing the first finds it taken.
    pub fn begin_submitting(&self, id: RandomId) -> Result<(), Option<BallotState>> {
        let mut states = self.states();
        match states.get_mut(&id) {
            Some(state @ BallotState::Open) => {
                *state = BallotState::Submitting;
                Ok(())
            }
            other => Err(other.copied()),
        }
    }

    /// Used once the answer is saved; open again when it was not, so the phone can retry.
    pub fn finish_submitting(&self, id: RandomId, saved: bool) {
        if let Some(state) = self.states().get_mut(&id) {
            *state = if saved {
                BallotState::Used
            } else {
                BallotState::Open
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ballot_is_used_once() {
        let ballots = Ballots::default();
        let id = ballots.issue().unwrap();
        assert_eq!(ballots.begin_submitting(id), Ok(()));
        assert_eq!(
            ballots.begin_submitting(id),
            Err(Some(BallotState::Submitting))
        );
        ballots.finish_submitting(id, false);
        assert_eq!(ballots.state(id), Some(BallotState::Open));
        assert_eq!(ballots.begin_submitting(id), Ok(()));
        ballots.finish_submitting(id, true);
        assert_eq!(ballots.begin_submitting(id), Err(Some(BallotState::Used)));
        assert_eq!(
            ballots.begin_submitting(RandomId::new().unwrap()),
            Err(None)
        );
    }
}
