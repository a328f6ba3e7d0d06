//! The contract's procedure (集体合同规定 2004; 浙江省集体合同条例 2010): its term,
//! the representatives of each side, the workers' congress vote, and filing.

use chrono::{Months, NaiveDate};

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::standards::ProcedureRules;

pub fn check(ctx: &Context, report: &mut Report) {
    let Some(rules) = &ctx.standards.procedure else {
        report.note("procedure: no [procedure] rules in the standards");
        return;
    };
    check_term(ctx, rules, report);
    let Some(n) = &ctx.schedule.negotiation else {
        report.note("representatives and vote: the schedule has no [negotiation] record");
        return;
    };

    // 集体合同规定 Art 19: at least 3 per side; 浙江省集体合同条例 Art 10: at
    // least 5 for an above-scale enterprise.
    let (least, basis) = match (n.above_scale, rules.representatives_min_above_scale) {
        (true, Some(above)) => (
            above.max(rules.representatives_min.unwrap_or(0)),
            "浙江省集体合同条例 Art 10",
        ),
        _ => (
            rules.representatives_min.unwrap_or(0),
            "集体合同规定 Art 19",
        ),
    };
    for (side, count) in [
        ("worker", n.worker_representatives),
        ("employer", n.employer_representatives),
    ] {
        if count >= least {
            continue;
        }
        let scale = if n.above_scale {
            " (above-scale enterprise)"
        } else {
            ""
        };
        report.push(
            Finding::new(
                "representatives-count",
                Severity::Error,
                basis,
                Subject::Contract,
                format!("the {side} side has {count} representative(s); at least {least} are required{scale}"),
                format!("appoint {} more {side} representative(s)", least - count),
            )
            .figures(Figures::default().with("representatives", count).with("required", least)),
        );
    }
    // 集体合同规定 Art 19: equal numbers; 浙江省集体合同条例 Art 10: the employer
    // side no larger than the workers'.
    if n.worker_representatives != n.employer_representatives {
        let basis = if n.employer_representatives > n.worker_representatives {
            "集体合同规定 Art 19; 浙江省集体合同条例 Art 10"
        } else {
            "集体合同规定 Art 19"
        };
        report.push(
            Finding::new(
                "representatives-equal",
                Severity::Error,
                basis,
                Subject::Contract,
                format!(
                    "the sides are unequal: {} worker and {} employer representatives",
                    n.worker_representatives, n.employer_representatives
                ),
                "make the two sides' numbers equal",
            )
            .figures(
                Figures::default()
                    .with("worker", n.worker_representatives)
                    .with("employer", n.employer_representatives),
            ),
        );
    }
    // 浙江省集体合同条例 Art 10: outside experts at most a share of a side.
    if let Some(share) = rules.experts_max_share {
        for (side, experts, count) in [
            ("worker", n.worker_experts, n.worker_representatives),
            ("employer", n.employer_experts, n.employer_representatives),
        ] {
            if !share.exceeded_by(u64::from(experts), u64::from(count)) {
                continue;
            }
            report.push(
                Finding::new(
                    "representatives-experts",
                    Severity::Error,
                    "浙江省集体合同条例 Art 10",
                    Subject::Contract,
                    format!("{experts} of the {count} {side} representatives are outside experts, more than {share}"),
                    format!("replace outside experts so that at most {share} of the {side} side are experts"),
                )
                .figures(Figures::default().with("experts", experts).with("side", count)),
            );
        }
    }
    // 集体合同规定 Art 36: at least 2/3 present; passed by more than half of ALL
    // representatives, not of those present.
    if let Some(v) = n.vote {
        let (total, present, yes) = (
            u64::from(v.total),
            u64::from(v.present),
            u64::from(v.in_favour),
        );
        if let Some(quorum) = rules.quorum {
            if !quorum.reached_by(present, total) {
                let need = quorum.least_reaching(total);
                report.push(
                    Finding::new(
                        "vote-quorum",
                        Severity::Error,
                        "集体合同规定 Art 36",
                        Subject::Contract,
                        format!("{present} of {total} congress representatives were present; at least {quorum} ({need}) must be"),
                        format!("hold the vote again with at least {need} of the {total} representatives present"),
                    )
                    .figures(Figures::default().with("present", present).with("total", total).with("required", need)),
                );
            }
        }
        if let Some(passed) = rules.passed_above {
            if !passed.exceeded_by(yes, total) {
                let need = passed.least_exceeding(total);
                report.push(
                    Finding::new(
                        "vote-passed",
                        Severity::Error,
                        "集体合同规定 Art 36",
                        Subject::Contract,
                        format!("{yes} votes in favour is not more than {passed} of all {total} representatives (those present do not count as the whole); {need} are needed"),
                        format!("the draft is not adopted: put it to the congress again and win at least {need} votes of {total}"),
                    )
                    .figures(Figures::default().with("in_favour", yes).with("total", total).with("required", need)),
                );
            }
        }
    }
    // 浙江省集体合同条例 Art 34: filed within so many days of signing.
    if let (Some(days), Some(signed), Some(filed)) = (rules.filing_days, n.signed, n.filed) {
        let late = (filed - signed).num_days();
        if late > i64::from(days) {
            report.push(
                Finding::new(
                    "filing-late",
                    Severity::Warning,
                    "浙江省集体合同条例 Art 34",
                    Subject::Contract,
                    format!("filed {late} days after signing ({signed} to {filed}); the limit is {days} days"),
                    "file within the limit next time; until the labour department receives it, the contract is not in effect",
                )
                .figures(Figures::default().with("signed", signed).with("filed", filed).with("limit_days", days)),
            );
        }
    }
}

/// 集体合同规定 Art 38: a term of generally 1 to 3 years ("一般", so a warning).
fn check_term(ctx: &Context, rules: &ProcedureRules, report: &mut Report) {
    let meta = &ctx.schedule.meta;
    let Some(end) = meta.expires.succ_opt() else {
        return;
    };
    let after = |years: u32| -> Option<NaiveDate> {
        meta.effective
            .checked_add_months(Months::new(years.checked_mul(12)?))
    };
    let term = format!("{} to {}", meta.effective, meta.expires);
    if let Some(min) = rules.term_min_years {
        if after(min).is_some_and(|d| end < d) {
            report.push(
                Finding::new(
                    "contract-term",
                    Severity::Warning,
                    "集体合同规定 Art 38",
                    Subject::Contract,
                    format!("the term {term} is shorter than {min} year(s)"),
                    format!(
                        "set expires to at least {}",
                        after(min)
                            .and_then(|d| d.pred_opt())
                            .map_or(String::new(), |d| d.to_string())
                    ),
                )
                .figures(
                    Figures::default()
                        .with("effective", meta.effective)
                        .with("expires", meta.expires),
                ),
            );
        }
    }
    if let Some(max) = rules.term_max_years {
        if after(max).is_some_and(|d| end > d) {
            report.push(
                Finding::new(
                    "contract-term",
                    Severity::Warning,
                    "集体合同规定 Art 38",
                    Subject::Contract,
                    format!("the term {term} is longer than {max} years"),
                    format!(
                        "set expires to at most {}",
                        after(max)
                            .and_then(|d| d.pred_opt())
                            .map_or(String::new(), |d| d.to_string())
                    ),
                )
                .figures(
                    Figures::default()
                        .with("effective", meta.effective)
                        .with("expires", meta.expires),
                ),
            );
        }
    }
}
