//! The procedure's dates in years the holiday calendar does not hold: periods
//! counted in working days across them skip weekends only.

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::said;

/// Dates of the procedure in years the holiday calendar does not hold: a
/// period counted in working days across them skips weekends only.
pub(super) fn check_calendar(ctx: &Context, report: &mut Report) {
    let meta = &ctx.schedule.meta;
    let mut dates = vec![meta.effective];
    if let Some(n) = &ctx.schedule.negotiation {
        dates.extend(n.signed);
        dates.extend(n.filed);
    }
    let mut years: Vec<i32> = dates
        .iter()
        .map(chrono::Datelike::year)
        .filter(|y| ctx.calendar.year(*y).is_none())
        .collect();
    years.sort_unstable();
    years.dedup();
    if years.is_empty() {
        return;
    }
    let list: Vec<String> = years.iter().map(i32::to_string).collect();
    report.push(
        Finding::new(
            "calendar-year-missing",
            Severity::Warning,
            "民法典 Art 203",
            Subject::Contract,
            said!("check-calendar-year-missing", years = list.join(", ")),
            said!(
                "check-calendar-year-missing-remedy",
                years = list.join(", ")
            ),
        )
        .figures(Figures::default().with("years", list.join(" "))),
    );
}
