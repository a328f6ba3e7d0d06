//! Market wage levels (人力资源市场工资价位): each occupation and grade's average
//! pay, annualised, against the published percentiles for the occupation. Below
//! P25 is a warning (the message says when it is below P10 too). Levels include
//! overtime, so gross pay is compared.

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::said;
use crate::Money;

pub fn check(ctx: &Context, report: &mut Report) {
    let mut tally = MarketTally::default();
    tally.add(ctx);
    tally.finish(ctx, report);
}

/// Headcount and gross pay by (region, occupation, grade), in the order first
/// met, over a roster that may come in parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarketTally {
    groups: Vec<((String, String, usize), u64, Money)>,
}

impl MarketTally {
    /// Adds the context's workers.
    pub fn add(&mut self, ctx: &Context) {
        if ctx.standards.market_levels.is_empty() {
            return;
        }
        for (w, sheet) in ctx.workers.iter().zip(ctx.sheets) {
            if w.occupation.is_empty() {
                continue;
            }
            self.add_one(ctx.region_of(w), &w.occupation, w.grade, 1, sheet.gross);
        }
    }

    fn add_one(&mut self, region: &str, occupation: &str, grade: usize, n: u64, gross: Money) {
        let found = self
            .groups
            .iter_mut()
            .find(|g| g.0 .2 == grade && g.0 .0 == region && g.0 .1 == occupation);
        match found {
            Some(g) => {
                g.1 += n;
                g.2 += gross;
            }
            None => self.groups.push((
                (region.to_string(), occupation.to_string(), grade),
                n,
                gross,
            )),
        }
    }

    /// Adds a later part of the roster.
    pub fn merge(&mut self, other: &MarketTally) {
        for ((region, occupation, grade), n, gross) in &other.groups {
            self.add_one(region, occupation, *grade, *n, *gross);
        }
    }

    /// Each group's average against the market levels.
    pub fn finish(&self, ctx: &Context, report: &mut Report) {
        finish(ctx, &self.groups, report);
    }
}

fn finish(ctx: &Context, groups: &[((String, String, usize), u64, Money)], report: &mut Report) {
    if ctx.standards.market_levels.is_empty() {
        report.note(crate::t!("check-note-market-none"));
        return;
    }
    let year = ctx.period.first_day().year();
    if groups.is_empty() {
        report.note(crate::t!("check-note-market-no-occupation"));
        return;
    }
    let mut unmatched: Vec<&str> = Vec::new();
    for ((region, occupation, grade), workers, gross) in groups {
        let (region, occupation, grade, workers, gross) = (
            region.as_str(),
            occupation.as_str(),
            *grade,
            *workers,
            *gross,
        );
        let grade_name = ctx.grade_name(grade);
        let Some(level) = ctx
            .standards
            .market_level(region, occupation, grade_name, year)
        else {
            if !unmatched.contains(&occupation) {
                unmatched.push(occupation);
            }
            continue;
        };
        let monthly = ctx
            .schedule
            .rounding
            .apply(gross.amount() / Decimal::from(workers));
        let annual = Money::new(monthly.amount() * Decimal::from(12));
        if annual >= level.p25 {
            continue;
        }
        let below = if annual < level.p10 { "p10" } else { "p25" };
        let to_p25 = ctx.at_least((level.p25 - annual).amount() / Decimal::from(12));
        report.push(
            Finding::new(
                "market-below-p25",
                Severity::Warning,
                format!("人力资源市场工资价位 {} ({})", level.year, level.source),
                Subject::Occupation {
                    occupation: occupation.to_string(),
                    grade: grade_name.to_string(),
                },
                said!(
                    "check-market-below-p25",
                    workers = workers,
                    monthly = monthly.grouped(),
                    annual = annual.grouped(),
                    below = below,
                    p10 = level.p10.grouped(),
                    p25 = level.p25.grouped(),
                    p50 = level.p50.grouped()
                ),
                said!(
                    "check-market-below-p25-remedy",
                    occupation = occupation,
                    grade = grade_name,
                    by = to_p25.grouped(),
                    p25 = level.p25.grouped()
                ),
            )
            .period(ctx.period)
            .figures(
                Figures::default()
                    .with("workers", workers)
                    .with("annual_pay", annual)
                    .with("p10", level.p10)
                    .with("p25", level.p25)
                    .with("p50", level.p50)
                    .with("level_year", level.year),
            )
            .shortfall(to_p25),
        );
    }
    if !unmatched.is_empty() {
        report.note(crate::t!(
            "check-note-market-unmatched",
            occupations = unmatched.join(", ")
        ));
    }
}
