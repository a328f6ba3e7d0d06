//! `CompareTally`: what a comparison needs from the roster, added up one
//! enterprise at a time in bounded memory and merged in input order: counts by
//! pay value (fen) per scenario (exact percentiles, Gini, share below a
//! threshold), headcount and pay by grade and cell, gainers and losers, the
//! largest losses (a bounded list), and a compact record of every worker's pay
//! in a [`Spill`] for the one re-read the rank groups of 扩中提低 need.

use std::collections::BTreeMap;
use std::io::{self, Write};

use rust_decimal::Decimal;

use crate::compare::worker_change::changed_components;
use crate::compare::{Percentage, WorkerChange};
use crate::distribution::ValueCounts;
use crate::io::spill::Spill;
use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::{Money, Schedule};

/// One scenario's schedule and label, as the tally reads them.
#[derive(Debug, Clone, Copy)]
pub struct TallyScenario<'a> {
    /// The scenario's label.
    pub label: &'a str,
    /// Its schedule.
    pub schedule: &'a Schedule,
}

/// The running figures of a comparison.
#[derive(Debug, Default)]
pub struct CompareTally {
    pub(crate) headcount: u64,
    /// Per scenario, base first: counts by pay value.
    pub(crate) pay: Vec<ValueCounts>,
    /// Per offer: (gainers, losers).
    pub(crate) moved: Vec<(u64, u64)>,
    /// Per offer: the largest losses so far, with their roster order.
    pub(crate) losses: Vec<Vec<(Money, u64, WorkerChange)>>,
    pub(crate) keep_losses: usize,
    /// Per offer, once `keep_losses` losses are kept: the smallest of them. A
    /// later loss no larger cannot be kept (ties go to the earlier worker), so
    /// its change is not built.
    loss_cutoff: Vec<Option<Money>>,
    /// By the base's grade: headcount and, per scenario, total pay.
    pub(crate) grades: Vec<(u64, Vec<Money>)>,
    /// Headcount by the base's grade and step.
    pub(crate) cells: BTreeMap<(usize, u32), u64>,
    /// Every worker's pay per scenario in roster order, 16 bytes an amount.
    pub(crate) record: Spill,
}

impl CompareTally {
    /// An empty tally for a base and `offers` offers under `schedules` (base
    /// first), keeping the `keep_losses` largest losses of each offer.
    pub fn new(base: &Schedule, offers: usize, keep_losses: usize) -> CompareTally {
        CompareTally {
            pay: vec![ValueCounts::default(); offers + 1],
            moved: vec![(0, 0); offers],
            losses: vec![Vec::new(); offers],
            keep_losses,
            loss_cutoff: vec![None; offers],
            grades: vec![(0, vec![Money::ZERO; offers + 1]); base.grades.len()],
            ..CompareTally::default()
        }
    }

    /// Empties the tally for reuse.
    pub fn clear(&mut self) {
        self.headcount = 0;
        self.pay.iter_mut().for_each(ValueCounts::clear);
        self.moved.iter_mut().for_each(|m| *m = (0, 0));
        self.losses.iter_mut().for_each(Vec::clear);
        self.loss_cutoff.iter_mut().for_each(|c| *c = None);
        for g in &mut self.grades {
            g.0 = 0;
            g.1.iter_mut().for_each(|m| *m = Money::ZERO);
        }
        self.cells.clear();
        self.record.clear();
    }

    /// Sorts the counts in (a worker thread does this to its chunk's tally,
    /// so the writer's merge has less to do).
    pub fn settle(&mut self) {
        self.pay.iter_mut().for_each(ValueCounts::settle);
    }

