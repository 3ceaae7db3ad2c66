//! The part of every report a manager reads first, made once from a [`Summary`] so that the
//! Markdown, the HTML and the PDF say the same: the verdict per scope in words, the findings
//! that matter most with one sentence each, the agreements and the actions. Words only — the
//! weights and the rules' sources are in the details.

use super::finding::Finding;
use super::summary::{Summary, with_person};
use crate::metrics::Scope;
use crate::rules::stability_words::sentence;
use crate::rules::{Signal, Verdict};

/// How many findings the summary names at most: what fits one printed page beside the
/// agreements and actions, and what a reader keeps in mind.
pub const KEY_FINDINGS: usize = 3;

/// The summary of one workshop, in the summary's language, not yet escaped for any format.
pub struct Brief {
    /// One line per scope (overall, sales, product); empty below the anonymity floor.
    pub verdicts: Vec<VerdictLine>,
    /// Below the floor: the sentence that says results are withheld, with the counts.
    pub withheld: Option<String>,
    pub key_findings: Vec<KeyFinding>,
    /// How many further findings the details hold.
    pub other_findings: usize,
    pub agreements: Vec<AgreementLine>,
    pub actions: Vec<ActionLine>,
}

pub struct VerdictLine {
    pub scope: Scope,
    pub verdict: Verdict,
    /// "Overall", "Vertrieb".
    pub scope_word: String,
    /// "✔", "⚠" or "…".
    pub icon: &'static str,
    /// "Toxic", "Gesund".
    pub verdict_word: String,
    /// "holds whoever is left out": whether one answer decides it.
    pub robustness: Option<String>,
}

pub struct KeyFinding {
    pub signal: Signal,
    /// "⚠" or "✔".
    pub icon: &'static str,
    /// "⚠ toxic", "✔ gesund".
    pub signal_word: String,
    pub title: String,
    /// "Fired on product's answers alone" for a finding of one function.
    pub scope_words: Option<String>,
    /// What it means, in one sentence: the first of the rule's explanation.
    pub sentence: String,
}

pub struct AgreementLine {
    pub text: String,
    /// "answers Nobody knows who decides"; withheld below the floor with the findings.
    pub answers: Option<String>,
}

pub struct ActionLine {
    pub text: String,
    /// The role with the person who carries it: "Dana Lee (Joint)".
    pub owner: String,
    /// The due date as the language writes it, or a dash.
    pub due: String,
    pub done: bool,
    /// "done" or "open", in words.
    pub status: String,
    /// The finding it answers, by its title.
    pub answers: Option<String>,
}

impl Brief {
    pub fn new(summary: &Summary<'_>) -> Self {
        let (verdicts, key_findings, other_findings) = match &summary.results {
            None => (Vec::new(), Vec::new(), 0),
            Some(results) => {
                let verdicts = Scope::ALL
                    .into_iter()
                    .map(|scope| {
                        let verdict = results.classification.scope(scope).verdict;
                        VerdictLine {
                            scope,
                            verdict,
                            scope_word: summary.scope_word(scope),
                            icon: verdict.icon(),
                            verdict_word: summary.verdict_word(verdict),
                            robustness: results.stability.scope(scope).words(summary.language),
                        }
                    })
                    .collect();
                let all: Vec<&Finding> = results
                    .findings
                    .iter()
                    .chain(&results.function_findings)
                    .collect();
                let key = most_important(&all)
                    .into_iter()
                    .map(|finding| KeyFinding {
                        signal: finding.signal,
                        icon: finding.signal.verdict().icon(),
                        signal_word: summary.signal_word(finding.signal),
                        title: finding.title.clone(),
                        scope_words: finding.scope_words(summary.language),
                        sentence: one_sentence(finding),
                    })
                    .collect::<Vec<_>>();
                let others = all.len() - key.len();
                (verdicts, key, others)
            }
        };
        Self {
            verdicts,
            withheld: summary
                .results
                .is_none()
                .then(|| summary.withheld_message()),
            key_findings,
            other_findings,
            agreements: summary
                .agreements()
                .iter()
                .map(|agreement| AgreementLine {
                    text: agreement.text.clone(),
                    answers: summary
                        .finding_of(agreement.finding.as_ref())
                        .map(|finding| summary.answers_finding(&finding)),
                })
                .collect(),
            actions: summary
                .actions()
                .iter()
                .map(|action| ActionLine {
                    text: action.text.clone(),
                    owner: with_person(action.owner.name(summary.language), &action.owner_name),
                    due: action
                        .due
                        .map_or_else(|| String::from("–"), |due| due.written_in(summary.language)),
                    done: action.done,
                    status: summary.text(if action.done {
                        "export-status-done"
                    } else {
                        "export-status-open"
                    }),
                    answers: summary.finding_of(action.finding.as_ref()),
                })
                .collect(),
        }
    }

    /// "3 more findings in the details", when the summary names only some.
    pub fn other_findings_words(&self, summary: &Summary<'_>) -> Option<String> {
        (self.other_findings > 0).then(|| {
            summary.language.text_with(
                "export-more-findings",
                &[("count", self.other_findings.into())],
            )
        })
    }
}

/// The findings the summary names, chosen the same way every time: toxic before healthy
/// (toxic friction is what needs acting on), heavier rules first (the weight is the rule
/// file's own measure of how much a finding counts), then a finding on everyone's answers
/// before one on a single function's; ties keep the findings' own order (the rule file's,
/// sales before product). At most [`KEY_FINDINGS`].
pub fn most_important<'a>(findings: &[&'a Finding]) -> Vec<&'a Finding> {
    let mut ranked = findings.to_vec();
    // A stable sort, so ties keep the order they came in.
    ranked.sort_by_key(|finding| {
        (
            finding.signal != Signal::Toxic,
            std::cmp::Reverse(finding.weight),
            finding.scope != Scope::Overall,
        )
    });
    ranked.truncate(KEY_FINDINGS);
    ranked
}

/// A finding in one sentence: the first sentence of its explanation, else its first piece
/// of evidence.
fn one_sentence(finding: &Finding) -> String {
    let first = first_sentence(&finding.explanation);
    if first.is_empty() {
        finding
            .measurements
            .first()
            .map(|line| sentence(&line.text))
            .unwrap_or_default()
    } else {
        first.to_owned()
    }
}

/// Up to the first full stop, question or exclamation mark that ends a sentence: one followed
/// by a space and a capital letter, and not right after a single letter, so "z. B. Dinge",
/// "e.g. Sales" or "2.89" do not end it.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (index, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let followed = chars.get(index + 1).is_some_and(|(_, next)| *next == ' ')
            && chars
                .get(index + 2)
                .is_some_and(|(_, next)| next.is_uppercase());
        let word = chars[..index]
            .iter()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .count();
        if followed && word != 1 {
            return &text[..at + c.len_utf8()];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_ends_at_a_sentence_end_only() {
        assert_eq!(
            first_sentence("Disagreements have become personal: blame. Relationship conflict."),
            "Disagreements have become personal: blame."
        );
        assert_eq!(
            first_sentence("Several times the study's 2.89%. More."),
            "Several times the study's 2.89%."
        );
        assert_eq!(
            first_sentence("Etwa z. B. Dinge und mehr. Zweiter Satz."),
            "Etwa z. B. Dinge und mehr."
        );
        assert_eq!(first_sentence("  One only.  "), "One only.");
        assert_eq!(first_sentence("Settle it. Process."), "Settle it.");
    }
}
