//! `nengji audit` as a library (履约监督, 浙江省集体合同条例 Art 37): what each
//! worker was paid, held against what the contract entitles them to, component
//! by component, with the amount owed per worker and per enterprise, exactly.
//!
//! The roster streams through the roster [`pipeline`](crate::pipeline), and
//! the payroll is joined to it without being held: a payroll that names each
//! row's enterprise is read twice, once to check it and note its enterprises
//! ([`PayrollIndex`]), and once beside the roster ([`PayrollCursor`]), so
//! memory follows the largest enterprise, not the workforce. That asks each
//! enterprise's payroll rows to be together and in the roster's enterprise
//! order. A payroll without an enterprise column is one enterprise's, held
//! whole. The report is the same whatever the number of threads.

mod columns;
mod compare;
mod index;
mod job;
pub mod join;
mod payroll;

pub use columns::PayrollColumns;
pub use index::{PayrollCursor, PayrollIndex, Scanned};
pub use payroll::{amount, Paid, Payroll, PayrollRow, GROSS};

use std::collections::HashMap;

use crate::check::{Context, FindingGroups, Owed, Report, ReportFormat};
use crate::pay::{PayEngine, PayError};
use crate::pipeline::{Input, Pipeline, Rows};
use crate::roster::{RosterError, RosterErrors};
use crate::standards::Standards;
use crate::{t, Money, Period, Schedule};

use job::{AuditChunk, AuditJob, Paying};

/// Why an audit stopped.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// Bad roster rows or columns: every problem found.
    #[error("{0}")]
    Roster(RosterErrors),
    /// A payroll that cannot be joined to the roster without doubt.
    #[error("{0}")]
    Payroll(RosterErrors),
    /// Pay that cannot be computed (an overflow, a pool nobody can share).
    #[error(transparent)]
    Pay(#[from] PayError),
    #[error("cannot keep the findings: {0}")]
    /// The findings could not be kept on disk while the roster streamed.
    Write(#[from] std::io::Error),
}

impl AuditError {
    /// A payroll error of one row, as the error of the whole run.
    pub fn payroll(e: RosterError) -> AuditError {
        let mut errors = RosterErrors::default();
        errors.push(e);
        AuditError::Payroll(errors)
    }
}

impl From<RosterError> for AuditError {
    fn from(e: RosterError) -> Self {
        let mut errors = RosterErrors::default();
        errors.push(e);
        AuditError::Roster(errors)
    }
}

/// The payroll of an audit, as [`PayrollIndex::scan`] found it.
#[derive(Debug)]
pub enum PayrollInput<'a> {
    /// Read again in step with the roster.
    Grouped(PayrollCursor<'a>),
    /// One enterprise's payroll (no enterprise column), held whole.
    Held(Payroll),
}

/// An audit of a streamed roster against a payroll.
#[derive(Debug)]
pub struct AuditRun<'a> {
    /// The schedule the roster's pay is computed by (what is owed).
    pub schedule: &'a Schedule,
    /// The minimum wage and floors the audit's findings compare with.
    pub standards: &'a Standards,
    /// The pay month audited.
    pub period: Period,
}

/// The report's head and what is owed, its findings by rule, and the workers
/// audited.
#[derive(Debug)]
pub struct Audited {
    /// The report's head: what the run covered and what is owed.
    pub report: Report,
    /// The findings, grouped by rule.
    pub findings: FindingGroups,
    /// How many roster workers were audited.
    pub workers: u64,
}

/// The phase a finding is found in: payroll rows with no worker come first
/// within their rule, as a sequential audit finds them first.
const UNLISTED: u8 = 0;
const WORKERS: u8 = 1;

