//! `Overtime`: multipliers, standard hours and the base overtime pay is computed on.
//!
//! 劳动法 Art 44: at least 150% on working days, 200% on rest days without time off
//! in lieu, 300% on statutory holidays. 劳社部发〔2008〕3号: hourly pay is monthly
//! pay / 21.75 days / 8 hours = monthly / 174.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::exact;

/// The `[overtime]` table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Overtime {
    /// The multiplier on working days: 1.5 (劳动法 Art 44: at least 150%).
    #[serde(default = "weekday", deserialize_with = "exact::decimal")]
    #[schemars(with = "crate::schema::ExactNumber")]
    pub weekday: Decimal,
    /// The multiplier on rest days without time off in lieu: 2 (at least 200%).
    #[serde(default = "restday", deserialize_with = "exact::decimal")]
    #[schemars(with = "crate::schema::ExactNumber")]
    pub restday: Decimal,
    /// The multiplier on statutory holidays: 3 (at least 300%).
    #[serde(default = "holiday", deserialize_with = "exact::decimal")]
    #[schemars(with = "crate::schema::ExactNumber")]
    pub holiday: Decimal,
    /// Hours in a month's standard work time: 21.75 days x 8 = 174.
    #[serde(default = "standard_hours", deserialize_with = "exact::decimal")]
    #[schemars(with = "crate::schema::ExactNumber")]
    pub standard_hours: Decimal,
    /// The components whose sum is the overtime base (`grade_pay` and allowance ids).
    #[serde(default = "base")]
    pub base: Vec<String>,
    /// Where overtime pay is rounded: the hourly rate first (`hourly-rate`,
    /// the default) or only the amount (`amount`). No statute fixes it; both
    /// are practised, and the contract states which.
    #[serde(default)]
    pub rounding: OvertimeRounding,
}

/// `[overtime] rounding`.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum OvertimeRounding {
    /// hourly = round(base / hours); overtime = round(hourly x hours x multiplier).
    #[default]
    HourlyRate,
    /// overtime = round(base x hours x multiplier / standard hours): one rounding.
    Amount,
}

fn weekday() -> Decimal {
    Decimal::new(15, 1)
}
fn restday() -> Decimal {
    Decimal::TWO
}
fn holiday() -> Decimal {
    Decimal::new(3, 0)
}
fn standard_hours() -> Decimal {
    Decimal::new(174, 0)
}
fn base() -> Vec<String> {
    vec![crate::GRADE_PAY.to_string()]
}

impl Default for Overtime {
    fn default() -> Self {
        Overtime {
            weekday: weekday(),
            restday: restday(),
            holiday: holiday(),
            standard_hours: standard_hours(),
            base: base(),
            rounding: OvertimeRounding::default(),
        }
    }
}

impl Overtime {
    /// The statutory minimum multipliers (劳动法 Art 44), for checks.
    pub fn legal_minimum() -> [Decimal; 3] {
        [weekday(), restday(), holiday()]
    }

    /// The multipliers in order: working day, rest day, statutory holiday.
    pub fn multipliers(&self) -> [Decimal; 3] {
        [self.weekday, self.restday, self.holiday]
    }
}
