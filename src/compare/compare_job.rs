//! `CompareJob`: what a worker thread does with one chunk of a streamed
//! comparison: reads each enterprise against every schedule, prices it and
//! adds it to the chunk's [`CompareTally`], with each offer's per-worker rows
//! (CSV or JSON) in a [`Spill`] of the chunk that keeps little in memory.

use std::io;

use crate::compare::csv::write_worker;
use crate::compare::roster_compare::{RosterCompare, RosterCompareError};
use crate::compare::tally::{CompareTally, TallyScenario};
use crate::compare::{CompareError, CompareFormat, WorkerChange};
use crate::io::spill::Spill;
use crate::pay::{PayEngine, PaySheet};
use crate::pipeline::{Job, Parser, Rows};
use crate::roster::{Columns, RosterErrors, Worker};
use crate::Money;

/// Workers a thread's buffers keep room for after a chunk (twice the
/// pipeline's chunk); an enterprise larger than that gets its own, let go after.
pub(super) const KEEP_ROWS: usize = 2 * crate::pipeline::CHUNK_ROWS;

/// Bytes of an offer's rows a chunk in flight keeps in memory before they go
/// to its temporary file: the chunks in flight then hold a few megabytes of
/// rows, not their workers' (a JSON row is about 370 bytes).
pub(super) const ROWS_IN_MEMORY: usize = 1 << 20;

/// A chunk's result.
pub(super) struct ChunkCompare {
    pub(super) tally: CompareTally,
    pub(super) errors: Vec<RosterErrors>,
    /// Per offer: the workers' rows in the output format.
    pub(super) rows: Vec<Spill>,
    /// Per run of a term with adjustments: the chunk's monthly bill.
    pub(super) term_bills: Vec<Money>,
}

/// A chunk's figures but its rows (which the rows' sinks hold).
struct Chunk<'c> {
    tally: &'c mut CompareTally,
    errors: &'c mut [RosterErrors],
    term_bills: &'c mut [Money],
}

/// A worker thread's reused buffers.
#[derive(Default)]
pub(super) struct CompareScratch {
    /// Reading an enterprise whole: the base's workers, then each offer's.
    pub(super) parsers: Vec<Parser>,
    /// Reading an enterprise whole: each schedule's pay sheets.
    pub(super) sheets: Vec<Vec<PaySheet>>,
    pub(super) changes: Vec<WorkerChange>,
    /// Reading worker by worker (see `by_worker.rs`).
    pub(super) one: super::by_worker::OneWorker,
}

/// A chunk's job, shared by the worker threads.
pub(super) struct CompareJob<'a> {
    pub(super) run: &'a RosterCompare<'a>,
    pub(super) scenarios: Vec<TallyScenario<'a>>,
    pub(super) engines: Vec<PayEngine<'a>>,
    /// For a schedule whose term has adjustments (工资调整办法): the schedule and
    /// an engine per run of its term, for the cost over the term.
    pub(super) term_engines: Vec<(usize, PayEngine<'a>)>,
    /// Whether an enterprise may be read worker by worker (no schedule splits
    /// a pool over the enterprise); else it is read whole.
    pub(super) by_worker: bool,
}

