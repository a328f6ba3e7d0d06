//! The languages nengji speaks, and how the one in use is chosen.

use std::sync::atomic::{AtomicU8, Ordering};

/// The environment variable that overrides the operating system's locale.
pub const ENV_VAR: &str = "NENGJI_LANG";

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English, the default when nothing says otherwise.
    #[default]
    En,
    /// Simplified Chinese (简体中文).
    Zh,
}

/// The language in use: English until [`set_lang`] says otherwise.
static CURRENT: AtomicU8 = AtomicU8::new(0);

impl Lang {
    /// Every language, in catalogue order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The code used by `--lang`, `NENGJI_LANG` and the `locales/` folder names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The language of a code or a locale name: `zh`, `zh-CN`, `zh_CN.UTF-8`,
    /// `zh-Hans`, `en`, `en_US`... Anything else (`C`, `POSIX`, `fr`) is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language to speak: the `--lang` flag, then `NENGJI_LANG`, then the
    /// operating system's locale (Linux, macOS and Windows alike), then English.
    pub fn detect(flag: Option<&str>) -> Lang {
        flag.and_then(Lang::parse)
            .or_else(|| std::env::var(ENV_VAR).ok().as_deref().and_then(Lang::parse))
            .or_else(|| sys_locale::get_locale().as_deref().and_then(Lang::parse))
            .unwrap_or_default()
    }

    /// The value of a `--lang` flag among command-line arguments (`--lang zh`
    /// or `--lang=zh`), read before clap so that help is already localised.
    pub fn flag_in_args<I, S>(args: I) -> Option<String>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut args = args.into_iter();
        let mut found = None;
        while let Some(arg) = args.next() {
            let arg = arg.as_ref().to_string_lossy().into_owned();
            if arg == "--" {
                break;
            }
            if arg == "--lang" {
                found = args
                    .next()
                    .map(|v| v.as_ref().to_string_lossy().into_owned());
            } else if let Some(v) = arg.strip_prefix("--lang=") {
                found = Some(v.to_string());
            }
        }
        found
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Makes `lang` the language every later message is written in.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language in use.
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Zh,
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_map_to_languages() {
        for (name, lang) in [
            ("zh", Some(Lang::Zh)),
            ("zh-CN", Some(Lang::Zh)),
            ("zh_CN.UTF-8", Some(Lang::Zh)),
            ("zh-Hans-CN", Some(Lang::Zh)),
            ("ZH_tw", Some(Lang::Zh)),
            ("en", Some(Lang::En)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("C", None),
            ("POSIX", None),
            ("fr_FR", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(name), lang, "{name:?}");
        }
    }

    #[test]
    fn the_flag_wins_over_everything() {
        assert_eq!(Lang::detect(Some("zh")), Lang::Zh);
        assert_eq!(Lang::detect(Some("en")), Lang::En);
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        let args = |a: &[&str]| Lang::flag_in_args(a.iter().copied());
        assert_eq!(
            args(&["nengji", "--lang", "zh", "check"]),
            Some("zh".into())
        );
        assert_eq!(args(&["nengji", "check", "--lang=en"]), Some("en".into()));
        assert_eq!(args(&["nengji", "check"]), None);
        assert_eq!(args(&["nengji", "--", "--lang", "zh"]), None);
        assert_eq!(args(&["nengji", "--lang"]), None);
    }
}
