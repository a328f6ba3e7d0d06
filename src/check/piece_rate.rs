//! Piece rates and work quotas (计件工资, 劳动定额): a worker who meets the quota
//! in legal hours earns at least the minimum wage from the pieces (最低工资规定
//! Art 12 para 3, on a reasonable quota), and each quota is met by at least 90%
//! of the workers on its post (杭州市企业工资集体协商条例 Art 10; guidance elsewhere).

use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Minimums, Report, Severity, Subject};
use crate::said;

const ART_12: &str = "最低工资规定 Art 12";
const HANGZHOU_ART_10: &str = "杭州市企业工资集体协商条例 Art 10";

/// The contract: quota x the lowest rate at least the minimum wage.
pub fn check_contract(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    let region = ctx.schedule.meta.region.as_str();
    for rate in &ctx.schedule.piece_rates {
        let Some(quota) = rate.quota else { continue };
        let lowest = rate.lowest_rate();
        let Some(exact) = lowest.checked_mul(quota) else {
            continue;
        };
        let pay = ctx.schedule.rounding.apply(exact);
        for &period in &ctx.contract_periods {
            let Some(min) = minimums.get(region, period, 0) else {
                continue;
            };
            if pay >= min.monthly {
                continue;
            }
            let needed = min.monthly.amount().checked_div(quota).unwrap_or_default();
            report.push(
                Finding::new(
                    "piece-quota-minimum",
                    Severity::Error,
                    format!("{ART_12} para 3"),
                    Subject::Contract,
                    said!(
                        "pay-check-piece-minimum",
                        quota = quota.normalize(),
                        unit = &rate.unit,
                        name = &rate.name,
                        rate = lowest,
                        pay = pay.grouped(),
                        minimum = min.monthly.grouped(),
                        standard = min.standard.label(),
                        tier = min.tier
                    ),
                    said!(
                        "pay-check-piece-minimum-fix",
                        id = &rate.id,
                        needed = ctx.at_least(needed),
                        unit = &rate.unit
                    ),
                )
                .period(period)
                .figures(
                    Figures::default()
                        .with("piece_rate", &rate.id)
                        .with("quota", quota.normalize())
                        .with("rate", lowest)
                        .with("pay_at_quota", pay)
                        .with("minimum_wage", min.monthly),
                )
                .shortfall(min.monthly - pay),
            );
            break;
        }
    }
}

/// The roster: each quota met in legal hours by at least 90% of the workers on
/// its post who worked the whole month.
pub fn check_workers(ctx: &Context, report: &mut Report) {
    let mut tally = QuotaTally::default();
    tally.add(ctx);
    tally.finish(ctx, report);
}

/// Per piece rate, (workers of its post, those who met its quota), over a
/// roster that may come in parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotaTally {
    counts: Vec<(u64, u64)>,
}

impl QuotaTally {
    /// Adds the context's workers.
    pub fn add(&mut self, ctx: &Context) {
        let rates = &ctx.schedule.piece_rates;
        self.counts.resize(rates.len(), (0, 0));
        for (i, rate) in rates.iter().enumerate() {
            let (Some(quota), Some(post)) = (rate.quota, rate.post.as_deref()) else {
                continue;
            };
            let (workers, met) = &mut self.counts[i];
            for (w, sheet) in ctx.workers.iter().zip(ctx.sheets) {
                // A quota is a month's: a joiner or leaver is not held to it.
                if w.occupation != post || sheet.part.is_some_and(|p| !p.is_whole()) {
                    continue;
                }
                *workers += 1;
                if w.pieces_of(i)[0] >= quota {
                    *met += 1;
                }
            }
        }
    }

    pub fn merge(&mut self, other: &QuotaTally) {
        if self.counts.len() < other.counts.len() {
            self.counts.resize(other.counts.len(), (0, 0));
        }
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            a.0 += b.0;
            a.1 += b.1;
        }
    }

    /// Each quota met by too few of its post.
    pub fn finish(&self, ctx: &Context, report: &mut Report) {
        quota_met(ctx, &self.counts, report);
    }
}

fn quota_met(ctx: &Context, counts: &[(u64, u64)], report: &mut Report) {
    let hangzhou = ctx.schedule.meta.region.starts_with("3301");
    for (i, rate) in ctx.schedule.piece_rates.iter().enumerate() {
        let (Some(quota), Some(post)) = (rate.quota, rate.post.as_deref()) else {
            continue;
        };
        let (workers, met) = counts.get(i).copied().unwrap_or((0, 0));
        // At least 90%: met / workers >= 9 / 10, in integers.
        if workers == 0 || met * 10 >= workers * 9 {
            continue;
        }
        let share = ctx.percent(Decimal::from(met) / Decimal::from(workers));
        let (severity, basis) = if hangzhou {
            (Severity::Error, HANGZHOU_ART_10.to_string())
        } else {
            (
                Severity::Warning,
                crate::t!("pay-check-quota-guidance", basis = HANGZHOU_ART_10),
            )
        };
        report.push(
            Finding::new(
                "quota-achievable",
                severity,
                basis,
                Subject::Contract,
                said!(
                    "pay-check-quota",
                    quota = quota.normalize(),
                    unit = &rate.unit,
                    name = &rate.name,
                    met = met,
                    workers = workers,
                    post = post,
                    share = share.as_str()
                ),
                said!("pay-check-quota-fix", id = &rate.id),
            )
            .period(ctx.period)
            .figures(
                Figures::default()
                    .with("piece_rate", &rate.id)
                    .with("quota", quota.normalize())
                    .with("workers", workers)
                    .with("met", met),
            ),
        );
    }
}
