/// A message to the facilitator after a command: what happened, or what went wrong and what
/// was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}
