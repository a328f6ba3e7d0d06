//! Reading a TOML input (schedule, standards, rules) into a typed value, with every
//! error placed at `file:line:column` and a did-you-mean for mistyped keys, in the
//! user's language (serde's and the TOML parser's English frames are told again
//! through the catalogue).

use std::fmt;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::{suggest, t, Location};

/// A TOML input that could not be read: where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct TomlError {
    /// Where in the TOML file: file, line and column.
    pub location: Location,
    /// What was wrong and what was expected.
    pub message: String,
    /// The fix (a did-you-mean for a misspelt key), starting with its
    /// separator ([`crate::i18n::hint`]), or empty.
    pub hint: String,
}

impl TomlError {
    /// An error at `location` saying `message`.
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        TomlError {
            location,
            message: message.into(),
            hint: String::new(),
        }
    }
}

impl fmt::Display for TomlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(
            "table-placed",
            message = self.message.as_str(),
            place = self.location.to_string(),
            hint = self.hint.as_str()
        ))
    }
}

/// Parses `text` (the contents of `file`) as a `T`.
pub fn parse<T: DeserializeOwned>(file: &Arc<str>, text: &str) -> Result<T, TomlError> {
    toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let location = Location::of_offset(file, text, offset);
        let raw = e.message().trim();
        let mut error = TomlError::new(location, told(raw));
        error.hint = suggestion(raw);
        error
    })
}

/// A did-you-mean for serde's "unknown field `x`, expected one of `a`, `b`"
/// (and the same for unknown variants), which names the choices but not the
/// likely one; empty otherwise.
fn suggestion(message: &str) -> String {
    let Some((head, expected)) = message.split_once(", expected ") else {
        return String::new();
    };
    let Some(unknown) = head.split('`').nth(1) else {
        return String::new();
    };
    let choices: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    suggest::hint(unknown, choices)
}

/// serde's or the TOML parser's message in the user's language. serde and
/// toml build their messages from a few English frames ("unknown field `x`,
/// expected ...", "invalid type: integer `3`, expected a string"); each is
/// told again through the catalogue with its names kept. A message nengji's
/// own readers wrote (`de::Error::custom`) already is in the user's language
/// and passes through. In English serde's own words are kept as they are.
fn told(message: &str) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return message.to_string();
    }
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    let names = |s: &str| -> String {
        s.split('`')
            .skip(1)
            .step_by(2)
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, expected) = rest.split_once(", ").unwrap_or((rest, ""));
        return t!(
            "toml-unknown-field",
            field = quoted(field),
            expected = names(expected)
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", ").unwrap_or((rest, ""));
        return t!(
            "toml-unknown-variant",
            value = quoted(value),
            expected = names(expected)
        );
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return t!("toml-missing-field", field = quoted(rest));
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return t!("toml-duplicate-key", key = quoted(rest));
    }
    for (frame, id) in [
        ("invalid type: ", "toml-invalid-type"),
        ("invalid value: ", "toml-invalid-value"),
    ] {
        if let Some(rest) = message.strip_prefix(frame) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                return t!(id, found = kind(found), expected = kind(expected));
            }
        }
    }
    // The TOML parser's own errors ("invalid table header\nexpected `.`, `]`").
    if let Some(told) = crate::toml_syntax::told(message) {
        return told;
    }
    // A frame not known here: say it is a TOML error, and keep the parser's
    // own words after it so nothing is lost.
    if message.is_ascii() {
        t!("toml-other", message = message.replace('\n', " "))
    } else {
        message.to_string()
    }
}

/// serde's name of a kind of value ("a string", "integer `3`", "a sequence")
/// in the user's language; a name it does not know (a reader's own
/// `expecting`, such as "a date YYYY-MM-DD") is kept.
fn kind(text: &str) -> String {
    let text = text.trim();
    // `integer `3``, `string "x"`: the kind, then the value as written.
    let (head, value) = match text.find(['`', '"']) {
        Some(i) => (text[..i].trim(), text[i..].trim()),
        None => (text, ""),
    };
    let id = match head {
        "a string" | "string" | "a borrowed string" | "a char" | "character" => "toml-kind-string",
        "integer" | "an integer" | "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64"
        | "usize" | "isize" => "toml-kind-integer",
        "floating point" | "a float" | "f64" | "f32" => "toml-kind-float",
        "boolean" | "a boolean" => "toml-kind-boolean",
        "sequence" | "a sequence" | "an array" | "array" => "toml-kind-array",
        "map" | "a map" | "table" | "a table" => "toml-kind-table",
        "a date" | "datetime" | "a TOML datetime" | "date" => "toml-kind-date",
        h if h.starts_with("struct ") || h.starts_with("a struct") => "toml-kind-table",
        h if h.starts_with("enum ") || h.starts_with("variant ") => "toml-kind-name",
        _ => return text.to_string(),
    };
    let kind = crate::i18n::t(id);
    if value.is_empty() {
        kind
    } else {
        t!("toml-kind-value", kind = kind, value = value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Rule {
        column: String,
        cap: Option<u32>,
    }

    #[test]
    fn unknown_key_is_placed_and_suggested() {
        let file: Arc<str> = Arc::from("s.toml");
        let err = parse::<Rule>(&file, "column = \"x\"\ncapp = 3\n").unwrap_err();
        assert_eq!(err.location.to_string(), "s.toml:2:1");
        assert_eq!(err.hint, "; did you mean 'cap'?");
        assert_eq!(
            err.to_string(),
            "unknown field `capp`, expected `column` or `cap` at s.toml:2:1; did you mean 'cap'?"
        );
    }

    #[test]
    fn syntax_error_is_placed() {
        let file: Arc<str> = Arc::from("s.toml");
        let err = parse::<Rule>(&file, "column = \n").unwrap_err();
        assert_eq!(err.location.line, 1);
    }
}
