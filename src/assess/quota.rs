//! `Quota`: at most N% of the workforce, or N people, at or above a grade
//! (e.g. 技师及以上不超过 15%). A quota limits promotions into the grades it covers;
//! it never moves anyone already there down.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::Rate;

/// Over whom a quota counts.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum QuotaScope {
    /// The whole roster.
    #[default]
    Roster,
    /// Each enterprise of the roster on its own.
    Enterprise,
}

/// A `[[quota]]` as the rules file writes it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuotaSpec {
    pub name: Option<String>,
    #[schemars(with = "String")]
    pub at_or_above: Spanned<String>,
    pub max_percent: Option<Rate>,
    pub max_count: Option<u32>,
    #[serde(default)]
    pub per: QuotaScope,
}

/// How many may be at or above the grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// A share of the headcount, rounded down ("at most").
    Percent(Rate),
    /// A number of workers.
    Count(u32),
}

/// A validated quota.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quota {
    /// The quota's name, as the record prints it.
    pub name: String,
    /// The lowest grade the quota covers (index in the ladder).
    pub grade: usize,
    /// How many may be at or above the grade.
    pub limit: Limit,
    /// Whether it counts per enterprise or over the whole roster.
    pub per: QuotaScope,
}

impl Quota {
    pub(crate) fn limit_of(spec: &QuotaSpec) -> Result<Limit, String> {
        match (spec.max_percent, spec.max_count) {
            (Some(p), None) => {
                if p.fraction() < Decimal::ZERO || p.fraction() > Decimal::ONE {
                    Err(crate::t!("rules-quota-percent", percent = p))
                } else {
                    Ok(Limit::Percent(p))
                }
            }
            (None, Some(n)) => Ok(Limit::Count(n)),
            _ => Err(crate::t!("rules-quota-one-of")),
        }
    }

    /// How many workers of a group of `headcount` may be at or above the grade.
    /// A percentage is rounded down: "at most 10%" of 25 is 2.
    pub fn places(&self, headcount: usize) -> usize {
        match self.limit {
            Limit::Count(n) => n as usize,
            Limit::Percent(p) => (Decimal::from(headcount) * p.fraction())
                .floor()
                .to_usize()
                .unwrap_or(0),
        }
    }

    /// The limit in `lang`: `10%`, `5 people` or `5 人`.
    pub fn limit_words(&self, lang: crate::assess::Lang) -> String {
        match self.limit {
            Limit::Percent(p) => p.to_string(),
            Limit::Count(n) => crate::t!(in lang.ui(); "assess-limit-count", count = n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quota(limit: Limit) -> Quota {
        Quota {
            name: "q".into(),
            grade: 4,
            limit,
            per: QuotaScope::Roster,
        }
    }

    #[test]
    fn percentages_round_down() {
        let q = quota(Limit::Percent(Rate::parse("10%").unwrap()));
        assert_eq!(q.places(25), 2);
        assert_eq!(q.places(30), 3);
        assert_eq!(q.places(9), 0);
        let q = quota(Limit::Percent(Rate::parse("12.5%").unwrap()));
        assert_eq!(q.places(8), 1);
        assert_eq!(quota(Limit::Count(3)).places(1000), 3);
    }
}
