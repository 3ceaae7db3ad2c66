use tokio::sync::oneshot;

use crate::domain::Response;

/// A phone's finished answer, handed to the owner of the workshop. The phone is told
/// "thank you" only when the owner replies `Ok` (the answer is saved); an `Err`, or a
/// submission dropped without a reply, tells the phone its answer was not counted.
#[derive(Debug)]
pub struct Submission {
    /// Checked against the questionnaire already, in the kiosk's and the CSV import's form.
    pub response: Response,
    reply_to: oneshot::Sender<Result<(), String>>,
}

impl Submission {
    pub(crate) fn new(response: Response) -> (Self, oneshot::Receiver<Result<(), String>>) {
        let (reply_to, reply) = oneshot::channel();
        (Self { response, reply_to }, reply)
    }

    /// Tells the phone whether its answer was saved. `Err` carries a reason in plain words
    /// for the participant ("the laptop could not write the workshop file").
    pub fn reply(self, saved: Result<(), String>) {
        // The phone may have given up waiting; then nobody is left to tell.
        let _ = self.reply_to.send(saved);
    }
}
