//! The contract's procedure (集体合同规定 2004; 浙江省集体合同条例 2010): its term,
//! the representatives of each side, the workers' congress vote, and filing.

use crate::check::{Context, Figures, Finding, Report, Said, Severity, Subject};
use crate::i18n::Arg;
use crate::region_names::is_zhejiang;
use crate::said;

mod calendar;
mod signing;
mod term;

use calendar::check_calendar;
use signing::check_signing;
use term::check_term;

/// Checks the procedure against the standards' rules (or notes that they give
/// none): the term, signing and filing, the calendar, the representatives and
/// the vote.
pub fn check(ctx: &Context, report: &mut Report) {
    let Some(rules) = &ctx.standards.procedure else {
        report.note(crate::t!("check-note-procedure-none"));
        return;
    };
    check_term(ctx, rules, report);
    check_signing(ctx, rules, report);
    check_calendar(ctx, report);
    let Some(n) = &ctx.schedule.negotiation else {
        report.note(crate::t!("check-note-negotiation-none"));
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
    let zhejiang = is_zhejiang(&ctx.schedule.meta.region);
    for (side, count) in [
        ("worker", n.worker_representatives),
        ("employer", n.employer_representatives),
    ] {
        if count >= least {
            continue;
        }
        let scale = if n.above_scale { "above" } else { "other" };
        report.push(
            Finding::new(
                "representatives-count",
                Severity::Error,
                basis,
                Subject::Contract,
                said!(
                    "check-representatives-count",
                    side = side,
                    count = count,
                    least = least,
                    scale = scale
                ),
                said!(
                    "check-representatives-count-remedy",
                    more = least - count,
                    side = side
                ),
            )
            .figures(
                Figures::default()
                    .with("representatives", count)
                    .with("required", least),
            ),
        );
    }
    // 集体合同规定 Art 19: the two sides equal in number. In Zhejiang, Art 10
    // asks only that the employer side be no larger than the workers'.
    let unequal = if zhejiang {
        n.employer_representatives > n.worker_representatives
    } else {
        n.worker_representatives != n.employer_representatives
    };
    if unequal {
        let (basis, message, remedy) = if zhejiang {
            (
                "浙江省集体合同条例 Art 10",
                said!(
                    "check-representatives-employer-larger",
                    worker = n.worker_representatives,
                    employer = n.employer_representatives
                ),
                said!("check-representatives-employer-larger-remedy"),
            )
        } else {
            (
                "集体合同规定 Art 19",
                said!(
                    "check-representatives-unequal",
                    worker = n.worker_representatives,
                    employer = n.employer_representatives
                ),
                said!("check-representatives-unequal-remedy"),
            )
        };
        report.push(
            Finding::new(
                "representatives-equal",
                Severity::Error,
                basis,
                Subject::Contract,
                message,
                remedy,
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
                    said!(
                        "check-representatives-experts",
                        experts = experts,
                        count = count,
                        side = side,
                        share = Arg::display(share)
                    ),
                    said!(
                        "check-representatives-experts-remedy",
                        share = Arg::display(share),
                        side = side
                    ),
                )
                .figures(
                    Figures::default()
                        .with("experts", experts)
                        .with("side", count),
                ),
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
                        said!(
                            "check-vote-quorum",
                            present = present,
                            total = total,
                            quorum = Arg::display(quorum),
                            need = need
                        ),
                        said!("check-vote-quorum-remedy", need = need, total = total),
                    )
                    .figures(
                        Figures::default()
                            .with("present", present)
                            .with("total", total)
                            .with("required", need),
                    ),
                );
            }
        }
        // Of ALL representatives, not of those present. 浙江省集体合同条例 Art
        // 24: 过半数, more than half; 集体合同规定 Art 36: 半数以上, at least
        // half (以上 includes the number: 民法典 Art 1259).
        let rules_of_vote = [
            (rules.passed_above, true, "浙江省集体合同条例 Art 24"),
            (
                rules.passed_at_least,
                false,
                "集体合同规定 Art 36; 民法典 Art 1259",
            ),
        ];
        for (share, strictly, basis) in rules_of_vote {
            let Some(share) = share else { continue };
            let (passed, need, id) = if strictly {
                (
                    share.exceeded_by(yes, total),
                    share.least_exceeding(total),
                    "check-vote-passed-above",
                )
            } else {
                (
                    share.reached_by(yes, total),
                    share.least_reaching(total),
                    "check-vote-passed-at-least",
                )
            };
            if passed {
                continue;
            }
            report.push(
                Finding::new(
                    "vote-passed",
                    Severity::Error,
                    basis,
                    Subject::Contract,
                    Said {
                        id,
                        args: vec![
                            ("yes", yes.into()),
                            ("share", Arg::display(share)),
                            ("total", total.into()),
                            ("need", need.into()),
                        ],
                    },
                    said!("check-vote-passed-remedy", need = need, total = total),
                )
                .figures(
                    Figures::default()
                        .with("in_favour", yes)
                        .with("total", total)
                        .with("required", need),
                ),
            );
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
                    said!(
                        "check-filing-late",
                        late = late,
                        signed = Arg::display(signed),
                        filed = Arg::display(filed),
                        days = days
                    ),
                    said!("check-filing-late-remedy"),
                )
                .figures(
                    Figures::default()
                        .with("signed", signed)
                        .with("filed", filed)
                        .with("limit_days", days),
                ),
            );
        }
    }
}
