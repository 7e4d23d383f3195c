//! The message catalogue: every visible string of the interface is looked up
//! here by its id, so that speaking another language is adding a catalogue.
//!
//! Messages live in `assets/locales/<language>/*.ftl` (Fluent) and are built
//! into the binary. Code names a message with [`tr!`](crate::tr), whose id must
//! be a literal; `tests/catalogue.rs` fails when the code uses an id the
//! catalogue lacks, or the catalogue holds one no code uses.
//!
//! Two choices keep the output right in every language:
//! - A count is passed as an integer. It reaches the message as the number
//!   written for the language (`2,000`) and, beside it, as `<name>_plural`:
//!   its plural category (`one`, `few`, `many`...) from `icu_plurals`.
//!   Messages select on that, never on the number itself: Fluent's own rules
//!   put Arabic 103 or 110 in `other`, which is wrong.
//! - Arguments are not wrapped in Unicode isolation marks: the interface
//!   orders every label itself (see [`crate::bidi`]), and exported text
//!   (CSV, reports) must not carry invisible characters.

mod number;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use icu_plurals::{PluralCategory, PluralRules};

pub use number::group_digits;

fluent_templates::static_loader! {
    static CATALOGUE = {
        locales: "./assets/locales",
        fallback_language: "en-US",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the catalogue. The interface speaks the one chosen in the
/// View menu ([`set_language`]); a report or a letter is written in the
/// language chosen when it is exported (see [`in_language`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[expect(
    clippy::unsafe_derive_deserialize,
    reason = "the unsafe is inside the expansion of `langid!`, which builds constant identifiers; no invariant rests on a value read"
)]
pub enum Language {
    #[default]
    English,
    Arabic,
}

impl Language {
    pub const ALL: [Self; 2] = [Self::English, Self::Arabic];

    fn id(self) -> LanguageIdentifier {
        match self {
            Self::English => langid!("en-US"),
            Self::Arabic => langid!("ar"),
        }
    }

    fn plural_tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Arabic => "ar",
        }
    }

    /// The language's code for HTML's `lang` (`en`, `ar`).
    pub fn code(self) -> &'static str {
        self.plural_tag()
    }

    /// Whether the language is written right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Self::Arabic
    }

    /// The language's own name, as a choice shows it whatever the interface speaks.
    pub fn own_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Arabic => "العربية",
        }
    }
}

thread_local! {
    /// The language messages are looked up in on this thread.
    static LANGUAGE: std::cell::Cell<Language> = const { std::cell::Cell::new(Language::English) };
}

/// The language messages are looked up in.
pub fn language() -> Language {
    LANGUAGE.get()
}

/// Sets the language messages are looked up in on this thread: the
/// interface's, as chosen in the View menu.
pub fn set_language(language: Language) {
    LANGUAGE.set(language);
}

/// Runs `work` with messages looked up in `language` on this thread, such as
/// a report exported in Arabic from the English interface, then goes back to
/// the language before, even when `work` panics.
pub fn in_language<T>(language: Language, work: impl FnOnce() -> T) -> T {
    struct Restore(Language);
    impl Drop for Restore {
        fn drop(&mut self) {
            LANGUAGE.set(self.0);
        }
    }
    let _restore = Restore(LANGUAGE.replace(language));
    work()
}

/// One argument of a message: text as given, or a count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Self::Text(Cow::Owned(text))
    }
}

macro_rules! count_from {
    ($($int:ty),*) => {$(
        impl From<$int> for Arg<'_> {
            fn from(count: $int) -> Self {
                Self::Count(i64::try_from(count).unwrap_or(i64::MAX))
            }
        }
    )*};
}

count_from!(usize, u64, u32, u16, u8, i64, i32);

/// Looks a message up by id in the interface's language, with its arguments.
///
/// An id the catalogue lacks gives the id itself (a test keeps that from
/// happening), never a panic.
pub fn message(id: &'static str, args: &[(&'static str, Arg<'_>)]) -> String {
    if args.is_empty() {
        return plain(id);
    }
    let language = language();
    let values = arguments(language, args);
    lookup(language, id, Some(&values))
}

/// The arguments as Fluent takes them: each count written for `language`
/// and, beside it, its plural category.
fn arguments<'a>(
    language: Language,
    args: &'a [(&'static str, Arg<'_>)],
) -> HashMap<Cow<'static, str>, FluentValue<'a>> {
    thread_local! {
        // The rules of the language in use, kept for the thread (they are not `Sync`).
        static RULES: RefCell<Option<(Language, Option<PluralRules>)>> = const { RefCell::new(None) };
    }
    let mut values: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(text) => {
                values.insert(Cow::Borrowed(*name), FluentValue::from(text.as_ref()));
            }
            Arg::Count(count) => {
                let category = RULES.with_borrow_mut(|cache| {
                    if cache.as_ref().is_none_or(|(cached, _)| *cached != language) {
                        *cache = Some((language, rules(language.plural_tag())));
                    }
                    match cache {
                        Some((_, Some(rules))) => plural(rules, *count),
                        _ => "other",
                    }
                });
                values.insert(Cow::Borrowed(*name), FluentValue::from(group_digits(*count)));
                values.insert(Cow::Owned(format!("{name}_plural")), FluentValue::from(category));
            }
        }
    }
    values
}

/// A message without arguments: looked up once per language and thread, as
/// panels ask for the same words every frame.
fn plain(id: &'static str) -> String {
    thread_local! {
        static PLAIN: RefCell<(Language, HashMap<&'static str, String>)> = RefCell::default();
    }
    let language = language();
    PLAIN.with_borrow_mut(|(cached, messages)| {
        if *cached != language {
            *cached = language;
            messages.clear();
        }
        messages
            .entry(id)
            .or_insert_with(|| lookup(language, id, None))
            .clone()
    })
}

fn lookup(
    language: Language,
    id: &str,
    args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
) -> String {
    CATALOGUE
        .try_lookup_complete(&language.id(), id, args)
        .unwrap_or_else(|| {
            log::error!("message {id} is missing from the catalogue");
            id.to_owned()
        })
}

/// The plural category of `count` under `rules`, as Fluent variant keys name it.
fn plural(rules: &PluralRules, count: i64) -> &'static str {
    match rules.category_for(count) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The cardinal plural rules of a language, by its tag (`en`, `ar`).
fn rules(tag: &str) -> Option<PluralRules> {
    let rules = tag
        .parse::<icu_locale_core::Locale>()
        .ok()
        .and_then(|locale| PluralRules::try_new_cardinal((&locale).into()).ok());
    if rules.is_none() {
        log::error!("no plural rules for {tag}");
    }
    rules
}

/// A message of the catalogue, by literal id, with named arguments:
/// `tr!("i18n-example", name = "ESCWA", count = 12)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
