//! `AuditJob`: the audit's pipeline job. On a worker thread each chunk's
//! enterprises are parsed and priced, and each worker is held against their
//! payroll row: the enterprise's rows the reader attached (a payroll naming
//! enterprises), or the one payroll held whole (one without the column).

use std::collections::{HashMap, HashSet};

use csv::StringRecord;

use crate::audit::index::Segment;
use crate::audit::{compare, AuditError, Paid, Payroll, PayrollColumns, PayrollRow};
use crate::check::{Context, Finding, Owed, Report};
use crate::pay::{PayEngine, PaySheet};
use crate::pipeline::{Job, Parser, Rows};
use crate::roster::{RosterErrors, Worker};
use crate::standards::Standards;
use crate::{Money, Period, Schedule};

/// Where a worker's payroll row comes from.
#[derive(Debug)]
pub(crate) enum Paying<'a> {
    /// Each chunk carries its enterprises' rows, parsed with these columns.
    Grouped(PayrollColumns),
    /// One payroll without an enterprise column, held whole: a worker's row
    /// is the one with their id.
    Held {
        payroll: &'a Payroll,
        by_id: HashMap<&'a str, usize>,
    },
}

/// What a worker thread made of one chunk (buffers reused).
#[derive(Debug, Default)]
pub struct AuditChunk {
    /// The payroll rows the reader attached, and whose they are.
    pub(crate) records: Vec<StringRecord>,
    pub(crate) records_len: usize,
    pub(crate) segments: Vec<Segment>,
    /// Payroll rows naming no worker of the roster, in payroll order.
    pub(crate) unlisted: Vec<Finding>,
    /// The workers' findings, in roster order.
    pub(crate) found: Report,
    /// Owed per enterprise, in roster order.
    pub(crate) owed: Vec<Owed>,
    /// Rows of a held payroll that a worker took, one entry per worker.
    pub(crate) matched: Vec<usize>,
    pub(crate) workers: u64,
    pub(crate) errors: RosterErrors,
}

/// A worker thread's reused buffers.
#[derive(Debug, Default)]
pub struct AuditScratch {
    parser: Parser,
    sheets: Vec<PaySheet>,
    paid: Vec<PayrollRow>,
}

#[derive(Debug)]
pub(crate) struct AuditJob<'a> {
    pub schedule: &'a Schedule,
    pub standards: &'a Standards,
    pub period: Period,
    pub engine: PayEngine<'a>,
    pub paying: Paying<'a>,
    /// What each payroll amount column holds.
    pub columns: Vec<Paid>,
}

impl Job for AuditJob<'_> {
    type Out = AuditChunk;
    type Scratch = AuditScratch;
    type Error = AuditError;

    fn output(&self) -> AuditChunk {
        AuditChunk::default()
    }

    fn reset(&self, out: &mut AuditChunk) {
        out.records_len = 0;
        out.segments.clear();
        out.unlisted.clear();
        out.found.findings.clear();
        out.owed.clear();
        out.matched.clear();
        out.workers = 0;
        out.errors = RosterErrors::default();
    }

    fn process(
        &self,
        rows: &Rows,
        out: &mut AuditChunk,
        scratch: &mut AuditScratch,
    ) -> Result<(), AuditError> {
        match &self.paying {
            Paying::Held { .. } => {
                for range in rows.enterprises() {
                    self.enterprise(rows, range, 0..0, out, scratch)?;
                }
            }
            Paying::Grouped(columns) => {
                let segments = std::mem::take(&mut out.segments);
                for seg in &segments {
                    match &seg.roster {
                        Some(range) => {
                            self.enterprise(rows, range.clone(), seg.payroll.clone(), out, scratch)?
                        }
                        None => {
                            for record in &out.records[seg.payroll.clone()] {
                                if let Some(row) = columns.parse(record, &mut out.errors) {
                                    out.unlisted.push(compare::not_on_roster(self.period, &row));
                                }
                            }
                        }
                    }
                }
                out.segments = segments;
            }
        }
        Ok(())
    }
}

impl AuditJob<'_> {
    /// Audits one enterprise: `rows[range]` of the roster, and (payroll
    /// naming enterprises) its payroll records `payroll`.
    fn enterprise(
        &self,
        rows: &Rows,
        range: std::ops::Range<usize>,
        payroll: std::ops::Range<usize>,
        out: &mut AuditChunk,
        scratch: &mut AuditScratch,
    ) -> Result<(), AuditError> {
        let Some(file) = rows.file() else {
            return Ok(());
        };
        let columns = file
            .columns(0, self.schedule)
            .as_ref()
            .map_err(|e| AuditError::Roster(e.clone()))?;
        let group = scratch
            .parser
            .parse(rows, range, columns, self.schedule, &mut out.errors);
        if !out.errors.is_empty() {
            // Keep reading to report every problem, but audit nothing more.
            return Ok(());
        }
        let group: &[Worker] = group;
        let shares = self.engine.pool_shares(group)?;
        if scratch.sheets.len() < group.len() {
            scratch.sheets.resize_with(group.len(), PaySheet::default);
        }
        for ((w, share), sheet) in group.iter().zip(&shares).zip(&mut scratch.sheets) {
            self.engine.compute(w, *share, sheet)?;
        }
        let sheets = &scratch.sheets[..group.len()];
        let ctx =
            Context::new(self.schedule, self.standards, self.period).with_roster(group, sheets);
        out.workers += group.len() as u64;
        let owe = |w: &Worker, owed: Money, out: &mut AuditChunk| {
            if owed <= Money::ZERO {
                return;
            }
            match out.owed.last_mut() {
                Some(o) if o.enterprise_id == w.enterprise_id => {
                    o.workers += 1;
                    o.amount += owed;
                }
                _ => out.owed.push(Owed {
                    enterprise_id: w.enterprise_id.clone(),
                    workers: 1,
                    amount: owed,
                }),
            }
        };
        match &self.paying {
            Paying::Held { payroll, by_id } => {
                for (w, sheet) in group.iter().zip(sheets) {
                    let at = by_id.get(w.employee_id.as_str()).copied();
                    out.matched.extend(at);
                    let row = at.map(|i| &payroll.rows[i]);
                    let owed = compare::worker(&ctx, w, sheet, row, &self.columns, &mut out.found);
                    owe(w, owed, out);
                }
            }
            Paying::Grouped(pc) => {
                scratch.paid.clear();
                for record in &out.records[payroll] {
                    if let Some(row) = pc.parse(record, &mut out.errors) {
                        scratch.paid.push(row);
                    }
                }
                let paid = &scratch.paid;
                let by_id: HashMap<&str, &PayrollRow> =
                    paid.iter().map(|r| (r.employee_id.as_str(), r)).collect();
                let on_roster: HashSet<&str> =
                    group.iter().map(|w| w.employee_id.as_str()).collect();
                for row in paid {
                    if !on_roster.contains(row.employee_id.as_str()) {
                        out.unlisted.push(compare::not_on_roster(self.period, row));
                    }
                }
                for (w, sheet) in group.iter().zip(sheets) {
                    let row = by_id.get(w.employee_id.as_str()).copied();
                    let owed = compare::worker(&ctx, w, sheet, row, &self.columns, &mut out.found);
                    owe(w, owed, out);
                }
            }
        }
        Ok(())
    }
}
