//! The phone pages, rendered from the workshop's questionnaire in the phone's language, with
//! the texts of `assets/translations`. maud escapes every text it inserts, so a comment or a
//! questionnaire text cannot inject markup.

use maud::{Markup, html};

use super::page_style::page;
use super::phone_form::{Answers, Step};
use crate::domain::{Function, Questionnaire};
use crate::i18n::Language;

/// The pages in every language, made once when the room opens.
pub(crate) struct Pages {
    /// The questionnaire as the workshop keeps it: answers are checked against its keys.
    questionnaire: Questionnaire,
    by_language: Vec<LocalPages>,
    default: Language,
}

/// The pages in one language.
pub(crate) struct LocalPages {
    language: Language,
    /// The questionnaire's texts in this language (its own where a translation lacks one).
    questionnaire: Questionnaire,
    /// Where every form posts: the room's path, token included.
    action: String,
}

impl Pages {
    pub fn new(questionnaire: Questionnaire, default: Language, action: &str) -> Self {
        let by_language = Language::ALL
            .into_iter()
            .map(|language| LocalPages {
                language,
                questionnaire: questionnaire.in_language(language),
                action: action.to_owned(),
            })
            .collect();
        Self {
            questionnaire,
            by_language,
            default,
        }
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// The pages in `language`, or in the room's own language.
    pub fn local(&self, language: Option<Language>) -> &LocalPages {
        let wanted = language.unwrap_or(self.default);
        self.by_language
            .iter()
            .find(|pages| pages.language == wanted)
            .unwrap_or(&self.by_language[0])
    }
}

impl LocalPages {
    fn text(&self, id: &str) -> String {
        self.language.text(id)
    }

    /// The page of `step`, showing `answers`; `hint` says what is missing to go on.
    pub fn step(&self, step: Step, answers: &Answers, hint: Option<&str>) -> Markup {
        let questionnaire = &self.questionnaire;
        let (title, content) = match step {
            Step::Team => (self.text("phone-team-title"), self.team()),
            Step::Relationship => (
                questionnaire.relationship.prompt.clone(),
                self.relationship(answers),
            ),
            Step::Statements => (
                questionnaire.statements_prompt.clone(),
                self.statements(answers),
            ),
            Step::Sources => (questionnaire.sources_prompt.clone(), self.sources(answers)),
            Step::Comments => (self.text("phone-comments-title"), self.comments(answers)),
            Step::Review => (self.text("phone-review-title"), self.review(answers)),
        };
        let progress = self.language.text_with(
            "phone-step",
            &[
                ("number", step.number().into()),
                ("total", Step::ALL.len().into()),
            ],
        );
        let body = html! {
            p.progress { (progress) }
            h1 { (title) }
            @if let Some(hint) = hint { p.hint role="alert" { (hint) } }
            form method="post" action=(self.action) {
                input type="hidden" name="step" value=(step.key());
                input type="hidden" name="lang" value=(self.language.tag());
                (hidden_answers(step, answers))
                (content)
                (self.navigation(step))
                (self.language_choice())
            }
        };
        page(self.language.tag(), &title, &body)
    }

    fn team(&self) -> Markup {
        html! {
            p { (self.text("phone-welcome")) }
            div.team {
                @for function in Function::ALL {
                    button.go type="submit" name="function" value=(function.key()) {
                        (function.name(self.language))
                    }
                }
            }
        }
    }

