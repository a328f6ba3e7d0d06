//! `FileName`: a name the page gives for a file in the workspace. The only
//! path from the browser to the file system: one plain name, no directories, no
//! hidden files, a fixed extension, so it can only ever name a file directly
//! inside the workspace directory.

use std::fmt;

use crate::i18n::Lang;
use crate::t;

/// The longest name accepted, in characters.
const MAX_CHARS: usize = 64;

/// A checked file name (with its extension).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileName(String);

/// Why a name is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    /// No name given.
    Empty,
    /// The name is longer than 64 characters; holds it.
    Long(String),
    /// The name has a character other than a Chinese character, letter, digit, `-` or `_`.
    Character {
        /// The name as typed.
        name: String,
        /// The first character refused.
        bad: char,
    },
    /// The name does not end with the extension of its kind.
    Extension {
        /// The name as typed.
        name: String,
        /// The extension it must end with, without the dot.
        ext: &'static str,
    },
}

impl NameError {
    /// The error in words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NameError::Empty => t!(in lang; "serve-name-empty"),
            NameError::Long(name) => t!(in lang; "serve-name-long", name = name, max = MAX_CHARS),
            NameError::Character { name, bad } => {
                t!(in lang; "serve-name-character", name = name, bad = bad.to_string())
            }
            NameError::Extension { name, ext } => {
                t!(in lang; "serve-name-extension", name = name, ext = *ext)
            }
        }
    }
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::i18n::lang()))
    }
}

impl std::error::Error for NameError {}

impl FileName {
    /// `name` as a file in the workspace ending in `.{ext}`; `ext` is added when
    /// the name has no extension at all.
    pub fn parse(name: &str, ext: &'static str) -> Result<FileName, NameError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        let shown: String = name.chars().take(MAX_CHARS).collect();
        let (stem, given) = match name.rsplit_once('.') {
            Some((stem, given)) => (stem, Some(given)),
            None => (name, None),
        };
        if given.is_some_and(|g| g != ext) {
            return Err(NameError::Extension { name: shown, ext });
        }
        if stem.is_empty() {
            return Err(NameError::Empty);
        }
        if stem.chars().count() + ext.len() + 1 > MAX_CHARS {
            return Err(NameError::Long(shown));
        }
        if let Some(bad) = stem.chars().find(|&c| !allowed(c)) {
            return Err(NameError::Character { name: shown, bad });
        }
        // A leading '-' reads as a flag on a command line.
        if stem.starts_with('-') {
            return Err(NameError::Character {
                name: shown,
                bad: '-',
            });
        }
        Ok(FileName(format!("{stem}.{ext}")))
    }

    /// The file name, with its extension.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name without its extension.
    pub fn stem(&self) -> &str {
        self.0.rsplit_once('.').map_or(&self.0, |(s, _)| s)
    }
}

/// Letters and digits of any script (汉字 included), `-` and `_`: never a path
/// separator, a dot, a control character or a space.
fn allowed(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

impl fmt::Display for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_pass_and_get_their_extension() {
        assert_eq!(
            FileName::parse("工会方案", "toml").unwrap().as_str(),
            "工会方案.toml"
        );
        assert_eq!(
            FileName::parse("offer-2_b.toml", "toml").unwrap().as_str(),
            "offer-2_b.toml"
        );
        assert_eq!(FileName::parse("x.toml", "toml").unwrap().stem(), "x");
    }

    #[test]
    fn anything_that_could_leave_the_workspace_is_refused() {
        for bad in [
            "../x.toml",
            "/etc/passwd",
            "a/b.toml",
            "a\\b.toml",
            ".hidden.toml",
            "..toml",
            "a b.toml",
            "a\0.toml",
            "-rf.toml",
            "a.b.toml",
            "C:x.toml",
        ] {
            assert!(FileName::parse(bad, "toml").is_err(), "{bad}");
        }
        assert!(matches!(
            FileName::parse("x.csv", "toml"),
            Err(NameError::Extension { .. })
        ));
        assert_eq!(FileName::parse("  ", "toml"), Err(NameError::Empty));
        assert!(matches!(
            FileName::parse(&"长".repeat(70), "toml"),
            Err(NameError::Long(_))
        ));
    }
}
