//! The skill-worker minimum (人社厅发〔2025〕52号): each worker's pay at least the
//! percentage of the local minimum wage set for their post category, rising with
//! their grade. A warning where the guide is a reference, an error where a region
//! made it binding.

use std::collections::BTreeMap;

use crate::check::{Context, Figures, Finding, Minimums, Report, Severity, Subject};
use crate::i18n::Arg;
use crate::roster::Employment;
use crate::said;
use crate::standards::Rise;

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
}

impl SkillTally {
    pub fn merge(&mut self, other: &SkillTally) {
        self.no_category += other.no_category;
        self.no_standard += other.no_standard;
        for (category, n) in &other.unknown {
            *self.unknown.entry(category.clone()).or_default() += n;
        }
    }

    /// What could not be checked, as notes.
    pub fn notes(&self, ctx: &Context, report: &mut Report) {
        if ctx.standards.skill_minimums.is_empty() {
            report.note("skill-worker minimum: no [[skill_minimum]] in the standards");
            return;
        }
        let on = ctx.period.last_day();
        let SkillTally {
            no_category,
            unknown,
            no_standard,
        } = self;
        if *no_standard > 0 {
            report.note(format!(
                "skill-worker minimum: none in force on {on} for {no_standard} worker(s)"
            ));
        }
        if *no_category > 0 {
            report.note(format!(
                "skill-worker minimum: {no_category} worker(s) have no post category (岗位类别)"
            ));
        }
        for (category, n) in unknown {
            report.note(format!(
                "skill-worker minimum: post category '{category}' ({n} worker(s)) has no percentage in the standards"
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
            Finding::new(
                "skill-minimum",
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
