//! `RosterCompare`: the base and every offer over a roster of any size in one
//! pass of the roster [`pipeline`](crate::pipeline). Worker threads read each
//! chunk against every schedule, price it and add it to a [`CompareTally`];
//! the writer merges the tallies in input order and keeps each offer's
//! per-worker rows (CSV or JSON) in a [`Spill`]. The output is the in-memory
//! comparison's, byte for byte, whatever the number of threads.

use std::io::{self, Read, Write};

use crate::compare::csv::write_worker;
use crate::compare::tally::{CompareTally, TallyScenario};
use crate::compare::{
    csv_as_xlsx, write_html, write_text, CompareError, CompareFormat, CompareOptions, Comparison,
    OfferTotal, WorkerChange, CSV_HEADER,
};
use crate::io::spill::Spill;
use crate::pay::{adjusts_within_term, run_starts, PayEngine, PayError, PaySheet, TermCost};
use crate::pipeline::{Input, Job, Parser, Pipeline, Rows};
use crate::roster::{RosterError, RosterErrors, Worker};
use crate::{Money, Period, Schedule};

/// Why a streamed comparison stopped.
#[derive(Debug, thiserror::Error)]
pub enum RosterCompareError {
    /// The roster's problems as read against schedule `schedule` (the first
    /// schedule that found any).
    #[error("{errors}")]
    Roster {
        /// The index of the schedule (0 = base) the roster was read against.
        schedule: usize,
        /// Every problem found.
        errors: RosterErrors,
    },
    /// The scenarios cannot be compared.
    #[error("{0}")]
    Compare(#[from] CompareError),
    /// A worker's pay could not be computed.
    #[error(transparent)]
    Pay(#[from] PayError),
    /// The workers' rows could not be kept in a temporary file.
    #[error("{}", crate::t!("compare-error-rows-spill", error = .0.to_string()))]
    Spill(#[from] io::Error),
}

impl From<RosterError> for RosterCompareError {
    fn from(e: RosterError) -> Self {
        let mut errors = RosterErrors::default();
        errors.push(e);
        RosterCompareError::Roster {
            schedule: 0,
            errors,
        }
    }
}

/// A comparison of schedules (base first) over a streamed roster.
#[derive(Debug)]
pub struct RosterCompare<'a> {
    /// The base schedule first, then each offer.
    pub schedules: &'a [Schedule],
    /// Their labels, in the same order.
    pub labels: &'a [String],
    /// The pay month compared.
    pub period: Period,
    /// The threshold, on-cost and guideline options.
    pub options: &'a CompareOptions,
    /// The output format, which decides whether worker rows are kept.
    pub format: CompareFormat,
}

/// A finished comparison and, for CSV and JSON, each offer's worker rows.
#[derive(Debug)]
pub struct StreamedComparison {
    /// The comparison's figures.
    pub comparison: Comparison,
    rows: Vec<Spill>,
    format: CompareFormat,
}

/// Workers a thread's buffers keep room for after a chunk (twice the
/// pipeline's chunk); an enterprise larger than that gets its own, let go after.
const KEEP_ROWS: usize = 2 * crate::pipeline::CHUNK_ROWS;

struct ChunkCompare {
    tally: CompareTally,
    errors: Vec<RosterErrors>,
    /// Per offer: the workers' rows in the output format.
    rows: Vec<Vec<u8>>,
    /// Per run of a term with adjustments: the chunk's monthly bill.
    term_bills: Vec<Money>,
}

#[derive(Default)]
struct CompareScratch {
    parsers: Vec<Parser>,
    sheets: Vec<Vec<PaySheet>>,
    changes: Vec<WorkerChange>,
}

struct CompareJob<'a> {
    run: &'a RosterCompare<'a>,
    scenarios: Vec<TallyScenario<'a>>,
    engines: Vec<PayEngine<'a>>,
    /// For a schedule whose term has adjustments (工资调整办法): the schedule and
    /// an engine per run of its term, for the cost over the term.
    term_engines: Vec<(usize, PayEngine<'a>)>,
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
            rows: vec![Vec::new(); n - 1],
            term_bills: vec![Money::ZERO; self.term_engines.len()],
        }
    }

