/// A participant's answer to one statement: a rating from 1 to 5, or a skip they chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatementAnswer {
    Rated(u8),
    Skipped,
}
