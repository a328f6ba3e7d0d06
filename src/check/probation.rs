//! Probation pay (试用期工资): the schedule's probation rate at least 80% of the
//! contract's pay (劳动合同法 Art 20), and the lowest step's probation pay at least
//! the local minimum wage (劳动合同法 Art 20; 劳动合同法实施条例 Art 15).

use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Minimums, Report, Severity, Subject};
use crate::{said, Money};

const BASIS: &str = "劳动合同法 Art 20; 劳动合同法实施条例 Art 15";

/// The lowest agreed pay of the table and where it is (grade, step).
pub(crate) fn lowest_step(ctx: &Context) -> Option<(Money, String, u32)> {
    let mut lowest: Option<(Money, String, u32)> = None;
    for grade in &ctx.schedule.grades {
        for (i, &pay) in grade.pay.iter().enumerate() {
            if lowest.as_ref().is_none_or(|(l, _, _)| pay < *l) {
                lowest = Some((pay, grade.name.clone(), i as u32 + 1));
            }
        }
    }
    lowest
}

pub fn check(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    let rate = ctx.schedule.attendance.probation_rate;
    // At 100% probation pays the table, which the agreed-pay checks hold already.
    if rate.fraction() >= Decimal::ONE {
        return;
    }
    let floor = Decimal::new(8, 1);
    if rate.fraction() < floor {
        report.push(
            Finding::new(
                "probation-rate",
                Severity::Error,
                "劳动合同法 Art 20",
                Subject::Contract,
                said!("pay-check-probation-rate", rate = rate),
                said!("pay-check-probation-rate-fix"),
            )
            .figures(Figures::default().with("probation_rate", rate)),
        );
    }
    let Some((lowest, grade, step)) = lowest_step(ctx) else {
        return;
    };
    let region = ctx.schedule.meta.region.as_str();
    for &period in &ctx.contract_periods {
        let Some(min) = minimums.get(region, period, 0) else {
            continue;
        };
        let Some(exact) = lowest.checked_mul(rate.fraction()) else {
            continue;
        };
        let pay = ctx.schedule.rounding.apply(exact);
        if pay >= min.monthly {
            continue;
        }
        let needed = min.monthly.amount().checked_div(lowest.amount());
        let needed = needed.map_or(String::new(), |n| ctx.percent(n));
        report.push(
            Finding::new(
                "probation-minimum",
                Severity::Error,
                BASIS,
                Subject::Step { grade, step },
                said!(
                    "pay-check-probation-minimum",
                    pay = pay.grouped(),
                    rate = rate,
                    lowest = lowest.grouped(),
                    minimum = min.monthly.grouped(),
                    standard = min.standard.label(),
                    tier = min.tier
                ),
                said!("pay-check-probation-minimum-fix", needed = needed),
            )
            .period(period)
            .figures(
                Figures::default()
                    .with("probation_pay", pay)
                    .with("probation_rate", rate)
                    .with("minimum_wage", min.monthly),
            )
            .shortfall(min.monthly - pay),
        );
        // One finding is enough: later periods repeat it.
        return;
    }
}
