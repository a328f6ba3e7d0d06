//! `PayEngine`: computes a worker's pay sheet from a schedule, exactly, and can
//! explain every figure.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::pay::{Derivation, Part, PayError, PaySheet, RuleAt};
use crate::roster::{Slot, Worker};
use std::borrow::Cow;
use std::sync::Arc;

use crate::schedule::{
    AdjustError, Grade, OvertimeRounding, RuleKind, Schedule, StepForm, GRADE_PAY, OVERTIME,
};
use crate::{Money, Period};

/// A schedule prepared for one pay period.
#[derive(Debug, Clone)]
pub struct PayEngine<'s> {
    schedule: &'s Schedule,
    period: Period,
    /// The period's first and last day, worked out once rather than for
    /// each worker (proration and seniority read them).
    days: (NaiveDate, NaiveDate),
    /// The grade table in force in the period (工资调整办法), or why there is none.
    grades: Result<Cow<'s, [Grade]>, AdjustError>,
    /// Per allowance: the components a percentage is taken of.
    percent_of: Vec<Vec<usize>>,
    overtime_base: Vec<usize>,
    /// Components left out of the minimum-wage base besides overtime: the
    /// allowances that do not count toward it (最低工资规定 Art 12).
    not_toward_minimum: Vec<usize>,
    /// Per component before overtime, whether its amount reads grade pay
    /// (grade pay itself, and percentages of such); see [`GradePayKey`].
    reads_grade_pay: Vec<bool>,
    /// Whether overtime's base reads grade pay.
    overtime_reads_grade_pay: bool,
}

impl<'s> PayEngine<'s> {
    /// The engine for `schedule` in `period`: the step table in force then (its adjustments applied) and each rule's lookups prepared.
    pub fn new(schedule: &'s Schedule, period: Period) -> Self {
        Self::with_table_of(schedule, period, period)
    }

    /// Computes `period` with the grade table in force in `table` (the cost of
    /// a later run of the term with every other input as in `period`).
    pub fn with_table_of(schedule: &'s Schedule, period: Period, table: Period) -> Self {
        let index = |id: &String| schedule.component_index(id).unwrap_or(0);
        let percent_of: Vec<Vec<usize>> = schedule
            .allowances
            .iter()
            .map(|a| match &a.kind {
                RuleKind::Percent { of, .. } => of.iter().map(index).collect(),
                _ => Vec::new(),
            })
            .collect();
        let overtime_base: Vec<usize> = schedule.overtime.base.iter().map(index).collect();
        let not_toward_minimum = (schedule.allowances.iter().enumerate())
            .filter(|(_, a)| !a.counts_toward_minimum)
            .map(|(i, _)| i + 1)
            // Piece pay in overtime, like overtime, is left out (最低工资规定 Art 12).
            .chain(schedule.piece_index().map(|i| i + 1))
            .collect();
        let (reads_grade_pay, overtime_reads_grade_pay) =
            sensitivity::reads_grade_pay(schedule, &percent_of, &overtime_base);
        PayEngine {
            schedule,
            period,
            days: (period.first_day(), period.last_day()),
            grades: schedule.table_for(table),
            percent_of,
            overtime_base,
            not_toward_minimum,
            reads_grade_pay,
            overtime_reads_grade_pay,
        }
    }

    /// A component's rule and where the schedule writes it.
    fn rule_at(&self, component: &str) -> RuleAt {
        let schedule = self.schedule;
        let line = schedule
            .allowances
            .iter()
            .position(|a| a.id == component)
            .and_then(|i| schedule.allowance_lines.get(i))
            .map_or(0, |&l| l);
        RuleAt {
            rule: component.to_string(),
            file: std::sync::Arc::clone(&schedule.file),
            line,
        }
    }

