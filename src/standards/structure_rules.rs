//! `StructureRules`: what negotiation instructors look for in a pay structure
//! (domain.md section 3): pay rising with grade and step, the gap between adjacent
//! grades, the top-to-bottom ratio and the share of pay that is skill-linked.

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::{exact, Rate};

/// `[structure]`: each rule is checked only when given.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StructureRules {
    /// Where the rules come from (an industry norm, a federation's guidance).
    pub source: String,
    /// Pay must not fall from one step or grade to the next.
    #[serde(default = "yes")]
    pub monotone: bool,
    /// Each grade's step-1 pay at least this much above the grade below's.
    #[serde(default)]
    pub min_grade_gap: Option<Rate>,
    /// The top grade's top step at most this multiple of the bottom grade's step 1.
    #[serde(default, deserialize_with = "optional_decimal")]
    #[schemars(with = "Option<crate::schema::ExactNumber>")]
    pub max_top_bottom_ratio: Option<Decimal>,
    /// Skill-linked pay (the six categories of allowances) at least this share of
    /// gross pay over the roster.
    #[serde(default)]
    pub min_skill_share: Option<Rate>,
}

fn yes() -> bool {
    true
}

fn optional_decimal<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    exact::decimal(d).map(Some)
}

impl StructureRules {
    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.max_top_bottom_ratio.is_some_and(|r| r < Decimal::ONE) {
            return Err(crate::t!("standards-structure-ratio"));
        }
        Ok(())
    }
}
