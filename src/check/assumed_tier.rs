//! The contract's minimum-wage tier, when it is an assumption: a
//! `[[region_tier]]` marked `assumed = true` (the shipped examples' tiers for
//! 温岭市 and 金华市婺城区 are such) holds pay to a minimum no published
//! assignment states. 最低工资规定 Art 7 lets a province set different standards
//! for different areas; which area is in which tier is the city's notice to say,
//! so the check warns instead of treating the assumption as the law.

use chrono::NaiveDate;

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::i18n::Arg;
use crate::region_names::region_label;
use crate::said;

const BASIS: &str = "最低工资规定 Art 7";

pub fn check(ctx: &Context, report: &mut Report) {
    let region = ctx.schedule.meta.region.as_str();
    let mut seen: Vec<NaiveDate> = Vec::new();
    for period in &ctx.contract_periods {
        let Some(t) = ctx.standards.tier(region, period.last_day()) else {
            continue;
        };
        if !t.assumed || seen.contains(&t.since) {
            continue;
        }
        seen.push(t.since);
        report.push(
            Finding::new(
                "region-tier-assumed",
                Severity::Warning,
                BASIS,
                // The contract's region: the same whether or not a roster is
                // checked, and in the streamed check as in the whole one.
                Subject::Contract,
                said!(
                    "check-region-tier-assumed",
                    region = region,
                    name = region_label(region),
                    tier = t.tier,
                    since = Arg::display(t.since),
                    source = t.source.as_str()
                ),
                said!("check-region-tier-assumed-remedy", region = region),
            )
            .figures(
                Figures::default()
                    .with("tier", t.tier)
                    .with("since", t.since),
            ),
        );
    }
}
