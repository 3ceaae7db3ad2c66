//! What every export says, computed once: the facts, and — only when each function has reached
//! the anonymity floor — the results.

use std::borrow::Cow;

use super::finding::{Finding, NearMiss, finding_title};
use crate::domain::{
    ActionItem, Agreement, Function, NoteKey, PooledComments, Relationship, Workshop,
};
use crate::i18n::Language;
use crate::metrics::benchmark::{study_share, study_share_label};
use crate::metrics::{Scope, StatementStats, WorkshopMetrics};
use crate::rules::{Classification, RuleSet, Signal, Stability, classify_metrics, leave_one_out};

/// One workshop as the exports show it, in one language: its questionnaire and rules texts
/// in that language (where they have it), every other word from the translations.
pub struct Summary<'a> {
    pub workshop: Cow<'a, Workshop>,
    pub rules: Cow<'a, RuleSet>,
    pub language: Language,
    pub sales: usize,
    pub product: usize,
    pub floor: u32,
    /// `None` below the anonymity floor: nothing but counts may leave the app then.
    pub results: Option<Results>,
}

pub struct Results {
    pub metrics: WorkshopMetrics,
    pub classification: Classification,
    /// How much each verdict and finding hinges on one answer.
    pub stability: Stability,
    pub relationship_rows: Vec<RelationshipRow>,
    pub statement_rows: Vec<StatementRow>,
    pub source_rows: Vec<SourceRow>,
    /// The rules of the overall verdict that fired, explained.
    pub findings: Vec<Finding>,
    /// The rules that fired on one function's answers alone (not overall), explained the
    /// same way: sales' first, then product's.
    pub function_findings: Vec<Finding>,
    /// Rules of the overall verdict that nearly fired, with how far each is from firing.
    pub nearly_fired: Vec<NearMiss>,
    pub comments: PooledComments,
}

pub struct RelationshipRow {
    pub answer: Relationship,
    pub label: String,
    pub sales: f64,
    pub product: f64,
    pub overall: f64,
    pub study: f64,
    pub study_label: String,
}

pub struct StatementRow {
    pub key: String,
    /// The short label charts show ("Gets personal").
    pub label: String,
    pub text: String,
    /// Each function's figures after the per-statement floor: a hidden mean is not here.
    pub sales: StatementStats,
    pub product: StatementStats,
    /// `None` unless both means are shown.
    pub gap: Option<f64>,
}

pub struct SourceRow {
    pub label: String,
    pub sales: usize,
    pub product: usize,
    pub total: usize,
}

impl<'a> Summary<'a> {
    /// The summary in the workshop's language.
    pub fn new(workshop: &'a Workshop, rules: &'a RuleSet) -> Self {
        Self::in_language(workshop, rules, workshop.meta.language)
    }

    /// The summary in `language`, whatever the workshop's.
    pub fn in_language(workshop: &'a Workshop, rules: &'a RuleSet, language: Language) -> Self {
        let (workshop, rules) = if workshop.questionnaire.language == language
            && workshop.questionnaire.translations.is_empty()
            && rules.translations.is_empty()
        {
            (Cow::Borrowed(workshop), Cow::Borrowed(rules))
        } else {
            let mut shown = workshop.clone();
            shown.questionnaire = workshop.questionnaire.in_language(language);
            (Cow::Owned(shown), Cow::Owned(rules.in_language(language)))
        };
        let results = workshop
            .floor_reached()
            .then(|| Results::new(&workshop, &rules, language));
        Self {
            sales: workshop.respondents(Function::Sales),
            product: workshop.respondents(Function::Product),
            floor: workshop.settings.anonymity_floor.value(),
            workshop,
            rules,
            language,
            results,
        }
    }

    /// The message `id` in the summary's language.
    pub fn text(&self, id: &str) -> String {
        self.language.text(id)
    }

    /// What each function has held back since the reveal (nothing of it is in the results).
    pub fn held_back_notices(&self) -> Vec<String> {
        Function::ALL
            .into_iter()
            .filter_map(|function| self.workshop.held_back_notice(function, self.language))
            .collect()
    }

    /// The sentence every export uses below the floor.
    pub fn withheld_message(&self) -> String {
        self.language.text_with(
            "export-withheld",
            &[
                ("floor", (self.floor as usize).into()),
                ("sales", self.sales.into()),
                ("product", self.product.into()),
            ],
        )
    }

    /// "12 sales, 9 product (anonymity floor 5)".
    pub fn respondents_words(&self) -> String {
        self.language.text_with(
            "export-respondents-value",
            &[
                ("sales", self.sales.into()),
                ("product", self.product.into()),
                ("floor", (self.floor as usize).into()),
            ],
        )
    }

    pub fn agreements(&self) -> &[Agreement] {
        &self.workshop.agreements
    }

    pub fn actions(&self) -> &[ActionItem] {
        &self.workshop.actions
    }

    /// The facilitator's note on the overall verdict. Notes are about results, so they are
    /// withheld with them.
    pub fn overall_note(&self) -> Option<&str> {
        self.results.as_ref()?;
        self.workshop
            .notes
            .get(&NoteKey::Overall)
            .map(String::as_str)
    }

    /// The finding an agreement or action answers, by its title; a finding is a result, so
    /// it is withheld below the floor with the rest.
    pub fn finding_of(&self, finding: Option<&String>) -> Option<String> {
        self.results.as_ref()?;
        finding.map(|finding| finding_title(&self.rules, finding, self.language))
    }
}

/// The role with the person who carries it, when one is named: "Dana Lee (Sales)".
/// "Overall", "Vertrieb": a scope as a report's heading or label names it.
pub fn scope_word(language: Language, scope: Scope) -> String {
    language.text(match scope {
        Scope::Overall => "export-scope-overall",
        Scope::Sales => "export-scope-sales",
        Scope::Product => "export-scope-product",
    })
}

