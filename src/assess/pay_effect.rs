//! `PayEffect`: what an assessment costs under a pay schedule: every worker's pay
//! computed by the pay engine on the roster before and after, month by month for
//! a year, and the differences summed per grade.
//!
//! Monthly is the recurring change in the first month (one-off awards left out);
//! one-off is what one-off rules (such as a promotion award paid in the month of
//! the new 晋级日期) pay more over the year; annual is the whole change over the
//! twelve months, so annual = 12 x monthly + one-off when nothing else varies.

use chrono::Months;

use crate::assess::{Change, Cost, GradeCost, WorkerCost};
use crate::pay::{MonthPricing, MonthReadings, PayEngine, PayError};
use crate::roster::Worker;
use crate::schedule::RuleKind;
use crate::{Period, Schedule};

/// The months a year of pay covers.
pub const MONTHS: u32 = 12;

/// One worker at a time, the costs of [`PayEffect::costs_alike`]: its
/// buffers (the month readings and the sheets of each month, before and
/// after) are reused from worker to worker, so a streamed chunk keeps no
/// priced rows.
#[derive(Debug)]
pub struct Alike<'e, 'a> {
    /// The engines by reference, as [`MonthPricing`] reads them.
    months: Vec<&'e PayEngine<'a>>,
    one_off: &'e [bool],
    /// Each month's table: the first month paid by an equal table.
    table_of: Vec<u32>,
    old: MonthPricing,
    new: MonthPricing,
}

impl<'e, 'a> Alike<'e, 'a> {
    /// A pricer over `engines` ([`PayEffect::engines`]); `None` with a pool
    /// (a worker's pay then depends on the enterprise's) or no months.
    pub fn new(engines: &'e [PayEngine<'a>], one_off: &'e [bool]) -> Option<Alike<'e, 'a>> {
        let schedule = engines.first().map(PayEngine::schedule)?;
        if PayEffect::pooled(schedule) {
            return None;
        }
        // Every engine prices the same schedule, one month each.
        let months: Vec<&PayEngine> = engines.iter().collect();
        let table_of = MonthReadings::tables(&months);
        Some(Alike {
            months,
            one_off,
            table_of,
            old: MonthPricing::default(),
            new: MonthPricing::default(),
        })
    }

    /// The change in pay of one worker, `o` before and `n` after; `None`
    /// when a month cannot be priced (pricing every month then tells why).
    pub fn price(&mut self, o: &Worker, n: &Worker) -> Option<WorkerCost> {
        let every = |_| true;
        self.old
            .price(&self.months, &self.table_of, o, every)
            .ok()?;
        self.new
            .price(&self.months, &self.table_of, n, every)
            .ok()?;
        let mut w = WorkerCost::default();
        for m in 0..self.months.len() {
            let (old, new) = (self.old.sheet(m)?, self.new.sheet(m)?);
            w.add_month(m, old, new, self.one_off);
        }
        Some(w)
    }
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
                w.add_month(m, o, n, one_off);
            }
        }
        Ok(workers)
    }

    /// The same costs as [`PayEffect::costs`], pricing each worker only in the
    /// months whose pay can differ. Without a pool a worker's sheet in a month
    /// reads the month only through: the grade table in force (adjustments),
    /// the part of the month paid (hire, leave, probation), a per-year rule's
    /// full years, and whether a monthly or one-off award is paid then. A month
    /// whose all of these equal an earlier month's, for the row before and
    /// after, has that month's sheets, so they are reused and the sums are
    /// added in the same order as pricing every month. `engines` are
    /// [`PayEffect::engines`]; with a pool, or on any error (so the error is the
    /// one pricing every month reports), every month is priced.
    pub fn costs_alike(
        engines: &[PayEngine<'_>],
        one_off: &[bool],
        before: &[Worker],
        after: &[Worker],
    ) -> Result<Vec<WorkerCost>, PayError> {
        let every = || PayEffect::costs(engines, one_off, before, after);
        let Some(mut alike) = Alike::new(engines, one_off) else {
            return every();
        };
        if before.len() != after.len() {
            return every();
        }
        let mut workers = Vec::with_capacity(before.len());
        for (o, n) in before.iter().zip(after) {
            match alike.price(o, n) {
                Some(w) => workers.push(w),
                None => return every(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pay::month_pricing::tests::{row, workers, Row, SCHEDULE};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Reusing the sheets of months that read the same gives exactly the
        /// costs of pricing every month, whatever the rows' dates and grades
        /// before and after.
        #[test]
        fn pricing_alike_months_once_is_pricing_every_month(
            rows in proptest::collection::vec((any::<bool>(), any::<bool>(), row()), 1..30),
            month in 1u32..13,
        ) {
            let schedule = Schedule::parse("s.toml", SCHEDULE).unwrap();
            let dates: Vec<Row> = rows.iter().map(|r| r.2).collect();
            let before = workers(&schedule, &dates, |i| rows[i].0);
            let after = workers(&schedule, &dates, |i| rows[i].1);
            prop_assert_eq!(before.len(), rows.len());
            let first: Period = format!("2026-{month:02}").parse().unwrap();
            let engines = PayEffect::engines(&schedule, first);
            let one_off = PayEffect::one_off(&schedule);
            let every = PayEffect::costs(&engines, &one_off, &before, &after).unwrap();
            let alike = PayEffect::costs_alike(&engines, &one_off, &before, &after).unwrap();
            prop_assert_eq!(every, alike);
        }
    }
}
