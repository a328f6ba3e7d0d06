//! `Explanation`: the full derivation of one worker's pay, as text for a person at
//! the negotiation table and as JSON of a stable, documented shape.

use std::fmt;

use serde::Serialize;

use crate::pay::{Derivation, PaySheet};
use crate::roster::Worker;
use crate::{Money, Period, Schedule};

/// The part of the month paid, for `explain`.
#[derive(Debug, Clone, Serialize)]
pub struct PaidDays {
    /// Paid days after leave, of `of` (21.75).
    pub days: String,
    pub of: String,
    pub probation: bool,
    /// The counting, in words.
    pub how: String,
}

/// One worker's pay, component by component, with the arithmetic.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// The worker's 工号.
    pub employee_id: String,
    /// The worker's name, as the roster writes it.
    pub name: String,
    /// The enterprise the worker belongs to.
    pub enterprise_id: String,
    /// The worker's skill grade (能级), by the schedule's name.
    pub grade: String,
    /// The step (档) within the grade, from 1.
    pub step: u32,
    /// The pay period, `YYYY-MM`.
    pub period: String,
    /// The schedule's name (`[schedule] name`).
    pub schedule: String,
    /// The schedule's rounding as text: `half-up to 0.01`.
    pub rounding: String,
    /// How the paid days of a month not paid in full were counted (absent for a
    /// whole month at full pay).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_days: Option<PaidDays>,
    /// The pay adjustments (工资调整办法) in force on the period's last day, in
    /// date order: "2027-01-01: +5%, at least 100.00 a step" (absent when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub adjustments_in_force: Vec<String>,
    /// Each pay component with its arithmetic, in pay-sheet order.
    pub components: Vec<Derivation>,
    /// 应发工资: the sum of the components.
    pub gross: Money,
    /// Components left out of the minimum-wage comparison (最低工资规定 Art 12).
    pub minimum_wage_excluded: Vec<String>,
    /// The pay compared with the minimum wage: the gross less the excluded components, in yuan.
    pub minimum_wage_base: Money,
}

impl Explanation {
    /// The explanation of `sheet`, the pay of `worker` in `period` under `schedule`, from the engine's derivations.
    pub fn new(
        schedule: &Schedule,
        period: Period,
        worker: &Worker,
        sheet: &PaySheet,
        components: Vec<Derivation>,
    ) -> Self {
        let minimum_wage_excluded = components
            .iter()
            .filter(|d| !d.counts_toward_minimum)
            .map(|d| d.component.clone())
            .collect();
        Explanation {
            employee_id: worker.employee_id.clone(),
            name: worker.name.clone(),
            enterprise_id: worker.enterprise_id.clone(),
            grade: schedule
                .grades
                .get(worker.grade)
                .map_or(String::new(), |g| g.name.clone()),
            step: worker.step,
            period: period.to_string(),
            schedule: schedule.meta.title.clone(),
            rounding: schedule.rounding.to_string(),
            paid_days: sheet.part.map(|p| PaidDays {
                days: p.days().to_string(),
                of: p.paid_days.normalize().to_string(),
                probation: p.probation,
                how: p.describe(worker, &schedule.attendance),
            }),
            adjustments_in_force: crate::schedule::in_force(
                &schedule.adjustments,
                period.last_day(),
            )
            .iter()
            .map(|a| format!("{}: {}", a.from, a.describe()))
            .collect(),
            components,
            gross: sheet.gross,
            minimum_wage_excluded,
            minimum_wage_base: sheet.minimum_wage_base,
        }
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let enterprise = if self.enterprise_id.is_empty() {
            String::new()
        } else {
            format!(" 企业 {}", self.enterprise_id)
        };
        writeln!(
            f,
            "{} 工号 {}{enterprise} — {} 第{}档, {}",
            self.name, self.employee_id, self.grade, self.step, self.period
        )?;
        writeln!(
            f,
            "schedule: {}; rounding: {}",
            self.schedule, self.rounding
        )?;
        if !self.adjustments_in_force.is_empty() {
            writeln!(
                f,
                "{}",
                crate::t!(
                    "pay-adjust-line",
                    period = &self.period,
                    list = self.adjustments_in_force.join("; ")
                )
            )?;
        }
        if let Some(p) = &self.paid_days {
            writeln!(
                f,
                "{}",
                crate::t!("pay-days-line", of = &p.of, how = &p.how)
            )?;
            if p.probation {
                writeln!(f, "{}", crate::t!("pay-days-probation-line"))?;
            }
        }
        writeln!(f)?;
        for d in &self.components {
            let clause = d
                .clause
                .as_deref()
                .map(|c| format!(" [{c}]"))
                .unwrap_or_default();
            writeln!(
                f,
                "{} {} ({}){clause}: {}",
                d.name,
                d.component,
                d.kind,
                d.amount.grouped()
            )?;
            for input in &d.inputs {
                writeln!(
                    f,
                    "    reads {} = {}",
                    input.column,
                    if input.value.is_empty() {
                        "(empty)"
                    } else {
                        &input.value
                    }
                )?;
            }
            writeln!(f, "    {}", d.formula)?;
            if let (Some(exact), Some(rounding)) = (d.exact, &d.rounding) {
                writeln!(
                    f,
                    "    rounded {rounding}: {} -> {}",
                    exact.normalize(),
                    d.amount
                )?;
            }
        }
        writeln!(f)?;
        let parts: Vec<String> = self
            .components
            .iter()
            .map(|d| d.amount.to_string())
            .collect();
        writeln!(
            f,
            "应发工资 gross = {} = {}",
            parts.join(" + "),
            self.gross.grouped()
        )?;
        let excluded: Vec<String> = self
            .components
            .iter()
            .filter(|d| !d.counts_toward_minimum)
            .map(|d| format!("{} {}", d.name, d.amount))
            .collect();
        writeln!(
            f,
            "最低工资比较基数 minimum-wage base = gross - ({}) = {} (最低工资规定 Art 12 excludes overtime and special-condition allowances)",
            excluded.join(" + "),
            self.minimum_wage_base.grouped()
        )
    }
}
