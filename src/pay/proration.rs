//! `Part`: the part of a month a worker is paid for, when it is not the whole
//! month at full pay: a joiner or a leaver (paid days / 21.75, 劳社部发〔2008〕3号),
//! leave by kind, and probation.
//!
//! Paid days are counted so (the README's "Attendance" section says the same):
//! - employed the whole month: the month is `paid_days` (21.75) paid days;
//! - hired or leaving inside the month: from the later of the hire date and the
//!   1st to the earlier of the leave date and the month's last day, both days
//!   counted, by the schedule's `counting`: `weekdays` (Monday to Friday; a
//!   statutory holiday on a weekday counts, as 21.75 includes the holidays; a
//!   weekend make-up day does not) or `calendar` (calendar days x 21.75 / the
//!   month's days); a filled `days_worked` (出勤天数) cell replaces that count;
//! - then leave: 事假 and 旷工 days are unpaid, 病假 days pay the sick rate,
//!   产假 days the maternity rate;
//! - the result lies between 0 and 21.75 days, so a part never exceeds the month.
//!
//! Each prorated amount is `amount x paid days / 21.75`, rounded once.

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

use crate::roster::{Leave, Worker};
use crate::schedule::{Attendance, Counting};
use crate::{t, Money, Period, Rounding};

/// The part of a month paid: `numerator / denominator` paid days of the
/// schedule's `paid_days`, and whether the month is wholly in probation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// The first and last day employed in the month (`None` if not employed in it).
    pub employed: Option<(NaiveDate, NaiveDate)>,
    /// The employed days counted before leave, and how.
    pub counted: Decimal,
    /// How the employed days were counted.
    pub how: How,
    /// The paid days after leave: `numerator / denominator`.
    pub numerator: Decimal,
    /// The bottom of the paid fraction: 1, or the days of the month when calendar days are counted.
    pub denominator: Decimal,
    /// The month's paid days (21.75).
    pub paid_days: Decimal,
    /// Grade pay is paid at the probation rate.
    pub probation: bool,
}

/// How the employed days were counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// Employed the whole month: paid in full.
    WholeMonth,
    /// Weekdays employed (statutory holidays on weekdays included, 调休 Saturdays not), the `weekdays` counting.
    Weekdays,
    /// Calendar days employed, of the month's days.
    Calendar {
        /// Calendar days employed.
        days: u32,
        /// The days of the month.
        of: u32,
    },
    /// The roster's days_worked.
    Roster,
}

/// Whether a worker is employed in a month: hired on or before its last day and
/// not gone before its first. Only they share the month's pool, in `compute` and
/// in `arrears` alike.
pub fn employed_in(w: &Worker, period: Period) -> bool {
    w.hire_date.is_none_or(|h| h <= period.last_day())
        && w.leave_date.is_none_or(|l| l >= period.first_day())
}

impl Part {
    /// The part of `period` paid to `w`; `None` when the whole month is paid in
    /// full, the common case (one comparison for most workers).
    pub fn of(att: &Attendance, period: Period, w: &Worker) -> Option<Part> {
        Part::within(att, (period.first_day(), period.last_day()), w)
    }

    /// [`Part::of`] the month from `first` to `last` (its first and last day):
    /// the pay engine works them out once for every worker.
    pub fn within(
        att: &Attendance,
        (first, last): (NaiveDate, NaiveDate),
        w: &Worker,
    ) -> Option<Part> {
        let joins = w.hire_date.is_some_and(|h| h > first);
        let leaves = w.leave_date.is_some_and(|l| l < last);
        let on_leave = w.leave_days.iter().any(|d| !d.is_zero());
        let probation = w.probation_end.is_some_and(|p| p >= last);
        if !(joins || leaves || on_leave || probation) {
            return None;
        }
        let from = w.hire_date.map_or(first, |h| h.max(first));
        let to = w.leave_date.map_or(last, |l| l.min(last));
        let employed = (from <= to).then_some((from, to));
        let whole = from == first && to == last;
        let (counted, how, denominator) = match employed {
            None => (Decimal::ZERO, How::Roster, Decimal::ONE),
            Some(_) if whole => (att.paid_days, How::WholeMonth, Decimal::ONE),
            Some(_) if w.days_worked.is_some() => {
                (w.days_worked.unwrap_or_default(), How::Roster, Decimal::ONE)
            }
            Some((from, to)) => match att.counting {
                Counting::Weekdays => (weekdays(from, to), How::Weekdays, Decimal::ONE),
                Counting::Calendar => {
                    let days = (to - from).num_days() as u32 + 1;
                    let of = last.day();
                    (
                        att.paid_days * Decimal::from(days),
                        How::Calendar { days, of },
                        Decimal::from(of),
                    )
                }
            },
        };
        // Unpaid share of each leave day: 1 - its rate.
        let mut lost = Decimal::ZERO;
        if employed.is_some() {
            for (leave, days) in Leave::ALL.into_iter().zip(w.leave_days) {
                let unpaid = match leave {
                    Leave::Personal | Leave::Absent => Decimal::ONE,
                    Leave::Sick => Decimal::ONE - att.sick_rate.fraction(),
                    Leave::Maternity => Decimal::ONE - att.maternity_rate.fraction(),
                };
                lost += days * unpaid;
            }
        }
        let full = att.paid_days * denominator;
        let numerator = (counted - lost * denominator).clamp(Decimal::ZERO, full);
        Some(Part {
            employed,
            counted,
            how,
            numerator,
            denominator,
            paid_days: att.paid_days,
            probation,
        })
    }

