//! `Exceptional`: an exceptional-promotion rule (破格晋升): workers who meet its
//! conditions (e.g. a national contest winner) may rise more than the usual one
//! grade per cycle, and may have some prerequisites waived. The minimum score of
//! the grade they are assessed into still applies.

use serde::Deserialize;
use toml::Spanned;

use crate::assess::condition::ConditionSpec;
use crate::assess::{Condition, Waiver};

/// An `[[exceptional]]` as the rules file writes it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExceptionalSpec {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    pub when: Vec<ConditionSpec>,
    #[serde(default = "two")]
    pub max_grades: u32,
    #[serde(default)]
    pub waive: Vec<Waiver>,
}

fn two() -> u32 {
    2
}

/// A validated exceptional-promotion rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exceptional {
    /// The rule's name, as the record prints it (破格晋升 for a national craftsman...).
    pub name: String,
    /// Every condition must hold.
    pub when: Vec<Condition>,
    /// How many grades up a worker may go in this cycle.
    pub max_grades: u32,
    /// The prerequisites the rule waives; the grade's minimum total is never waived.
    pub waive: Vec<Waiver>,
}

impl Exceptional {
    /// True when the rule waives `waiver`.
    pub(crate) fn waives(&self, waiver: Waiver) -> bool {
        self.waive.contains(&waiver)
    }
}
