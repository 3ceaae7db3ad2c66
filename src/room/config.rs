use std::net::IpAddr;
use std::time::Duration;

use crate::clock::Clock;
use crate::domain::Questionnaire;
use crate::i18n::Language;

/// How long a phone waits for the workshop's owner to take its answer before it is told the
/// answer was not saved (and it was not: see [`Submission::claim`](super::Submission::claim)).
pub const REPLY_TIMEOUT: Duration = Duration::from_secs(30);

/// Open connections at once: a room of 150 phones keeping two to four each fits. Past it, a
/// newcomer takes the place of the connection that has waited longest.
pub const MAX_CONNECTIONS: usize = 1024;

/// How to open a room: where to listen and what to ask.
#[derive(Clone, Debug)]
pub struct RoomConfig {
    /// The address of the network interface the facilitator chose.
    pub bind: IpAddr,
    /// 0 picks any free port.
    pub port: u16,
    /// The workshop's questionnaire: the phone pages show its texts.
    pub questionnaire: Questionnaire,
    /// The language the phone pages open in; each phone may switch to another.
    pub language: Language,
    /// The app's clock: when an unused ballot lapses.
    pub clock: Clock,
    /// How long a phone waits for its answer to be taken; [`REPLY_TIMEOUT`] unless a test
    /// shortens it.
    pub reply_timeout: Duration,
    /// [`MAX_CONNECTIONS`] unless a test wants a full room sooner.
    pub max_connections: usize,
}

impl RoomConfig {
    /// A room on `bind`, any free port, pages in the questionnaire's language.
    pub fn new(bind: IpAddr, questionnaire: Questionnaire, clock: Clock) -> Self {
        Self {
            bind,
            port: 0,
            language: questionnaire.language,
            questionnaire,
            clock,
            reply_timeout: REPLY_TIMEOUT,
            max_connections: MAX_CONNECTIONS,
        }
    }
}
