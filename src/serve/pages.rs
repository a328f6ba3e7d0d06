//! The pages: the templates in `assets/`, compiled once per language, with a
//! `t(id=..., name=value...)` function that takes every word they show from
//! the message catalogue (locales/*/serve.ftl). Tera escapes everything it
//! prints. What the templates show is built in `figures`, `card` and
//! `ballot_view`.

use std::collections::HashMap;

use tera::{Tera, Value};

use crate::i18n::{Arg, Lang};

pub use crate::serve::ballot_view::BallotView;
pub use crate::serve::card::OfferCard;
pub use crate::serve::figures::Figures;

/// The templates, compiled into the binary.
const TEMPLATES: [(&str, &str); 8] = [
    ("layout.html", include_str!("assets/layout.html")),
    ("workspace.html", include_str!("assets/workspace.html")),
    ("figures.html", include_str!("assets/figures.html")),
    ("offer.html", include_str!("assets/offer.html")),
    ("ballot.html", include_str!("assets/ballot.html")),
    (
        "representative.html",
        include_str!("assets/representative.html"),
    ),
    ("explain.html", include_str!("assets/explain.html")),
    ("message.html", include_str!("assets/message.html")),
];

/// Compiles the built-in templates for pages in `lang`.
pub fn templates(lang: Lang) -> Result<Tera, tera::Error> {
    let mut tera = Tera::default();
    tera.add_raw_templates(TEMPLATES)?;
    tera.register_function("t", move |args: &HashMap<String, Value>| {
        let id = args
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg(crate::t!("serve-template-no-id")))?;
        let values: Vec<(&str, Arg)> = args
            .iter()
            .filter(|(name, _)| name.as_str() != "id")
            .map(|(name, value)| (name.as_str(), arg(value)))
            .collect();
        Ok(Value::String(crate::i18n::message(lang, id, &values)))
    });
    Ok(tera)
}

/// A template's value as a message argument: text as text, whole numbers as
/// numbers (so a message can choose a plural), anything else as it prints.
fn arg(value: &Value) -> Arg {
    match value {
        Value::String(s) => Arg::from(s.as_str()),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Arg::from(u),
            (None, Some(i)) => Arg::from(i),
            _ => Arg::display(n),
        },
        Value::Bool(b) => Arg::from(if *b { "yes" } else { "no" }),
        other => Arg::display(other),
    }
}

/// A query value, percent-encoded.
pub fn query(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `t(id="...")` in the templates names a message of both languages,
    /// and every template compiles and renders its words in each language.
    #[test]
    fn every_word_of_the_templates_is_in_the_catalogue() {
        let mut seen = 0;
        for (name, text) in TEMPLATES {
            let mut rest = text;
            while let Some(at) = rest.find("t(id=\"") {
                rest = &rest[at + 6..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                seen += 1;
                for lang in Lang::ALL {
                    assert!(crate::i18n::has(lang, id), "{name}: {id} ({lang})");
                }
            }
        }
        assert!(seen > 50, "found only {seen} t(id=...) in the templates");
        for lang in Lang::ALL {
            let tera = templates(lang).unwrap();
            let mut c = tera::Context::new();
            c.insert("title", "T");
            c.insert("message", "M");
            let page = tera.render("message.html", &c).unwrap();
            let back = crate::t!(in lang; "serve-page-back");
            assert!(page.contains(&back.replace('<', "&lt;")), "{lang}: {page}");
        }
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(query("E 1&x=工"), "E%201%26x%3D%E5%B7%A5");
    }
}
