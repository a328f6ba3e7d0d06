//! Working days and public holidays, as data: the State Council's yearly holiday
//! arrangements (with the weekend days worked in their place, 调休) read from
//! TOML, the shipped years built in (`data/calendar/cn-holidays.toml`) and later
//! years added from the user's files. Pure: the command layer reads the files.

mod holiday_year;
mod period;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate, Weekday};

pub use holiday_year::{Holiday, HolidayYear};
pub use period::Counted;

use crate::toml_input::{self, TomlError};
use crate::Location;

/// The shipped calendar file.
pub const BUILTIN_FILE: &str = "builtin:calendar/cn-holidays.toml";
const BUILTIN: &str = include_str!("../../data/calendar/cn-holidays.toml");

/// Which days are working days, for the years the calendar holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<i32, HolidayYear>,
}

/// A day as the calendar knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    /// Monday to Friday outside a holiday, or a weekend day worked (调休).
    Working,
    /// A weekend day, or a day of a public holiday.
    Rest,
}

impl Calendar {
    /// The shipped years. The data is checked by a unit test; were it ever
    /// unreadable, the calendar would hold no year and every date would be
    /// reported as outside it, never silently counted.
    pub fn builtin() -> &'static Calendar {
        static BUILT: OnceLock<Calendar> = OnceLock::new();
        BUILT.get_or_init(|| Calendar::parse(BUILTIN_FILE, BUILTIN).unwrap_or_default())
    }

    /// Reads a calendar file: `[[year]]` tables as `data/calendar/cn-holidays.toml`.
    pub fn parse(file: &str, text: &str) -> Result<Calendar, TomlError> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Spec {
            #[serde(default)]
            year: Vec<toml::Spanned<HolidayYear>>,
        }
        let file: Arc<str> = Arc::from(file);
        let spec: Spec = toml_input::parse(&file, text)?;
        let mut calendar = Calendar::default();
        for spanned in spec.year {
            let at = Location::of_offset(&file, text, spanned.span().start);
            let year = spanned.into_inner();
            year.validate().map_err(|m| TomlError::new(at.clone(), m))?;
            if calendar.years.contains_key(&year.year) {
                return Err(TomlError::new(
                    at,
                    crate::t!("calendar-year-twice", year = year.year.to_string()),
                ));
            }
            calendar.years.insert(year.year, year);
        }
        Ok(calendar)
    }

    /// Adds `other`'s years; a year both hold is taken from `other` (a user's
    /// file corrects or completes the shipped one).
    pub fn extend(&mut self, other: Calendar) {
        self.years.extend(other.years);
    }

    /// The arrangement of `year`, if the calendar holds it.
    pub fn year(&self, year: i32) -> Option<&HolidayYear> {
        self.years.get(&year)
    }

    /// The years held, oldest first.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.keys().copied()
    }

    /// Whether a day is a working day, and whether the calendar knew: outside
    /// its years only weekends are rest days, and the answer is a guess.
    pub fn day(&self, date: NaiveDate) -> (DayKind, bool) {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        match self.years.get(&date.year()) {
            Some(y) if y.is_holiday(date) => (DayKind::Rest, true),
            Some(y) if y.is_workday(date) => (DayKind::Working, true),
            Some(_) if weekend => (DayKind::Rest, true),
            Some(_) => (DayKind::Working, true),
            None if weekend => (DayKind::Rest, false),
            None => (DayKind::Working, false),
        }
    }
}

#[cfg(test)]
mod tests;
