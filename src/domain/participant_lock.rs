use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::fnv::{FNV_OFFSET_BASIS, fnv1a};

/// The facilitator's PIN for leaving participant mode, kept with the workshop so that
/// restarting the app reopens the workshop locked. It guards against curious participants;
/// it is a salted hash, not encryption, and does not pretend to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParticipantLock {
    salt: u64,
    hash: u64,
}

/// The shortest PIN accepted.
pub const MIN_PIN_DIGITS: usize = 4;

impl ParticipantLock {
    /// A lock for `pin`, salted with `salt` (any value that differs between locks).
    pub fn new(pin: &str, salt: u64) -> Self {
        Self {
            salt,
            hash: pin_hash(salt, pin.trim()),
        }
    }

    pub fn opens_with(&self, pin: &str) -> bool {
        pin_hash(self.salt, pin.trim()) == self.hash
    }

    /// Whether `pin` can lock the kiosk: at least [`MIN_PIN_DIGITS`] digits, digits only
    /// (the screens say so in their language).
    pub fn pin_acceptable(pin: &str) -> bool {
        let pin = pin.trim();
        pin.chars().count() >= MIN_PIN_DIGITS && pin.chars().all(|c| c.is_ascii_digit())
    }
}

/// Wrong PINs that cost nothing; each one after them makes the next try wait.
pub const FREE_TRIES: u32 = 3;

/// The wait after the first wrong PIN beyond [`FREE_TRIES`]; it doubles with every further one.
pub const FIRST_WAIT: Duration = Duration::from_secs(5);

/// The longest wait between two tries.
pub const LONGEST_WAIT: Duration = Duration::from_secs(300);

/// Wrong PINs typed at the kiosk. After [`FREE_TRIES`] of them, the next try must wait
/// ([`FIRST_WAIT`], doubling up to [`LONGEST_WAIT`]), so guessing a four-digit PIN takes
/// days instead of minutes. Kept in memory only: a participant who can kill the app has the
/// laptop anyway, and the lock itself survives a restart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PinAttempts {
    wrong: u32,
    wait_until: Option<Instant>,
}

impl PinAttempts {
    /// How many wrong PINs were typed so far.
    pub fn wrong(&self) -> u32 {
        self.wrong
    }

    /// Counts a wrong PIN typed at `now`, and starts the wait it earns, if any.
    pub fn record_wrong(&mut self, now: Instant) {
        self.wrong = self.wrong.saturating_add(1);
        self.wait_until = wait_after(self.wrong).map(|wait| now + wait);
    }

    /// How long until the next try is taken, if it must wait.
    pub fn wait_left(&self, now: Instant) -> Option<Duration> {
        self.wait_until
            .filter(|until| *until > now)
            .map(|until| until - now)
    }
}

/// The wait before the next try after `wrong` wrong PINs.
pub fn wait_after(wrong: u32) -> Option<Duration> {
    let beyond = wrong.checked_sub(FREE_TRIES)?;
    let doubled = FIRST_WAIT.saturating_mul(2_u32.saturating_pow(beyond.min(16)));
    Some(doubled.min(LONGEST_WAIT))
}

/// FNV-1a over the salt and the PIN.
fn pin_hash(salt: u64, pin: &str) -> u64 {
    fnv1a(fnv1a(FNV_OFFSET_BASIS, &salt.to_le_bytes()), pin.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_right_pin_opens_the_lock() {
        let lock = ParticipantLock::new("2468", 42);
        assert!(lock.opens_with("2468"));
        assert!(lock.opens_with(" 2468 "));
        assert!(!lock.opens_with("2469"));
        assert!(!lock.opens_with(""));
        assert_ne!(
            lock,
            ParticipantLock::new("2468", 43),
            "the salt changes the hash"
        );
    }

    #[test]
    fn pins_need_four_digits() {
        assert!(!ParticipantLock::pin_acceptable("123"));
        assert!(!ParticipantLock::pin_acceptable("12a4"));
        assert!(ParticipantLock::pin_acceptable("1234"));
        assert!(ParticipantLock::pin_acceptable(" 12345 "));
    }

    #[test]
    fn three_wrong_pins_are_free_then_each_try_waits_twice_as_long() {
        assert_eq!(wait_after(0), None);
        assert_eq!(wait_after(2), None);
        assert_eq!(wait_after(3), Some(Duration::from_secs(5)));
        assert_eq!(wait_after(4), Some(Duration::from_secs(10)));
        assert_eq!(wait_after(5), Some(Duration::from_secs(20)));
        assert_eq!(wait_after(9), Some(Duration::from_secs(300)));
        assert_eq!(wait_after(u32::MAX), Some(Duration::from_secs(300)));

        let start = crate::clock::ManualClock::default().now();
        let mut attempts = PinAttempts::default();
        for _ in 0..3 {
            assert_eq!(attempts.wait_left(start), None);
            attempts.record_wrong(start);
        }
        assert_eq!(attempts.wrong(), 3);
        assert_eq!(attempts.wait_left(start), Some(Duration::from_secs(5)));
        let later = start + Duration::from_secs(2);
        assert_eq!(attempts.wait_left(later), Some(Duration::from_secs(3)));
        assert_eq!(attempts.wait_left(start + Duration::from_secs(5)), None);
    }
}
