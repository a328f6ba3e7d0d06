//! `IndustryFloor`: minimum pay per grade set by an industry-level agreement
//! (行业性工资专项集体合同, 浙江省集体合同条例 Art 27); enterprise contracts in the
//! industry may not go below it.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::exact::{date, Table};
use crate::Money;

/// `[[industry_floor]]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndustryFloor {
    /// The industry, as a schedule's `[schedule] industry` names it.
    pub industry: String,
    /// Other names a schedule may use for the industry.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The first day the floor applies.
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub effective: NaiveDate,
    /// The last day the floor applies (inclusive); left out when the floor has no end.
    #[serde(default, deserialize_with = "optional_date::deserialize")]
    #[schemars(with = "Option<crate::schema::Date>")]
    pub expires: Option<NaiveDate>,
    /// The agreement (行业性工资专项集体合同) it comes from, with its date.
    pub source: String,
    /// The short citation findings give as their basis.
    pub basis: String,
    /// Minimum monthly grade pay by grade name: `{ "学徒工" = "2600", ... }`.
    pub floors: Table,
}

impl IndustryFloor {
    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.floors.0.is_empty() {
            return Err(crate::t!(
                "standards-floor-no-grades",
                industry = &self.industry
            ));
        }
        if self.floors.0.iter().any(|(_, v)| v.is_sign_negative()) {
            return Err(crate::t!(
                "standards-floor-negative",
                industry = &self.industry
            ));
        }
        if self.expires.is_some_and(|e| e < self.effective) {
            return Err(crate::t!(
                "standards-floor-expires",
                industry = &self.industry
            ));
        }
        Ok(())
    }

    /// Whether the floor binds a schedule of this industry.
    pub fn covers(&self, industry: &str) -> bool {
        self.industry == industry || self.aliases.iter().any(|a| a == industry)
    }

    /// Whether it is in force on a date.
    pub fn in_force(&self, on: NaiveDate) -> bool {
        self.effective <= on && self.expires.is_none_or(|e| on <= e)
    }

    /// The floor for a grade name.
    pub fn floor(&self, grade: &str) -> Option<Money> {
        self.floors.get(grade).map(Money::new)
    }
}

/// An optional date: a TOML date or a `YYYY-MM-DD` string.
mod optional_date {
    use chrono::NaiveDate;
    use serde::Deserializer;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        crate::exact::date::deserialize(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_force_between_its_dates() {
        let f: IndustryFloor = toml::from_str(
            "industry = \"泵与电机\"\naliases = [\"泵业\"]\neffective = 2025-01-01\nexpires = 2025-12-31\nsource = \"x\"\nbasis = \"y\"\nfloors = { \"学徒工\" = \"2600\" }",
        )
        .unwrap();
        f.validate().unwrap();
        assert!(f.in_force("2025-06-01".parse().unwrap()));
        assert!(!f.in_force("2026-01-01".parse().unwrap()));
        assert!(f.covers("泵业"));
        assert_eq!(f.floor("学徒工"), Some(Money::from(2600)));
    }
}
