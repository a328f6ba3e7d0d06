//! `HolidayYear`: one year's public holidays and make-up working days (调休), as
//! the State Council's notice for that year sets them.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;

use crate::exact::date;

/// One `[[year]]` of a calendar file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayYear {
    /// The calendar year the notice covers.
    pub year: i32,
    /// The notice, its number and date.
    pub source: String,
    /// Saturdays and Sundays worked in exchange for holiday days.
    #[serde(default)]
    pub workdays: Vec<Day>,
    /// The statutory holidays (法定节假日) of the year, as the State Council notice lists them.
    #[serde(default, rename = "holiday")]
    pub holidays: Vec<Holiday>,
}

/// A date in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(transparent)]
pub struct Day(#[serde(with = "date")] pub NaiveDate);

/// `[[year.holiday]]`: a holiday, first and last day (weekends joined to it included).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    /// The holiday's name as the notice writes it: 春节, 国庆节.
    pub name: String,
    /// The first day off, inclusive.
    #[serde(with = "date")]
    pub from: NaiveDate,
    /// The last day off, inclusive.
    #[serde(with = "date")]
    pub to: NaiveDate,
}

impl HolidayYear {
    pub(crate) fn validate(&self) -> Result<(), String> {
        let y = self.year;
        if self.source.trim().is_empty() {
            return Err(crate::t!("calendar-no-source", year = y.to_string()));
        }
        let mut rest = BTreeSet::new();
        for h in &self.holidays {
            if h.from > h.to {
                return Err(crate::t!(
                    "calendar-holiday-backwards",
                    name = &h.name,
                    to = h.to.to_string(),
                    from = h.from.to_string()
                ));
            }
            if h.from.year() != y || h.to.year() != y {
                return Err(crate::t!(
                    "calendar-holiday-other-year",
                    name = &h.name,
                    from = h.from.to_string(),
                    to = h.to.to_string(),
                    year = y.to_string()
                ));
            }
            rest.extend(h.from.iter_days().take_while(|d| *d <= h.to));
        }
        for Day(d) in &self.workdays {
            if d.year() != y {
                return Err(crate::t!(
                    "calendar-workday-other-year",
                    day = d.to_string(),
                    year = y.to_string()
                ));
            }
            if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                return Err(crate::t!(
                    "calendar-workday-weekday",
                    day = d.to_string(),
                    weekday = d.weekday().num_days_from_monday()
                ));
            }
            if rest.contains(d) {
                return Err(crate::t!("calendar-workday-holiday", day = d.to_string()));
            }
        }
        Ok(())
    }

    /// True when `d` falls within one of the year's holidays.
    pub(crate) fn is_holiday(&self, d: NaiveDate) -> bool {
        self.holidays.iter().any(|h| h.from <= d && d <= h.to)
    }

    /// True when `d` is a weekend day the notice makes a working day (调休上班).
    pub(crate) fn is_workday(&self, d: NaiveDate) -> bool {
        self.workdays.iter().any(|w| w.0 == d)
    }

    /// The holiday a day belongs to, if any.
    pub fn holiday_of(&self, d: NaiveDate) -> Option<&Holiday> {
        self.holidays.iter().find(|h| h.from <= d && d <= h.to)
    }
}
