//! Sick pay (病假工资): a month of sick leave at the schedule's sick rate, for the
//! lowest step of the table, not below 80% of the local minimum wage
//! (劳部发〔1995〕309号 Art 59).

use rust_decimal::Decimal;

use crate::check::{probation, Context, Figures, Finding, Minimums, Report, Severity, Subject};
use crate::said;

const BASIS: &str = "劳部发〔1995〕309号 Art 59";

pub fn check(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    let rate = ctx.schedule.attendance.sick_rate;
    // At 100% sick pay is the table, which the agreed-pay checks hold already.
    if rate.fraction() >= Decimal::ONE {
        return;
    }
    let Some((lowest, grade, step)) = probation::lowest_step(ctx) else {
        return;
    };
    let region = ctx.schedule.meta.region.as_str();
    for &period in &ctx.contract_periods {
        let Some(min) = minimums.get(region, period, 0) else {
            continue;
        };
        let (Some(exact), Some(floor)) = (
            lowest.checked_mul(rate.fraction()),
            min.monthly.checked_mul(Decimal::new(8, 1)),
        ) else {
            continue;
        };
        let pay = ctx.schedule.rounding.apply(exact);
        let floor = ctx.at_least(floor);
        if pay >= floor {
            continue;
        }
        report.push(
            Finding::new(
                "sick-pay-floor",
                Severity::Error,
                BASIS,
                Subject::Step { grade, step },
                said!(
                    "pay-check-sick-floor",
                    pay = pay.grouped(),
                    rate = rate,
                    lowest = lowest.grouped(),
                    minimum = min.monthly.grouped(),
                    floor = floor.grouped(),
                    standard = min.standard.label(),
                    tier = min.tier
                ),
                said!("pay-check-sick-floor-fix"),
            )
            .period(period)
            .figures(
                Figures::default()
                    .with("sick_pay", pay)
                    .with("sick_rate", rate)
                    .with("floor", floor),
            )
            .shortfall(floor - pay),
        );
        return;
    }
}
