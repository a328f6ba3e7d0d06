//! Counting a period on the calendar: working days (a rule "within N working
//! days"), and calendar days moved past a rest day (民法典 Art 201: the first day
//! is not counted; Art 203: a period that ends on a statutory holiday or rest day
//! ends on the next working day).

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};

use super::{Calendar, DayKind};

/// The last day of a period, and the years it crossed that the calendar does
/// not hold (where only weekends were skipped, so the date may be early).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// The last day of the period, after any move to the next working day (民法典 Art 203).
    pub date: NaiveDate,
    /// For a calendar-day period: the day it would end on before Art 203 moved it.
    pub unmoved: NaiveDate,
    /// The years the period crossed that the calendar holds no notice for.
    pub unknown_years: Vec<i32>,
}

impl Counted {
    /// Whether every day counted was in the calendar.
    pub fn is_certain(&self) -> bool {
        self.unknown_years.is_empty()
    }

    /// Whether Art 203 moved the end past rest days.
    pub fn moved(&self) -> bool {
        self.date != self.unmoved
    }
}

impl Calendar {
    /// The `n`th working day after `from` (`from` itself not counted); `None`
    /// only past the end of chrono's dates.
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> Option<Counted> {
        let mut unknown = BTreeSet::new();
        let mut day = from;
        let mut left = n;
        while left > 0 {
            day = day.succ_opt()?;
            let (kind, known) = self.day(day);
            if !known {
                unknown.insert(day.year());
            }
            if kind == DayKind::Working {
                left -= 1;
            }
        }
        Some(Counted {
            date: day,
            unmoved: day,
            unknown_years: unknown.into_iter().collect(),
        })
    }

    /// The end of a period of `n` calendar days from `from` (`from` not
    /// counted), moved to the next working day when it ends on a rest day.
    pub fn add_days(&self, from: NaiveDate, n: u64) -> Option<Counted> {
        let unmoved = from.checked_add_days(Days::new(n))?;
        let mut unknown = BTreeSet::new();
        let mut day = unmoved;
        loop {
            let (kind, known) = self.day(day);
            if !known {
                unknown.insert(day.year());
            }
            if kind == DayKind::Working {
                break;
            }
            day = day.succ_opt()?;
        }
        Some(Counted {
            date: day,
            unmoved,
            unknown_years: unknown.into_iter().collect(),
        })
    }
}
