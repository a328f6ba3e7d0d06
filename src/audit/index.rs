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
use std::ops::Range;

use csv::StringRecord;

use crate::audit::{AuditError, PayrollColumns};
use crate::io::{TableOptions, TableReader};
use crate::pipeline::Rows;
use crate::roster::{RosterError, RosterErrors};
use crate::{t, Schedule};

/// One enterprise's rows of the payroll.
#[derive(Debug, Clone)]
struct Group {
    id: String,
    /// The line of its first row.
    line: u64,
    rows: usize,
}

/// A payroll's enterprises in file order, every row checked.
#[derive(Debug)]
pub struct PayrollIndex {
    /// The payroll's bound header.
    pub columns: PayrollColumns,
    groups: Vec<Group>,
    position: HashMap<String, usize>,
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
        let mut groups: Vec<Group> = Vec::new();
        let mut position: HashMap<String, usize> = HashMap::new();
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
            let same = groups.last().is_some_and(|g| g.id == row.enterprise_id);
            if !same {
                if let Some(&at) = position.get(&row.enterprise_id) {
                    let first = &groups[at];
                    let last = groups.last().map_or(0, |g| g.line);
                    errors.push(RosterError {
                        location: columns
                            .origin
                            .at(row.line, Some(enterprise_col as u64 + 1))
                            .with_field(&columns.headers[enterprise_col]),
                        message: t!(
                            "audit-payroll-apart",
                            enterprise = &row.enterprise_id,
                            first = first.line,
                            other = last
                        ),
                        hint: t!("audit-payroll-apart-hint"),
                    });
                    continue;
                }
                position.insert(row.enterprise_id.clone(), groups.len());
                groups.push(Group {
                    id: row.enterprise_id.clone(),
                    line: row.line,
                    rows: 0,
                });
                seen.clear();
            }
            if let Some(&first) = seen.get(&row.employee_id) {
                errors.push(columns.duplicate(&row, first));
                continue;
            }
            seen.insert(row.employee_id, row.line);
            if let Some(g) = groups.last_mut() {
                g.rows += 1;
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Scanned::Grouped(Box::new(PayrollIndex {
            columns,
            groups,
            position,
        })))
    }
}

/// One roster enterprise's share of the payroll, or (`roster: None`) payroll
/// rows of enterprises the roster does not have.
#[derive(Debug, Clone)]
pub struct Segment {
    /// The enterprise's rows in the chunk.
    pub roster: Option<Range<usize>>,
    /// Its payroll rows, in the chunk's payroll records.
    pub payroll: Range<usize>,
}

/// The payroll's second pass, one enterprise after another, in step with
/// the roster.
pub struct PayrollCursor<'a> {
    index: Box<PayrollIndex>,
    table: TableReader<'a>,
    /// The next group not yet read.
    next: usize,
}

impl std::fmt::Debug for PayrollCursor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PayrollCursor")
            .field("next", &self.next)
            .finish_non_exhaustive()
    }
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
        Ok(PayrollCursor {
            index,
            table,
            next: 0,
        })
    }

    /// The payroll's bound header, for messages that name its columns.
    pub fn columns(&self) -> &PayrollColumns {
        &self.index.columns
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
        let mut len = 0;
        for range in rows.enterprises() {
            let id = std::str::from_utf8(rows.enterprise(range.start)).unwrap_or("");
            let Some(&at) = self.index.position.get(id) else {
                segments.push(Segment {
                    roster: Some(range),
                    payroll: len..len,
                });
                continue;
            };
            if at < self.next {
                let group = &self.index.groups[at];
                let after = &self.index.groups[self.next - 1];
                let file = rows.file().map_or("", |f| &f.name);
                let col = self.index.columns.enterprise_col.map(|c| c as u64 + 1);
                return Err(RosterError {
                    location: self.index.columns.origin.at(group.line, col),
                    message: t!(
                        "audit-payroll-order",
                        enterprise = id,
                        other = &after.id,
                        roster = file,
                        line = rows.line(range.start)
                    ),
                    hint: t!("audit-payroll-order-hint"),
                });
            }
            if at > self.next {
                let start = len;
                while self.next < at {
                    self.read_group(records, &mut len)?;
                }
                segments.push(Segment {
                    roster: None,
                    payroll: start..len,
                });
            }
            let start = len;
            self.read_group(records, &mut len)?;
            segments.push(Segment {
                roster: Some(range),
                payroll: start..len,
            });
        }
        Ok(len)
    }

    /// Reads the next group's rows into `records[*len..]`.
    fn read_group(
        &mut self,
        records: &mut Vec<StringRecord>,
        len: &mut usize,
    ) -> Result<(), RosterError> {
        let rows = self.index.groups[self.next].rows;
        self.next += 1;
        for _ in 0..rows {
            if records.len() <= *len {
                records.push(StringRecord::new());
            }
            self.read(&mut records[*len])?;
            *len += 1;
        }
        Ok(())
    }

    /// The next row; the first pass read every one, so anything else means
    /// the file changed in between.
    fn read(&mut self, record: &mut StringRecord) -> Result<(), RosterError> {
        match self.table.read_record(record) {
            Ok(true) => Ok(()),
            Ok(false) => Err(RosterError {
                location: self.index.columns.origin.at(0, None),
                message: t!("audit-payroll-changed"),
                hint: String::new(),
            }),
            Err(e) => Err(e.into()),
        }
    }

    /// Every row of the enterprises after the roster's last, one by one.
    pub fn rest(
        &mut self,
        mut each: impl FnMut(&StringRecord) -> std::io::Result<()>,
    ) -> Result<(), AuditError> {
        let mut record = StringRecord::new();
        while self.next < self.index.groups.len() {
            let rows = self.index.groups[self.next].rows;
            self.next += 1;
            for _ in 0..rows {
                self.read(&mut record).map_err(AuditError::payroll)?;
                each(&record)?;
            }
        }
        Ok(())
    }
}