pub fn with_person(role: String, person: &str) -> String {
    let person = person.trim();
    if person.is_empty() {
        role
    } else {
        format!("{person} ({role})")
    }
}

impl Results {
    fn new(workshop: &Workshop, rules: &RuleSet, language: Language) -> Self {
        let metrics = WorkshopMetrics::compute(workshop);
        let classification = classify_metrics(&metrics, true, rules);
        let stability = leave_one_out(workshop, rules);
        let questionnaire = &workshop.questionnaire;
        let relationship_rows = Relationship::ALL
            .into_iter()
            .map(|answer| RelationshipRow {
                answer,
                label: questionnaire.relationship_label(answer).to_owned(),
                sales: metrics.sales.relationship_share(answer).unwrap_or(0.0),
                product: metrics.product.relationship_share(answer).unwrap_or(0.0),
                overall: metrics.overall.relationship_share(answer).unwrap_or(0.0),
                study: study_share(answer),
                study_label: study_share_label(answer, language),
            })
            .collect();
        let statement_rows = questionnaire
            .statements
            .iter()
            .map(|statement| StatementRow {
                key: statement.key.clone(),
                label: statement.label(),
                text: statement.text.clone(),
                sales: metrics.sales.statement(&statement.key),
                product: metrics.product.statement(&statement.key),
                gap: metrics.statement_gap(&statement.key),
            })
            .collect();
        let source_rows = metrics
            .overall
            .sources_ranked()
            .into_iter()
            .map(|(key, total)| SourceRow {
                label: questionnaire
                    .source(key)
                    .map_or(key, |s| s.label.as_str())
                    .to_owned(),
                sales: metrics.sales.source_counts.get(key).copied().unwrap_or(0),
                product: metrics.product.source_counts.get(key).copied().unwrap_or(0),
                total,
            })
            .collect();
        let (findings, function_findings) =
            Finding::all(workshop, rules, &classification, &stability, language)
                .into_iter()
                .partition(|finding| finding.scope == Scope::Overall);
        let nearly_fired = NearMiss::all(
            workshop,
            rules,
            &classification.overall,
            &stability,
            language,
        );
        Self {
            comments: PooledComments::of(workshop.responses.iter()),
            metrics,
            classification,
            stability,
            nearly_fired,
            relationship_rows,
            statement_rows,
            source_rows,
            findings,
            function_findings,
        }
    }
}

impl Summary<'_> {
    /// A share as the reader's language writes it, with one decimal: "42.9%", "42,9 %".
    pub fn percent(&self, share: f64) -> String {
        self.language.percent(share, 1)
    }

    /// A statement's mean with two decimals, how many rated it when that is hidden, or a
    /// dash.
    pub fn mean_cell(&self, stats: StatementStats) -> String {
        stats.mean_cell(self.language)
    }

    /// Whether some function's mean of some statement is hidden by the per-statement floor,
    /// so the statements' table says why a cell holds a count.
    pub fn any_mean_hidden(&self) -> bool {
        self.results.as_ref().is_some_and(|results| {
            results
                .statement_rows
                .iter()
                .any(|row| row.sales.is_hidden() || row.product.is_hidden())
        })
    }

    /// "A function's average is shown only when at least 3 of its people rated the
    /// statement…", under the statements' table when a mean is hidden.
    pub fn statement_floor_note(&self) -> String {
        self.language.text_with(
            "statement-floor-note",
            &[("floor", (self.floor as usize).into())],
        )
    }

    /// A gap with its sign and two decimals, or a dash.
    pub fn optional_gap(&self, value: Option<f64>) -> String {
        value.map_or_else(|| String::from("–"), |value| self.signed(value))
    }

    /// "+0.40", "-1,25".
    pub fn signed(&self, value: f64) -> String {
        self.language.signed(value, 2)
    }

    /// "✔ healthy", "⚠ toxisch".
    pub fn signal_word(&self, signal: Signal) -> String {
        match signal {
            Signal::Healthy => self.text("export-signal-healthy"),
            Signal::Toxic => self.text("export-signal-toxic"),
        }
    }

    /// A verdict's name: "Healthy", "Toxisch", "Insuffisant".
    pub fn verdict_word(&self, verdict: crate::rules::Verdict) -> String {
        use crate::rules::Verdict;
        self.text(match verdict {
            Verdict::Healthy => "export-verdict-healthy",
            Verdict::Toxic => "export-verdict-toxic",
            Verdict::Insufficient => "export-verdict-insufficient",
        })
    }

    /// "Overall", "Sales", "Product".
    pub fn scope_word(&self, scope: Scope) -> String {
        scope_word(self.language, scope)
    }
}

impl Summary<'_> {
    /// A label followed by its colon, as the language writes it: "Sales:", "Ventes :".
    pub fn text_with_colon(&self, label: &str) -> String {
        self.language
            .text_with("export-label-colon", &[("label", label.into())])
    }

    /// "answers Low trust": what an agreement or action answers.
    pub fn answers_finding(&self, finding: &str) -> String {
        self.language
            .text_with("export-answers-finding", &[("finding", finding.into())])
    }
}

#[cfg(test)]
mod tests {
    use super::with_person;

    #[test]
    fn a_named_owner_reads_as_person_and_role() {
        assert_eq!(
            with_person(String::from("Vertrieb"), "  Dana Lee "),
            "Dana Lee (Vertrieb)"
        );
        assert_eq!(
            with_person(String::from("Executive sponsor"), ""),
            "Executive sponsor"
        );
    }
}
