//! Random identifiers from the operating system's generator: the room token (in the join
//! address) and the ballots (in the phones' cookies).

use std::fmt::Write as _;

/// 128 random bits, written as 32 lowercase hex digits. A secret: compared only with
/// [`matches`](Self::matches), never with `==` or through a hash map's lookup.
#[derive(Clone, Copy)]
pub(crate) struct RandomId([u8; 16]);

impl RandomId {
    pub fn new() -> Option<Self> {
        let mut bytes = [0; 16];
        getrandom::fill(&mut bytes).ok()?;
        Some(Self(bytes))
    }

    pub fn hex(self) -> String {
        self.0
            .iter()
            .fold(String::with_capacity(32), |mut text, byte| {
                let _ = write!(text, "{byte:02x}");
                text
            })
    }

    pub fn from_hex(text: &str) -> Option<Self> {
        if text.len() != 32 || !text.is_ascii() {
            return None;
        }
        let mut bytes = [0; 16];
        for (byte, pair) in bytes.iter_mut().zip(text.as_bytes().chunks(2)) {
            let pair = std::str::from_utf8(pair).ok()?;
            *byte = u8::from_str_radix(pair, 16).ok()?;
        }
        Some(Self(bytes))
    }

    /// Compares every byte whatever the first difference, so the time a wrong guess takes
    /// says nothing about how close it was.
    pub fn matches(self, other: Self) -> bool {
        self.0
            .iter()
            .zip(other.0)
            .fold(0, |difference, (a, b)| difference | (a ^ b))
            == 0
    }
}

// No Debug: a token or ballot must not end up in a log or a panic message.
impl std::fmt::Debug for RandomId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RandomId(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_ids_differ() {
        let id = RandomId::new().unwrap();
        assert_eq!(id.hex().len(), 32);
        assert!(RandomId::from_hex(&id.hex()).unwrap().matches(id));
        assert!(!RandomId::new().unwrap().matches(id));
        assert!(RandomId::from_hex("zz").is_none());
        assert!(RandomId::from_hex(&"é".repeat(16)).is_none());
    }
}
