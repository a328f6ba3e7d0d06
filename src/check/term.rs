//! The pay period against the schedule's term: a month outside it is checked
//! under a schedule that was not in force then (集体合同规定 Art 38: a
//! contract runs for its agreed term), so the finding says so.

use super::{Context, Figures, Finding, Report, Severity, Subject};
use crate::said;

pub fn check(ctx: &Context, report: &mut Report) {
    let meta = &ctx.schedule.meta;
    if ctx.schedule.in_term(ctx.period) {
        return;
    }
    report.push(
        Finding::new(
            "period-outside-term",
            Severity::Warning,
            "集体合同规定 Art 38",
            Subject::Contract,
            said!(
                "input-period-outside-term",
                period = ctx.period.to_string(),
                effective = meta.effective.to_string(),
                expires = meta.expires.to_string()
            ),
            said!(
                "input-period-outside-term-fix",
                period = ctx.period.to_string()
            ),
        )
        .period(ctx.period)
        .figures(
            Figures::default()
                .with("period", ctx.period)
                .with("effective", meta.effective)
                .with("expires", meta.expires),
        ),
    );
}
