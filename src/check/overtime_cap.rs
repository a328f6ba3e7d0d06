//! The monthly overtime cap: at most 36 hours of overtime a month
//! (劳动法 Art 41). Art 41 limits 延长工作时间; the labour ministry's
//! explanation of the article (劳办发〔1994〕289号) counts work beyond the
//! statutory daily hours and beyond the weekly working days alike, so overtime
//! on working days, rest days and statutory holidays is added up. Art 42's
//! exceptions (disasters, urgent repairs, public needs) are not in a roster:
//! the remedy names them.

use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::i18n::Arg;
use crate::said;

const BASIS: &str = "劳动法 Art 41";

/// The most overtime hours Art 41 allows in a month.
pub const MONTHLY_CAP: Decimal = Decimal::from_parts(36, 0, 0, false, 0);

pub fn check(ctx: &Context, report: &mut Report) {
    for w in ctx.workers {
        // MONTHLY_CAP in whole hours: most workers are within it, told without decimals.
        if w.overtime_at_most(36) {
            continue;
        }
        let [weekday, restday, holiday] = w.overtime_hours;
        let Some(total) = weekday
            .checked_add(restday)
            .and_then(|t| t.checked_add(holiday))
        else {
            continue;
        };
        if total <= MONTHLY_CAP {
            continue;
        }
        let hours = |d: Decimal| Arg::display(d.normalize());
        report.push(
            Finding::new(
                "overtime-monthly-cap",
                Severity::Error,
                BASIS,
                Subject::Worker {
                    employee_id: w.employee_id.clone(),
                    name: w.name.clone(),
                    enterprise_id: w.enterprise_id.clone(),
                },
                said!(
                    "check-overtime-monthly-cap",
                    total = hours(total),
                    weekday = hours(weekday),
                    restday = hours(restday),
                    holiday = hours(holiday),
                    cap = hours(MONTHLY_CAP),
                    over = hours(total - MONTHLY_CAP)
                ),
                said!(
                    "check-overtime-monthly-cap-remedy",
                    id = w.employee_id.as_str(),
                    cap = hours(MONTHLY_CAP)
                ),
            )
            .period(ctx.period)
            .figures(
                Figures::default()
                    .with("overtime_hours", total.normalize())
                    .with("weekday_hours", weekday.normalize())
                    .with("restday_hours", restday.normalize())
                    .with("holiday_hours", holiday.normalize())
                    .with("cap", MONTHLY_CAP),
            ),
        );
    }
}