    /// Adds one worker: `w` as read against the base, `sheets` their pay
    /// under each scenario (base first). `order` places the worker in the
    /// roster (it only has to grow down the roster). Returns each offer's
    /// change for the worker when `changes` is asked for.
    pub fn add(
        &mut self,
        scenarios: &[TallyScenario<'_>],
        w: &Worker,
        sheets: &[&PaySheet],
        order: u64,
        mut changes: Option<&mut Vec<WorkerChange>>,
    ) -> io::Result<()> {
        let base = sheets[0].gross;
        self.headcount += 1;
        for (s, counts) in sheets.iter().zip(&mut self.pay) {
            self.record.write_all(&s.gross.amount().serialize())?;
            counts.add(s.gross.amount());
        }
        if let Some(g) = self.grades.get_mut(w.grade) {
            g.0 += 1;
            for (total, s) in g.1.iter_mut().zip(sheets) {
                *total += s.gross;
            }
        }
        *self.cells.entry((w.grade, w.step)).or_default() += 1;
        if let Some(c) = changes.as_deref_mut() {
            c.clear();
        }
        for (k, after) in sheets[1..].iter().enumerate() {
            let change = after.gross - base;
            let keep = change < Money::ZERO
                && self.keep_losses > 0
                && self
                    .loss_cutoff
                    .get(k)
                    .copied()
                    .flatten()
                    .is_none_or(|cut| change < cut);
            if change > Money::ZERO {
                self.moved[k].0 += 1;
            } else if change < Money::ZERO {
                self.moved[k].1 += 1;
            }
            if keep || changes.is_some() {
                let x = worker_change(scenarios[0], scenarios[k + 1], w, sheets[0], after);
                if keep {
                    self.keep_loss(k, change, order, x.clone());
                }
                if let Some(c) = changes.as_deref_mut() {
                    c.push(x);
                }
            }
        }
        Ok(())
    }

    fn keep_loss(&mut self, offer: usize, change: Money, order: u64, x: WorkerChange) {
        let losses = &mut self.losses[offer];
        losses.push((change, order, x));
        if losses.len() >= 2 * self.keep_losses.max(8) {
            trim(losses, self.keep_losses);
            if losses.len() == self.keep_losses {
                if let Some(cut) = self.loss_cutoff.get_mut(offer) {
                    *cut = losses.last().map(|l| l.0);
                }
            }
        }
    }

    /// Adds the tally of the roster's next part.
    pub fn merge(&mut self, other: &mut CompareTally) -> io::Result<()> {
        self.headcount += other.headcount;
        for (mine, theirs) in self.pay.iter_mut().zip(&other.pay) {
            mine.merge(theirs);
        }
        for (a, b) in self.moved.iter_mut().zip(&other.moved) {
            a.0 += b.0;
            a.1 += b.1;
        }
        for (mine, theirs) in self.losses.iter_mut().zip(&mut other.losses) {
            mine.append(theirs);
            trim(mine, self.keep_losses);
        }
        for (mine, theirs) in self.grades.iter_mut().zip(&other.grades) {
            mine.0 += theirs.0;
            for (a, b) in mine.1.iter_mut().zip(&theirs.1) {
                *a += *b;
            }
        }
        for (cell, n) in &other.cells {
            *self.cells.entry(*cell).or_default() += n;
        }
        other.record.copy_to(0, &mut self.record)
    }

    /// Every worker's pay per scenario (base first), in roster order.
    pub(crate) fn replay(
        &mut self,
        scenarios: usize,
        each: &mut dyn FnMut(&[Decimal]),
    ) -> io::Result<()> {
        let mut reader = Replay {
            width: scenarios * 16,
            partial: Vec::new(),
            values: Vec::with_capacity(scenarios),
            each,
        };
        self.record.copy_to(0, &mut reader)
    }
}

/// Keeps the `n` largest losses, largest first, ties in roster order.
pub(crate) fn trim(losses: &mut Vec<(Money, u64, WorkerChange)>, n: usize) {
    losses.sort_by_key(|l| (l.0, l.1));
    losses.truncate(n);
}

/// Decodes the compact records as they are copied out.
struct Replay<'f> {
    width: usize,
    partial: Vec<u8>,
    values: Vec<Decimal>,
    each: &'f mut dyn FnMut(&[Decimal]),
}

impl Write for Replay<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.partial.extend_from_slice(bytes);
        let whole = self.partial.len() / self.width * self.width;
        for record in self.partial[..whole].chunks_exact(self.width) {
            self.values.clear();
            for amount in record.chunks_exact(16) {
                let mut raw = [0u8; 16];
                raw.copy_from_slice(amount);
                self.values.push(Decimal::deserialize(raw));
            }
            (self.each)(&self.values);
        }
        self.partial.drain(..whole);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// What one offer changes for one worker.
pub(crate) fn worker_change(
    base: TallyScenario<'_>,
    offer: TallyScenario<'_>,
    w: &Worker,
    before_sheet: &PaySheet,
    after_sheet: &PaySheet,
) -> WorkerChange {
    let before = before_sheet.gross;
    let after = after_sheet.gross;
    WorkerChange {
        employee_id: w.employee_id.clone(),
        name: w.name.clone(),
        enterprise_id: w.enterprise_id.clone(),
        grade: base
            .schedule
            .grades
            .get(w.grade)
            .map_or_else(String::new, |g| g.name.clone()),
        step: w.step,
        before,
        after,
        change: after - before,
        growth: Percentage::change(before, after),
        changed: changed_components(base.schedule, before_sheet, offer.schedule, after_sheet),
    }
}
