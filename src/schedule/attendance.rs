//! `Attendance`: how a month that was not worked in full is paid (the
//! `[attendance]` table): the paid days a month counts, how a joiner's or a
//! leaver's days are counted, and the pay of probation and of each kind of leave.
//!
//! 劳社部发〔2008〕3号: a month has 21.75 paid days (365 days less 104 rest days,
//! over 12; the 11 statutory holidays are paid), so daily pay = monthly / 21.75.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{exact, Rate};

/// How the paid days of a month begun or ended inside it are counted.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Counting {
    /// Monday to Friday from the first to the last day employed, both counted;
    /// a statutory holiday on a weekday is counted (21.75 includes them), a
    /// make-up working day on a weekend (调休) is not. The default.
    #[default]
    Weekdays,
    /// Calendar days employed x 21.75 / the days of the month (pro rata to the
    /// calendar, as some enterprises pay).
    Calendar,
}

impl Counting {
    /// The counting's name as the file writes it: `weekdays` or `calendar`.
    pub fn name(self) -> &'static str {
        match self {
            Counting::Weekdays => "weekdays",
            Counting::Calendar => "calendar",
        }
    }
}

/// The `[attendance]` table; every key has a default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Paid days in a month: 21.75 (劳社部发〔2008〕3号).
    #[serde(default = "paid_days", deserialize_with = "exact::decimal")]
    #[schemars(with = "crate::schema::ExactNumber")]
    pub paid_days: Decimal,
    /// How the paid days of a month not worked in full are counted.
    #[serde(default)]
    pub counting: Counting,
    /// Grade pay in a month wholly inside probation, as a share of the contract's
    /// grade pay (劳动合同法 Art 20: at least 80%).
    #[serde(default = "full")]
    pub probation_rate: Rate,
    /// A day of sick leave (病假) is paid at this share of the daily rate
    /// (劳部发〔1995〕309号 Art 59: not below 80% of the minimum wage).
    #[serde(default = "full")]
    pub sick_rate: Rate,
    /// A day of maternity leave (产假) is paid at this share of the daily rate:
    /// 100% where the employer pays the wage, 0% where the maternity fund pays
    /// the allowance (生育津贴) instead.
    #[serde(default = "full")]
    pub maternity_rate: Rate,
}

fn paid_days() -> Decimal {
    Decimal::new(2175, 2)
}

fn full() -> Rate {
    Rate::from_percent(Decimal::ONE_HUNDRED)
}

impl Default for Attendance {
    fn default() -> Self {
        Attendance {
            paid_days: paid_days(),
            counting: Counting::default(),
            probation_rate: full(),
            sick_rate: full(),
            maternity_rate: full(),
        }
    }
}

impl Attendance {
    /// The statutory paid days of a month.
    pub fn statutory_paid_days() -> Decimal {
        paid_days()
    }

    /// What serde cannot check: days above zero and at most 31, rates from 0 to 100%.
    pub fn validate(&self) -> Result<(), String> {
        if self.paid_days <= Decimal::ZERO || self.paid_days > Decimal::from(31) {
            return Err(crate::t!("pay-attendance-paid-days", days = self.paid_days));
        }
        for (key, rate) in [
            ("probation_rate", self.probation_rate),
            ("sick_rate", self.sick_rate),
            ("maternity_rate", self.maternity_rate),
        ] {
            if rate.fraction().is_sign_negative() || rate.fraction() > Decimal::ONE {
                return Err(crate::t!("pay-attendance-rate", key = key, rate = rate));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_bounds() {
        let a: Attendance = toml::from_str("").unwrap();
        assert_eq!(a, Attendance::default());
        assert_eq!(a.paid_days.to_string(), "21.75");
        assert!(a.validate().is_ok());
        let a: Attendance =
            toml::from_str("counting = \"calendar\"\nprobation_rate = \"80%\"").unwrap();
        assert_eq!(a.counting, Counting::Calendar);
        assert_eq!(a.probation_rate.to_string(), "80%");
        let bad: Attendance = toml::from_str("sick_rate = \"120%\"").unwrap();
        assert!(bad.validate().unwrap_err().contains("sick_rate"));
        let bad: Attendance = toml::from_str("paid_days = \"0\"").unwrap();
        assert!(bad.validate().is_err());
        assert!(toml::from_str::<Attendance>("paid_days = 21.75").is_err());
    }
}
