//! `GradePayKey`: what a worker's pay reads through grade pay. When only the
//! pay table changes (as propose's trials change it), two workers with the
//! same key gain exactly the same: the components that read grade pay (grade
//! pay itself, percentages of it, overtime on it) see the same inputs, and the
//! other components do not move. So a trial prices one worker of each key,
//! not the whole roster.

use rust_decimal::Decimal;

use super::{applies, PayEngine};
use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::schedule::{RuleKind, Schedule};

/// Everything a worker's grade-pay-reading components depend on besides the
/// pay table: the cell, whether each percentage rule applies and the other
/// components it is taken of, and overtime's hours and other base.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct GradePayKey {
    grade: usize,
    step: u32,
    /// Non-zero for a worker paid for a part of the month (or on probation):
    /// their pay is not shared with anyone's.
    alone: u64,
    /// Per percentage rule that reads grade pay: 1 or 0 for whether it
    /// applies, then the amounts of the components it is taken of that do not
    /// read grade pay; then the same for overtime's base, and its weighted hours.
    inputs: Vec<Decimal>,
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
    /// reads through grade pay. `seq` tells apart workers that share with no
    /// one (it must differ between such workers).
    pub fn grade_pay_key(&self, w: &Worker, sheet: &PaySheet, seq: u64, key: &mut GradePayKey) {
        key.grade = w.grade;
        key.step = w.step;
        key.alone = if sheet.part.is_some() { seq + 1 } else { 0 };
        key.inputs.clear();
        if key.alone != 0 {
            return;
        }
        let amount = |c: usize| {
            sheet
                .components
                .get(c)
                .map_or(Decimal::ZERO, |m| m.amount())
        };
        let reads = |c: usize| self.reads_grade_pay.get(c).copied().unwrap_or(false);
        for (i, rule) in self.schedule.allowances.iter().enumerate() {
            if !reads(i + 1) {
                continue;
            }
            key.inputs.push(Decimal::from(u8::from(applies(rule, w))));
            for &c in &self.percent_of[i] {
                if !reads(c) {
                    key.inputs.push(amount(c));
                }
            }
        }
        if self.overtime_reads_grade_pay {
            for &c in &self.overtime_base {
                if !reads(c) {
                    key.inputs.push(amount(c));
                }
            }
            // An overflow is priced (and reported) when the pay is computed.
            key.inputs
                .push(self.overtime_factor(w).unwrap_or(Decimal::MAX));
        }
    }
}
