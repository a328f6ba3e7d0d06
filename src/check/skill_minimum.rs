//! The skill-worker minimum (人社厅发〔2025〕52号): each worker's pay at least the
//! percentage of the local minimum wage set for their post category, rising with
//! their grade. A warning where the guide is a reference, an error where a region
//! made it binding.

use std::collections::BTreeMap;

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Minimums, Report, Said, Severity, Subject};
use crate::i18n::Arg;
use crate::pay::PaySheet;
use crate::roster::{Employment, Worker};
use crate::said;
use crate::standards::{Rise, SkillMinimum, Sourced};
use crate::Money;

pub fn check(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    let mut tally = SkillTally::default();
    check_workers(ctx, minimums, &mut tally, report);
    tally.notes(ctx, report);
}

/// The workers the skill-worker minimum could not be applied to, counted over
/// a roster that may come in parts, for the notes at the end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillTally {
    no_category: u64,
    unknown: BTreeMap<String, u64>,
    no_standard: u64,
    /// Top-grade workers not held to the P10: no reference occupation named,
    /// and references named but no level found for them.
    top_no_reference: u64,
    top_no_level: u64,
}

impl SkillTally {
    /// Adds the counts of another part of the roster.
    pub fn merge(&mut self, other: &SkillTally) {
        self.no_category += other.no_category;
        self.no_standard += other.no_standard;
        self.top_no_reference += other.top_no_reference;
        self.top_no_level += other.top_no_level;
        for (category, n) in &other.unknown {
            *self.unknown.entry(category.clone()).or_default() += n;
        }
    }

    /// What could not be checked, as notes.
    pub fn notes(&self, ctx: &Context, report: &mut Report) {
        if ctx.standards.skill_minimums.is_empty() {
            report.note(crate::t!("check-note-skill-none"));
            return;
        }
        let on = ctx.period.last_day();
        let SkillTally {
            no_category,
            unknown,
            no_standard,
            top_no_reference,
            top_no_level,
        } = self;
        if *no_standard > 0 {
            report.note(crate::t!(
                "check-note-skill-not-in-force",
                on = on.to_string(),
                count = *no_standard
            ));
        }
        if *no_category > 0 {
            report.note(crate::t!(
                "check-note-skill-no-category",
                count = *no_category
            ));
        }
        for (category, n) in unknown {
            report.note(crate::t!(
                "check-note-skill-unknown-category",
                category = category.to_string(),
                count = *n
            ));
        }
        if *top_no_reference > 0 {
            report.note(crate::t!(
                "check-note-skill-top-no-reference",
                count = *top_no_reference
            ));
        }
        if *top_no_level > 0 {
            report.note(crate::t!(
                "check-note-skill-top-no-level",
                count = *top_no_level
            ));
        }
    }
}

/// Each worker's pay against the skill-worker minimum; what cannot be checked
/// is counted in `tally`.
pub fn check_workers(
    ctx: &Context,
    minimums: &mut Minimums,
    tally: &mut SkillTally,
    report: &mut Report,
) {
    if ctx.standards.skill_minimums.is_empty() {
        return;
    }
    let on = ctx.period.last_day();
    for (w, sheet) in ctx.workers.iter().zip(ctx.sheets) {
        let region = ctx.region_of(w);
        let Some(sm) = ctx.standards.skill_minimum(region, on) else {
            tally.no_standard += 1;
            continue;
        };
        // The floor is a share of the monthly minimum: part-time workers are
        // held against the hourly minimum instead.
        if w.employment == Employment::PartTime {
            continue;
        }
        check_top_grade(ctx, sm, w, sheet, tally, report);
        if w.post_category.is_empty() {
            tally.no_category += 1;
            continue;
        }
        let Some(category) = sm.category(&w.post_category) else {
            match tally.unknown.get_mut(w.post_category.as_str()) {
                Some(n) => *n += 1,
                None => {
                    tally.unknown.insert(w.post_category.clone(), 1);
                }
            }
            continue;
        };
        // A region without a minimum is reported by the minimum-wage check.
        let Some(min) = minimums.get(region, ctx.period, 0) else {
            continue;
        };
        let Some(floor) = category.floor(min.monthly, w.grade) else {
            continue;
        };
        let base = ctx.comparison_base(sheet, min.standard);
        if base.amount() >= floor {
            continue;
        }
        let required = ctx.at_least(floor);
        let short = required - base;
        let grade = ctx.grade_name(w.grade);
        let rise = match category.rise_per_grade {
            Some(r @ Rise::Ratio(_)) | Some(r @ Rise::Amount(_)) if w.grade > 0 => r.to_string(),
            _ => String::new(),
        };
        report.push(
            shortfall_finding(
                "skill-minimum",
                sm,
                w,
                said!(
                    "check-skill-minimum",
                    category = w.post_category.as_str(),
                    grade = grade,
                    pay = base.grouped(),
                    required = required.grouped(),
                    rate = Arg::display(category.rate),
                    minimum = min.monthly.grouped(),
                    has_rise = if rise.is_empty() { "no" } else { "yes" },
                    rise = rise.as_str(),
                    grades_up = w.grade as u64
                ),
                said!(
                    "check-skill-minimum-remedy",
                    id = w.employee_id.as_str(),
                    more = short.grouped(),
                    period = Arg::display(ctx.period),
                    to = required.grouped()
                ),
            )
            .period(ctx.period)
            .figures(
                Figures::default()
                    .with("post_category", &w.post_category)
                    .with("grade", grade)
                    .with("minimum_wage_base", base)
                    .with("skill_minimum", required)
                    .with("rate", category.rate)
                    .with("minimum_wage", min.monthly),
            )
            .shortfall(short),
        );
    }
}

