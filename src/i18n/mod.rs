//! The message catalogue and the language in use: every sentence nengji says
//! to a person comes from here, in Chinese (`zh`) and English (`en`).
//!
//! Messages are [Project Fluent](https://projectfluent.org) files, one per area
//! and language, embedded in the binary at build time:
//!
//! ```text
//! locales/en/cli.ftl      locales/zh/cli.ftl       help, the command layer
//! locales/en/<area>.ftl   locales/zh/<area>.ftl    one pair per area (roster, check, pay...)
//! ```
//!
//! **Adding a catalogue file** is zero lines of code: create
//! `locales/en/<area>.ftl` and `locales/zh/<area>.ftl`; `build.rs` embeds every
//! `.ftl` under `locales/`. Message ids are global, so start each id with its
//! area (`roster-missing-column`, `check-below-minimum-wage`). The tests in
//! `catalogue.rs` fail when an id is in one language only, when the two
//! languages use different `{ $arguments }`, when an id is in two files, when a
//! file does not parse, and (in this file) when code asks for an id that no
//! catalogue has.
//!
//! **Using a message**: the [`t!`](crate::t) macro returns a `String` in the
//! language in use; arguments are `name = value` (the Fluent variable `$name`).
//!
//! ```
//! use nengji::t;
//! let line = t!("error-line", message = "no such file");
//! assert_eq!(line, "error: no such file");
//! let rows = t!("i18n-test-count", count = 3usize);
//! assert_eq!(rows, "3 rows");
//! // A given language (a server answering a request, a test):
//! let zh = t!(in nengji::i18n::Lang::Zh; "i18n-test-count", count = 3usize);
//! assert_eq!(zh, "3 行");
//! ```
//!
//! In the `.ftl` files (English, then Chinese):
//!
//! ```ftl
//! roster-missing-column = { $file }: no column { $column }
//!     .hint = add a column named { $column } to the header row
//! roster-missing-column = { $file }：缺少“{ $column }”列
//! ```
//!
//! Values go in through [`Arg`]: text, paths, [`Money`](crate::Money),
//! [`Rate`](crate::Rate) and decimals go in as their exact text (never as a
//! float); integer counts go in as numbers so English can select a plural
//! (`{ $count -> [one] 1 row *[other] { $count } rows }`). Anything else that
//! is `Display`: `Arg::display(&value)`.
//!
//! For an error type, write `Display` by hand with `t!` in each arm rather than
//! `#[error("...")]`, so the error reads in the user's language.
//!
//! **The language** is chosen once by the binary ([`Lang::detect`]): `--lang
//! zh|en`, else `NENGJI_LANG`, else the operating system's locale, else
//! English; [`set_lang`] makes it the one in use. The library alone (unit
//! tests, other programs) speaks English until told otherwise. Machine-readable
//! output (JSON keys, CSV column ids, exit codes) never goes through here.

mod arg;
mod catalogue;
mod lang;

pub use arg::Arg;
pub use catalogue::{has, message};
pub use lang::{lang, set_lang, Lang, ENV_VAR};

/// The message `id`, without arguments, in the language in use.
pub fn t(id: &str) -> String {
    message(lang(), id, &[])
}

/// `text` as a hint to append to a message: `"; text"` in English, `"；text"`
/// in Chinese (a full-width semicolon, without a space). Every hint and fix
/// joined to its message goes through here, so the separator follows the
/// language in one place.
pub fn hint(text: impl std::fmt::Display) -> String {
    message(lang(), "hint-joined", &[("hint", Arg::display(&text))])
}

/// Several parts of one message joined by the language's separator
/// (`"; "` or `"；"`).
pub fn join<I, S>(parts: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let sep = message(lang(), "hint-separator", &[]);
    parts
        .into_iter()
        .map(|p| p.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(&sep)
}

/// A message of the catalogue in the language in use, as a `String`:
/// `t!("id")`, `t!("id", name = value, ...)`, or in a given language
/// `t!(in lang; "id", name = value)`. See [`i18n`](crate::i18n).
#[macro_export]
macro_rules! t {
    (in $lang:expr; $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $crate::i18n::lang(),
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `t!("id"` and `t("id")` in the sources names a message the
    /// catalogue has, in both languages.
    #[test]
    fn every_id_the_code_asks_for_is_in_the_catalogue() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut seen = 0;
        // This module's own docs and tests show made-up ids; its doctests run them.
        for file in rust_files(&src)
            .into_iter()
            .filter(|f| !f.starts_with(src.join("i18n")))
        {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for id in literal_ids(&text) {
                seen += 1;
                for lang in Lang::ALL {
                    if !has(lang, id) {
                        missing.push(format!("{}: {id} ({lang})", file.display()));
                    }
                }
            }
        }
        assert!(seen > 0, "found no t!(\"...\") call to check");
        assert!(
            missing.is_empty(),
            "not in the catalogue:\n{}",
            missing.join("\n")
        );
    }

    /// The string literals right after `t!(`, `t!(in lang; ` and `t(`.
    fn literal_ids(text: &str) -> Vec<&str> {
        let mut ids = Vec::new();
        for (i, _) in text.match_indices("t!(").chain(text.match_indices("t(\"")) {
            if i > 0 && text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[i..];
            let rest = &rest[rest.find('(').map_or(0, |p| p + 1)..];
            let rest = match rest.strip_prefix("in ") {
                Some(r) => match r.find(';') {
                    Some(p) => r[p + 1..].trim_start(),
                    None => continue,
                },
                None => rest.trim_start(),
            };
            if let Some(body) = rest.strip_prefix('"') {
                if let Some(end) = body.find('"') {
                    ids.push(&body[..end]);
                }
            }
        }
        ids
    }

    fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    out.extend(rust_files(&p));
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        out
    }

    #[test]
    fn literal_ids_are_found_in_every_form() {
        let text = r#"t!("a-b"); crate::t!("c", x = 1); t!(in Lang::Zh; "d"); i18n::t("e"); print("no"); format!("x")"#;
        assert_eq!(literal_ids(text), vec!["a-b", "c", "d", "e"]);
    }

    #[test]
    fn the_macro_passes_arguments_by_name() {
        let s = t!(in Lang::En; "i18n-test-count", count = 1u32);
        assert_eq!(s, "1 row");
        assert_eq!(
            t("i18n-test-count"),
            message(lang(), "i18n-test-count", &[])
        );
    }
}
