//! Which question a column answers: by Tandem's key, or by the questionnaire's own text
//! (the relationship prompt, a statement, the sources prompt, a comment prompt, "which
//! team"), including Google Forms' grid form `Prompt [statement text]`.

use super::error::Message;
use super::identity::{DropReason, identity_column};
use super::words::fold;
use crate::domain::Questionnaire;

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    Function,
    Relationship,
    Statement(String),
    /// Every source named in one cell.
    Sources,
    /// One checkbox of the sources question: a non-empty cell names it.
    Source(String),
    FrictionComment,
    WorksWellComment,
    /// An identity or time column: dropped, never read.
    Dropped(DropReason),
    /// Left out on the facilitator's word.
    Ignored,
}

impl Column {
    /// A key as `--map` and Tandem's own CSV write it.
    pub fn from_key(key: &str, questionnaire: &Questionnaire) -> Option<Self> {
        Some(match key.trim() {
            // `team` is what a facilitator calls it; `function` is what Tandem's CSV writes.
            "function" | "team" => Self::Function,
            "relationship" => Self::Relationship,
            "sources" => Self::Sources,
            "friction_comment" => Self::FrictionComment,
            "works_well_comment" => Self::WorksWellComment,
            key if questionnaire.statement(key).is_some() => Self::Statement(key.to_owned()),
            key if questionnaire.source(key).is_some() => Self::Source(key.to_owned()),
            _ => return None,
        })
    }

    /// The key `--map` takes for this column (the inverse of [`Self::from_key`]); `None`
    /// for a source's checkbox column, whose key may also be a statement's, and for the
    /// columns that answer nothing.
    pub fn key(&self) -> Option<&str> {
        Some(match self {
            Self::Function => "function",
            Self::Relationship => "relationship",
            Self::Statement(key) => key,
            Self::Sources => "sources",
            Self::FrictionComment => "friction_comment",
            Self::WorksWellComment => "works_well_comment",
            Self::Source(_) | Self::Dropped(_) | Self::Ignored => return None,
        })
    }

    /// Whether `self` and `other` answer the same question. The sources question counts as
    /// one here, in one column or one checkbox column per option, since a facilitator
    /// thinks of it as one.
    pub fn answers_as(&self, other: &Self) -> bool {
        let sources = |column: &Self| matches!(column, Self::Sources | Self::Source(_));
        (sources(self) && sources(other))
            || self
                .question()
                .is_some_and(|question| other.question() == Some(question))
    }

    /// The column a header names, if Tandem knows it (HTML emphasis and escapes in the
    /// title, as Typeform writes them, read as plain text).
    pub fn recognise(header: &str, questionnaire: &Questionnaire) -> Option<Self> {
        let plain = super::title::plain(header);
        let trimmed = plain.trim();
        if let Some(column) = Self::from_key(&trimmed.to_lowercase(), questionnaire) {
            return Some(column);
        }
        if let Some(reason) = identity_column(trimmed) {
            return Some(Self::Dropped(reason));
        }
        if let Some((prompt, item)) = grid(trimmed) {
            return grid_item(prompt, item, questionnaire);
        }
        by_text(&fold(trimmed), questionnaire)
    }

    /// The question a column answers, so two columns answering one are found; `None` for
    /// columns that answer nothing.
    pub fn question(&self) -> Option<Message> {
        Some(match self {
            Self::Function => Message::new("import-error-question-team"),
            Self::Relationship => Message::new("import-error-question-relationship"),
            Self::Statement(key) => {
                Message::new("import-error-question-statement").with("key", key.as_str())
            }
            Self::Sources => Message::new("import-error-question-sources"),
            Self::Source(key) => {
                Message::new("import-error-question-source").with("key", key.as_str())
            }
            Self::FrictionComment => Message::new("import-error-question-friction-comment"),
            Self::WorksWellComment => Message::new("import-error-question-works-well-comment"),
            Self::Dropped(_) | Self::Ignored => return None,
        })
    }
}

/// `Prompt [item]` → (`Prompt`, `item`).
fn grid(header: &str) -> Option<(&str, &str)> {
    let inner = header.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    Some((&inner[..open], &inner[open + 1..]))
}

