//! `PayrollIndex` and `PayrollCursor`: how a streamed audit joins a payroll to
//! a roster without holding either. A first pass over the payroll checks every
//! row and notes its enterprises in file order (one entry per enterprise, not
//! per worker); a second pass reads it again beside the roster, handing each
//! roster enterprise its payroll rows.
//!
//! What this asks of the payroll: each enterprise's rows together, and the
//! enterprises in the roster's order (either file may have enterprises the
//! other lacks). A payroll sorted like the roster, or nengji's own pay sheet
//! of it, always is.

use std::collections::HashMap;
use std::io::Read;

use csv::StringRecord;

use crate::audit::join::{Groups, Join, JoinMessages, Place};
use crate::audit::{AuditError, PayrollColumns};
use crate::io::{TableOptions, TableReader};
use crate::pipeline::Rows;
use crate::roster::{RosterError, RosterErrors};
use crate::{t, Schedule};

pub use crate::audit::join::Segment;

/// A payroll's enterprises in file order, every row checked.
#[derive(Debug)]
pub struct PayrollIndex {
    /// The payroll's bound header.
    pub columns: PayrollColumns,
    groups: Groups,
}

/// What the first pass found.
#[derive(Debug)]
pub enum Scanned {
    /// The payroll names each row's enterprise: it is joined in step.
    Grouped(Box<PayrollIndex>),
    /// It has no enterprise column: it is one enterprise's, read whole.
    Ungrouped,
}

impl PayrollIndex {
    /// Reads a payroll through once. Every bad header and cell is reported,
    /// each with its file, line and column, as are a worker repeated within
    /// an enterprise and an enterprise whose rows are not together.
    pub fn scan<R: Read>(
        file: &str,
        input: R,
        options: &TableOptions,
        schedule: &Schedule,
    ) -> Result<Scanned, RosterErrors> {
        let mut table = TableReader::open(file, input, options)?;
        let columns = PayrollColumns::bind(table.origin(), table.headers(), schedule)?;
        let Some(enterprise_col) = columns.enterprise_col else {
            return Ok(Scanned::Ungrouped);
        };
        let mut errors = RosterErrors::default();
        let mut groups = Groups::default();
        // The current enterprise's workers, by the line each was first on.
        let mut seen: HashMap<String, u64> = HashMap::new();
        let mut record = StringRecord::new();
        loop {
            match table.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let fatal = e.is_fatal();
                    errors.push(e.into());
                    if fatal {
                        break;
                    }
                    continue;
                }
            }
            let Some(row) = columns.parse(&record, &mut errors) else {
                continue;
            };
            match groups.note(&row.enterprise_id, row.line) {
                Ok(true) => seen.clear(),
                Ok(false) => {}
                Err(apart) => {
                    errors.push(RosterError {
                        location: columns
                            .origin
                            .at(row.line, Some(enterprise_col as u64 + 1))
                            .with_field(&columns.headers[enterprise_col]),
                        message: t!(
                            "audit-payroll-apart",
                            enterprise = &row.enterprise_id,
                            first = apart.first,
                            other = apart.other
                        ),
                        hint: t!("audit-payroll-apart-hint"),
                    });
                    continue;
                }
            }
            if let Some(&first) = seen.get(&row.employee_id) {
                errors.push(columns.duplicate(&row, first));
                continue;
            }
            seen.insert(row.employee_id, row.line);
            groups.count();
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Scanned::Grouped(Box::new(PayrollIndex { columns, groups })))
    }
}

/// The messages of a payroll's join.
pub const PAYROLL_JOIN: JoinMessages = JoinMessages {
    order: |enterprise, other, place: Place<'_>| {
        (
            t!(
                "audit-payroll-order",
                enterprise = enterprise,
                other = other,
                roster = place.roster,
                line = place.line
            ),
            t!("audit-payroll-order-hint"),
        )
    },
    changed: || t!("audit-payroll-changed"),
};

/// The payroll's second pass, one enterprise after another, in step with
/// the roster.
#[derive(Debug)]
pub struct PayrollCursor<'a> {
    columns: PayrollColumns,
    join: Box<Join<'a, StringRecord>>,
}

impl<'a> PayrollCursor<'a> {
    /// Opens the second pass over the payroll the index was made from.
    pub fn open<R: Read + 'a>(
        index: Box<PayrollIndex>,
        file: &str,
        input: R,
        options: &TableOptions,
    ) -> Result<PayrollCursor<'a>, RosterErrors> {
        let table = TableReader::open(file, input, options)?;
        let PayrollIndex { columns, groups } = *index;
        let join = Box::new(Join::new(
            groups,
            table,
            columns.enterprise_col,
            PAYROLL_JOIN,
        ));
        Ok(PayrollCursor { columns, join })
    }

    /// The payroll's bound header, for messages that name its columns.
    pub fn columns(&self) -> &PayrollColumns {
        &self.columns
    }

    /// The join beneath, for a caller that joins by enterprise ids of its own.
    pub fn join(&mut self) -> &mut Join<'a, StringRecord> {
        &mut self.join
    }

    /// Adds to `records` (reused) and `segments` the payroll rows of the
    /// chunk's enterprises, each after the rows of any enterprise the roster
    /// skipped; returns how many records it filled. An enterprise whose
    /// payroll rows were passed already (the files are not in the same
    /// enterprise order) is an error naming both places.
    pub fn attach(
        &mut self,
        rows: &Rows,
        records: &mut Vec<StringRecord>,
        segments: &mut Vec<Segment>,
    ) -> Result<usize, RosterError> {
        self.join.attach(rows, records, segments)
    }

    /// Every row of the enterprises after the roster's last, one by one.
    pub fn rest(
        &mut self,
        mut each: impl FnMut(&StringRecord) -> std::io::Result<()>,
    ) -> Result<(), AuditError> {
        self.join.rest(AuditError::payroll, |record| {
            each(record)?;
            Ok(())
        })
    }
}
