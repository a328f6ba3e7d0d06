//! `PayEffect`: what an assessment costs under a pay schedule: every worker's pay
//! computed by the pay engine on the roster before and after, month by month for
//! a year, and the differences summed per grade.
//!
//! Monthly is the recurring change in the first month (one-off awards left out);
//! one-off is what one-off rules (such as a promotion award paid in the month of
//! the new 晋级日期) pay more over the year; annual is the whole change over the
//! twelve months, so annual = 12 x monthly + one-off when nothing else varies.

use chrono::Months;
use serde::Serialize;

use crate::assess::Change;
use crate::pay::{PayEngine, PayError};
use crate::roster::Worker;
use crate::schedule::RuleKind;
use crate::{Money, Period, Schedule};

/// The months a year of pay covers.
pub const MONTHS: u32 = 12;

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
    fn add(&mut self, w: &WorkerCost) {
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
}

/// Promotions into and demotions into one grade.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct GradeCost {
    /// The workers promoted into the grade, and their change in pay.
    pub promoted: Cost,
    /// The workers demoted into the grade, and their change in pay.
    pub demoted: Cost,
}

/// The pay effect of an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayEffect {
    /// The first month of the twelve the effect is costed over.
    pub first: Period,
    /// The last month of them.
    pub last: Period,
    /// Per grade of the ladder, by the grade assessed.
    pub grades: Vec<GradeCost>,
    /// All promotions together.
    pub promotions: Cost,
    /// All demotions together.
    pub demotions: Cost,
    /// Workers whose grade did not change but whose pay did (a profit-sharing pool
    /// split by grade weights is shared differently).
    pub others: Cost,
    /// The whole wage bill.
    pub total: Cost,
    /// Per worker, in roster order.
    pub workers: Vec<WorkerCost>,
}

impl PayEffect {
    /// `before` and `after` are the same workers in the same order; `assessed`
    /// and `changes` are their decisions.
    /// The months the effect is priced over: `MONTHS` from `first`.
    pub fn months(first: Period) -> impl Iterator<Item = Period> {
        (0..MONTHS).map(move |m| {
            first
                .first_day()
                .checked_add_months(Months::new(m))
                .map_or(first, Period::of)
        })
    }

    /// The effect of the committee's decisions on pay: every assessed worker priced before and after, month by month from `first`.
    pub fn compute(
        schedule: &Schedule,
        before: &[Worker],
        after: &[Worker],
        assessed: &[usize],
        changes: &[Change],
        first: Period,
    ) -> Result<PayEffect, PayError> {
        let one_off: Vec<bool> = std::iter::once(false)
            .chain(
                schedule
                    .allowances
                    .iter()
                    .map(|a| matches!(a.kind, RuleKind::OneOff { .. })),
            )
            .chain(std::iter::once(false))
            .collect();
        let mut workers = vec![WorkerCost::default(); before.len()];
        let mut last = first;
        for (m, period) in PayEffect::months(first).enumerate() {
            last = period;
            let engine = PayEngine::new(schedule, period);
            let old = engine.compute_all(before)?;
            let new = engine.compute_all(after)?;
            for ((w, o), n) in workers.iter_mut().zip(&old).zip(&new) {
                w.annual += n.gross - o.gross;
                for ((a, b), is_one_off) in o.components.iter().zip(&n.components).zip(&one_off) {
                    if *is_one_off {
                        w.one_off += *b - *a;
                    } else if m == 0 {
                        w.monthly += *b - *a;
                    }
                }
            }
        }
        let mut effect = PayEffect {
            first,
            last,
            grades: vec![GradeCost::default(); schedule.grades.len()],
            promotions: Cost::default(),
            demotions: Cost::default(),
            others: Cost::default(),
            total: Cost::default(),
            workers,
        };
        for (i, w) in effect.workers.iter().enumerate() {
            let grade = assessed.get(i).and_then(|&g| effect.grades.get_mut(g));
            match (changes.get(i), grade) {
                (Some(Change::Promoted), Some(g)) => {
                    g.promoted.add(w);
                    effect.promotions.add(w);
                }
                (Some(Change::Demoted), Some(g)) => {
                    g.demoted.add(w);
                    effect.demotions.add(w);
                }
                _ if !w.is_zero() => effect.others.add(w),
                _ => {}
            }
            if !w.is_zero() {
                effect.total.add(w);
            }
        }
        Ok(effect)
    }
}
