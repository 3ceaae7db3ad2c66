//! The findings the Agree stage can answer: every rule that fired, overall or on one
//! function's answers alone, by title.

use eframe::egui;

use crate::domain::words_from_key;
use crate::metrics::Scope;
use crate::rules::{RuleOutcome, RuleSet, Signal};
use crate::ui::style::language_ui::{of, text_with};
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// A rule that fired, as the room sees it.
pub struct Finding<'a> {
    /// The rule's id: what an agreement or action stores.
    pub id: &'a str,
    pub title: String,
    /// The rule's question for the room.
    pub prompt: String,
    /// A toxic rule (else a healthy one).
    pub toxic: bool,
    /// Fired on the whole workshop's answers; otherwise only on those of `alone`.
    pub overall: bool,
    /// The functions on whose answers alone it fired (when not overall).
    pub alone: Vec<Scope>,
}

impl Finding<'_> {
    /// Its title, and where it fired when only one function's answers made it fire.
    pub fn name(&self, ui: &egui::Ui) -> String {
        if self.overall {
            return self.title.clone();
        }
        let id = match self.alone.as_slice() {
            [Scope::Sales] => "agree-alone-sales",
            [Scope::Product] => "agree-alone-product",
            _ => "agree-alone-both",
        };
        text_with(ui, id, &[("title", self.title.as_str().into())])
    }
}

/// The overall findings in the order they fired, then those that fired on one function's
/// answers alone. Empty until results are revealed.
pub fn fired_findings<'a>(open: &'a OpenWorkshop, ui: &egui::Ui) -> Vec<Finding<'a>> {
    let classification = &open.classification;
    if !open.workshop.revealed {
        return Vec::new();
    }
    // Titles and questions in the facilitator's language.
    let rules = open.in_language(of(ui)).rules;
    let mut findings: Vec<Finding<'_>> = classification
        .overall
        .fired()
        .map(|outcome| finding(&rules, outcome, true))
        .collect();
    for scope in [Scope::Sales, Scope::Product] {
        for outcome in classification.scope(scope).fired() {
            if let Some(known) = findings.iter_mut().find(|f| f.id == outcome.rule) {
                if !known.overall {
                    known.alone.push(scope);
                }
            } else {
                let mut alone = finding(&rules, outcome, false);
                alone.alone.push(scope);
                findings.push(alone);
            }
        }
    }
    findings
}

fn finding<'a>(rules: &RuleSet, outcome: &'a RuleOutcome, overall: bool) -> Finding<'a> {
    let id = outcome.rule.as_str();
    let rule = rules.rule(id);
    Finding {
        id,
        toxic: outcome.signal == Signal::Toxic,
        title: rule.map_or_else(|| words_from_key(id), crate::rules::Rule::title),
        prompt: rule.map_or_else(String::new, |rule| rule.prompt.clone()),
        overall,
        alone: Vec::new(),
    }
}