impl Job for CompareJob<'_> {
    type Out = ChunkCompare;
    type Scratch = CompareScratch;
    type Error = RosterCompareError;

    fn output(&self) -> ChunkCompare {
        let n = self.run.schedules.len();
        ChunkCompare {
            tally: CompareTally::new(
                &self.run.schedules[0],
                n - 1,
                self.run.options.largest_losses,
            ),
            errors: vec![RosterErrors::default(); n],
            rows: (1..n).map(|_| Spill::with_limit(ROWS_IN_MEMORY)).collect(),
            term_bills: vec![Money::ZERO; self.term_engines.len()],
        }
    }

    fn reset(&self, out: &mut ChunkCompare) {
        out.tally.clear();
        out.errors
            .iter_mut()
            .for_each(|e| *e = RosterErrors::default());
        out.rows.iter_mut().for_each(Spill::clear);
        out.term_bills.iter_mut().for_each(|b| *b = Money::ZERO);
    }

    fn process(
        &self,
        rows: &Rows,
        out: &mut ChunkCompare,
        scratch: &mut CompareScratch,
    ) -> Result<(), RosterCompareError> {
        let Some(file) = rows.file() else {
            return Ok(());
        };
        let schedules = self.run.schedules;
        let mut columns: Vec<&Columns> = Vec::with_capacity(schedules.len());
        for (i, s) in schedules.iter().enumerate() {
            match file.columns(i, s) {
                Ok(c) => columns.push(c),
                Err(errors) => {
                    return Err(RosterCompareError::Roster {
                        schedule: i,
                        errors: errors.clone(),
                    })
                }
            }
        }
        scratch.sheets.resize_with(schedules.len(), Vec::new);
        let mut at = 0u64;
        // Each offer's rows: one CSV writer for the chunk (not one a row).
        let mut sinks: Vec<RowSink> = match self.run.format {
            CompareFormat::Csv | CompareFormat::Xlsx => out
                .rows
                .iter_mut()
                .map(|spill| {
                    RowSink::Csv(Box::new(
                        csv::WriterBuilder::new()
                            .has_headers(false)
                            .from_writer(spill),
                    ))
                })
                .collect(),
            CompareFormat::Json => out.rows.iter_mut().map(RowSink::Json).collect(),
            CompareFormat::Text | CompareFormat::Html => Vec::new(),
        };
        scratch.parsers.truncate(2);
        scratch.parsers.resize_with(2, Parser::default);
        for range in rows.enterprises() {
            // Worker by worker while nothing is wrong; an enterprise with a
            // problem is read again whole, which reports it (every problem
            // ends the run, so what the first reading added is never used).
            if self.by_worker && out.errors.iter().all(RosterErrors::is_empty) {
                let from = at;
                let bills = out.term_bills.clone();
                let part = super::by_worker::Part {
                    rows,
                    range: range.clone(),
                    columns: &columns,
                };
                if self.each_worker(
                    &part,
                    &mut out.tally,
                    &mut out.term_bills,
                    scratch,
                    &mut sinks,
                    &mut at,
                )? {
                    continue;
                }
                at = from;
                out.term_bills = bills;
            }
            let chunk = Chunk {
                tally: &mut out.tally,
                errors: &mut out.errors,
                term_bills: &mut out.term_bills,
            };
            self.whole(rows, range, &columns, chunk, scratch, &mut sinks, &mut at)?;
        }
        for sink in &mut sinks {
            if let RowSink::Csv(w) = sink {
                w.flush()?;
            }
        }
        drop(sinks);
        out.tally.settle();
        // A chunk is whole enterprises: one of tens of thousands of workers
        // grows the buffers of every schedule far past a chunk's. They are let
        // go after it, so memory follows the chunks, not the largest enterprise.
        if scratch.sheets.iter().any(|s| s.len() > KEEP_ROWS) {
            scratch.parsers.clear();
            scratch.sheets.clear();
            scratch.sheets.shrink_to_fit();
        }
        scratch.one.let_go_of_large();
        Ok(())
    }
}

