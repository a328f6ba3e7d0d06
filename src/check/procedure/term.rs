//! The contract's term (集体合同规定 Art 38: one to three years).

use chrono::{Months, NaiveDate};

use crate::check::{Context, Figures, Finding, Report, Said, Severity, Subject};
use crate::said;
use crate::standards::ProcedureRules;

/// 集体合同规定 Art 38: a term of generally 1 to 3 years ("一般", so a warning).
pub(super) fn check_term(ctx: &Context, rules: &ProcedureRules, report: &mut Report) {
    let meta = &ctx.schedule.meta;
    let Some(end) = meta.expires.succ_opt() else {
        return;
    };
    let after = |years: u32| -> Option<NaiveDate> {
        meta.effective
            .checked_add_months(Months::new(years.checked_mul(12)?))
    };
    let term = format!("{} to {}", meta.effective, meta.expires);
    // The last day a term of `years` years may end (or must reach).
    let last_day = |years: u32| {
        after(years)
            .and_then(|d| d.pred_opt())
            .map_or(String::new(), |d| d.to_string())
    };
    let mut push = |said: Said, remedy: Said| {
        report.push(
            Finding::new(
                "contract-term",
                Severity::Warning,
                "集体合同规定 Art 38",
                Subject::Contract,
                said,
                remedy,
            )
            .figures(
                Figures::default()
                    .with("effective", meta.effective)
                    .with("expires", meta.expires),
            ),
        );
    };
    if let Some(min) = rules.term_min_years {
        if after(min).is_some_and(|d| end < d) {
            push(
                said!("check-term-short", term = term.as_str(), min = min),
                said!("check-term-short-remedy", date = last_day(min)),
            );
        }
    }
    if let Some(max) = rules.term_max_years {
        if after(max).is_some_and(|d| end > d) {
            push(
                said!("check-term-long", term = term.as_str(), max = max),
                said!("check-term-long-remedy", date = last_day(max)),
            );
        }
    }
}
