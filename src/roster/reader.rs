//! `RosterReader` streams a roster's rows into a reused [`Worker`]; `Roster` is a
//! whole roster in memory, checked for duplicate ids.

use std::io::Read;
use std::sync::Arc;

use csv::StringRecord;

use crate::roster::{Columns, Encoding, EnterpriseGroups, RosterError, RosterErrors, Row, Worker};
use crate::schedule::Schedule;
use crate::Location;

/// Reads rows one at a time, reusing one record buffer.
pub struct RosterReader<'a> {
    file: Arc<str>,
    csv: csv::Reader<Box<dyn Read + 'a>>,
    columns: Columns,
    record: StringRecord,
    encoding: Encoding,
}

impl std::fmt::Debug for RosterReader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RosterReader")
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}

impl<'a> RosterReader<'a> {
    /// Opens a roster from bytes, decoding it and binding its header.
    pub fn new<R: Read + 'a>(
        file: &str,
        input: R,
        encoding: Encoding,
        schedule: &Schedule,
    ) -> Result<Self, RosterErrors> {
        let file: Arc<str> = Arc::from(file);
        let io_error = |e: std::io::Error| RosterError {
            location: Location::new(&file, 1, None),
            message: format!("cannot read the roster: {e}"),
            hint: String::new(),
        };
        let (text, encoding) = encoding.decode(input).map_err(io_error)?;
        let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(text);
        let headers = csv.headers().map_err(|e| csv_error(&file, &e))?.clone();
        let columns = Columns::bind(&file, &headers, schedule)?;
        Ok(RosterReader {
            file,
            csv,
            columns,
            record: StringRecord::new(),
            encoding,
        })
    }

    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    pub fn file(&self) -> &Arc<str> {
        &self.file
    }

    /// Reads the next row into `worker`. `Ok(None)` at the end; `Ok(Some(false))`
    /// for a row with bad cells (pushed to `errors`); `Err` when the file itself
    /// cannot be read further.
    pub fn next_into(
        &mut self,
        schedule: &Schedule,
        worker: &mut Worker,
        errors: &mut RosterErrors,
    ) -> Result<Option<bool>, RosterError> {
        match self.csv.read_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let line = self.record.position().map_or(0, |p| p.line());
                Ok(Some(self.columns.parse_row(
                    Row::of(&self.record),
                    line,
                    schedule,
                    worker,
                    errors,
                )))
            }
            Err(e) => Err(csv_error(&self.file, &e)),
        }
    }
}

fn csv_error(file: &Arc<str>, e: &csv::Error) -> RosterError {
    let line = e.position().map_or(1, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "the roster is not valid UTF-8".to_string(),
        csv::ErrorKind::Io(io) => format!("cannot read the roster: {io}"),
        _ => format!("malformed CSV: {e}"),
    };
    let hint = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "; if Excel saved it, try --encoding gb18030".to_string(),
        _ => String::new(),
    };
    RosterError {
        location: Location::new(file, line, None),
        message,
        hint,
    }
}

/// A whole roster in memory, every row checked.
#[derive(Debug, Clone)]
pub struct Roster {
    pub file: Arc<str>,
    pub workers: Vec<Worker>,
    pub columns: Columns,
    pub encoding: Encoding,
}

impl Roster {
    /// Reads every row, reporting all bad cells and duplicate ids in one go.
    pub fn read<R: Read>(
        file: &str,
        input: R,
        encoding: Encoding,
        schedule: &Schedule,
    ) -> Result<Roster, RosterErrors> {
        let mut reader = RosterReader::new(file, input, encoding, schedule)?;
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
