//! Room mode: the laptop serves the questionnaire on the room's network and everyone answers
//! at once from their phone's browser. An embedded HTTP server on its own thread hands each
//! finished answer to whoever owns the workshop (the app's UI thread, or the headless
//! `tandem room`) and tells the phone "thank you" only once the owner says it is saved.
//!
//! Nothing about a phone is kept: no address, user agent, time or log. One answer per phone
//! rests on a one-use ballot in a cookie, held in memory only.

mod accept_language;
mod ballots;
mod config;
mod connections;
mod error;
mod form;
mod interfaces;
mod page_style;
mod pages;
mod phone_form;
mod routes;
mod server;
mod submission;
mod token;

pub use config::{MAX_CONNECTIONS, REPLY_TIMEOUT, RoomConfig};
pub use error::RoomError;
pub use interfaces::{InterfaceKind, NetworkInterface, default_interface, network_interfaces};
pub use server::Room;
pub use submission::{ClaimedSubmission, NotSaved, Submission};

/// The largest request body a phone may send: a whole questionnaire with two long comments
/// fits many times over.
pub const BODY_LIMIT: usize = 64 * 1024;