fn grid_item(prompt: &str, item: &str, questionnaire: &Questionnaire) -> Option<Column> {
    let item = fold(item);
    if let Some(statement) = questionnaire
        .statements
        .iter()
        .find(|s| fold(&s.text) == item || s.key == item.replace(' ', "_"))
    {
        return Some(Column::Statement(statement.key.clone()));
    }
    let prompt = fold(prompt);
    if prompt == fold(&questionnaire.sources_prompt) || prompt == "sources" {
        return source_by_label(&item, questionnaire);
    }
    // "Prompt [Response]" and the like: the bracket adds nothing.
    by_text(&prompt, questionnaire).filter(|_| is_filler(&item))
}

/// `SurveyMonkey`'s second-row words that say "this column is the question itself".
fn is_filler(item: &str) -> bool {
    matches!(item, "" | "response" | "open ended response" | "answer")
}

fn by_text(folded: &str, questionnaire: &Questionnaire) -> Option<Column> {
    if folded.is_empty() {
        return None;
    }
    if is_team_question(folded) {
        return Some(Column::Function);
    }
    let prompts = [
        (&questionnaire.relationship.prompt, Column::Relationship),
        (&questionnaire.sources_prompt, Column::Sources),
        (
            &questionnaire.friction_comment_prompt,
            Column::FrictionComment,
        ),
        (
            &questionnaire.works_well_comment_prompt,
            Column::WorksWellComment,
        ),
    ];
    if let Some((_, column)) = prompts
        .into_iter()
        .find(|(prompt, _)| !prompt.trim().is_empty() && fold(prompt) == folded)
    {
        return Some(column);
    }
    // A statement's text on its own, or after its grid's prompt ("Prompt - text").
    if let Some(statement) = questionnaire.statements.iter().find(|s| {
        let text = fold(&s.text);
        !text.is_empty() && (folded == text || folded.ends_with(&format!(" {text}")))
    }) {
        return Some(Column::Statement(statement.key.clone()));
    }
    source_by_label(folded, questionnaire)
}

fn source_by_label(folded: &str, questionnaire: &Questionnaire) -> Option<Column> {
    questionnaire
        .sources
        .iter()
        .find(|source| fold(&source.label) == folded || source.key == folded.replace(' ', "_"))
        .map(|source| Column::Source(source.key.clone()))
}

/// "Which team are you in?", "Team", "Your team", "Function"…
fn is_team_question(folded: &str) -> bool {
    matches!(folded, "team" | "your team" | "function" | "your function")
        || folded.contains("which team")
        || folded.contains("which function")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recognise(header: &str) -> Option<Column> {
        Column::recognise(header, &Questionnaire::default_questionnaire())
    }

    #[test]
    fn a_statement_by_key_text_grid_or_after_its_prompt() {
        let trust = Some(Column::Statement(String::from("trust")));
        assert_eq!(recognise(" Trust "), trust);
        assert_eq!(
            recognise("I trust the other team to act in the company’s best interest"),
            trust
        );
        assert_eq!(
            recognise("How much? [I TRUST the other team to act in the company's best interest.]"),
            trust
        );
        assert_eq!(
            recognise("Rate these.I trust the other team to act in the company's best interest."),
            trust
        );
        assert_eq!(recognise("I trust them"), None);
    }

    #[test]
    fn team_sources_comments_and_dropped_columns() {
        assert_eq!(recognise("Which team are you in?"), Some(Column::Function));
        assert_eq!(
            recognise("Customer feedback loop"),
            Some(Column::Source(String::from("feedback_loop")))
        );
        assert_eq!(
            recognise(
                "Where does friction between sales and product come from? Pick any number. [Pricing and packaging]"
            ),
            Some(Column::Source(String::from("pricing")))
        );
        assert_eq!(
            recognise("What works well that we should keep"),
            Some(Column::WorksWellComment)
        );
        assert_eq!(
            recognise("Start Date (UTC)"),
            Some(Column::Dropped(DropReason::Time))
        );
        assert_eq!(recognise("#"), Some(Column::Dropped(DropReason::Identity)));
        assert_eq!(recognise("Department"), None);
    }

    #[test]
    fn titles_with_markdown_html_emoji_and_repeated_spaces() {
        assert_eq!(
            recognise("*Which team* are you in? 👋"),
            Some(Column::Function)
        );
        assert_eq!(
            recognise(
                "🤝  I <strong>trust</strong> the other team to act in the company&#39;s best interest.  "
            ),
            Some(Column::Statement(String::from("trust")))
        );
        assert_eq!(
            recognise("<p>What works <em>well</em> that we should keep?</p> ✅"),
            Some(Column::WorksWellComment)
        );
    }
}