impl AuditRun<'_> {
    /// Audits every worker of the inputs. Bad roster rows fail the run with
    /// all of them (up to the list's limit), as reading the roster whole does.
    pub fn run(
        &self,
        inputs: Vec<Input<'_>>,
        pipeline: &Pipeline<'_>,
        payroll: PayrollInput<'_>,
        format: ReportFormat,
    ) -> Result<Audited, AuditError> {
        let ctx = Context::new(self.schedule, self.standards, self.period);
        let mut report = ctx.report("audit");
        let mut findings = FindingGroups::new(format);
        let (mut cursor, held) = match payroll {
            PayrollInput::Grouped(cursor) => (Some(cursor), None),
            PayrollInput::Held(payroll) => (None, Some(payroll)),
        };
        let (paying, columns) = match (&cursor, &held) {
            (Some(cursor), _) => (
                Paying::Grouped(cursor.columns().clone()),
                cursor.columns().paid(),
            ),
            (None, Some(payroll)) => {
                let by_id = payroll
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.employee_id.as_str(), i))
                    .collect();
                (Paying::Held { payroll, by_id }, payroll.columns.clone())
            }
            // Not reached: the payroll went to one or the other above.
            (None, None) => return Err(AuditError::Payroll(RosterErrors::default())),
        };
        let job = AuditJob {
            schedule: self.schedule,
            standards: self.standards,
            period: self.period,
            engine: PayEngine::new(self.schedule, self.period),
            paying,
            columns,
        };

        let mut errors = RosterErrors::default();
        let mut owed: Vec<Owed> = Vec::new();
        let mut owed_at: HashMap<String, usize> = HashMap::new();
        // How many workers took each row of a held payroll.
        let mut takers: Vec<u32> = vec![0; held.as_ref().map_or(0, |p| p.rows.len())];
        let mut workers = 0;
        let ran = pipeline.run_with(
            inputs,
            &job,
            &mut |rows: &Rows, out: &mut AuditChunk| {
                if let Some(cursor) = cursor.as_mut() {
                    out.records_len = cursor
                        .attach(rows, &mut out.records, &mut out.segments)
                        .map_err(AuditError::payroll)?;
                }
                Ok(())
            },
            &mut |rows, out: &mut AuditChunk| {
                errors.append(&mut rows.skipped);
                errors.append(&mut out.errors);
                if !errors.is_empty() {
                    return Ok(());
                }
                for f in &out.unlisted {
                    findings.add(UNLISTED, f)?;
                }
                for f in &out.found.findings {
                    findings.add(WORKERS, f)?;
                }
                for o in out.owed.drain(..) {
                    match owed_at.get(&o.enterprise_id) {
                        Some(&i) => {
                            owed[i].workers += o.workers;
                            owed[i].amount += o.amount;
                        }
                        None => {
                            owed_at.insert(o.enterprise_id.clone(), owed.len());
                            owed.push(o);
                        }
                    }
                }
                for &r in &out.matched {
                    takers[r] += 1;
                }
                workers += out.workers;
                Ok(())
            },
        );
        match ran {
            Ok(()) => {}
            // A file that cannot be read further ends the list of problems.
            Err(AuditError::Roster(mut more)) => errors.append(&mut more),
            Err(e) => return Err(e),
        }
        if !errors.is_empty() {
            return Err(AuditError::Roster(errors));
        }

        // The payroll's rows no worker took.
        if let Some(cursor) = cursor.as_mut() {
            let columns = cursor.columns().clone();
            let mut bad = RosterErrors::default();
            cursor.rest(|record| match columns.parse(record, &mut bad) {
                Some(row) => findings.add(UNLISTED, &compare::not_on_roster(self.period, &row)),
                None => Ok(()),
            })?;
            if !bad.is_empty() {
                return Err(AuditError::Payroll(bad));
            }
        }
        if let Some(payroll) = &held {
            let mut bad = RosterErrors::default();
            for (row, &n) in payroll.rows.iter().zip(&takers) {
                match n {
                    0 => findings.add(UNLISTED, &compare::not_on_roster(self.period, row))?,
                    1 => {}
                    _ => bad.push(RosterError {
                        location: payroll.origin.at(row.line, None),
                        message: t!("audit-ambiguous-id", id = &row.employee_id, count = n),
                        hint: t!("audit-ambiguous-id-hint"),
                    }),
                }
            }
            if !bad.is_empty() {
                return Err(AuditError::Payroll(bad));
            }
        }
        report.total_owed = Some(owed.iter().map(|o| o.amount).sum::<Money>());
        report.owed = owed;
        findings.sort();
        Ok(Audited {
            report,
            findings,
            workers,
        })
    }
}
