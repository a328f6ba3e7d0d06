//! `PayGroups`: a roster as propose searches it, in bounded memory. A trial
//! changes the grade pay table only, so a worker's pay splits into what no
//! table changes (summed once, on the first read) and what reads grade pay:
//! grade pay itself and the percentages of it, the same for every worker of
//! one [`GradePayKey`] (one worker of each is priced per trial), and overtime
//! on a base that reads grade pay, the same for every worker of one key and
//! one [`OvertimeInputs`] (its formula is applied once per distinct input,
//! times the workers who have it). The roster is read once to build them; no
//! trial reads it again, and the memory is that of the distinct keys and
//! inputs (cells x other base x weighted hours), not of the workers.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rust_decimal::Decimal;

use crate::pay::{GradePayKey, OvertimeInputs, PayEngine, PayError, PaySheet, PoolShare};
use crate::roster::Worker;
use crate::schedule::OVERTIME;
use crate::Money;

/// Workers of one key: how many, and the first of them, priced per trial.
#[derive(Debug, Clone)]
struct Group {
    count: u64,
    worker: Worker,
    /// Their pool share (the key holds it where a percentage reads it).
    share: PoolShare,
    /// Priced whole (a part of the month): the trial's gross, not its parts.
    alone: bool,
}

/// Workers of one group with the same overtime inputs.
#[derive(Debug, Clone)]
struct Overtime {
    group: u32,
    inputs: OvertimeInputs,
    count: u64,
    /// The first of them, named if a trial's overtime leaves the decimal range.
    line: u64,
    employee: Box<str>,
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
    /// The part of the bill no grade pay table changes: per worker, gross
    /// less the components that read grade pay (for a worker priced whole,
    /// less their gross as priced in a trial's group).
    fixed: Money,
    index: HashMap<GradePayKey, usize>,
    groups: Vec<Group>,
    overtime_index: HashMap<(u32, OvertimeInputs), usize>,
    overtime: Vec<Overtime>,
    key: GradePayKey,
    sheet: PaySheet,
    /// The roster file of the workers (one per run).
    roster: Arc<str>,
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
        let overflow =
            |component: &str| engine.overflow(&w.employee_id, w.line, &w.roster, component);
        self.headcount += 1;
        self.before = (self.before.checked_add(sheet.gross)).ok_or_else(|| overflow("gross"))?;
        self.grade_pay =
            (self.grade_pay.checked_add(sheet.grade_pay())).ok_or_else(|| overflow("gross"))?;
        *self.cells.entry((w.grade, w.step)).or_default() += 1;
        if self.roster.is_empty() {
            self.roster = Arc::clone(&w.roster);
        }
        let overtime = engine.grade_pay_key(w, sheet, self.headcount, &mut self.key);
        let group = match self.index.get(&self.key) {
            Some(&g) => {
                self.groups[g].count += 1;
                g
            }
            None => {
                self.index.insert(self.key.clone(), self.groups.len());
                self.groups.push(Group {
                    count: 1,
                    worker: w.clone(),
                    share: engine.pool_share_in(sheet),
                    alone: self.key.is_alone(),
                });
                self.groups.len() - 1
            }
        };
        // What reads grade pay in this worker's pay under the base.
        let reading = if self.groups[group].alone {
            engine.compute(w, self.groups[group].share, &mut self.sheet)?;
            self.sheet.gross
        } else {
            let (before_overtime, _) = engine
                .grade_pay_reading(sheet)
                .ok_or_else(|| overflow("gross"))?;
            match overtime {
                Some(_) => before_overtime
                    .checked_add(sheet.overtime())
                    .ok_or_else(|| overflow("gross"))?,
                None => before_overtime,
            }
        };
        self.fixed = (sheet.gross.amount().checked_sub(reading.amount()))
            .and_then(|f| self.fixed.checked_add(Money::new(f)))
            .ok_or_else(|| overflow("gross"))?;
        if let Some(inputs) = overtime {
            let g = u32::try_from(group).map_err(|_| overflow(OVERTIME))?;
            match self.overtime_index.get(&(g, inputs)) {
                Some(&o) => self.overtime[o].count += 1,
                None => {
                    self.overtime_index.insert((g, inputs), self.overtime.len());
                    self.overtime.push(Overtime {
                        group: g,
                        inputs,
                        count: 1,
                        line: w.line,
                        employee: w.employee_id.as_str().into(),
                    });
                }
            }
        }
        Ok(())
    }

    /// How many groups the roster's workers fall into (overtime's distinct
    /// inputs included).
    pub fn len(&self) -> usize {
        self.groups.len() + self.overtime.len()
    }

    /// True when no pay group was formed: the roster had no workers.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The wage bill under `engine`'s schedule, which must differ from the
    /// base in grade pay only; the groups are priced on `jobs` threads. It is
    /// the bill of pricing every worker, exactly.
    pub fn bill(&self, engine: &PayEngine, jobs: usize) -> Result<Money, PayError> {
        let jobs = jobs.clamp(1, 64);
        // Per group: its reading pay before overtime (all of it, for a worker
        // priced whole) times its count, and the part of overtime's base
        // that reads grade pay.
        let priced = in_parts(&self.groups, jobs, |groups| {
            let mut sheet = PaySheet::default();
            let mut sum = Money::ZERO;
            let mut bases = Vec::with_capacity(groups.len());
            for g in groups {
                let w = &g.worker;
                let overflow = || engine.overflow(&w.employee_id, w.line, &w.roster, "gross");
                engine.compute(w, g.share, &mut sheet)?;
                let (pay, base) = if g.alone {
                    (sheet.gross, Money::ZERO)
                } else {
                    engine.grade_pay_reading(&sheet).ok_or_else(overflow)?
                };
                sum = times(pay, g.count)
                    .and_then(|x| sum.checked_add(x))
                    .ok_or_else(overflow)?;
                bases.push(base);
            }
            Ok((sum, bases))
        })?;
        let mut bill = self.fixed;
        let mut bases = Vec::with_capacity(self.groups.len());
        for (sum, part) in priced {
            bill = bill.checked_add(sum).ok_or_else(|| self.overflow(engine))?;
            bases.extend(part);
        }
        let overtime = in_parts(&self.overtime, jobs, |entries| {
            let mut sum = Money::ZERO;
            for o in entries {
                let overflow = || engine.overflow(&o.employee, o.line, &self.roster, OVERTIME);
                let pay = engine
                    .overtime_at(bases[o.group as usize], o.inputs)
                    .ok_or_else(overflow)?;
                sum = times(pay, o.count)
                    .and_then(|x| sum.checked_add(x))
                    .ok_or_else(overflow)?;
            }
            Ok(sum)
        })?;
        for sum in overtime {
            bill = bill.checked_add(sum).ok_or_else(|| self.overflow(engine))?;
        }
        Ok(bill)
    }

    /// The bill left the decimal range: named by the roster's first worker.
    fn overflow(&self, engine: &PayEngine) -> PayError {
        let (employee, line) = self
            .groups
            .first()
            .map_or(("", 0), |g| (g.worker.employee_id.as_str(), g.worker.line));
        engine.overflow(employee, line, &self.roster, "gross")
    }
}

/// `pay` times `count` workers; `None` beyond the decimal range.
fn times(pay: Money, count: u64) -> Option<Money> {
    pay.checked_mul(Decimal::from(count)).map(Money::new)
}

/// `f` over `items` in up to `jobs` parts on as many threads (one when they
/// are few), the parts' results in order.
fn in_parts<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&[T]) -> Result<R, PayError> + Sync,
) -> Result<Vec<R>, PayError> {
    // Threads pay for themselves only on many groups; the tests split few.
    let least = if cfg!(test) { 2 } else { 4096 };
    if jobs == 1 || items.len() < least {
        return Ok(vec![f(items)?]);
    }
    let size = items.len().div_ceil(jobs).max(1);
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(size)
            .map(|part| scope.spawn(move || f(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
#[path = "pay_groups_tests.rs"]
mod tests;
