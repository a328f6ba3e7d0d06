//! `RosterReader` streams a roster's rows into a reused [`Worker`]; `Roster` is a
//! whole roster in memory, checked for duplicate ids.

use std::io::Read;
use std::sync::Arc;

use crate::io::{Records, TableOptions, TableReader};
use crate::roster::{Columns, Encoding, EnterpriseGroups, RosterError, RosterErrors, Row, Worker};
use crate::schedule::Schedule;
use crate::Period;

/// Reads rows one at a time, reusing one row's buffers.
#[derive(Debug)]
pub struct RosterReader<'a> {
    table: TableReader<'a>,
    columns: Columns,
    records: Records,
}

impl<'a> RosterReader<'a> {
    /// Opens a roster from bytes (CSV, or a workbook's sheet), decoding it and
    /// binding its header.
    pub fn new<R: Read + 'a>(
        file: &str,
        input: R,
        options: impl Into<TableOptions>,
        schedule: &Schedule,
    ) -> Result<Self, RosterErrors> {
        let table = TableReader::open(file, input, &options.into())?;
        RosterReader::from_table(table, schedule)
    }

    /// A roster from any table source (a CSV text, a spreadsheet's sheet).
    pub fn from_table(table: TableReader<'a>, schedule: &Schedule) -> Result<Self, RosterErrors> {
        let columns = Columns::bind(table.origin(), table.headers(), schedule)?;
        Ok(RosterReader {
            table,
            columns,
            records: Records::new(),
        })
    }

    /// The roster's columns, bound to the schedule.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    /// Reads the rows for one pay month ([`Columns::set_period`]).
    pub fn set_period(&mut self, period: Period) {
        self.columns.set_period(period);
    }

    /// The text encoding the roster is read in (detected, or as asked).
    pub fn encoding(&self) -> Encoding {
        self.table.encoding()
    }

    /// The file (and sheet) rows are placed in: see [`crate::Location::at`].
    pub fn origin(&self) -> &crate::Location {
        self.table.origin()
    }

    /// The roster's name as given.
    pub fn file(&self) -> &Arc<str> {
        self.table.file()
    }

    /// Reads the next row into `worker`. `Ok(None)` at the end; `Ok(Some(false))`
    /// for a row refused (a bad cell, or not read whole; pushed to `errors`);
    /// `Err` when the file itself cannot be read further.
    pub fn next_into(
        &mut self,
        schedule: &Schedule,
        worker: &mut Worker,
        errors: &mut RosterErrors,
    ) -> Result<Option<bool>, RosterError> {
        self.records.clear();
        match self.table.read_into(&mut self.records) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let line = self.records.line(0);
                match Row::in_records(&self.records, 0) {
                    Some(row) => Ok(Some(
                        self.columns.parse_row(row, line, schedule, worker, errors),
                    )),
                    None => {
                        errors.push(RosterError {
                            location: self.table.origin().at(line, None),
                            message: crate::t!("table-not-utf8"),
                            hint: crate::i18n::hint(crate::t!("table-not-utf8-hint")),
                        });
                        Ok(Some(false))
                    }
                }
            }
            Err(e) if !e.is_fatal() => {
                errors.push(e.into());
                Ok(Some(false))
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// A whole roster in memory, every row checked.
#[derive(Debug, Clone)]
pub struct Roster {
    /// The roster's name as given.
    pub file: Arc<str>,
    /// The workers, in file order.
    pub workers: Vec<Worker>,
    /// The roster's columns, bound to the schedule.
    pub columns: Columns,
    /// The text encoding it was read in.
    pub encoding: Encoding,
}

impl Roster {
    /// Reads every row, reporting all bad cells and duplicate ids in one go.
    pub fn read<R: Read>(
        file: &str,
        input: R,
        options: impl Into<TableOptions>,
        schedule: &Schedule,
    ) -> Result<Roster, RosterErrors> {
        Roster::read_for(file, input, options, schedule, None)
    }

    /// [`Roster::read`] for one pay month, when the roster is read for one
    /// ([`Columns::set_period`]).
    pub fn read_for<R: Read>(
        file: &str,
        input: R,
        options: impl Into<TableOptions>,
        schedule: &Schedule,
        period: Option<Period>,
    ) -> Result<Roster, RosterErrors> {
        let mut reader = RosterReader::new(file, input, options, schedule)?;
        if let Some(period) = period {
            reader.set_period(period);
        }
        let mut errors = RosterErrors::default();
        let mut workers: Vec<Worker> = Vec::new();
        let mut groups = EnterpriseGroups::new(&mut reader);
        loop {
            match groups.next_group(schedule, &mut errors) {
                Ok(Some(group)) => workers.extend_from_slice(group),
                Ok(None) => break,
                Err(e) => {
                    errors.push(e);
                    break;
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Roster {
            file: Arc::clone(reader.file()),
            columns: reader.columns().clone(),
            encoding: reader.encoding(),
            workers,
        })
    }

    /// The worker with an id.
    pub fn worker(&self, employee_id: &str) -> Option<&Worker> {
        self.workers.iter().find(|w| w.employee_id == employee_id)
    }
}