    fn reset(&self, out: &mut ChunkCompare) {
        out.tally.clear();
        out.errors
            .iter_mut()
            .for_each(|e| *e = RosterErrors::default());
        out.rows.iter_mut().for_each(|r| {
            r.clear();
            r.shrink_to(KEEP_ROWS * 256);
        });
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
        let mut columns = Vec::with_capacity(schedules.len());
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
        let rows_wanted = matches!(
            self.run.format,
            CompareFormat::Csv | CompareFormat::Json | CompareFormat::Xlsx
        );
        let mut at = 0u64;
        // Each offer's rows: one CSV writer for the chunk (not one a row).
        let mut sinks: Vec<RowSink> = match self.run.format {
            CompareFormat::Csv | CompareFormat::Xlsx => out
                .rows
                .iter_mut()
                .map(|bytes| {
                    RowSink::Csv(Box::new(
                        csv::WriterBuilder::new()
                            .has_headers(false)
                            .from_writer(bytes),
                    ))
                })
                .collect(),
            CompareFormat::Json => out.rows.iter_mut().map(RowSink::Json).collect(),
            CompareFormat::Text | CompareFormat::Html => Vec::new(),
        };
        scratch.parsers.truncate(2);
        scratch.parsers.resize_with(2, Parser::default);
        for range in rows.enterprises() {
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
                self.price(
                    0,
                    base,
                    &mut scratch.sheets[0],
                    &mut out.term_bills,
                    &mut failed,
                );
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
                    self.price(
                        k,
                        g,
                        &mut scratch.sheets[k],
                        &mut out.term_bills,
                        &mut failed,
                    );
                }
            }
            if out.errors.iter().any(|e| !e.is_empty()) {
                // Keep reading to report every problem, but compare nothing more.
                continue;
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
                let order = (rows.seq() << 32) | at;
                at += 1;
                let changes = rows_wanted.then_some(&mut scratch.changes);
                out.tally.add(&self.scenarios, w, &pay, order, changes)?;
                for ((x, sink), label) in scratch
                    .changes
                    .iter()
                    .zip(&mut sinks)
                    .zip(&self.run.labels[1..])
                {
                    match sink {
                        RowSink::Csv(w) => write_worker(w, label, x)?,
                        RowSink::Json(bytes) => json_row(x, bytes)?,
                    }
                }
            }
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
        Ok(())
    }
}

impl CompareJob<'_> {
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
enum RowSink<'b> {
    Csv(Box<csv::Writer<&'b mut Vec<u8>>>),
    Json(&'b mut Vec<u8>),
}

/// One worker's row under one offer as a JSON list element (after `,\n`,
/// indented as an offer's `workers` list).
fn json_row(x: &WorkerChange, out: &mut Vec<u8>) -> io::Result<()> {
    let text = serde_json::to_string_pretty(x)?;
    out.extend_from_slice(b",\n");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(b"        ");
        out.extend_from_slice(line.as_bytes());
    }
    Ok(())
}

impl RosterCompare<'_> {
    /// Reads the inputs once, computing every schedule's pay.
    pub fn run(
        &self,
        inputs: Vec<Input<'_>>,
        pipeline: &Pipeline<'_>,
    ) -> Result<StreamedComparison, RosterCompareError> {
        let scenarios: Vec<TallyScenario> = self
            .schedules
            .iter()
            .zip(self.labels)
            .map(|(schedule, label)| TallyScenario { label, schedule })
            .collect();
        let job = CompareJob {
            run: self,
            scenarios: scenarios.clone(),
            engines: self
                .schedules
                .iter()
                .map(|s| PayEngine::new(s, self.period))
                .collect(),
            term_engines: self
                .schedules
                .iter()
                .enumerate()
                // Beside every scenario when any term has adjustments, so
                // the costs over the term compare.
                .filter(|_| self.schedules.iter().any(adjusts_within_term))
                .flat_map(|(k, s)| {
                    run_starts(s)
                        .into_iter()
                        .map(move |start| (k, PayEngine::with_table_of(s, self.period, start)))
                })
                .collect(),
        };
        let mut term_bills = vec![Money::ZERO; job.term_engines.len()];
        let offers = self.schedules.len() - 1;
        let mut tally = CompareTally::new(&self.schedules[0], offers, self.options.largest_losses);
        let mut errors = vec![RosterErrors::default(); self.schedules.len()];
        let mut rows: Vec<Spill> = (0..offers).map(|_| Spill::new()).collect();
        let ran = pipeline.run(
            inputs,
            &job,
            &mut |chunk: &mut Rows, out: &mut ChunkCompare| {
                // A row not read whole (wrong field count, no enterprise) is
                // refused under every schedule: it is reported once, with the base.
                errors[0].append(&mut chunk.skipped);
                for (all, part) in errors.iter_mut().zip(&mut out.errors) {
                    all.append(part);
                }
                if errors.iter().any(|e| !e.is_empty()) {
                    return Ok(());
                }
                tally.merge(&mut out.tally)?;
                for ((all, part), (k, _)) in term_bills
                    .iter_mut()
                    .zip(&out.term_bills)
                    .zip(&job.term_engines)
                {
                    *all = all
                        .checked_add(*part)
                        .ok_or_else(|| CompareError::Overflow {
                            label: self.labels[*k].clone(),
                        })?;
                }
                for (spill, bytes) in rows.iter_mut().zip(&out.rows) {
                    spill.write_all(bytes)?;
                }
                Ok(())
            },
        );
        match ran {
            Ok(()) => {}
            // A file that cannot be read further ends the list of problems.
            Err(RosterCompareError::Roster {
                schedule,
                errors: mut more,
            }) => errors[schedule].append(&mut more),
            Err(e) => return Err(e),
        }
        if let Some(schedule) = errors.iter().position(|e| !e.is_empty()) {
            let errors = std::mem::take(&mut errors[schedule]);
            return Err(RosterCompareError::Roster { schedule, errors });
        }
        let mut comparison =
            Comparison::from_tally(self.period, &scenarios, &mut tally, self.options)?;
        // The cost over each term with adjustments, from its runs' bills.
        let mut bills = term_bills.into_iter();
        for (k, (schedule, label)) in self.schedules.iter().zip(self.labels).enumerate() {
            if !job.term_engines.iter().any(|(j, _)| *j == k) {
                continue;
            }
            let runs: Vec<Money> = bills.by_ref().take(run_starts(schedule).len()).collect();
            let cost = TermCost::from_bills(label, schedule, &runs).ok_or_else(|| {
                CompareError::Overflow {
                    label: label.clone(),
                }
            })?;
            comparison.term_costs.push(cost);
        }
        Ok(StreamedComparison {
            comparison,
            rows,
            format: self.format,
        })
    }
}

