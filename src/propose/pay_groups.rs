//! `PayGroups`: a roster as propose searches it, in bounded memory. Workers
//! are grouped by [`GradePayKey`]: under any pay table, every worker of a
//! group gains what its first worker gains, so a trial's wage bill is the
//! base bill plus, per group, its headcount times one worker's gain. The
//! roster is read once to build the groups; no trial reads it again.

use std::collections::{BTreeMap, HashMap};

use crate::pay::{GradePayKey, PayEngine, PayError, PaySheet, PoolShare};
use crate::roster::Worker;
use crate::Money;

/// One group: how many workers, one of them, and its gross under the base.
#[derive(Debug, Clone)]
struct Group {
    count: u64,
    worker: Worker,
    /// The worker's gross under the base, priced without its pool share (the
    /// pool does not read grade pay, so it drops out of every gain).
    gross: Money,
}

/// The roster's figures under the base schedule and its groups.
#[derive(Debug, Default)]
pub struct PayGroups {
    /// Workers on the roster.
    pub headcount: u64,
    /// The monthly wage bill under the base.
    pub before: Money,
    /// The sum of grade pay under the base.
    pub grade_pay: Money,
    /// Headcount by grade and step.
    pub cells: BTreeMap<(usize, u32), u64>,
    index: HashMap<GradePayKey, usize>,
    groups: Vec<Group>,
    key: GradePayKey,
    sheet: PaySheet,
}

impl PayGroups {
    /// A whole roster in memory, priced under `engine`'s schedule.
    pub fn of(engine: &PayEngine, workers: &[Worker]) -> Result<PayGroups, PayError> {
        let mut groups = PayGroups::default();
        for (w, sheet) in workers.iter().zip(engine.compute_all(workers)?) {
            groups.add(engine, w, &sheet)?;
        }
        Ok(groups)
    }

    /// Adds a worker, with their pay sheet under `engine` (the base), in
    /// roster order.
    pub fn add(
        &mut self,
        engine: &PayEngine,
        w: &Worker,
        sheet: &PaySheet,
    ) -> Result<(), PayError> {
        self.headcount += 1;
        self.before += sheet.gross;
        self.grade_pay += sheet.grade_pay();
        *self.cells.entry((w.grade, w.step)).or_default() += 1;
        engine.grade_pay_key(w, sheet, self.headcount, &mut self.key);
        if let Some(&g) = self.index.get(&self.key) {
            self.groups[g].count += 1;
            return Ok(());
        }
        engine.compute(w, PoolShare::default(), &mut self.sheet)?;
        self.index.insert(self.key.clone(), self.groups.len());
        self.groups.push(Group {
            count: 1,
            worker: w.clone(),
            gross: self.sheet.gross,
        });
        Ok(())
    }

    /// How many groups the roster's workers fall into.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// True when no pay group was formed: the roster had no workers.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The wage bill under `engine`'s schedule, which must differ from the
    /// base in grade pay only; the groups are priced on `jobs` threads.
    pub fn bill(&self, engine: &PayEngine, jobs: usize) -> Result<Money, PayError> {
        let gain = |groups: &[Group]| -> Result<Money, PayError> {
            let mut sheet = PaySheet::default();
            let mut sum = Money::ZERO;
            for g in groups {
                engine.compute(&g.worker, PoolShare::default(), &mut sheet)?;
                let each = sheet.gross - g.gross;
                sum += Money::new(each.amount() * rust_decimal::Decimal::from(g.count));
            }
            Ok(sum)
        };
        let jobs = jobs.clamp(1, 64);
        let size = self.groups.len().div_ceil(jobs).max(1);
        let gains: Vec<Result<Money, PayError>> = if jobs == 1 || self.groups.len() < 4096 {
            vec![gain(&self.groups)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = self
                    .groups
                    .chunks(size)
                    .map(|part| scope.spawn(move || gain(part)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        };
        let mut bill = self.before;
        for g in gains {
            bill += g?;
        }
        Ok(bill)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::{GradePay, Ladder};
    use crate::roster::{Encoding, Roster};
    use crate::Schedule;

    /// The bill from the groups equals the roster priced worker by worker,
    /// under the base and under tables raised and cut cell by cell.
    #[test]
    fn the_groups_bill_is_the_rosters_bill_under_any_pay_table() {
        let cases = [
            (
                include_str!("../../examples/pump/schedule.toml"),
                include_str!("../../examples/pump/roster.csv"),
            ),
            (
                include_str!("../../examples/workload/schedule.toml"),
                include_str!("../../examples/workload/roster.csv"),
            ),
            (
                include_str!("../../examples/courier/schedule.toml"),
                include_str!("../../examples/courier/roster.csv"),
            ),
            (
                include_str!("../../examples/midyear/schedule.toml"),
                include_str!("../../examples/midyear/roster.csv"),
            ),
        ];
        for (text, csv) in cases {
            let base = Schedule::parse("s.toml", text).unwrap();
            let roster = Roster::read("r.csv", csv.as_bytes(), Encoding::Utf8, &base).unwrap();
            let period = base.pay_period(None);
            let engine = PayEngine::new(&base, period);
            let groups = PayGroups::of(&engine, &roster.workers).unwrap();
            assert!(groups.len() <= roster.workers.len());
            let whole = |s: &Schedule| -> Money {
                let e = PayEngine::new(s, period);
                e.compute_all(&roster.workers)
                    .unwrap()
                    .iter()
                    .map(|x| x.gross)
                    .sum()
            };
            assert_eq!(groups.before, whole(&base));
            let old = Ladder::of(&base);
            for (k, (num, den)) in [(1i64, 1i64), (107, 100), (93, 100), (3, 2), (1, 3)]
                .into_iter()
                .enumerate()
            {
                let mut cells = old.cells();
                for (g, row) in cells.iter_mut().enumerate() {
                    for (s, c) in row.iter_mut().enumerate() {
                        // A different change per cell, so no two cells move alike.
                        let step = rust_decimal::Decimal::from((g * 7 + s * 3 + k) as i64);
                        *c = Money::new(
                            (c.amount() * rust_decimal::Decimal::from(num)
                                / rust_decimal::Decimal::from(den)
                                + step)
                                .round_dp(2),
                        );
                    }
                }
                let mut trial = base.clone();
                Ladder {
                    grades: cells.into_iter().map(GradePay::Table).collect(),
                }
                .install(&mut trial);
                let e = PayEngine::new(&trial, period);
                for jobs in [1, 3] {
                    assert_eq!(groups.bill(&e, jobs).unwrap(), whole(&trial), "{k} {jobs}");
                }
            }
        }
    }
}
