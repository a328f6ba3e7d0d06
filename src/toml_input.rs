//! Reading a TOML input (schedule, standards, rules) into a typed value, with every
//! error placed at `file:line:column` and a did-you-mean for mistyped keys.

use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::suggest;
use crate::Location;

/// A TOML input that could not be read: where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} at {location}")]
pub struct TomlError {
    /// Where in the TOML file: file, line and column.
    pub location: Location,
    /// What was wrong and what was expected, with a did-you-mean for a misspelt key.
    pub message: String,
}

impl TomlError {
    /// An error at `location` saying `message`.
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        TomlError {
            location,
            message: message.into(),
        }
    }
}

/// Parses `text` (the contents of `file`) as a `T`.
pub fn parse<T: DeserializeOwned>(file: &Arc<str>, text: &str) -> Result<T, TomlError> {
    toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let location = Location::of_offset(file, text, offset);
        TomlError::new(location, with_suggestion(e.message().trim()))
    })
}

/// Adds a did-you-mean to serde's "unknown field `x`, expected one of `a`, `b`"
/// (and the same for unknown variants), which names the choices but not the likely one.
fn with_suggestion(message: &str) -> String {
    let Some((head, expected)) = message.split_once(", expected ") else {
        return message.to_string();
    };
    let Some(unknown) = head.split('`').nth(1) else {
        return message.to_string();
    };
    let choices: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    format!("{message}{}", suggest::hint(unknown, choices))
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
        assert!(
            err.message.contains("did you mean 'cap'?"),
            "{}",
            err.message
        );
    }

    #[test]
    fn syntax_error_is_placed() {
        let file: Arc<str> = Arc::from("s.toml");
        let err = parse::<Rule>(&file, "column = \n").unwrap_err();
        assert_eq!(err.location.line, 1);
    }
}
