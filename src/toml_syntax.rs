//! The TOML parser's own errors (toml_edit's "invalid basic string", "expected
//! `]`", "duplicate key `a` in table `t`", "value is out of range", ...) told
//! again in the user's language, the names and tokens of the file kept.
//!
//! The parser builds each message from up to three lines: `invalid <what>`,
//! `expected <tokens>` and a cause. Each line is recognised from the parser's
//! fixed set; a message with any line not known here is left to the caller,
//! which keeps the parser's own words so nothing is lost.

use crate::t;

/// `message` in the language in use, or `None` when a line of it is not one of
/// the parser's frames known here.
pub(crate) fn told(message: &str) -> Option<String> {
    let mut what = None;
    let mut expected = None;
    let mut cause = None;
    for (i, line) in message.lines().map(str::trim).enumerate() {
        if let Some(tokens) = line.strip_prefix("expected ") {
            if expected.is_some() {
                return None;
            }
            expected = Some(expectation(tokens)?);
        } else if let Some(label) = line.strip_prefix("invalid ").filter(|_| i == 0) {
            what = Some(noun(label)?);
        } else if cause.is_none() {
            cause = Some(cause_of(line)?);
        } else {
            return None;
        }
    }
    let head = match (what, expected) {
        (Some(what), Some(expected)) => Some(t!(
            "toml-syntax-invalid-expected",
            what = what,
            expected = expected
        )),
        (Some(what), None) => Some(t!("toml-syntax-invalid", what = what)),
        (None, Some(expected)) if message.trim() == "expected newline, `#`" => {
            Some(t!("toml-syntax-trailing", expected = expected))
        }
        (None, Some(expected)) => Some(t!("toml-syntax-expected", expected = expected)),
        (None, None) => None,
    };
    match (head, cause) {
        (Some(head), Some(cause)) => Some(t!("toml-syntax-because", message = head, cause = cause)),
        (Some(head), None) => Some(head),
        (None, Some(cause)) => Some(cause),
        (None, None) => None,
    }
}

/// What the parser was reading (`invalid <label>`).
fn noun(label: &str) -> Option<String> {
    let id = match label {
        "table header" => "toml-what-table-header",
        "key" | "unquoted key" => "toml-what-key",
        "string" => "toml-what-string",
        "basic string" => "toml-what-basic-string",
        "literal string" => "toml-what-literal-string",
        "multiline basic string" => "toml-what-multiline-basic-string",
        "multiline literal string" => "toml-what-multiline-literal-string",
        "escape sequence" => "toml-what-escape",
        "unicode 4-digit hex code" | "unicode 8-digit hex code" => "toml-what-unicode",
        "array" => "toml-what-array",
        "inline table" => "toml-what-inline-table",
        "integer" | "number" => "toml-what-integer",
        "binary integer" => "toml-what-binary",
        "octal integer" => "toml-what-octal",
        "hexadecimal integer" => "toml-what-hexadecimal",
        "floating-point number" => "toml-what-float",
        "date-time" | "date" => "toml-what-date-time",
        "time" => "toml-what-time",
        "time offset" => "toml-what-offset",
        _ => return None,
    };
    Some(crate::i18n::t(id))
}

/// The tokens the parser expected: `` `]` `` and the like are kept as written,
/// its few words ("newline", "digit") told in the user's language.
fn expectation(tokens: &str) -> Option<String> {
    let mut told = Vec::new();
    for token in tokens.split(", ").map(str::trim) {
        let word = match token {
            "newline" => crate::i18n::t("toml-token-newline"),
            "digit" => crate::i18n::t("toml-token-digit"),
            "leading digit" => crate::i18n::t("toml-token-leading-digit"),
            t if t.len() >= 3 && t.starts_with('`') && t.ends_with('`') => t.to_string(),
            _ => return None,
        };
        told.push(word);
    }
    Some(told.join(&crate::i18n::t("toml-token-or")))
}

/// Why the parser stopped, besides what it was reading.
fn cause_of(line: &str) -> Option<String> {
    let quoted = |s: &str, n: usize| s.split('`').nth(n).map(str::to_string);
    if let Some(rest) = line.strip_prefix("duplicate key ") {
        let key = quoted(rest, 1)?;
        return Some(if rest.ends_with("in document root") {
            t!("toml-syntax-duplicate-root", key = key)
        } else if let Some(table) = rest
            .split_once(" in table ")
            .and_then(|(_, t)| quoted(t, 1))
        {
            t!("toml-syntax-duplicate-in", key = key, table = table)
        } else {
            t!("toml-duplicate-key", key = key)
        });
    }
    if let Some(rest) = line.strip_prefix("dotted key ") {
        let key = quoted(rest, 1)?;
        let kind = rest.rsplit_once('(')?.1.strip_suffix(')')?;
        return Some(t!(
            "toml-syntax-dotted",
            key = key,
            kind = value_kind(kind)?
        ));
    }
    let id = match line {
        "value is out of range" => "toml-syntax-out-of-range",
        "number too large to fit in target type" | "number too small to fit in target type" => {
            "toml-syntax-integer-range"
        }
        "recursion limit exceeded" => "toml-syntax-too-deep",
        "wanted string or table" => "toml-syntax-want-name",
        "expected empty table" | "expected empty array" => "toml-syntax-want-empty",
        _ => return None,
    };
    Some(crate::i18n::t(id))
}

/// toml_edit's name of a value's type.
fn value_kind(name: &str) -> Option<String> {
    let id = match name {
        "string" => "toml-kind-string",
        "integer" => "toml-kind-integer",
        "float" => "toml-kind-float",
        "boolean" => "toml-kind-boolean",
        "datetime" => "toml-kind-date",
        "array" | "array of tables" => "toml-kind-array",
        "table" | "inline table" => "toml-kind-table",
        _ => return None,
    };
    Some(crate::i18n::t(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser's messages for the inputs of tests/i18n/syntax.rs, as toml
    /// gives them: each is known here (in English the words come back as the
    /// catalogue's English).
    #[test]
    fn every_frame_the_parser_gives_is_known() {
        for text in [
            "a = 1\na = 2\n",
            "[t]\nx = 1\n[t]\n",
            "a = \"abc\n",
            "a = \"a\\qb\"\n",
            "a = 2026-13-01\n",
            "a = 1 2\n",
            "a = [1, 2\n",
            "a = {b = 1\n",
            "a = 99999999999999999999\n",
            "a = 0x\n",
            "a = \"\\u12\"\n",
            "a.b = 1\na.b.c = 2\n",
            "[a\n",
            "= 1\n",
            "a = 'x\n",
            "a = \"\"\"x\n",
            "a = 1__2\n",
            "a = 1.\n",
            "a = tru\n",
            "a = 1\nb\n",
            "a = 10:61:00\n",
            "a = 2026-01-01T10:00:00+25:00\n",
        ] {
            let e = toml::from_str::<toml::Value>(text).expect_err(text);
            assert!(told(e.message()).is_some(), "{text:?}: {}", e.message());
        }
    }

    #[test]
    fn a_line_not_known_is_left_to_the_caller() {
        assert_eq!(told("invalid something new"), None);
        assert_eq!(told("invalid string\nexpected a rainbow"), None);
        assert_eq!(told("invalid string\nsomething else happened"), None);
    }
}
