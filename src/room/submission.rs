use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use tokio::sync::oneshot;

use crate::domain::Response;

/// The phone still waits for its answer to be saved.
const WAITING: u8 = 0;
/// The owner took the answer to save it: the phone waits for the outcome, however long.
const CLAIMED: u8 = 1;
/// The phone stopped waiting and was told its answer was not saved: it must not be.
const GAVE_UP: u8 = 2;

/// A phone's finished answer, handed to the owner of the workshop. The owner [`claims`]
/// it before saving: a claim succeeds only while the phone still waits, and once it has,
/// the phone waits for the outcome. So an answer is saved only if its phone hears so,
/// and a phone told "not saved" may answer again without being counted twice.
///
/// [`claims`]: Submission::claim
#[derive(Debug)]
pub struct Submission {
    response: Response,
    reply_to: oneshot::Sender<Result<(), NotSaved>>,
    waiting: Arc<AtomicU8>,
}

/// Why an answer was not saved, said to the phone in its own language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// The workshop file could not be written.
    FileNotWritten,
    /// The workshop was closed before the answer arrived.
    WorkshopClosed,
    /// The workshop does not take the answer (a file edited by hand since the room opened).
    Refused,
}

impl NotSaved {
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::FileNotWritten => "phone-reason-not-written",
            Self::WorkshopClosed => "phone-reason-workshop-closed",
            Self::Refused => "phone-reason-refused",
        }
    }
}

/// A submission its phone waits for: save it, then [`reply`](ClaimedSubmission::reply).
#[derive(Debug)]
pub struct ClaimedSubmission {
    /// Checked against the questionnaire already, in the kiosk's and the CSV import's form.
    pub response: Response,
    reply_to: oneshot::Sender<Result<(), NotSaved>>,
}

/// The room's side of a submission: the owner's reply, and the claim it may still lose.
pub(crate) struct PendingReply {
    pub reply: oneshot::Receiver<Result<(), NotSaved>>,
    waiting: Arc<AtomicU8>,
}

impl Submission {
    pub(crate) fn new(response: Response) -> (Self, PendingReply) {
        let (reply_to, reply) = oneshot::channel();
        let waiting = Arc::new(AtomicU8::new(WAITING));
        let pending = PendingReply {
            reply,
            waiting: Arc::clone(&waiting),
        };
        let submission = Self {
            response,
            reply_to,
            waiting,
        };
        (submission, pending)
    }

    /// Takes the answer for saving, or `None` when its phone has already been told it was
    /// not saved (it waited too long): then the answer must be dropped, unsaved.
    pub fn claim(self) -> Option<ClaimedSubmission> {
        self.waiting
            .compare_exchange(WAITING, CLAIMED, Ordering::AcqRel, Ordering::Acquire)
            .ok()?;
        Some(ClaimedSubmission {
            response: self.response,
            reply_to: self.reply_to,
        })
    }
}

impl ClaimedSubmission {
    /// Tells the phone whether its answer was saved, and if not, why.
    pub fn reply(self, saved: Result<(), NotSaved>) {
        // The connection may have been cut meanwhile (the room closing); nobody is left to
        // tell, and the answer's fate is the file's.
        let _ = self.reply_to.send(saved);
    }
}

impl PendingReply {
    /// Gives up waiting, unless the owner has claimed the answer: `true` when the phone may
    /// be told it was not saved.
    pub fn give_up(&self) -> bool {
        self.waiting
            .compare_exchange(WAITING, GAVE_UP, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Function, Relationship, Response};

    fn submission() -> (Submission, PendingReply) {
        Submission::new(Response::new(Function::Sales, Relationship::MostlyAligned))
    }

    #[test]
    fn a_claimed_answer_cannot_be_given_up() {
        let (submission, pending) = submission();
        let claimed = submission.claim().unwrap();
        assert!(!pending.give_up());
        claimed.reply(Ok(()));
    }

    #[test]
    fn an_answer_given_up_cannot_be_claimed() {
        let (submission, pending) = submission();
        assert!(pending.give_up());
        assert!(submission.claim().is_none());
    }
}
