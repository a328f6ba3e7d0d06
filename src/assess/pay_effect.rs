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
    fn merge(&mut self, other: &Cost) {
        self.headcount += other.headcount;
        self.monthly += other.monthly;
        self.one_off += other.one_off;
        self.annual += other.annual;
    }

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
        let engines = PayEffect::engines(schedule, first);
        let costs = PayEffect::costs(&engines, &PayEffect::one_off(schedule), before, after)?;
        let mut effect = PayEffect::empty(schedule, first);
        effect.add(costs, assessed, changes);
        Ok(effect)
    }

    /// An effect of no workers yet, over the months from `first`.
    pub fn empty(schedule: &Schedule, first: Period) -> PayEffect {
        PayEffect {
            first,
            last: PayEffect::months(first).last().unwrap_or(first),
            grades: vec![GradeCost::default(); schedule.grades.len()],
            promotions: Cost::default(),
            demotions: Cost::default(),
            others: Cost::default(),
            total: Cost::default(),
            workers: Vec::new(),
        }
    }

    /// The pay engine of each month the effect is priced over.
    pub fn engines(schedule: &Schedule, first: Period) -> Vec<PayEngine<'_>> {
        PayEffect::months(first)
            .map(|period| PayEngine::new(schedule, period))
            .collect()
    }

    /// Whether the schedule shares a pool among each enterprise's workers.
    pub fn pooled(schedule: &Schedule) -> bool {
        schedule
            .allowances
            .iter()
            .any(|a| matches!(a.kind, RuleKind::Pool { .. }))
    }

    /// Which components of a pay sheet are one-off awards.
    pub fn one_off(schedule: &Schedule) -> Vec<bool> {
        std::iter::once(false)
            .chain(
                schedule
                    .allowances
                    .iter()
                    .map(|a| matches!(a.kind, RuleKind::OneOff { .. })),
            )
            .chain(std::iter::once(false))
            .collect()
    }

    /// Each worker's change in pay: `before` and `after` are the same workers
    /// (whole enterprises, for pools) in the same order, priced by `engines`
    /// (one a month, the first month first).
    pub fn costs(
        engines: &[PayEngine<'_>],
        one_off: &[bool],
        before: &[Worker],
        after: &[Worker],
    ) -> Result<Vec<WorkerCost>, PayError> {
        let mut workers = vec![WorkerCost::default(); before.len()];
        for (m, engine) in engines.iter().enumerate() {
            let old = engine.compute_all(before)?;
            let new = engine.compute_all(after)?;
            for ((w, o), n) in workers.iter_mut().zip(&old).zip(&new) {
                w.annual += n.gross - o.gross;
                for ((a, b), is_one_off) in o.components.iter().zip(&n.components).zip(one_off) {
                    if *is_one_off {
                        w.one_off += *b - *a;
                    } else if m == 0 {
                        w.monthly += *b - *a;
                    }
                }
            }
        }
        Ok(workers)
    }

    /// Takes the workers' costs (`assessed` and `changes` are their
    /// decisions) and adds them to the sums.
    pub fn add(&mut self, costs: Vec<WorkerCost>, assessed: &[usize], changes: &[Change]) {
        self.workers = costs;
        for (i, w) in self.workers.iter().enumerate() {
            let grade = assessed.get(i).and_then(|&g| self.grades.get_mut(g));
            match (changes.get(i), grade) {
                (Some(Change::Promoted), Some(g)) => {
                    g.promoted.add(w);
                    self.promotions.add(w);
                }
                (Some(Change::Demoted), Some(g)) => {
                    g.demoted.add(w);
                    self.demotions.add(w);
                }
                _ if !w.is_zero() => self.others.add(w),
                _ => {}
            }
            if !w.is_zero() {
                self.total.add(w);
            }
        }
    }

    /// Adds another part's sums (a chunk of a streamed roster) to these; the
    /// workers' own costs are not kept.
    pub fn absorb(&mut self, other: &PayEffect) {
        for (g, o) in self.grades.iter_mut().zip(&other.grades) {
            g.promoted.merge(&o.promoted);
            g.demoted.merge(&o.demoted);
        }
        self.promotions.merge(&other.promotions);
        self.demotions.merge(&other.demotions);
        self.others.merge(&other.others);
        self.total.merge(&other.total);
    }
}
