//! Reading an enterprise worker by worker: each row is read against every
//! schedule into one reused [`Worker`] per schedule, priced and added to the
//! tally before the next, so a thread holds a worker, not the enterprise (the
//! largest has tens of thousands). Only where no schedule splits a pool over
//! the enterprise (a share needs the whole enterprise's weights). At the first
//! problem of any kind it gives up and the enterprise is read whole, which
//! reports the problem exactly as before.

use std::ops::Range;

use crate::compare::compare_job::{CompareJob, CompareScratch, RowSink, KEEP_ROWS};
use crate::compare::roster_compare::RosterCompareError;
use crate::compare::tally::CompareTally;
use crate::pay::{PaySheet, PoolShare};
use crate::pipeline::Rows;
use crate::roster::{Columns, RosterErrors, Worker};
use crate::schedule::RuleKind;
use crate::{Money, Schedule};

/// A worker thread's buffers for reading worker by worker.
#[derive(Debug, Default)]
pub(crate) struct OneWorker {
    /// The row as read against each schedule, base first.
    workers: Vec<Worker>,
    /// Their pay sheets, and one for the runs of a term.
    sheets: Vec<PaySheet>,
    term_sheet: PaySheet,
    /// The enterprise's employee ids end to end, and where each ends: a
    /// repeated id is a problem found only once every row is read.
    ids: String,
    ends: Vec<usize>,
    order: Vec<usize>,
    /// Problems go here; the first one ends the reading.
    errors: RosterErrors,
}

impl OneWorker {
    /// Lets go of the id buffers after an enterprise past two chunks.
    pub(crate) fn let_go_of_large(&mut self) {
        if self.ends.len() > KEEP_ROWS {
            *self = OneWorker {
                workers: std::mem::take(&mut self.workers),
                sheets: std::mem::take(&mut self.sheets),
                ..OneWorker::default()
            };
        }
    }

    /// True when an id of the enterprise's rows repeats.
    fn repeats(&mut self) -> bool {
        let (ids, ends) = (&self.ids, &self.ends);
        let id = |i: usize| &ids[if i == 0 { 0 } else { ends[i - 1] }..ends[i]];
        self.order.clear();
        self.order.extend(0..ends.len());
        self.order.sort_unstable_by(|&a, &b| id(a).cmp(id(b)));
        self.order.windows(2).any(|p| id(p[0]) == id(p[1]))
    }
}

/// True when no schedule splits a pool over an enterprise, so each worker's
/// pay is their own row's alone.
pub(crate) fn priced_alone(schedules: &[Schedule]) -> bool {
    !schedules.iter().any(|s| {
        s.allowances
            .iter()
            .any(|a| matches!(a.kind, RuleKind::Pool { .. }))
    })
}

/// An emptied vector's allocation, for references that live shorter (no
/// allocation a worker): collecting in place keeps the allocation.
#[allow(clippy::unnecessary_filter_map)] // `filter` could not change the lifetime
fn reuse<'b>(empty: Vec<&PaySheet>) -> Vec<&'b PaySheet> {
    empty.into_iter().filter_map(|_| None).collect()
}

/// One enterprise's rows and the header bound to each schedule.
pub(crate) struct Part<'r> {
    pub(crate) rows: &'r Rows,
    pub(crate) range: Range<usize>,
    pub(crate) columns: &'r [&'r Columns],
}

impl CompareJob<'_> {
    /// Reads, prices and tallies `part` worker by worker. Returns false at
    /// the first problem (a row not read clean under some schedule, an offer
    /// reading another worker, a repeated id, a pay that cannot be computed):
    /// the caller then reads the enterprise whole, which reports it.
    pub(crate) fn each_worker(
        &self,
        part: &Part<'_>,
        tally: &mut CompareTally,
        term_bills: &mut [Money],
        scratch: &mut CompareScratch,
        sinks: &mut [RowSink],
        at: &mut u64,
    ) -> Result<bool, RosterCompareError> {
        let schedules = self.run.schedules;
        let one = &mut scratch.one;
        one.workers.resize_with(schedules.len(), Worker::default);
        one.sheets.resize_with(schedules.len(), PaySheet::default);
        one.ids.clear();
        one.ends.clear();
        let rows = part.rows;
        let mut spare: Vec<&PaySheet> = Vec::with_capacity(schedules.len());
        for i in part.range.clone() {
            let Some(row) = rows.row(i) else {
                return Ok(false);
            };
            let line = rows.line(i);
            for ((columns, schedule), w) in part.columns.iter().zip(schedules).zip(&mut one.workers)
            {
                if !columns.parse_row(row, line, schedule, w, &mut one.errors) {
                    one.errors = RosterErrors::default();
                    return Ok(false);
                }
            }
            let (base, offers) = one.workers.split_at(1);
            let base = &base[0];
            if offers
                .iter()
                .any(|w| w.employee_id != base.employee_id || w.enterprise_id != base.enterprise_id)
            {
                return Ok(false);
            }
            one.ids.push_str(&base.employee_id);
            one.ends.push(one.ids.len());
            // No pool: every share is none, as `pool_shares` gives.
            for ((engine, w), sheet) in self.engines.iter().zip(&one.workers).zip(&mut one.sheets) {
                if engine.compute(w, PoolShare::default(), sheet).is_err() {
                    return Ok(false);
                }
            }
            for ((k, engine), bill) in self.term_engines.iter().zip(term_bills.iter_mut()) {
                if engine
                    .compute(&one.workers[*k], PoolShare::default(), &mut one.term_sheet)
                    .is_err()
                {
                    return Ok(false);
                }
                match bill.checked_add(one.term_sheet.gross) {
                    Some(sum) => *bill = sum,
                    None => return Ok(false),
                }
            }
            let mut sheets = spare;
            sheets.extend(one.sheets.iter());
            self.add(
                rows,
                &one.workers[0],
                &sheets,
                tally,
                &mut scratch.changes,
                sinks,
                at,
            )?;
            sheets.clear();
            spare = reuse(sheets);
        }
        Ok(!one.repeats())
    }
}