    /// The schedule it computes.
    pub fn schedule(&self) -> &'s Schedule {
        self.schedule
    }

    /// The pay period it computes.
    pub fn period(&self) -> Period {
        self.period
    }

    /// Computes one worker's pay into a reused sheet. `pool_share` is the worker's
    /// part of the profit-sharing pool (see [`PayEngine::pool_shares`]).
    pub fn compute(
        &self,
        worker: &Worker,
        pool_share: PoolShare,
        sheet: &mut PaySheet,
    ) -> Result<(), PayError> {
        self.run(worker, pool_share, sheet, None)
    }

    /// Computes one worker's pay with the derivation of every component.
    pub fn explain(
        &self,
        worker: &Worker,
        pool_share: PoolShare,
    ) -> Result<(PaySheet, Vec<Derivation>), PayError> {
        let mut sheet = PaySheet::default();
        let mut steps = Vec::new();
        self.run(worker, pool_share, &mut sheet, Some(&mut steps))?;
        Ok((sheet, steps))
    }

    /// Computes a whole roster, splitting any pool per enterprise.
    pub fn compute_all(&self, workers: &[Worker]) -> Result<Vec<PaySheet>, PayError> {
        let shares = self.pool_shares(workers)?;
        workers
            .iter()
            .zip(shares)
            .map(|(w, share)| {
                let mut sheet = PaySheet::default();
                self.compute(w, share, &mut sheet).map(|()| sheet)
            })
            .collect()
    }

    // Inlined: in `compute`'s copy the trace is `None`, and every derivation folds away.
    #[inline(always)]
    fn run(
        &self,
        w: &Worker,
        pool_share: PoolShare,
        sheet: &mut PaySheet,
        mut trace: Option<&mut Vec<Derivation>>,
    ) -> Result<(), PayError> {
        let schedule = self.schedule;
        let rounding = schedule.rounding;
        let overflow = |component: &str| PayError::Overflow {
            employee: w.employee_id.clone(),
            line: w.line,
            roster: Arc::clone(&w.roster),
            rule: self.rule_at(component),
        };
        sheet.clear();
        sheet.pool_share = pool_share.amount;
        let grades = match &self.grades {
            Ok(grades) => grades,
            Err(AdjustError::Overflow) => return Err(overflow(GRADE_PAY)),
            Err(AdjustError::Unresolved { from, year }) => {
                return Err(PayError::Adjustment(
                    crate::schedule::UnfilledGuideline {
                        from: *from,
                        year: *year,
                        region: schedule.meta.region.clone(),
                    }
                    .to_string(),
                ))
            }
        };

        // A month not worked in full (joiner, leaver, leave, probation): each
        // rule's monthly amount, kept in `monthly`, is paid for the part.
        let part = Part::within(&schedule.attendance, self.days, w);
        sheet.part = part;
        let mut monthly: Vec<Money> = Vec::new();

        // 能级工资: the grade's pay at the worker's step.
        let index = w.grade.min(schedule.grades.len() - 1);
        let grade = &schedule.grades[index];
        let table_pay = grades[index].pay_at(w.step).unwrap_or(Money::ZERO);
        let mut grade_pay = table_pay;
        let mut grade_exact = None;
        if let Some(p) = &part {
            // 劳动合同法 Art 20: probation pays the schedule's rate of grade pay.
            let factor = if p.probation {
                schedule.attendance.probation_rate.fraction()
            } else {
                Decimal::ONE
            };
            let probation_pay = rounding.apply(
                table_pay
                    .checked_mul(factor)
                    .ok_or_else(|| overflow(GRADE_PAY))?,
            );
            monthly.push(probation_pay);
            if !(p.is_whole() && factor == Decimal::ONE) {
                grade_pay = p
                    .apply(table_pay, factor, rounding)
                    .ok_or_else(|| overflow(GRADE_PAY))?;
                grade_exact = p.share(table_pay).map(|x| x * factor);
            }
        }
        sheet.components.push(grade_pay);
        if let Some(t) = trace.as_deref_mut() {
            let mut d = derivation(GRADE_PAY, "能级工资", "grade-table", None, true, grade_pay);
            d.input("grade", &grade.name);
            d.input("step", w.step);
            let written = grade.pay_at(w.step).unwrap_or(Money::ZERO);
            d.formula = match grade.form {
                StepForm::Table => crate::t!(
                    "explain-grade-table",
                    grade = &grade.name,
                    step = w.step.to_string(),
                    pay = written
                ),
                StepForm::BasePlusIncrement { base, increment } => crate::t!(
                    "explain-grade-base",
                    grade = &grade.name,
                    base = base,
                    increment = increment,
                    step = w.step.to_string(),
                    pay = written
                ),
            };
            adjusted_text(&mut d, schedule, self.period, written);
            if let Some(p) = part.filter(|p| p.probation) {
                d.input(
                    "probation_end",
                    w.probation_end.map(|e| e.to_string()).unwrap_or_default(),
                );
                d.formula.push_str(&crate::t!(
                    "pay-formula-probation",
                    rate = schedule.attendance.probation_rate
                ));
                if p.is_whole() {
                    d.formula.push_str(&format!(" = {grade_pay}"));
                }
            }
            if let Some(p) = part.filter(|p| !p.is_whole()) {
                prorated_text(&mut d, p, grade_pay, grade_exact, rounding);
            }
            t.push(d);
        }

        for (i, rule) in schedule.allowances.iter().enumerate() {
            let slot = w.slots.get(i).copied().unwrap_or(Slot::Empty);
            // The derivation goes into the trace first and is filled in place:
            // without a trace, nothing is built or moved.
            let mut d = match trace.as_deref_mut() {
                Some(t) => {
                    t.push(derivation(
                        &rule.id,
                        &rule.name,
                        rule.kind_name(),
                        rule.clause.clone(),
                        rule.counts_toward_minimum,
                        Money::ZERO,
                    ));
                    t.last_mut()
                }
                None => None,
            };
            let mut amount = if applies(rule, w) {
                let components = if part.is_some() {
                    &monthly
                } else {
                    &sheet.components
                };
                self.evaluate(rule, i, slot, w, pool_share, components, d.as_deref_mut())
                    .ok_or_else(|| overflow(&rule.id))?
            } else {
                if let Some(d) = d.as_deref_mut() {
                    d.formula = crate::t!(
                        "explain-not-paid",
                        conditions = condition_text(rule, schedule)
                    );
                }
                Money::ZERO
            };
            if let Some(p) = &part {
                monthly.push(amount);
                if rule.prorated && !p.is_whole() && !amount.amount().is_zero() {
                    let full = amount;
                    amount = p
                        .apply(full, Decimal::ONE, rounding)
                        .ok_or_else(|| overflow(&rule.id))?;
                    if let Some(d) = d.as_deref_mut() {
                        prorated_text(d, *p, amount, p.share(full), rounding);
                    }
                }
            }
            sheet.components.push(amount);
            if let Some(d) = d {
                d.amount = amount;
            }
        }

        // 计件工资: quantities x rates, after the allowances.
        if !schedule.piece_rates.is_empty() {
            let pieces = super::piece::pay(schedule, w, trace.as_deref_mut())
                .ok_or_else(|| overflow(crate::schedule::PIECE_PAY))?;
            sheet.components.extend(pieces);
            if part.is_some() {
                monthly.extend(pieces);
            }
        }

        // 加班工资 (劳动法 Art 44): hourly = base / standard hours, then hourly x
        // (weekday x m1 + rest day x m2 + holiday x m3). The schedule says where
        // it is rounded: the hourly rate first (default), or only the amount.
        let ot = &schedule.overtime;
        let mut base = Money::ZERO;
        // The hourly rate is of the monthly amounts, not of a part of them.
        let full = if part.is_some() {
            &monthly
        } else {
            &sheet.components
        };
        for &c in &self.overtime_base {
            base = base
                .checked_add(full[c])
                .ok_or_else(|| overflow(OVERTIME))?;
        }
        let factor = self.overtime_factor(w).ok_or_else(|| overflow(OVERTIME))?;
        let (hourly, overtime_exact) = self
            .overtime_on(base, factor)
            .ok_or_else(|| overflow(OVERTIME))?;
        let overtime = rounding.apply(overtime_exact);
        sheet.components.push(overtime);
        if let Some(t) = trace {
            let mut d = derivation(OVERTIME, "加班工资", "overtime", None, false, overtime);
            let [m1, m2, m3] = ot.multipliers();
            let [h1, h2, h3] = w.overtime_hours;
            d.input("ot_weekday_h", h1);
            d.input("ot_restday_h", h2);
            d.input("ot_holiday_h", h3);
            let exact_hourly = base
                .amount()
                .checked_div(ot.standard_hours)
                .unwrap_or_default()
                .round_dp(6)
                .normalize();
            let columns = ot.base.join(" + ");
            // One argument list serves both forms; the amount's form does not
            // show the rounded hourly rate.
            let id = match ot.rounding {
                OvertimeRounding::HourlyRate => "explain-overtime-hourly",
                OvertimeRounding::Amount => "explain-overtime-amount",
            };
            d.formula = crate::t!(
                id,
                columns = columns,
                base = base,
                hours = ot.standard_hours,
                exact = exact_hourly,
                hourly = hourly,
                h1 = h1,
                m1 = m1,
                h2 = h2,
                m2 = m2,
                h3 = h3,
                m3 = m3,
                amount = overtime
            );
            if rounding.changes(overtime_exact) {
                d.exact = Some(overtime_exact);
                d.rounding = Some(rounding.words());
            }
            t.push(d);
        }

        let gross = Money::checked_sum(&sheet.components).ok_or_else(|| overflow("gross"))?;
        let mut excluded = overtime;
        for &c in &self.not_toward_minimum {
            excluded += sheet.components[c];
        }
        sheet.gross = gross;
        sheet.minimum_wage_base = gross - excluded;
        Ok(())
    }
}

#[path = "pool_share.rs"]
mod pool_share;
pub use pool_share::PoolShare;

#[path = "allowance_rule.rs"]
mod allowance_rule;
use allowance_rule::{applies, condition_text};

#[path = "derivation_text.rs"]
mod derivation_text;
use derivation_text::{adjusted_text, derivation, prorated_text};

#[path = "sensitivity.rs"]
mod sensitivity;
pub use sensitivity::{GradePayKey, OvertimeInputs};

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