    /// Whether the part is the whole month (probation aside).
    pub fn is_whole(&self) -> bool {
        self.numerator == self.paid_days * self.denominator
    }

    /// The paid days, exact where they are (to six places in words otherwise).
    pub fn days(&self) -> Decimal {
        (self.numerator / self.denominator).round_dp(6).normalize()
    }

    /// `amount x factor x paid days / 21.75`, rounded once; `None` on overflow.
    pub fn apply(&self, amount: Money, factor: Decimal, rounding: Rounding) -> Option<Money> {
        let numerator = amount
            .amount()
            .checked_mul(factor)?
            .checked_mul(self.numerator)?;
        rounding.quotient(numerator, self.denominator.checked_mul(self.paid_days)?)
    }

    /// The exact share of a monthly amount for the time paid (a minimum for the
    /// part of the month, before rounding).
    pub fn share(&self, amount: Money) -> Option<Decimal> {
        amount
            .amount()
            .checked_mul(self.numerator)?
            .checked_div(self.denominator.checked_mul(self.paid_days)?)
    }

    /// How the paid days were reached, in words, for `explain`.
    pub fn describe(&self, w: &Worker, att: &Attendance) -> String {
        let days = self.counted.normalize();
        let mut text = match (self.employed, self.how) {
            (None, _) => t!("pay-days-not-employed"),
            (Some(_), How::WholeMonth) => t!("pay-days-whole-month", days = days),
            (Some((f, to)), How::Weekdays) => t!(
                "pay-days-weekdays",
                from = f.to_string(),
                to = to.to_string(),
                days = days
            ),
            (Some((f, to)), How::Calendar { days, of }) => t!(
                "pay-days-calendar",
                from = f.to_string(),
                to = to.to_string(),
                days = days,
                of = of,
                paid = self.paid_days.normalize(),
                equivalent = self.days_of(self.counted)
            ),
            (Some((f, to)), How::Roster) => t!(
                "pay-days-roster",
                from = f.to_string(),
                to = to.to_string(),
                days = days
            ),
        };
        if self.employed.is_some() {
            for (leave, days) in Leave::ALL.into_iter().zip(w.leave_days) {
                if days.is_zero() {
                    continue;
                }
                let (kind, days) = (leave.chinese(), days.normalize());
                text.push_str(&match leave {
                    Leave::Personal | Leave::Absent => {
                        t!("pay-days-leave-unpaid", kind = kind, days = days)
                    }
                    Leave::Sick => {
                        t!(
                            "pay-days-leave-paid",
                            kind = kind,
                            days = days,
                            rate = att.sick_rate
                        )
                    }
                    Leave::Maternity => t!(
                        "pay-days-leave-paid",
                        kind = kind,
                        days = days,
                        rate = att.maternity_rate
                    ),
                });
            }
        }
        text.push_str(&t!(
            "pay-days-total",
            days = self.days(),
            of = self.paid_days.normalize()
        ));
        text
    }

    fn days_of(&self, value: Decimal) -> Decimal {
        (value / self.denominator).round_dp(6).normalize()
    }
}

/// Monday to Friday from `from` to `to`, both counted.
fn weekdays(from: NaiveDate, to: NaiveDate) -> Decimal {
    let days = (to - from).num_days() + 1;
    let (weeks, rest) = (days / 7, days % 7);
    let mut count = weeks * 5;
    let mut day = from.weekday();
    for _ in 0..rest {
        if !matches!(day, Weekday::Sat | Weekday::Sun) {
            count += 1;
        }
        day = day.succ();
    }
    Decimal::from(count)
}

#[cfg(test)]
#[path = "proration_tests.rs"]
mod tests;
