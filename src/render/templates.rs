//! The built-in templates, compiled into the binary under the `builtin/` prefix
//! (as zola does), so a user template can `{% extends "builtin/contract.md" %}`
//! and override single blocks.

/// A built-in template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Builtin {
    /// `builtin/contract.md`
    pub name: &'static str,
    /// The catalogue id of what it writes, for `nengji templates list`.
    pub about: &'static str,
    /// The template's text, compiled into the binary.
    pub source: &'static str,
}

/// Every built-in template, documents first.
pub const BUILTINS: [Builtin; 6] = [
    Builtin {
        name: "builtin/contract.md",
        about: "templates-about-contract",
        source: include_str!("../../templates/contract.md"),
    },
    Builtin {
        name: "builtin/industry-agreement.md",
        about: "templates-about-industry-agreement",
        source: include_str!("../../templates/industry-agreement.md"),
    },
    Builtin {
        name: "builtin/offer.md",
        about: "templates-about-offer",
        source: include_str!("../../templates/offer.md"),
    },
    Builtin {
        name: "builtin/notice.md",
        about: "templates-about-notice",
        source: include_str!("../../templates/notice.md"),
    },
    Builtin {
        name: "builtin/agreement-base.md",
        about: "templates-about-agreement-base",
        source: include_str!("../../templates/agreement-base.md"),
    },
    Builtin {
        name: "builtin/macros.md",
        about: "templates-about-macros",
        source: include_str!("../../templates/macros.md"),
    },
];

/// A built-in template by its full name (`builtin/contract.md`) or short name
/// (`contract`, `contract.md`).
pub fn builtin(name: &str) -> Option<&'static Builtin> {
    let short = name.strip_prefix("builtin/").unwrap_or(name);
    let short = short.strip_suffix(".md").unwrap_or(short);
    BUILTINS
        .iter()
        .find(|b| b.name == format!("builtin/{short}.md"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_full_and_short_name() {
        assert_eq!(
            builtin("contract").map(|b| b.name),
            Some("builtin/contract.md")
        );
        assert_eq!(
            builtin("builtin/offer.md").map(|b| b.name),
            Some("builtin/offer.md")
        );
        assert_eq!(
            builtin("notice.md").map(|b| b.name),
            Some("builtin/notice.md")
        );
        assert!(builtin("nothing").is_none());
    }
}
