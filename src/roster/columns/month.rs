//! A row read against its pay month: dates before 1900, a hire or award date
//! after the month, and overtime beyond the hours the month holds.
//!
//! The legal cap (36 hours a month, 劳动法 Art 41) is a finding of `check`, not
//! an error here: what is refused is only what no month can hold.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::Cells;
use crate::roster::{Field, Slot, Worker};
use crate::schedule::{RuleKind, Schedule};
use crate::Period;

/// The earliest date a roster may give: no worker now employed was hired, and
/// no award won, before 1900.
pub(super) const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The latest date a roster read for `period` may give: a year after the
/// month, or the schedule's expiry if later.
pub(super) fn latest(period: Period, schedule: &Schedule) -> NaiveDate {
    year_on(period).max(schedule.meta.expires)
}

/// A year after the period's last day.
pub(super) fn year_on(period: Period) -> NaiveDate {
    period
        .last_day()
        .checked_add_months(chrono::Months::new(12))
        .unwrap_or(NaiveDate::MAX)
}

/// Hours in a month of `days` days.
fn hours_in(days: u32) -> Decimal {
    Decimal::from(days * 24)
}

/// The days of a period's month (31 without a period: the longest month).
pub(super) fn days_in(period: Option<Period>) -> u32 {
    period.map_or(31, |p| p.last_day().day())
}

impl Cells<'_> {
    /// Checks a parsed row against its month. Costs two comparisons for the
    /// common row; messages are formatted only for a row refused.
    pub(super) fn month(&mut self, worker: &Worker, schedule: &Schedule) {
        let period = self.columns.period;
        let [weekday, restday, holiday] = worker.overtime_hours;
        let days = self.columns.month_days;
        if !worker.overtime_at_most(days * 24) {
            let total = weekday + restday + holiday;
            let hours = hours_in(days);
            if total > hours {
                let col = [
                    Field::OvertimeWeekday,
                    Field::OvertimeRestday,
                    Field::OvertimeHoliday,
                ]
                .into_iter()
                .find_map(|f| self.columns.fields[f.index()]);
                let month = period.map_or_else(|| crate::t!("input-a-month"), |p| p.to_string());
                self.fail(
                    col,
                    crate::t!(
                        "input-overtime-month",
                        weekday = weekday,
                        restday = restday,
                        holiday = holiday,
                        total = total,
                        period = month,
                        days = days,
                        hours = hours
                    ),
                    crate::i18n::hint(crate::t!("input-overtime-month-hint")),
                );
            }
        }
        let (Some(period), Some(year_on)) = (period, self.columns.year_on) else {
            return;
        };
        // A roster serves more months than one: the schedule's term, and
        // arrears read one roster month by month under the schedule before
        // (past its own term). So a later date is accepted: a worker hired
        // later is paid nothing this month (the command says so), an award is
        // paid from its month. A date more than a year after the month and
        // after the term is no roster's: 9999-01-01, a mistyped year.
        let end = year_on.max(schedule.meta.expires);
        if let Some(hire) = worker.hire_date.filter(|d| *d > end) {
            let col = self.columns.fields[Field::HireDate.index()];
            self.after_period(col, hire, period, schedule, "input-hire-after-period-hint");
        }
        if !self.columns.awards {
            return;
        }
        for ((rule, columns), slot) in schedule
            .allowances
            .iter()
            .zip(&self.columns.rule_columns)
            .zip(&worker.slots)
        {
            let Slot::KeyDate(_, date) = slot else {
                continue;
            };
            if *date <= end {
                continue;
            }
            // The date column: the second an award reads, the first of a one-off.
            let col = match rule.kind {
                RuleKind::MonthlyAward { .. } => columns.get(1),
                _ => columns.first(),
            };
            self.after_period(
                col.copied(),
                *date,
                period,
                schedule,
                "input-award-after-period-hint",
            );
        }
    }

    fn after_period(
        &mut self,
        col: Option<usize>,
        date: NaiveDate,
        period: Period,
        schedule: &Schedule,
        hint: &str,
    ) {
        let field = col.map_or("", |c| self.columns.headers[c].as_str());
        self.fail(
            col,
            crate::t!(
                "input-date-after-period",
                field = field,
                text = date.to_string(),
                period = period.to_string(),
                latest = latest(period, schedule).to_string()
            ),
            crate::i18n::hint(crate::t!(hint)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_holds_its_days_of_hours() {
        assert_eq!(days_in(None), 31);
        assert_eq!(days_in(Period::new(2026, 2)), 28);
        assert_eq!(days_in(Period::new(2024, 2)), 29);
        assert_eq!(hours_in(30), Decimal::from(720));
        assert_eq!(EARLIEST.year(), 1900);
    }

    #[test]
    fn a_roster_may_give_dates_up_to_a_year_on_or_the_term() {
        let text = "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"e\"\nunion = \"u\"\nregion = \"330100\"\neffective = 2026-01-01\nexpires = 2028-12-31\n[[grade]]\nname = \"a\"\npay = [\"3000\"]\n";
        let schedule = Schedule::parse("s.toml", text).unwrap();
        let jan = Period::new(2026, 1).unwrap();
        assert_eq!(latest(jan, &schedule).to_string(), "2028-12-31");
        let later = Period::new(2029, 2).unwrap();
        assert_eq!(latest(later, &schedule).to_string(), "2030-02-28");
    }
}
