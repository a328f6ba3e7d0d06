//! `GradeRule`: what it takes to be assessed into one grade of the ladder: the
//! minimum total score and the prerequisites (certificate, years in the grade
//! below, a clean disciplinary record, and any roster column's condition).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Deserialize;
use toml::Spanned;

use crate::assess::condition::ConditionSpec;
use crate::assess::{Condition, Score};

/// A `[[grade]]` as the rules file writes it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct GradeRuleSpec {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[schemars(with = "Option<crate::schema::ExactNumber>")]
    pub min_score: Option<Spanned<Score>>,
    #[schemars(with = "Option<String>")]
    pub min_certificate: Option<Spanned<String>>,
    #[schemars(with = "Option<crate::schema::ExactNumber>")]
    pub min_years: Option<Spanned<Score>>,
    #[serde(default)]
    pub no_discipline: bool,
    #[serde(default)]
    pub require: Vec<ConditionSpec>,
}

/// A whole number of months, written as years (`2`, `"1.5"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    /// The time as written, in years.
    pub years: Decimal,
    /// The same time in whole months, the unit it is counted in.
    pub months: u32,
}

impl Years {
    pub(crate) fn new(years: Decimal) -> Result<Years, String> {
        let error = || {
            Err(format!(
                "min_years {years} is not a whole number of months between 0 and 60 years"
            ))
        };
        // Bounded first, so the product below cannot overflow.
        if years.is_sign_negative() || years > Decimal::from(60) {
            return error();
        }
        let months = years * Decimal::from(12);
        if !months.fract().is_zero() {
            return error();
        }
        let months = months.to_u32().unwrap_or(0);
        Ok(Years {
            years: years.normalize(),
            months,
        })
    }
}

/// One grade of the ladder with what promotion into it requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeRule {
    /// The grade's name, as in the pay schedule.
    pub name: String,
    /// Other names the roster may use for it.
    pub aliases: Vec<String>,
    /// The minimum weighted total; `None` when this assessment does not promote
    /// into the grade (the lowest grade, or grades appointed another way).
    pub min_score: Option<Score>,
    /// Index into the certificate levels.
    pub min_certificate: Option<usize>,
    /// Time since the current-grade date (`[time_in_grade]`).
    pub min_years: Option<Years>,
    /// Whether a disciplinary record in the period bars promotion into it.
    pub no_discipline: bool,
    /// Further conditions on roster columns, all of which must hold.
    pub require: Vec<Condition>,
}

impl GradeRule {
    /// Whether a roster value names this grade.
    pub fn is_called(&self, value: &str) -> bool {
        self.name == value || self.aliases.iter().any(|a| a == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn years_are_whole_months() {
        assert_eq!(Years::new(dec!(2)).unwrap().months, 24);
        assert_eq!(Years::new(dec!(1.5)).unwrap().months, 18);
        assert_eq!(Years::new(dec!(0)).unwrap().months, 0);
        assert!(Years::new(dec!(1.05)).is_err());
        assert!(Years::new(dec!(-1)).is_err());
        assert!(Years::new(dec!(61)).is_err());
        assert!(Years::new(Decimal::MAX).is_err());
    }
}