/// 52号: 特级技师 and 首席技师 earn at least the regional P10 of senior
/// professional or management pay. Market levels are annual and include
/// overtime, so the month's gross pay times 12 is compared; meeting the lowest
/// P10 of the reference occupations passes.
fn check_top_grade(
    ctx: &Context,
    sm: &Sourced<SkillMinimum>,
    w: &Worker,
    sheet: &PaySheet,
    tally: &mut SkillTally,
    report: &mut Report,
) {
    let grade = ctx.grade_name(w.grade);
    if !sm.top_grades.iter().any(|g| g == grade) {
        return;
    }
    if sm.top_reference.is_empty() {
        tally.top_no_reference += 1;
        return;
    }
    let region = ctx.region_of(w);
    let year = ctx.period.first_day().year();
    let Some(level) = sm
        .top_reference
        .iter()
        .filter_map(|occupation| ctx.standards.market_level(region, occupation, grade, year))
        .min_by_key(|level| level.p10)
    else {
        tally.top_no_level += 1;
        return;
    };
    let Some(annual) = sheet.gross.checked_mul(Decimal::from(12)) else {
        return;
    };
    let annual = Money::new(annual);
    if annual >= level.p10 {
        return;
    }
    let more = ctx.at_least((level.p10 - annual).amount() / Decimal::from(12));
    report.push(
        shortfall_finding(
            "skill-minimum-top-p10",
            sm,
            w,
            said!(
                "check-skill-minimum-top-p10",
                grade = grade,
                monthly = sheet.gross.grouped(),
                annual = annual.grouped(),
                occupation = level.occupation.as_str(),
                year = level.year,
                p10 = level.p10.grouped()
            ),
            said!(
                "check-skill-minimum-top-p10-remedy",
                id = w.employee_id.as_str(),
                more = more.grouped(),
                p10 = level.p10.grouped()
            ),
        )
        .period(ctx.period)
        .figures(
            Figures::default()
                .with("grade", grade)
                .with("annual_pay", annual)
                .with("reference", &level.occupation)
                .with("p10", level.p10)
                .with("level_year", level.year),
        )
        .shortfall(more),
    );
}

/// A worker's shortfall against the skill-worker minimum, by either of its two
/// rules: a warning where the guide is a reference, an error where the region
/// made it binding, on the guide's basis.
fn shortfall_finding(
    rule: &'static str,
    sm: &Sourced<SkillMinimum>,
    w: &Worker,
    message: Said,
    remedy: Said,
) -> Finding {
    Finding::new(
        rule,
        if sm.binding {
            Severity::Error
        } else {
            Severity::Warning
        },
        sm.basis.clone(),
        Subject::Worker {
            employee_id: w.employee_id.clone(),
            name: w.name.clone(),
            enterprise_id: w.enterprise_id.clone(),
        },
        message,
        remedy,
    )
}
