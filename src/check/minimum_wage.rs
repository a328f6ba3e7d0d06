//! Minimum-wage checks: each worker's pay against the monthly (full-time) or
//! hourly (part-time) minimum of their region in force in the pay period
//! (最低工资规定 Art 5, Art 12), and the agreed pay table strictly above the
//! minimum where a rule says so (浙江省集体合同条例 Art 5).

use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Report, Severity, Subject, Text};
use crate::i18n::Arg;
use crate::region_names::region_label;
use crate::roster::Employment;
use crate::said;
use crate::standards::{MinimumWage, Sourced};
use crate::Money;

use super::Minimums;

pub(super) const ART_12: &str = "最低工资规定 Art 12";

/// The minimum wage of a region in a period, resolved.
#[derive(Debug, Clone, Copy)]
pub struct Minimum<'a> {
    /// The minimum-wage standard (最低工资规定) in force, with where it was read.
    pub standard: &'a Sourced<MinimumWage>,
    /// The region's tier (档) in that standard, from 1.
    pub tier: u32,
    /// The monthly minimum of that tier, in yuan a month.
    pub monthly: Money,
    /// None when the standard gives no hourly figures.
    pub hourly: Option<Money>,
}

impl Minimum<'_> {
    /// `浙江省 2024-01-01 tier 1`.
    pub fn label(&self) -> String {
        format!("{} tier {}", self.standard.label(), self.tier)
    }

    /// The lowest agreed pay standard that passes where the standard requires
    /// agreed pay strictly above the minimum wage (浙江省集体合同条例 Art 5): one
    /// `unit` (0.01 at the fen) above it. `None` where the standard sets no such
    /// rule (then only workers' pay is held to the minimum, 最低工资规定 Art 12).
    pub fn lowest_agreed_pay(&self, unit: Money) -> Option<Money> {
        self.standard
            .agreed_pay_above
            .as_ref()
            .map(|_| self.monthly + unit)
    }
}

/// 浙江省集体合同条例 Art 5: every agreed pay standard (each grade's pay at each
/// step) strictly above the local minimum wage, at each period the contract is
/// checked at. Equal is not above.
pub fn check_agreed_pay(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    let region = ctx.schedule.meta.region.as_str();
    for &period in &ctx.contract_periods {
        // Only where a standard says so; then the region's tier is needed.
        if ctx
            .standards
            .minimum_wage(region, period.last_day())
            .and_then(|m| m.agreed_pay_above.as_deref())
            .is_none()
        {
            continue;
        }
        let Some(min) = minimums.get(region, period, 0) else {
            continue;
        };
        let (Some(rule), Some(target)) = (
            min.standard.agreed_pay_above.as_deref(),
            min.lowest_agreed_pay(ctx.unit()),
        ) else {
            continue;
        };
        for grade in &ctx.schedule.grades {
            for (i, &pay) in grade.pay.iter().enumerate() {
                if pay > min.monthly {
                    continue;
                }
                let step = i as u32 + 1;
                let raise = target - pay;
                let relation = if pay == min.monthly { "equal" } else { "below" };
                report.push(
                    Finding::new(
                        "agreed-above-minimum",
                        Severity::Error,
                        rule,
                        Subject::Step {
                            grade: grade.name.clone(),
                            step,
                        },
                        said!(
                            "check-agreed-above-minimum",
                            pay = pay.grouped(),
                            relation = relation,
                            minimum = min.monthly.grouped(),
                            standard = min.standard.label(),
                            tier = min.tier,
                            region = region,
                            name = region_label(region)
                        ),
                        said!(
                            "check-raise-step",
                            grade = grade.name.as_str(),
                            step = step,
                            by = raise.grouped(),
                            to = target.grouped()
                        ),
                    )
                    .period(period)
                    .figures(
                        Figures::default()
                            .with("agreed_pay", pay)
                            .with("minimum_wage", min.monthly)
                            .with("tier", min.tier)
                            .with("standard", min.standard.effective),
                    )
                    .shortfall(raise),
                );
            }
        }
    }
}

/// 最低工资规定 Art 12: an allowance the standard excludes (中班, 夜班, 高温 ...)
/// must not count toward the minimum. nengji leaves it out of the comparison
/// either way; the finding says to correct the schedule.
pub fn check_excluded_items(ctx: &Context, report: &mut Report) {
    let meta = &ctx.schedule.meta;
    let Some(standard) = ctx
        .standards
        .minimum_wage(&meta.region, ctx.period.last_day())
    else {
        return;
    };
    if !standard.includes_social_insurance {
        report.note(crate::t!(
            "check-note-social-insurance",
            standard = standard.label().to_string()
        ));
    }
    for a in &ctx.schedule.allowances {
        if !(a.counts_toward_minimum && standard.excludes(&a.name)) {
            continue;
        }
        let item = standard
            .excluded
            .iter()
            .find(|item| a.name.contains(item.as_str()))
            .map_or("", String::as_str);
        report.push(
            Finding::new(
                "minimum-wage-excluded",
                Severity::Warning,
                ART_12,
                Subject::Contract,
                said!(
                    "check-minimum-excluded",
                    name = a.name.as_str(),
                    id = a.id.as_str(),
                    item = item
                ),
                said!("check-minimum-excluded-remedy", id = a.id.as_str()),
            )
            .figures(
                Figures::default()
                    .with("allowance", &a.id)
                    .with("excluded_item", item),
            ),
        );
    }
}

