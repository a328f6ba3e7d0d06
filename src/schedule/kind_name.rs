//! `KindName`: the kind of an allowance rule as the file names it
//! (`kind = "lookup"`), and the keys each kind takes.

use serde::{Deserialize, Serialize};

/// The kind of rule, as named in the file (`kind = "lookup"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum KindName {
    Fixed,
    Lookup,
    ByGrade,
    PerYear,
    ListSum,
    PerUnit,
    Percent,
    MonthlyAward,
    OneOff,
    Pool,
}

impl KindName {
    /// Every kind, so a test can ask each for its words.
    #[cfg(test)]
    pub(crate) const ALL: [KindName; 10] = [
        KindName::Fixed,
        KindName::Lookup,
        KindName::ByGrade,
        KindName::PerYear,
        KindName::ListSum,
        KindName::PerUnit,
        KindName::Percent,
        KindName::MonthlyAward,
        KindName::OneOff,
        KindName::Pool,
    ];

    pub fn name(self) -> &'static str {
        match self {
            KindName::Fixed => "fixed",
            KindName::Lookup => "lookup",
            KindName::ByGrade => "by-grade",
            KindName::PerYear => "per-year",
            KindName::ListSum => "list-sum",
            KindName::PerUnit => "per-unit",
            KindName::Percent => "percent",
            KindName::MonthlyAward => "monthly-award",
            KindName::OneOff => "one-off",
            KindName::Pool => "pool",
        }
    }

    /// The keys this kind takes: (required, optional).
    pub(super) fn keys(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            KindName::Fixed => (&["amount"], &[]),
            KindName::Lookup => (&["column", "table"], &[]),
            KindName::ByGrade => (&["table"], &[]),
            KindName::PerYear => (&["column", "amount"], &["cap"]),
            KindName::ListSum => (&["column", "table"], &["cap", "separator"]),
            KindName::PerUnit => (&["units"], &["cap"]),
            KindName::Percent => (&["of", "rate"], &[]),
            KindName::MonthlyAward => (&["column", "date_column", "table", "months"], &[]),
            KindName::OneOff => (&["date_column"], &["column", "table", "amount"]),
            KindName::Pool => (
                &["amount"],
                &["weights", "step_weight", "weight_column", "by_enterprise"],
            ),
        }
    }
}