impl StreamedComparison {
    /// The CSV: the header, then each offer's rows from its spill.
    fn write_csv(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(&mut *out);
        w.write_record(CSV_HEADER)?;
        w.flush()?;
        drop(w);
        for spill in &mut self.rows {
            spill.copy_to(0, out)?;
        }
        Ok(())
    }

    /// The workbook: the CSV read back from the spills row by row, zipped
    /// into `out` as it is made (never the whole table in memory).
    fn write_xlsx(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        let c = &self.comparison;
        // Every offer has a row a worker: its totals are the scenarios' sums.
        let sum = |k: usize| {
            c.distributions
                .get(k)
                .and_then(crate::distribution::Distribution::sum)
                .map(Money::new)
                .ok_or_else(|| io::Error::other(CompareError::Empty))
        };
        let before = sum(0)?;
        let mut totals = Vec::with_capacity(c.offers.len());
        for (k, (o, spill)) in c.offers.iter().zip(&self.rows).enumerate() {
            if spill.is_empty() {
                continue;
            }
            let after = sum(k + 1)?;
            totals.push(OfferTotal {
                label: o.label.clone(),
                workers: i64::try_from(c.headcount).unwrap_or(i64::MAX),
                before,
                after,
                change: after - before,
            });
        }
        let mut header = Vec::new();
        {
            let mut w = csv::Writer::from_writer(&mut header);
            w.write_record(CSV_HEADER)?;
            w.flush()?;
        }
        let mut csv: Box<dyn io::Read + Send + '_> = Box::new(&header[..]);
        for spill in &mut self.rows {
            csv = Box::new(csv.chain(spill.reader()?));
        }
        csv_as_xlsx(csv, &totals, out)
    }

    /// Writes the comparison in its format, the workers' rows from their spills.
    pub fn write(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        let c = &self.comparison;
        let mut sink: &mut dyn Write = &mut *out;
        match self.format {
            CompareFormat::Text => write_text(c, &mut sink),
            CompareFormat::Html => write_html(c, &mut sink),
            CompareFormat::Csv => self.write_csv(out),
            CompareFormat::Xlsx => self.write_xlsx(out),
            CompareFormat::Json => {
                let text = serde_json::to_vec_pretty(c)?;
                // Each offer's empty list, at its depth (a string value's
                // newline is escaped, so only the key matches).
                const EMPTY: &[u8] = b"\n      \"workers\": []";
                let mut rest = &text[..];
                for spill in &mut self.rows {
                    let Some(at) = rest.windows(EMPTY.len()).position(|w| w == EMPTY) else {
                        break;
                    };
                    out.write_all(&rest[..at])?;
                    if spill.is_empty() {
                        out.write_all(EMPTY)?;
                    } else {
                        out.write_all(b"\n      \"workers\": [\n")?;
                        spill.copy_to(2, out)?;
                        out.write_all(b"\n      ]")?;
                    }
                    rest = &rest[at + EMPTY.len()..];
                }
                out.write_all(rest)?;
                out.write_all(b"\n")
            }
        }
    }
}

#[cfg(test)]
#[path = "roster_compare_tests.rs"]
mod tests;
