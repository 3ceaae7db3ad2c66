//! The compiled-in Fluent files and the one way to read a message from them.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::language::Language;

/// The Fluent source of each language, in [`Language::ALL`]'s order.
pub const SOURCES: [(Language, &str); 4] = [
    (
        Language::English,
        include_str!("../../assets/translations/en.ftl"),
    ),
    (
        Language::German,
        include_str!("../../assets/translations/de.ftl"),
    ),
    (
        Language::French,
        include_str!("../../assets/translations/fr.ftl"),
    ),
    (
        Language::Spanish,
        include_str!("../../assets/translations/es.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// A message's variable: a text, or a count (which also picks the plural form).
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Count(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Self::Text(Cow::Owned(text))
    }
}

impl From<usize> for Arg<'_> {
    fn from(count: usize) -> Self {
        Self::Count(count)
    }
}

impl Language {
    /// The message `id` in this language.
    pub fn text(self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// The message `id` with its variables. A message this language lacks comes in English,
    /// and one English lacks shows its id; tests/domain/translations.rs keeps both from happening.
    pub fn text_with(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_ref()),
                Arg::Count(count) => FluentValue::from(*count),
            };
            fluent_args.set(*name, value);
        }
        [self, Language::English]
            .into_iter()
            .find_map(|language| format(bundle(language), id, &fluent_args))
            .unwrap_or_else(|| id.to_owned())
    }
}

fn format(bundle: &Bundle, id: &str, args: &FluentArgs<'_>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    // A formatting error (a variable the caller did not give) still yields the text with
    // the variable's name in it, which the parity tests keep from happening.
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

fn bundle(language: Language) -> &'static Bundle {
    // Each language's file is parsed the first time a text of it is asked for: a session
    // in English never parses the other three.
    static BUNDLES: [OnceLock<Bundle>; 4] = [const { OnceLock::new() }; 4];
    let index = Language::ALL
        .iter()
        .position(|candidate| *candidate == language)
        .unwrap_or_default();
    let (language, source) = SOURCES[index];
    BUNDLES[index].get_or_init(|| make_bundle(language, source))
}

fn make_bundle(language: Language, source: &str) -> Bundle {
    // A file with a syntax error still gives every message it could read; the tests read
    // each file strictly.
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let locale = language.tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![locale]);
    // egui draws the bidi isolation marks Fluent puts around variables as boxes, and every
    // language Tandem speaks is written left to right.
    bundle.set_use_isolating(false);
    // Overriding errors cannot happen: each bundle gets one resource.
    let _ = bundle.add_resource(resource);
    bundle
}