    fn relationship(&self, answers: &Answers) -> Markup {
        html! {
            fieldset {
                legend.note { (self.text("phone-choose-one")) }
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

    /// Nothing is chosen until the phone chooses: a rating, or Skip on purpose.
    fn statements(&self, answers: &Answers) -> Markup {
        let words: Vec<String> = (1..=5)
            .map(|value| self.text(&format!("scale-{value}")))
            .collect();
        html! {
            @for statement in &self.questionnaire.statements {
                @let current = answers.ratings.get(&statement.key).map(|rating| rating.value());
                @let skipped = answers.skipped.contains(&statement.key);
                @let name = format!("rating.{}", statement.key);
                fieldset {
                    legend { (statement.text) }
                    div.scale {
                        @for (value, word) in (1u8..).zip(&words) {
                            @let id = format!("{}-{value}", statement.key);
                            label for=(id) title=(word) {
                                input type="radio" id=(id) name=(name) value=(value)
                                    checked[current == Some(value)];
                                span { (value) }
                            }
                        }
                        @let id = format!("{}-skip", statement.key);
                        label.skip for=(id) {
                            input type="radio" id=(id) name=(name) value="skip" checked[skipped];
                            span { (self.text("skip")) }
                        }
                    }
                    div.ends aria-hidden="true" {
                        span { "1 = " (words[0]) }
                        span { "5 = " (words[4]) }
                    }
                }
            }
        }
    }

    fn sources(&self, answers: &Answers) -> Markup {
        html! {
            fieldset {
                legend.note { (self.text("phone-choose-any")) }
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
        let questionnaire = &self.questionnaire;
        html! {
            label.prompt for="friction_comment" { (questionnaire.friction_comment_prompt) }
            textarea id="friction_comment" name="friction_comment" maxlength="2000" { (answers.friction_comment) }
            label.prompt for="works_well_comment" { (questionnaire.works_well_comment_prompt) }
            textarea id="works_well_comment" name="works_well_comment" maxlength="2000" { (answers.works_well_comment) }
            p.note { (self.text("phone-comments-note")) }
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
        let language = self.language;
        html! {
            dl.review {
                dt { (self.text("phone-review-team")) }
                dd { (answers.function.map_or_else(|| String::from("–"), |function| function.name(language))) }
                dt { (self.text("phone-review-relationship")) }
                dd { (answers.relationship.map_or("–", |answer| questionnaire.relationship_label(answer))) }
                @for statement in &questionnaire.statements {
                    dt { (statement.text) }
                    dd { @match answers.ratings.get(&statement.key) {
                        Some(rating) => { (rating.value()) " (" (self.text(&format!("scale-{}", rating.value()))) ")" }
                        None => (self.text("skipped")),
                    } }
                }
                dt { (self.text("phone-review-sources")) }
                dd { @if named.is_empty() { (self.text("none")) } @else { (named.join(", ")) } }
                @for (prompt, text) in [
                    (&questionnaire.friction_comment_prompt, &answers.friction_comment),
                    (&questionnaire.works_well_comment_prompt, &answers.works_well_comment),
                ] {
                    @if !text.trim().is_empty() { dt { (prompt) } dd { (text.trim()) } }
                }
            }
            p.note { (self.text("phone-review-note")) }
        }
    }

    fn navigation(&self, step: Step) -> Markup {
        let (forward, label) = match step {
            Step::Team => return html! {},
            Step::Review => ("submit", self.text("button-submit")),
            _ => ("next", self.text("button-next")),
        };
        html! {
            div.nav {
                button type="submit" name="go" value="back" { (self.text("button-back")) }
                button.go type="submit" name="go" value=(forward) { (label) }
            }
        }
    }

    /// The other languages, each a button that shows this page again in it, answers kept.
    fn language_choice(&self) -> Markup {
        html! {
            div.languages role="group" aria-label=(self.text("phone-language")) {
                @for language in Language::ALL.into_iter().filter(|l| *l != self.language) {
                    button type="submit" name="go" value=(format!("lang-{}", language.tag()))
                        lang=(language.tag()) { (language.name()) }
                }
            }
        }
    }

    /// Shown once the laptop has saved the answer.
    pub fn thanks(&self) -> Markup {
        self.message("phone-thanks-title", "phone-thanks-text")
    }

    /// Shown to a phone that has already answered: nothing more is counted.
    pub fn already_answered(&self) -> Markup {
        self.message("phone-answered-title", "phone-answered-text")
    }

    /// A page with the title and sentence of two messages.
    pub fn message(&self, title_id: &str, text_id: &str) -> Markup {
        let title = self.text(title_id);
        let body = html! {
            h1 { (title) }
            p { (self.text(text_id)) }
        };
        page(self.language.tag(), &title, &body)
    }

    /// A problem, said in plain words, with a link to start again where that helps.
    pub fn problem(&self, title_id: &str, text: &str) -> Markup {
        let title = self.text(title_id);
        let body = html! {
            h1 { (title) }
            p { (text) }
            p { a href=(self.action) { (self.text("phone-start-again")) } }
        };
        page(self.language.tag(), &title, &body)
    }

    /// A problem whose sentence is a message of its own.
    pub fn problem_message(&self, title_id: &str, text_id: &str) -> Markup {
        self.problem(title_id, &self.text(text_id))
    }

    pub fn language(&self) -> Language {
        self.language
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
            @for key in &answers.skipped {
                input type="hidden" name=(format!("rating.{key}")) value="skip";
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
