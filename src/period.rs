//! `Period`: the pay month a computation is for (`2026-01`).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

/// A calendar month of pay. Schedules pay monthly, so a period is a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    year: i32,
    month: u32,
}

impl Period {
    /// The pay period of `month` (1-12) in `year`; `None` for a month that does not exist.
    pub fn new(year: i32, month: u32) -> Option<Period> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|_| Period { year, month })
    }

    /// The month that contains `date`.
    pub fn of(date: NaiveDate) -> Period {
        Period {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The first day of the month: the date "at period start" rules count from.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the month: the date "at period end" rules count to.
    pub fn last_day(self) -> NaiveDate {
        let next = if self.month == 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, self.month + 1, 1)
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// The month after this one.
    pub fn next(self) -> Option<Period> {
        if self.month == 12 {
            Period::new(self.year.checked_add(1)?, 1)
        } else {
            Period::new(self.year, self.month + 1)
        }
    }

    /// Whole months from the month of `date` to this period (0 in the same month,
    /// negative before it).
    pub fn months_since(self, date: NaiveDate) -> i64 {
        let here = i64::from(self.year) * 12 + i64::from(self.month);
        let there = i64::from(date.year()) * 12 + i64::from(date.month());
        here - there
    }

    /// Complete years from `date` to the last day of this period: the service a
    /// seniority rule counts. A date after the period counts 0.
    pub fn full_years_since(self, date: NaiveDate) -> u32 {
        Period::full_years_to(date, self.last_day())
    }

    /// Complete years from `date` to `end` (0 when `date` is after it):
    /// [`Period::full_years_since`] for a caller that has the period's last day
    /// at hand, as the pay engine does for every worker.
    pub fn full_years_to(date: NaiveDate, end: NaiveDate) -> u32 {
        if date > end {
            return 0;
        }
        let mut years = end.year() - date.year();
        if (end.month(), end.day()) < (date.month(), date.day()) {
            years -= 1;
        }
        u32::try_from(years).unwrap_or(0)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Why a text is not a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodParseError(String);

impl fmt::Display for PeriodParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("cli-not-a-period", text = &self.0))
    }
}

impl std::error::Error for PeriodParseError {}

impl FromStr for Period {
    type Err = PeriodParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || PeriodParseError(s.to_string());
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if y.len() != 4 {
            return Err(bad());
        }
        Period::new(year, month).ok_or_else(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_bounds_months() {
        let p: Period = "2024-02".parse().unwrap();
        assert_eq!(p.last_day(), d("2024-02-29"));
        assert_eq!(
            "2026-12".parse::<Period>().unwrap().last_day(),
            d("2026-12-31")
        );
        assert!("2026-13".parse::<Period>().is_err());
        assert!("26-01".parse::<Period>().is_err());
        assert!("202601".parse::<Period>().is_err());
    }

    #[test]
    fn counts_full_years_at_period_end() {
        let p: Period = "2026-01".parse().unwrap();
        assert_eq!(p.full_years_since(d("2016-01-31")), 10);
        assert_eq!(p.full_years_since(d("2016-02-01")), 9);
        assert_eq!(p.full_years_since(d("2026-01-15")), 0);
        assert_eq!(p.full_years_since(d("2027-01-01")), 0);
    }

    #[test]
    fn counts_months() {
        let p: Period = "2026-01".parse().unwrap();
        assert_eq!(p.months_since(d("2025-12-31")), 1);
        assert_eq!(p.months_since(d("2026-01-01")), 0);
        assert_eq!(p.months_since(d("2023-01-20")), 36);
    }
}