/// 最低工资规定 Art 5 and Art 12: each worker's pay for the period, less overtime
/// and the excluded allowances, at least the monthly minimum (full-time) or the
/// hourly minimum times the hours worked (part-time).
pub fn check_workers(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    // An enterprise's workers share a region as a rule: its minimum is asked
    // for again only when the region changes. A region without one is asked
    // for each worker, since the resolver counts the workers it leaves unchecked.
    let mut last: Option<(&str, Minimum)> = None;
    for (w, sheet) in ctx.workers.iter().zip(ctx.sheets) {
        let region = ctx.region_of(w);
        let min = match last {
            Some((r, min)) if r == region => min,
            _ => {
                let Some(min) = minimums.get(region, ctx.period, 1) else {
                    continue;
                };
                last = Some((region, min));
                min
            }
        };
        let base = ctx.comparison_base(sheet, min.standard);
        // Built only for a finding: most workers pass, and it copies three strings.
        let subject = || Subject::Worker {
            employee_id: w.employee_id.clone(),
            name: w.name.clone(),
            enterprise_id: w.enterprise_id.clone(),
        };
        match w.employment {
            Employment::FullTime => {
                // A month worked in part: the minimum for the paid days, prorated
                // as pay is (monthly minimum x paid days / 21.75, rounded alike),
                // so a worker paid the minimum rate passes.
                let monthly = match sheet.part.filter(|p| !p.is_whole()) {
                    Some(p) => p
                        .apply(
                            min.monthly,
                            rust_decimal::Decimal::ONE,
                            ctx.schedule.rounding,
                        )
                        .unwrap_or(min.monthly),
                    None => min.monthly,
                };
                if base >= monthly {
                    continue;
                }
                let short = monthly - base;
                report.push(
                    Finding::new(
                        "minimum-wage",
                        Severity::Error,
                        ART_12,
                        subject(),
                        match sheet.part.filter(|p| !p.is_whole()) {
                            Some(p) => Text::from(said!(
                                "pay-check-partial-minimum",
                                pay = base.grouped(),
                                days = p.days(),
                                minimum = min.monthly.grouped(),
                                of = p.paid_days.normalize(),
                                required = monthly.grouped(),
                                standard = min.standard.label(),
                                tier = min.tier
                            )),
                            None => Text::from(said!(
                                "check-minimum-wage",
                                pay = base.grouped(),
                                minimum = min.monthly.grouped(),
                                standard = min.standard.label(),
                                tier = min.tier
                            )),
                        },
                        said!(
                            "check-pay-more",
                            id = w.employee_id.as_str(),
                            more = short.grouped(),
                            period = Arg::display(ctx.period),
                            to = monthly.grouped()
                        ),
                    )
                    .period(ctx.period)
                    .figures(
                        Figures::default()
                            .with("minimum_wage_base", base)
                            .with("minimum_wage", monthly)
                            .with("tier", min.tier)
                            .with("standard", min.standard.effective),
                    )
                    .shortfall(short),
                );
            }
            Employment::PartTime => {
                let hours = match w.hours_worked {
                    Some(h) if h > Decimal::ZERO => h,
                    _ => {
                        report.push(
                            Finding::new(
                                "minimum-wage-hours",
                                Severity::Warning,
                                "最低工资规定 Art 5",
                                subject(),
                                said!("check-minimum-hours-missing"),
                                said!("check-minimum-hours-missing-remedy"),
                            )
                            .period(ctx.period),
                        );
                        continue;
                    }
                };
                let Some(hourly_minimum) = min.hourly else {
                    report.note(crate::t!(
                        "check-note-part-time-no-hourly",
                        standard = min.standard.label().to_string()
                    ));
                    continue;
                };
                let Some(required) = hourly_minimum.checked_mul(hours) else {
                    continue;
                };
                if base.amount() >= required {
                    continue;
                }
                let required = ctx.at_least(required);
                let short = required - base;
                let hourly = base
                    .amount()
                    .checked_div(hours)
                    .map(|h| ctx.schedule.rounding.apply(h))
                    .unwrap_or(Money::ZERO);
                report.push(
                    Finding::new(
                        "minimum-wage-hourly",
                        Severity::Error,
                        "最低工资规定 Art 5, Art 12",
                        subject(),
                        said!(
                            "check-minimum-hourly",
                            pay = base.grouped(),
                            hours = Arg::display(hours.normalize()),
                            hourly = hourly.grouped(),
                            minimum = hourly_minimum.grouped(),
                            standard = min.standard.label(),
                            tier = min.tier
                        ),
                        said!(
                            "check-pay-more",
                            id = w.employee_id.as_str(),
                            more = short.grouped(),
                            period = Arg::display(ctx.period),
                            to = required.grouped()
                        ),
                    )
                    .period(ctx.period)
                    .figures(
                        Figures::default()
                            .with("minimum_wage_base", base)
                            .with("hours", hours.normalize())
                            .with("hourly_pay", hourly)
                            .with("hourly_minimum", hourly_minimum)
                            .with("tier", min.tier)
                            .with("standard", min.standard.effective),
                    )
                    .shortfall(short),
                );
            }
        }
    }
}