impl CompareJob<'_> {
    /// Reads enterprise `range` whole under each schedule in turn, prices it
    /// and adds it to the chunk's tally.
    #[allow(clippy::too_many_arguments)]
    fn whole(
        &self,
        rows: &Rows,
        range: std::ops::Range<usize>,
        columns: &[&Columns],
        out: Chunk<'_>,
        scratch: &mut CompareScratch,
        sinks: &mut [RowSink],
        at: &mut u64,
    ) -> Result<(), RosterCompareError> {
        let schedules = self.run.schedules;
        // The base's workers are kept for the tally; each offer in turn is
        // read into one parser and priced, so an enterprise's workers are
        // held twice, not once a schedule. What is reported is what reading
        // every schedule first would report: a roster problem under any
        // schedule, else the first offer that reads another worker, else
        // the first failure in pricing order (each schedule's sheets, then
        // the term's runs).
        let (first, rest) = scratch.parsers.split_at_mut(1);
        let (base_errors, offer_errors) = out.errors.split_at_mut(1);
        let base = &*first[0].parse(
            rows,
            range.clone(),
            columns[0],
            &schedules[0],
            &mut base_errors[0],
        );
        let mut differs: Option<CompareError> = None;
        let mut failed: Option<((usize, usize), RosterCompareError)> = None;
        if base_errors[0].is_empty() {
            self.price(0, base, &mut scratch.sheets[0], out.term_bills, &mut failed);
        }
        for (k, errors) in offer_errors.iter_mut().enumerate().map(|(i, e)| (i + 1, e)) {
            let g = &*rest[0].parse(rows, range.clone(), columns[k], &schedules[k], errors);
            if differs.is_none() {
                let found = g.iter().zip(base).find(|(b, a)| {
                    a.employee_id != b.employee_id || a.enterprise_id != b.enterprise_id
                });
                if let Some((b, a)) = found {
                    differs = Some(CompareError::Worker {
                        label: self.run.labels[k].clone(),
                        line: b.line,
                        found: b.employee_id.clone(),
                        expected: a.employee_id.clone(),
                    });
                }
            }
            if differs.is_none() && errors.is_empty() {
                self.price(k, g, &mut scratch.sheets[k], out.term_bills, &mut failed);
            }
        }
        if out.errors.iter().any(|e| !e.is_empty()) {
            // Keep reading to report every problem, but compare nothing more.
            return Ok(());
        }
        if let Some(e) = differs {
            return Err(e.into());
        }
        if let Some((_, e)) = failed {
            return Err(e);
        }
        let mut pay: Vec<&PaySheet> = Vec::with_capacity(schedules.len());
        for (i, w) in base.iter().enumerate() {
            pay.clear();
            pay.extend(scratch.sheets.iter().map(|s| &s[i]));
            self.add(rows, w, &pay, out.tally, &mut scratch.changes, sinks, at)?;
        }
        Ok(())
    }

    /// Adds one worker (`w` as read against the base, `pay` their sheets
    /// under each schedule) to the tally, and their rows to each offer's sink.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add(
        &self,
        rows: &Rows,
        w: &Worker,
        pay: &[&PaySheet],
        tally: &mut CompareTally,
        changes: &mut Vec<WorkerChange>,
        sinks: &mut [RowSink],
        at: &mut u64,
    ) -> Result<(), RosterCompareError> {
        let order = (rows.seq() << 32) | *at;
        *at += 1;
        let wanted = !sinks.is_empty();
        tally.add(
            &self.scenarios,
            w,
            pay,
            order,
            wanted.then_some(&mut *changes),
        )?;
        if wanted {
            for ((x, sink), label) in changes.iter().zip(sinks).zip(&self.run.labels[1..]) {
                match sink {
                    RowSink::Csv(w) => write_worker(w, label, x)?,
                    RowSink::Json(spill) => json_row(x, spill)?,
                }
            }
        }
        Ok(())
    }

    /// Prices one enterprise's workers `g` under schedule `k` into `sheets`,
    /// and adds them to the bills of `k`'s runs of its term. A failure is kept
    /// in `failed` when it comes before the one there in pricing order.
    fn price(
        &self,
        k: usize,
        g: &[Worker],
        sheets: &mut Vec<PaySheet>,
        term_bills: &mut [Money],
        failed: &mut Option<((usize, usize), RosterCompareError)>,
    ) {
        let mut fail = |key: (usize, usize), e: RosterCompareError| {
            if failed.as_ref().is_none_or(|(f, _)| key < *f) {
                *failed = Some((key, e));
            }
        };
        let engine = &self.engines[k];
        let priced = engine.pool_shares(g).and_then(|shares| {
            if sheets.len() < g.len() {
                sheets.resize_with(g.len(), PaySheet::default);
            }
            for ((w, share), sheet) in g.iter().zip(&shares).zip(sheets.iter_mut()) {
                engine.compute(w, *share, sheet)?;
            }
            Ok(())
        });
        if let Err(e) = priced {
            fail((0, k), e.into());
        }
        for (j, ((_, engine), bill)) in self
            .term_engines
            .iter()
            .zip(term_bills.iter_mut())
            .enumerate()
            .filter(|(_, ((of, _), _))| *of == k)
        {
            let mut run = || -> Result<(), RosterCompareError> {
                let shares = engine.pool_shares(g)?;
                let mut sheet = PaySheet::default();
                for (w, share) in g.iter().zip(&shares) {
                    engine.compute(w, *share, &mut sheet)?;
                    *bill =
                        bill.checked_add(sheet.gross)
                            .ok_or_else(|| CompareError::Overflow {
                                label: self.run.labels[k].clone(),
                            })?;
                }
                Ok(())
            };
            if let Err(e) = run() {
                fail((1, j), e);
            }
        }
    }
}

/// Where a chunk's rows of one offer go.
pub(super) enum RowSink<'b> {
    Csv(Box<csv::Writer<&'b mut Spill>>),
    Json(&'b mut Spill),
}

/// One worker's row under one offer as a JSON list element (after `,\n`,
/// indented as an offer's `workers` list).
fn json_row(x: &WorkerChange, out: &mut Spill) -> io::Result<()> {
    let text = serde_json::to_string_pretty(x)?;
    let mut row = Vec::with_capacity(text.len() + text.len() / 4 + 2);
    row.extend_from_slice(b",\n");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            row.push(b'\n');
        }
        row.extend_from_slice(b"        ");
        row.extend_from_slice(line.as_bytes());
    }
    out.write_all(&row)
}
