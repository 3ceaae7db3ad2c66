//! The phone pages, rendered from the workshop's questionnaire with the kiosk's texts
//! (src/ui/participant.rs). maud escapes every text it inserts, so a comment or a
//! questionnaire text cannot inject markup.

use maud::{Markup, html};

use super::page_style::{language_tag, page};
use super::phone_form::{Answers, Step};
use crate::domain::{Function, Questionnaire};

const SCALE_WORDS: [&str; 5] = [
    "strongly disagree",
    "disagree",
    "neutral",
    "agree",
    "strongly agree",
];

pub(crate) struct Pages {
    questionnaire: Questionnaire,
    language: String,
    /// Where every form posts: the room's path, token included.
    action: String,
}

impl Pages {
    pub fn new(questionnaire: Questionnaire, language: &str, action: String) -> Self {
        Self {
            questionnaire,
            language: language_tag(language),
            action,
        }
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// The page of `step`, showing `answers`; `hint` says what is missing to go on.
    pub fn step(&self, step: Step, answers: &Answers, hint: Option<&str>) -> Markup {
        let (title, content) = match step {
            Step::Team => ("Which team are you in?", team()),
            Step::Relationship => (
                self.questionnaire.relationship.prompt.as_str(),
                self.relationship(answers),
            ),
            Step::Statements => (
                self.questionnaire.statements_prompt.as_str(),
                self.statements(answers),
            ),
            Step::Sources => (
                self.questionnaire.sources_prompt.as_str(),
                self.sources(answers),
            ),
            Step::Comments => ("Anything to add? (optional)", self.comments(answers)),
            Step::Review => ("Check your answers", self.review(answers)),
        };
        let body = html! {
            p.progress { "Step " (step.number()) " of " (Step::ALL.len()) }
            h1 { (title) }
            @if let Some(hint) = hint { p.hint role="alert" { (hint) } }
            form method="post" action=(self.action) {
                input type="hidden" name="step" value=(step.key());
                (hidden_answers(step, answers))
                (content)
                (navigation(step))
            }
        };
        page(&self.language, title, &body)
    }

    fn relationship(&self, answers: &Answers) -> Markup {
        html! {
            fieldset {
                legend.note { "Choose one answer" }
                @for option in &self.questionnaire.relationship.options {
                    @let id = format!("relationship-{}", option.key.key());
                    label.choice for=(id) {
                        input type="radio" id=(id) name="relationship" value=(option.key.key())
                            checked[answers.relationship == Some(option.key)];
                        span { (option.label) }
                    }
                }
            }
        }
    }

    fn statements(&self, answers: &Answers) -> Markup {
        html! {
            @for statement in &self.questionnaire.statements {
                @let current = answers.ratings.get(&statement.key).map(|rating| rating.value());
                @let name = format!("rating.{}", statement.key);
                fieldset {
                    legend { (statement.text) }
                    div.scale {
                        @for (value, word) in (1u8..).zip(SCALE_WORDS) {
                            @let id = format!("{}-{value}", statement.key);
                            label for=(id) title=(word) {
                                input type="radio" id=(id) name=(name) value=(value)
                                    checked[current == Some(value)];
                                span { (value) }
                            }
                        }
                        @let id = format!("{}-skip", statement.key);
                        label for=(id) {
                            input type="radio" id=(id) name=(name) value="skip" checked[current.is_none()];
                            span { "Skip" }
                        }
                    }
                    div.ends aria-hidden="true" {
                        span { "1 = " (SCALE_WORDS[0]) }
                        span { "5 = " (SCALE_WORDS[4]) }
                    }
                }
            }
        }
    }

    fn sources(&self, answers: &Answers) -> Markup {
        html! {
            fieldset {
                legend.note { "Choose any number, or none" }
                @for source in &self.questionnaire.sources {
                    @let id = format!("source-{}", source.key);
                    label.choice for=(id) {
                        input type="checkbox" id=(id) name="source" value=(source.key)
                            checked[answers.sources.contains(&source.key)];
                        span { (source.label) }
                    }
                }
            }
        }
    }

    fn comments(&self, answers: &Answers) -> Markup {
        html! {
            label.prompt for="friction_comment" { (self.questionnaire.friction_comment_prompt) }
            textarea id="friction_comment" name="friction_comment" maxlength="2000" { (answers.friction_comment) }
            label.prompt for="works_well_comment" { (self.questionnaire.works_well_comment_prompt) }
            textarea id="works_well_comment" name="works_well_comment" maxlength="2000" { (answers.works_well_comment) }
            p.note { "Comments are shown to the room pooled and shuffled, without your team's name. Avoid details that identify you." }
        }
    }

    fn review(&self, answers: &Answers) -> Markup {
        let questionnaire = &self.questionnaire;
        let named: Vec<&str> = questionnaire
            .sources
            .iter()
            .filter(|source| answers.sources.contains(&source.key))
            .map(|source| source.label.as_str())
            .collect();
        html! {
            dl.review {
                dt { "Team" }
                dd { (answers.function.map_or("–", Function::label)) }
                dt { "Relationship" }
                dd { (answers.relationship.map_or("–", |answer| questionnaire.relationship_label(answer))) }
                @for statement in &questionnaire.statements {
                    dt { (statement.text) }
                    dd { @match answers.ratings.get(&statement.key) {
                        Some(rating) => { (rating.value()) " (" (SCALE_WORDS[usize::from(rating.value() - 1)]) ")" }
                        None => "skipped",
                    } }
                }
                dt { "Friction sources" }
                dd { @if named.is_empty() { "none" } @else { (named.join(", ")) } }
                @for (prompt, text) in [
                    (&questionnaire.friction_comment_prompt, &answers.friction_comment),
                    (&questionnaire.works_well_comment_prompt, &answers.works_well_comment),
                ] {
                    @if !text.trim().is_empty() { dt { (prompt) } dd { (text.trim()) } }
                }
            }
            p.note { "Once submitted, your answers cannot be changed or seen again on this phone." }
        }
    }

    /// Shown once the laptop has saved the answer.
    pub fn thanks(&self) -> Markup {
        self.message(
            "Thank you! Your answers are saved.",
            "You can close this page now. The facilitator will show the results to the room.",
        )
    }

    /// Shown to a phone that has already answered: nothing more is counted.
    pub fn already_answered(&self) -> Markup {
        self.message(
            "You have already answered",
            "This phone's answers are saved, and each phone answers once. Thank you! You can close this page.",
        )
    }

    /// A page with a title and a sentence.
    pub fn message(&self, title: &str, text: &str) -> Markup {
        let body = html! {
            h1 { (title) }
            p { (text) }
        };
        page(&self.language, title, &body)
    }

    /// A problem, said in plain words, with a link to start again where that helps.
    pub fn problem(&self, title: &str, text: &str) -> Markup {
        let body = html! {
            h1 { (title) }
            p { (text) }
            p { a href=(self.action) { "Start again" } }
        };
        page(&self.language, title, &body)
    }
}

fn team() -> Markup {
    html! {
        p { "Welcome! Your answers are anonymous: no name, no device, no time is kept." }
        div.team {
            @for function in Function::ALL {
                button.go type="submit" name="function" value=(function.key()) { (function.label()) }
            }
        }
    }
}

fn navigation(step: Step) -> Markup {
    html! {
        @match step {
            Step::Team => {},
            Step::Review => div.nav {
                button type="submit" name="go" value="back" { "Back" }
                button.go type="submit" name="go" value="submit" { "Submit" }
            },
            _ => div.nav {
                button type="submit" name="go" value="back" { "Back" }
                button.go type="submit" name="go" value="next" { "Next" }
            },
        }
    }
}

/// The answers of every step but `shown` as hidden fields, so they travel on with the form.
fn hidden_answers(shown: Step, answers: &Answers) -> Markup {
    html! {
        @if shown != Step::Team {
            @if let Some(function) = answers.function {
                input type="hidden" name="function" value=(function.key());
            }
        }
        @if shown != Step::Relationship {
            @if let Some(answer) = answers.relationship {
                input type="hidden" name="relationship" value=(answer.key());
            }
        }
        @if shown != Step::Statements {
            @for (key, rating) in &answers.ratings {
                input type="hidden" name=(format!("rating.{key}")) value=(rating.value());
            }
        }
        @if shown != Step::Sources {
            @for key in &answers.sources { input type="hidden" name="source" value=(key); }
        }
        @if shown != Step::Comments {
            @if !answers.friction_comment.is_empty() {
                input type="hidden" name="friction_comment" value=(answers.friction_comment);
            }
            @if !answers.works_well_comment.is_empty() {
                input type="hidden" name="works_well_comment" value=(answers.works_well_comment);
            }
        }
    }
}
