//! The workshop model: plain data with no UI and no storage in it.

pub mod anonymity_floor;
pub mod comments;
pub mod date;
pub mod fnv;
pub mod function;
pub mod key_words;
pub mod owner;
pub mod participant_lock;
pub mod problem;
pub mod questionnaire;
pub mod questionnaire_texts;
pub mod rating;
pub mod ratings;
pub mod relationship;
pub mod response;
pub mod response_check;
pub mod split_mix;
pub mod stage;
pub mod workshop;

pub use anonymity_floor::AnonymityFloor;
pub use comments::PooledComments;
pub use date::Date;
pub use function::Function;
pub use key_words::words_from_key;
pub use owner::Owner;
pub use participant_lock::{ParticipantLock, PinAttempts};
pub use problem::{Position, Problem};
pub use questionnaire::Questionnaire;
pub use rating::Rating;
pub use ratings::{DuplicateRating, Ratings, StatementKey};
pub use relationship::Relationship;
pub use response::{Response, Responses};
pub use response_check::ResponseProblem;
pub use split_mix::SplitMix64;
pub use stage::Stage;
pub use workshop::{ActionItem, Agreement, Headcount, Meta, Settings, Workshop};
