//! `Cost`, `WorkerCost` and `GradeCost`: a change in pay over a set of workers,
//! one worker's, and a grade's promotions and demotions, as the pay effect sums them.

use serde::Serialize;

use crate::pay::PaySheet;
use crate::Money;

/// A change in pay over a set of workers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Cost {
    /// Workers counted.
    pub headcount: u64,
    /// Recurring change in the first month.
    pub monthly: Money,
    /// Change in one-off awards over the year.
    pub one_off: Money,
    /// Whole change over the twelve months.
    pub annual: Money,
}

impl Cost {
    pub(crate) fn merge(&mut self, other: &Cost) {
        self.headcount += other.headcount;
        self.monthly += other.monthly;
        self.one_off += other.one_off;
        self.annual += other.annual;
    }

    pub(crate) fn add(&mut self, w: &WorkerCost) {
        self.headcount += 1;
        self.monthly += w.monthly;
        self.one_off += w.one_off;
        self.annual += w.annual;
    }
}

/// One worker's change in pay.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WorkerCost {
    /// The change in the first month's recurring pay, in yuan.
    pub monthly: Money,
    /// The change in one-off awards over the year, in yuan.
    pub one_off: Money,
    /// The change over the twelve months, in yuan.
    pub annual: Money,
}

impl WorkerCost {
    /// True when the worker's pay does not change.
    pub fn is_zero(&self) -> bool {
        *self == WorkerCost::default()
    }

    /// Adds the change from `old` to `new`, the worker's sheets in month `m`
    /// (`one_off`: which components are one-off awards).
    pub(crate) fn add_month(&mut self, m: usize, old: &PaySheet, new: &PaySheet, one_off: &[bool]) {
        self.annual += new.gross - old.gross;
        for ((a, b), is_one_off) in old.components.iter().zip(&new.components).zip(one_off) {
            if *is_one_off {
                self.one_off += *b - *a;
            } else if m == 0 {
                self.monthly += *b - *a;
            }
        }
    }
}

/// Promotions into and demotions into one grade.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct GradeCost {
    /// The workers promoted into the grade, and their change in pay.
    pub promoted: Cost,
    /// The workers demoted into the grade, and their change in pay.
    pub demoted: Cost,
}
