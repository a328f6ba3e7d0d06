//! `Minimums`: the minimum wage in force for each region and period a roster
//! names (最低工资规定 Art 12), resolved once each, and the regions and periods
//! without one, reported once with the workers they left unchecked.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::minimum_wage::{Minimum, ART_12};
use crate::check::{Context, Finding, Report, Severity, Subject};
use crate::i18n::Arg;
use crate::region_names::region_label;
use crate::said;
use crate::standards::Standards;
use crate::Period;

/// Why a region has no minimum on a date.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Missing {
    /// No minimum-wage standard is in force.
    Standard,
    /// No tier is known for the region.
    Tier,
    /// The region's tier is beyond the standard's tiers: (tier, tiers).
    TierOutOfRange(u32, usize),
}

impl Missing {
    /// Why, in a few words, for a one-line message.
    pub fn describe(&self, region: &str, on: NaiveDate) -> String {
        match self {
            Missing::Standard => crate::t!(
                "check-missing-standard",
                region = region,
                on = on.to_string()
            ),
            Missing::Tier => crate::t!("check-missing-tier", region = region, on = on.to_string()),
            Missing::TierOutOfRange(tier, tiers) => crate::t!(
                "check-missing-tier-out-of-range",
                region = region,
                on = on.to_string(),
                tier = *tier,
                tiers = *tiers
            ),
        }
    }
}

/// The monthly minimum wage of `region` in force on `on` (最低工资规定 Art 12):
/// the latest standard that has taken effect, at the region's tier (the most
/// specific assignment). Never filled in: a region without a standard or a tier
/// is `Err`.
pub fn minimum_in_force<'s>(
    standards: &'s Standards,
    region: &str,
    on: NaiveDate,
) -> Result<Minimum<'s>, Missing> {
    let standard = standards
        .minimum_wage(region, on)
        .ok_or(Missing::Standard)?;
    let t = standards.tier(region, on).ok_or(Missing::Tier)?;
    let monthly = standard
        .monthly_of(t.tier)
        .ok_or(Missing::TierOutOfRange(t.tier, standard.tiers()))?;
    Ok(Minimum {
        standard,
        tier: t.tier,
        monthly,
        hourly: standard.hourly_of(t.tier),
    })
}

/// Regions and periods without a minimum: why, and the workers left unchecked.
pub type MissingCounts = BTreeMap<(String, Period), (Missing, u64)>;

/// Resolves minimums, remembering each region and period that has none so it
/// is reported once, with the number of workers it left unchecked.
#[derive(Debug)]
pub struct Minimums<'a> {
    ctx: &'a Context<'a>,
    missing: MissingCounts,
    /// Each region and period already resolved: a roster names few regions,
    /// and resolving scans every standard and tier assignment.
    resolved: Vec<(String, Period, Result<Minimum<'a>, Missing>)>,
}

impl<'a> Minimums<'a> {
    /// Resolves minimum wages for the regions and periods of `ctx`, each once.
    pub fn new(ctx: &'a Context<'a>) -> Self {
        Minimums {
            ctx,
            missing: BTreeMap::new(),
            resolved: Vec::new(),
        }
    }

    /// The minimum of `region` in force on the last day of `period` (a standard
    /// taking effect during the month applies to that month's check: the
    /// stricter reading; Zhejiang's take effect on the 1st). `workers` is how
    /// many workers a miss leaves unchecked.
    pub fn get(&mut self, region: &str, period: Period, workers: u64) -> Option<Minimum<'a>> {
        let found = match self
            .resolved
            .iter()
            .find(|(r, p, _)| *p == period && r == region)
        {
            Some((_, _, found)) => found.clone(),
            None => {
                let found = minimum_in_force(self.ctx.standards, region, period.last_day());
                self.resolved
                    .push((region.to_string(), period, found.clone()));
                found
            }
        };
        match found {
            Ok(m) => Some(m),
            Err(why) => {
                let entry = self
                    .missing
                    .entry((region.to_string(), period))
                    .or_insert((why, 0));
                entry.1 += workers;
                None
            }
        }
    }

    /// The regions and periods that had no minimum, with the workers each left
    /// unchecked, to be merged into another resolver (a streamed roster
    /// resolves per enterprise and reports once at the end).
    pub fn into_missing(self) -> MissingCounts {
        self.missing
    }

    /// Adds another resolver's misses to this one's.
    pub fn absorb(&mut self, missing: MissingCounts) {
        for (key, (why, workers)) in missing {
            self.missing.entry(key).or_insert((why, 0)).1 += workers;
        }
    }

    /// Reports every region and period that had no minimum.
    pub fn finish(self, report: &mut Report) {
        for ((region, period), (why, workers)) in self.missing {
            let on = period.last_day();
            let subject = Subject::Region {
                region: region.clone(),
                workers,
            };
            // One finding per kind of miss: the rule and the two sentences differ.
            let name = region_label(&region);
            let (rule, message, remedy) = match why {
                Missing::Standard => (
                    "minimum-wage-standard",
                    said!(
                        "check-minimum-standard-missing",
                        region = region.as_str(),
                        name = name,
                        on = Arg::display(on)
                    ),
                    said!("check-minimum-standard-missing-remedy"),
                ),
                Missing::Tier => (
                    "minimum-wage-tier",
                    said!(
                        "check-minimum-tier-missing",
                        region = region.as_str(),
                        name = name,
                        on = Arg::display(on)
                    ),
                    said!(
                        "check-minimum-tier-missing-remedy",
                        region = region.as_str()
                    ),
                ),
                Missing::TierOutOfRange(tier, tiers) => (
                    "minimum-wage-tier",
                    said!(
                        "check-minimum-tier-out-of-range",
                        region = region.as_str(),
                        name = name,
                        tier = tier,
                        on = Arg::display(on),
                        tiers = tiers
                    ),
                    said!("check-minimum-tier-out-of-range-remedy"),
                ),
            };
            let finding = Finding::new(rule, Severity::Error, ART_12, subject, message, remedy);
            report.push(finding.period(period));
        }
    }
}
