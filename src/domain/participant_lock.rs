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

    /// Why a PIN cannot be used, if it cannot.
    pub fn pin_problem(pin: &str) -> Option<String> {
        let pin = pin.trim();
        if pin.chars().count() < MIN_PIN_DIGITS || !pin.chars().all(|c| c.is_ascii_digit()) {
            Some(format!("Choose a PIN of at least {MIN_PIN_DIGITS} digits."))
        } else {
            None
        }
    }
}

/// FNV-1a over the salt and the PIN.
fn pin_hash(salt: u64, pin: &str) -> u64 {
    fnv1a(fnv1a(FNV_OFFSET_BASIS, &salt.to_le_bytes()), pin.as_bytes())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
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
        assert!(ParticipantLock::pin_problem("123").is_some());
        assert!(ParticipantLock::pin_problem("12a4").is_some());
        assert!(ParticipantLock::pin_problem("1234").is_none());
    }
}
