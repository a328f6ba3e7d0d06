//! `GradePayKey`: what a worker's pay reads through grade pay. When only the
//! pay table changes (as propose's trials change it), two workers with the
//! same key gain exactly the same: the components that read grade pay (grade
//! pay itself, percentages of it, overtime on it) see the same inputs, and the
//! other components do not move. So a trial prices one worker of each key,
//! not the whole roster; overtime, whose hours differ from worker to worker,
//! is priced apart from one formula per distinct [`OvertimeInputs`].

use rust_decimal::Decimal;

use super::{applies, PayEngine, PoolShare};
use std::sync::Arc;

use crate::pay::{PayError, PaySheet};
use crate::roster::Worker;
use crate::schedule::{RuleKind, Schedule};
use crate::Money;

/// Everything a worker's grade-pay-reading components before overtime
/// depend on besides the pay table: the cell, and whether each percentage
/// rule applies and the other components it is taken of. Overtime is kept
/// apart (see [`OvertimeInputs`]) so its hours do not split the groups.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct GradePayKey {
    grade: usize,
    step: u32,
    /// Non-zero for a worker paid for a part of the month (or on probation):
    /// their components are of monthly amounts the sheet does not show, so
    /// they are priced whole and share a group with no one.
    alone: u64,
    /// Per percentage rule that reads grade pay: 1 or 0 for whether it
    /// applies, then the amounts of the components it is taken of that do not
    /// read grade pay.
    inputs: Vec<Decimal>,
}

impl GradePayKey {
    /// True for a worker priced whole, in a group of their own.
    pub fn is_alone(&self) -> bool {
        self.alone != 0
    }
}

/// What a worker's overtime reads besides grade pay, when its base reads
/// grade pay: the base's other components and the weighted hours. Workers of
/// one [`GradePayKey`] with the same inputs are paid the same overtime under
/// any pay table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvertimeInputs {
    /// The components of overtime's base that do not read grade pay.
    pub other: Money,
    /// The hours weighted by their multipliers.
    pub factor: Decimal,
}

/// Per component before overtime, whether it reads grade pay, and whether
/// overtime does. Percentages are taken of earlier components only, so one
/// pass in order settles each.
pub(super) fn reads_grade_pay(
    schedule: &Schedule,
    percent_of: &[Vec<usize>],
    overtime_base: &[usize],
) -> (Vec<bool>, bool) {
    let count = schedule.component_ids().count().saturating_sub(1);
    let mut reads = vec![false; count];
    if let Some(first) = reads.first_mut() {
        *first = true;
    }
    for (i, rule) in schedule.allowances.iter().enumerate() {
        if matches!(rule.kind, RuleKind::Percent { .. }) {
            let reads_it = percent_of[i]
                .iter()
                .any(|&c| reads.get(c).copied().unwrap_or(false));
            if let Some(r) = reads.get_mut(i + 1) {
                *r = reads_it;
            }
        }
    }
    let overtime = overtime_base
        .iter()
        .any(|&c| reads.get(c).copied().unwrap_or(false));
    (reads, overtime)
}

impl PayEngine<'_> {
    /// Fills `key` with what `w`'s pay (computed into `sheet` by this engine)
    /// reads through grade pay before overtime, and returns overtime's inputs
    /// when its base reads grade pay (none for a worker priced whole). `seq`
    /// tells apart workers that share with no one (it must differ between
    /// such workers).
    pub fn grade_pay_key(
        &self,
        w: &Worker,
        sheet: &PaySheet,
        seq: u64,
        key: &mut GradePayKey,
    ) -> Option<OvertimeInputs> {
        key.grade = w.grade;
        key.step = w.step;
        key.alone = if sheet.part.is_some() { seq + 1 } else { 0 };
        key.inputs.clear();
        if key.alone != 0 {
            return None;
        }
        let amount = |c: usize| sheet.components.get(c).copied().unwrap_or(Money::ZERO);
        let reads = |c: usize| self.reads_grade_pay.get(c).copied().unwrap_or(false);
        for (i, rule) in self.schedule.allowances.iter().enumerate() {
            if !reads(i + 1) {
                continue;
            }
            key.inputs.push(Decimal::from(u8::from(applies(rule, w))));
            for &c in &self.percent_of[i] {
                if !reads(c) {
                    key.inputs.push(amount(c).amount());
                }
            }
        }
        if !self.overtime_reads_grade_pay {
            return None;
        }
        let mut other = Some(Money::ZERO);
        for &c in &self.overtime_base {
            if !reads(c) {
                other = other.and_then(|o| o.checked_add(amount(c)));
            }
        }
        let Some(other) = other else {
            // Beyond the decimal range apart from grade pay: priced whole.
            key.alone = seq + 1;
            key.inputs.clear();
            return None;
        };
        Some(OvertimeInputs {
            other,
            // An overflow is priced (and reported) when the pay is computed.
            factor: self.overtime_factor(w).unwrap_or(Decimal::MAX),
        })
    }

    /// Of a worker's pay computed into `sheet` (a whole month, not alone):
    /// the components before overtime that read grade pay, summed, and the
    /// part of overtime's base they make; `None` beyond the decimal range.
    pub fn grade_pay_reading(&self, sheet: &PaySheet) -> Option<(Money, Money)> {
        let reads = |c: usize| self.reads_grade_pay.get(c).copied().unwrap_or(false);
        let amount = |c: usize| sheet.components.get(c).copied().unwrap_or(Money::ZERO);
        let mut before_overtime = Money::ZERO;
        for c in (0..sheet.components.len()).filter(|&c| reads(c)) {
            before_overtime = before_overtime.checked_add(amount(c))?;
        }
        let mut base = Money::ZERO;
        for &c in self.overtime_base.iter().filter(|&&c| reads(c)) {
            base = base.checked_add(amount(c))?;
        }
        Some((before_overtime, base))
    }

    /// Overtime at `inputs` when the reading part of its base is `reading`,
    /// rounded as on the pay sheet; `None` on overflow.
    pub fn overtime_at(&self, reading: Money, inputs: OvertimeInputs) -> Option<Money> {
        let base = reading.checked_add(inputs.other)?;
        let (_, exact) = self.overtime_on(base, inputs.factor)?;
        Some(self.schedule.rounding.apply(exact))
    }

    /// The pool share `sheet` was computed with (zero without a pool): what
    /// a worker of a group is priced with in a trial, so a percentage taken
    /// of the pool as well as of grade pay sees their share. It is the share
    /// before proration: a part-month worker's pool component is prorated
    /// again when the trial prices them.
    pub fn pool_share_in(&self, sheet: &PaySheet) -> PoolShare {
        PoolShare {
            amount: sheet.pool_share,
            ..PoolShare::default()
        }
    }

    /// The error of a figure of `employee` (at `line` of `roster`) that left
    /// the decimal range in `component` (an allowance's id, overtime, gross).
    pub fn overflow(
        &self,
        employee: &str,
        line: u64,
        roster: &Arc<str>,
        component: &str,
    ) -> PayError {
        PayError::Overflow {
            employee: employee.to_string(),
            line,
            roster: Arc::clone(roster),
            rule: self.rule_at(component),
        }
    }
}
