//! The contract's signing against the start of its term: signed after the start
//! it applies retroactively; signed too late for filing and review, it may not be
//! in effect on day one (浙江省集体合同条例 Art 34; 集体合同规定 Art 42, 47).

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::i18n::Arg;
use crate::region_names::is_zhejiang;
use crate::said;
use crate::standards::ProcedureRules;

/// When the contract was signed against when its term starts. 浙江省集体合同条例
/// Art 34 (集体合同规定 Art 42, 47): the contract takes effect only when the
/// labour department raises no objection within 15 days of receiving it, which
/// is filed within 10 days of signing. Signed after the term starts, it applies
/// retroactively and the difference is owed from the start; signed so late that
/// filing and review may run past the start, it may not be in effect on day one.
pub(super) fn check_signing(ctx: &Context, rules: &ProcedureRules, report: &mut Report) {
    let meta = &ctx.schedule.meta;
    let Some(signed) = ctx.schedule.negotiation.as_ref().and_then(|n| n.signed) else {
        return;
    };
    let basis = if is_zhejiang(&meta.region) {
        "浙江省集体合同条例 Art 34"
    } else {
        "集体合同规定 Art 42, Art 47"
    };
    let figures = Figures::default()
        .with("signed", signed)
        .with("effective", meta.effective);
    if signed > meta.effective {
        report.push(
            Finding::new(
                "contract-retroactive",
                Severity::Warning,
                basis,
                Subject::Contract,
                said!(
                    "check-contract-retroactive",
                    signed = Arg::display(signed),
                    effective = Arg::display(meta.effective)
                ),
                said!(
                    "check-contract-retroactive-remedy",
                    effective = Arg::display(meta.effective)
                ),
            )
            .figures(figures),
        );
        return;
    }
    let filing = u64::from(rules.filing_days.unwrap_or(10));
    let latest = signed.checked_add_days(chrono::Days::new(filing + REVIEW_DAYS));
    if latest.is_some_and(|d| d >= meta.effective) {
        report.push(
            Finding::new(
                "contract-effect-after-start",
                Severity::Warning,
                basis,
                Subject::Contract,
                said!(
                    "check-contract-effect-after-start",
                    signed = Arg::display(signed),
                    effective = Arg::display(meta.effective),
                    days = filing + REVIEW_DAYS
                ),
                said!("check-contract-effect-after-start-remedy"),
            )
            .figures(figures),
        );
    }
}

/// Days the labour department has to object (浙江省集体合同条例 Art 34).
const REVIEW_DAYS: u64 = 15;
