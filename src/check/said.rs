//! `Said`: a finding's sentence as a message of the catalogue (its id and
//! arguments in `locales/<lang>/check.ftl`), so that it can be said in the
//! language in use and, for the documents, in Chinese.

use crate::i18n::{message, Arg, Lang};

/// A catalogue message: its id and named arguments.
#[derive(Debug, Clone)]
pub struct Said {
    /// The message's id in the catalogue (locales/*/<area>.ftl).
    pub id: &'static str,
    /// The message's named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Said {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        message(lang, self.id, &self.args)
    }
}

/// A finding's message or remedy: a catalogue message, or text already
/// written (in the language in use, and used for Chinese too).
#[derive(Debug, Clone)]
pub enum Text {
    /// A catalogue message, written in whichever language the reader wants.
    Said(Said),
    /// Text already written, used as it is in every language.
    Plain(String),
}

impl Text {
    /// The text in the language in use, and the text kept to be said in
    /// Chinese when a document asks for it.
    pub fn split(self) -> (String, InChinese) {
        let now = match &self {
            Text::Said(s) => s.text(crate::i18n::lang()),
            Text::Plain(p) => p.clone(),
        };
        (now, InChinese(self))
    }
}

/// A finding's message or remedy, said in Chinese only when it is read: the
/// documents list findings in Chinese, while the batch and `check` write
/// them in the language in use, and formatting a message costs more than the
/// finding's figures (the batch makes thousands).
#[derive(Debug, Clone)]
pub struct InChinese(Text);

impl InChinese {
    /// The text in Chinese.
    pub fn text(&self) -> String {
        match &self.0 {
            Text::Said(s) => s.text(Lang::Zh),
            Text::Plain(p) => p.clone(),
        }
    }
}

/// Two texts are equal when they read the same in Chinese.
impl PartialEq for InChinese {
    fn eq(&self, other: &InChinese) -> bool {
        self.text() == other.text()
    }
}

impl Eq for InChinese {}

impl std::fmt::Display for InChinese {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

impl From<Said> for Text {
    fn from(s: Said) -> Text {
        Text::Said(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Plain(s.to_string())
    }
}

/// `said!("check-id", name = value, ...)`: a [`Said`] of the check catalogue.
#[macro_export]
macro_rules! said {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::check::Said {
            id: $id,
            args: vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `said!("id"` in src/check names a message both catalogues have.
    #[test]
    fn every_said_id_is_in_both_catalogues() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check");
        let mut seen = 0;
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for (i, _) in text.match_indices("said!(\"") {
                let rest = &text[i + 7..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                if id == "check-id" || !id.starts_with("check-") {
                    continue; // this file's own documentation
                }
                seen += 1;
                for lang in Lang::ALL {
                    if !crate::i18n::has(lang, id) {
                        missing.push(format!("{}: {id} ({lang})", entry.path().display()));
                    }
                }
            }
        }
        assert!(seen > 10, "found only {seen} said!(...) calls");
        assert!(
            missing.is_empty(),
            "not in the catalogue:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn said_in_both_languages() {
        let s = crate::said!("check-subject-contract");
        assert_eq!(s.text(Lang::Zh), "本合同");
        assert_eq!(s.text(Lang::En), "the contract");
    }
}
