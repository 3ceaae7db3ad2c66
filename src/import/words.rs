//! Answers by their words: how the survey tools write a team, a relationship answer, an
//! agreement and a checkbox list, read into Tandem's values. Matching ignores case, spacing,
//! punctuation and typographic quotes ([`fold`]).

use super::error::Message;
use crate::domain::{Function, Questionnaire, Rating, Relationship};

/// The five agreement words, from 1 to 5, as `tandem questionnaire` prints them.
pub const AGREEMENT_WORDS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

/// Answers that mean "skipped" (besides an empty cell), as the tools and people write them.
pub const SKIP_WORDS: [&str; 5] = ["Skip", "Don't know", "N/A", "Not applicable", "Dont know"];

/// Lowercase words separated by single spaces: apostrophes and quotes (straight or
/// typographic) vanish, any other punctuation separates words.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if matches!(
            c,
            '\'' | '"' | '‘' | '’' | '‛' | '“' | '”' | '„' | '′' | '`'
        ) {
            continue;
        }
        if c.is_alphanumeric() {
            if space && !folded.is_empty() {
                folded.push(' ');
            }
            space = false;
            folded.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    folded
}

/// "Sales" or "Product", in any case (also "Sales team", "Product team").
pub fn function(value: &str) -> Option<Function> {
    match fold(value).as_str() {
        "sales" | "sales team" => Some(Function::Sales),
        "product" | "product team" => Some(Function::Product),
        _ => None,
    }
}

/// A relationship answer by its key, its friction level 0–3, or its label.
pub fn relationship(value: &str, questionnaire: &Questionnaire) -> Option<Relationship> {
    let value = value.trim();
    if let Some(answer) = Relationship::from_key(value) {
        return Some(answer);
    }
    if let Some(answer) = whole_number(value).and_then(Relationship::from_friction_level) {
        return Some(answer);
    }
    let folded = fold(value);
    Relationship::ALL.into_iter().find(|answer| {
        fold(questionnaire.relationship_label(*answer)) == folded
            || fold(answer.default_label()) == folded
            || fold(answer.key()) == folded
    })
}

/// What a relationship answer may be: the questionnaire's labels (as the file's
/// questionnaire writes them), their keys, or 0 to 3.
pub fn relationship_accepted(questionnaire: &Questionnaire) -> Message {
    let labels: Vec<String> = Relationship::ALL
        .into_iter()
        .map(|answer| format!("\"{}\"", questionnaire.relationship_label(answer)))
        .collect();
    Message::new("import-error-not-relationship").with("labels", labels.join(", "))
}

/// Words that are no agreement answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAnAnswer;

/// A statement's answer: `Ok(None)` when skipped.
pub fn agreement(value: &str) -> Result<Option<Rating>, NotAnAnswer> {
    let folded = fold(value);
    if folded.is_empty() || SKIP_WORDS.iter().any(|skip| fold(skip) == folded) {
        return Ok(None);
    }
    if let Some(rating) = whole_number(value.trim()).and_then(Rating::new) {
        return Ok(Some(rating));
    }
    let level = match folded.as_str() {
        "neutral" => Some(3),
        _ => AGREEMENT_WORDS
            .iter()
            .position(|word| fold(word) == folded)
            .and_then(|index| u8::try_from(index + 1).ok()),
    };
    level.and_then(Rating::new).map(Some).ok_or(NotAnAnswer)
}

/// A number that is no rating: the messages list the English agreement words, the only
/// ones [`agreement`] reads, whatever the language they are said in.
pub fn rating_accepted() -> Message {
    Message::new("import-error-not-rating")
}

/// Words that are no agreement answer (the English words [`agreement`] reads).
pub fn agreement_accepted() -> Message {
    Message::new("import-error-not-agreement")
}

/// A friction source by its key or its label.
pub fn source<'q>(value: &str, questionnaire: &'q Questionnaire) -> Option<&'q str> {
    let folded = fold(value);
    questionnaire
        .sources
        .iter()
        .find(|source| source.key == value.trim() || fold(&source.label) == folded)
        .map(|source| source.key.as_str())
}

/// The sources of one cell: keys or labels separated by `;` or `,` (how the tools join
/// checkboxes; a trailing `;` is Microsoft Forms'). Commas inside a label are kept: the
/// longest run of comma-separated pieces that is a label is read as that label. Returns the
/// keys, or the part that is no source.
pub fn sources<'q>(value: &str, questionnaire: &'q Questionnaire) -> Result<Vec<&'q str>, String> {
    let mut keys = Vec::new();
    for part in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let pieces: Vec<&str> = part.split(',').collect();
        let mut start = 0;
        while start < pieces.len() {
            if pieces[start].trim().is_empty() {
                start += 1;
                continue;
            }
            let found = (start + 1..=pieces.len()).rev().find_map(|end| {
                source(&pieces[start..end].join(","), questionnaire).map(|key| (end, key))
            });
            let Some((end, key)) = found else {
                return Err(pieces[start].trim().to_owned());
            };
            keys.push(key);
            start = end;
        }
    }
    Ok(keys)
}

/// `3`, or `3.0` as a spreadsheet may hold it.
fn whole_number(value: &str) -> Option<u8> {
    value
        .parse::<u8>()
        .ok()
        .or_else(|| value.strip_suffix(".0").and_then(|v| v.parse::<u8>().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_spacing_punctuation_and_typographic_quotes() {
        assert_eq!(
            fold("  The roadmap leaves room for sales’ quarterly commitments. "),
            fold("the ROADMAP leaves room for sales' quarterly commitments")
        );
        assert_eq!(fold("Don’t know"), "dont know");
        assert_eq!(fold("N/A"), "n a");
    }

    #[test]
    fn sources_split_on_semicolons_and_commas_but_keep_a_label_with_a_comma() {
        let mut questionnaire = Questionnaire::default_questionnaire();
        questionnaire.sources[3].label = String::from("Pricing, packaging");
        let keys = sources(
            "Pricing, packaging, Release dates and timing;handoffs;",
            &questionnaire,
        );
        assert_eq!(keys, Ok(vec!["pricing", "release_timing", "handoffs"]));
        assert_eq!(
            sources("Pricing, packaging, weather", &questionnaire),
            Err(String::from("weather"))
        );
    }

    #[test]
    fn agreement_words_and_skips() {
        assert_eq!(agreement("Strongly agree"), Ok(Rating::new(5)));
        assert_eq!(agreement("neutral"), Ok(Rating::new(3)));
        assert_eq!(agreement("Neither agree nor disagree"), Ok(Rating::new(3)));
        assert_eq!(agreement("2"), Ok(Rating::new(2)));
        assert_eq!(agreement("Don’t know"), Ok(None));
        assert_eq!(agreement(" "), Ok(None));
        assert_eq!(agreement("Somewhat agree"), Err(NotAnAnswer));
        assert_eq!(agreement("6"), Err(NotAnAnswer));
    }
}
