//! The built-in templates, compiled into the binary under the `builtin/` prefix
//! (as zola does), so a user template can `{% extends "builtin/contract.md" %}`
//! and override single blocks.

/// A built-in template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Builtin {
    /// `builtin/contract.md`
    pub name: &'static str,
    /// What it writes, for `nengji templates list`.
    pub about: &'static str,
    /// The template's text, compiled into the binary.
    pub source: &'static str,
}

/// Every built-in template, documents first.
pub const BUILTINS: [Builtin; 6] = [
    Builtin {
        name: "builtin/contract.md",
        about: "能级工资专项集体合同: an enterprise's skill-grade wage contract",
        source: include_str!("../../templates/contract.md"),
    },
    Builtin {
        name: "builtin/industry-agreement.md",
        about: "行业性能级工资集体协议: an industry's skill-grade wage agreement",
        source: include_str!("../../templates/industry-agreement.md"),
    },
    Builtin {
        name: "builtin/offer.md",
        about: "集体协商要约书: the written request to negotiate, with the reply deadline",
        source: include_str!("../../templates/offer.md"),
    },
    Builtin {
        name: "builtin/notice.md",
        about: "能级工资标准公示: the one-page pay-table notice",
        source: include_str!("../../templates/notice.md"),
    },
    Builtin {
        name: "builtin/agreement-base.md",
        about: "the clauses a contract and an industry agreement share (blocks to override)",
        source: include_str!("../../templates/agreement-base.md"),
    },
    Builtin {
        name: "builtin/macros.md",
        about: "macros: pay table, figures table, findings, signature block",
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
