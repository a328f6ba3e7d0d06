//! `TableReader`: the rows of a table input (roster, payroll, score sheet,
//! registry), each read whole or refused, each with its true place.
//!
//! A [`RecordSource`] yields raw records with their first line (a CSV text, or a
//! spreadsheet's sheet, whose "line" is the row); the reader on top is the same
//! for every source: it takes the first non-blank row as the header, skips rows
//! of only separators and blanks (what Excel leaves at the end of a sheet), and
//! refuses a row with more or fewer fields than the header instead of reading
//! its fields into the wrong columns.

use std::io::Read;
use std::sync::Arc;

use csv::{ByteRecord, StringRecord};

use crate::io::records::Records;
use crate::io::{CsvSource, Encoding, Problem, TableError};
use crate::Location;

/// Where records come from. `read` fills `record` and sets its position's line
/// to the line (or sheet row) the record starts on; `Ok(false)` at the end.
pub trait RecordSource {
    /// Reads the next record into `record`; `Ok(false)` at the end of the table.
    fn read(&mut self, record: &mut ByteRecord) -> Result<bool, TableError>;

    /// Reads the next record onto the end of `records` (by way of `scratch`,
    /// unless the source can do without); `Ok(false)` at the end.
    fn read_into(
        &mut self,
        records: &mut Records,
        scratch: &mut ByteRecord,
    ) -> Result<bool, TableError> {
        if !self.read(scratch)? {
            return Ok(false);
        }
        records.push_record(scratch, line_of(scratch));
        Ok(true)
    }
}

/// How to read a CSV text.
#[derive(Debug, Clone, Copy)]
pub struct CsvOptions {
    /// The text's encoding, or `auto`.
    pub encoding: Encoding,
    /// The byte that separates fields: `,` unless told otherwise.
    pub(crate) delimiter: u8,
    /// The parser's buffer: larger means fewer reads through the layers below.
    pub buffer: usize,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            encoding: Encoding::Auto,
            delimiter: b',',
            buffer: 64 * 1024,
        }
    }
}

/// The rows of a table after its header, read whole.
pub struct TableReader<'a> {
    origin: Location,
    source: Box<dyn RecordSource + 'a>,
    headers: StringRecord,
    encoding: Encoding,
    /// A record for sources that read one at a time.
    scratch: ByteRecord,
}

impl std::fmt::Debug for TableReader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TableReader")
            .field("origin", &self.origin)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

impl<'a> TableReader<'a> {
    /// A CSV table from bytes, with the default options and `encoding`.
    pub fn csv<R: Read + 'a>(
        file: &str,
        input: R,
        encoding: Encoding,
    ) -> Result<TableReader<'a>, TableError> {
        let options = CsvOptions {
            encoding,
            ..CsvOptions::default()
        };
        TableReader::csv_with(file, input, options)
    }

    /// A CSV table from bytes, with `options`.
    pub(crate) fn csv_with<R: Read + 'a>(
        file: &str,
        input: R,
        options: CsvOptions,
    ) -> Result<TableReader<'a>, TableError> {
        let origin = Location::new(&Arc::from(file), 0, None);
        let (source, encoding) = CsvSource::new(origin.clone(), input, options)?;
        TableReader::new(origin, Box::new(source), encoding)
    }

    /// A table from any source; reads its header, the first non-blank row.
    /// `origin` names the file (and sheet) every location is placed in.
    pub fn new(
        origin: Location,
        mut source: Box<dyn RecordSource + 'a>,
        encoding: Encoding,
    ) -> Result<TableReader<'a>, TableError> {
        let mut header = ByteRecord::new();
        loop {
            if !source.read(&mut header)? {
                return Err(TableError::new(origin.at(1, None), Problem::NoHeader));
            }
            if !is_blank(&header) {
                break;
            }
        }
        let headers = StringRecord::from_byte_record(header).map_err(|e| {
            let column = e.utf8_error().field() as u64 + 1;
            let line = line_of(&e.into_byte_record());
            TableError::new(origin.at(line, Some(column)), Problem::NotUtf8)
        })?;
        Ok(TableReader {
            origin,
            source,
            headers,
            encoding,
            scratch: ByteRecord::new(),
        })
    }

    /// The header row.
    pub fn headers(&self) -> &StringRecord {
        &self.headers
    }

    /// The file (and sheet) as a location without a line: see [`Location::at`].
    pub fn origin(&self) -> &Location {
        &self.origin
    }

    /// The table's name as the user gave it.
    pub fn file(&self) -> &Arc<str> {
        &self.origin.file
    }

    /// The encoding the text was read in (the one detected, for `auto`).
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Reads the next row that is not blank. `Ok(false)` at the end. An error
    /// that is not [`TableError::is_fatal`] refuses this row only: call again
    /// for the next.
    pub fn read_byte_record(&mut self, record: &mut ByteRecord) -> Result<bool, TableError> {
        loop {
            if !self.source.read(record)? {
                return Ok(false);
            }
            if record.len() == self.headers.len() {
                if is_blank(record) {
                    continue;
                }
                return Ok(true);
            }
            if is_blank(record) {
                continue;
            }
            return Err(TableError::new(
                self.origin.at(line_of(record), None),
                Problem::FieldCount {
                    found: record.len(),
                    expected: self.headers.len(),
                },
            ));
        }
    }

    /// As [`TableReader::read_byte_record`], onto the end of `records`: a
    /// blank row is skipped, a row of the wrong length refused (and taken
    /// away again).
    pub fn read_into(&mut self, records: &mut Records) -> Result<bool, TableError> {
        loop {
            if !self.source.read_into(records, &mut self.scratch)? {
                return Ok(false);
            }
            let last = records.len() - 1;
            if records.is_blank(last) {
                records.pop();
                continue;
            }
            let found = records.field_count(last);
            if found == self.headers.len() {
                return Ok(true);
            }
            let line = records.line(last);
            records.pop();
            return Err(TableError::new(
                self.origin.at(line, None),
                Problem::FieldCount {
                    found,
                    expected: self.headers.len(),
                },
            ));
        }
    }

    /// Reads the table to its end: every row to `each`, and every row that
    /// cannot be read as its error (the rows after it are still read, unless
    /// the error is [`TableError::is_fatal`]).
    pub fn each_byte_record(&mut self, each: impl FnMut(Result<&ByteRecord, TableError>)) {
        let mut record = ByteRecord::new();
        each_of(&mut record, |r| self.read_byte_record(r), each);
    }

    /// As [`TableReader::each_byte_record`], as text.
    pub fn each_record(&mut self, each: impl FnMut(Result<&StringRecord, TableError>)) {
        let mut record = StringRecord::new();
        each_of(&mut record, |r| self.read_record(r), each);
    }

    /// As [`TableReader::read_byte_record`], as text; a row that is not UTF-8 is
    /// refused alone.
    pub fn read_record(&mut self, record: &mut StringRecord) -> Result<bool, TableError> {
        let mut bytes = std::mem::take(record).into_byte_record();
        let read = self.read_byte_record(&mut bytes);
        match StringRecord::from_byte_record(bytes) {
            Ok(text) => {
                *record = text;
                read
            }
            Err(e) => {
                let column = e.utf8_error().field() as u64 + 1;
                let bytes = e.into_byte_record();
                let line = line_of(&bytes);
                *record = StringRecord::from_byte_record_lossy(bytes);
                read?;
                Err(TableError::new(
                    self.origin.at(line, Some(column)),
                    Problem::NotUtf8,
                ))
            }
        }
    }
}

/// Gives `each` every row `read` reads, and every row it refuses as its
/// error; a fatal error ends the table.
fn each_of<T>(
    record: &mut T,
    mut read: impl FnMut(&mut T) -> Result<bool, TableError>,
    mut each: impl FnMut(Result<&T, TableError>),
) {
    loop {
        match read(record) {
            Ok(false) => break,
            Ok(true) => each(Ok(record)),
            Err(e) => {
                let fatal = e.is_fatal();
                each(Err(e));
                if fatal {
                    break;
                }
            }
        }
    }
}

/// The line (or sheet row) a record read by a [`TableReader`] starts on.
pub fn line_of(record: &ByteRecord) -> u64 {
    record.position().map_or(0, csv::Position::line)
}

/// A row of only empty or blank fields. Most rows start with a letter or digit,
/// which settles it at the first byte.
fn is_blank(record: &ByteRecord) -> bool {
    let bytes = record.as_slice();
    if bytes.iter().all(|&b| b == b' ' || b == b'\t') {
        return true;
    }
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    std::str::from_utf8(bytes).is_ok_and(|t| t.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::NotText;

    /// Each row read: its line and fields, or the error's text.
    type Read = Result<(u64, Vec<String>), String>;

    fn rows(text: &str) -> (Vec<Read>, usize) {
        let mut table = match TableReader::csv("t.csv", text.as_bytes(), Encoding::Auto) {
            Ok(t) => t,
            Err(e) => return (vec![Err(e.to_string())], 0),
        };
        let mut out = Vec::new();
        let mut record = StringRecord::new();
        loop {
            match table.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => out.push(Ok((
                    line_of(record.as_byte_record()),
                    record.iter().map(str::to_string).collect(),
                ))),
                Err(e) => {
                    let fatal = e.is_fatal();
                    out.push(Err(e.to_string()));
                    if fatal {
                        break;
                    }
                }
            }
        }
        (out, table.headers().len())
    }

    #[test]
    fn lines_are_right_for_every_line_ending() {
        for nl in ["\n", "\r\n", "\r"] {
            let text =
                format!("id,grade{nl}{nl}E1,L1{nl}\"E2\",\"L{nl}2\"{nl}{nl} , {nl}E3,L3{nl},{nl}");
            let (got, width) = rows(&text);
            assert_eq!(width, 2);
            let lines: Vec<u64> = got.iter().map(|r| r.as_ref().map_or(0, |r| r.0)).collect();
            assert_eq!(lines, [3, 4, 8], "{nl:?}");
        }
    }

    #[test]
    fn a_row_of_the_wrong_length_is_refused_and_reading_goes_on() {
        let (got, _) = rows("id,grade,pay\nE1,L1\nE2,L2,2,490.00\nE3,L3,4200\n");
        assert!(
            matches!(&got[0], Err(e) if e.contains("2 fields but the header has 3 at t.csv:2")),
            "{got:?}"
        );
        assert!(
            matches!(&got[1], Err(e) if e.contains("4 fields but the header has 3 at t.csv:3") && e.contains("quoted"))
        );
        assert_eq!(got[2].as_ref().map(|r| r.0), Ok(4));
    }

    #[test]
    fn an_unterminated_quote_is_named_where_it_opened() {
        let (got, _) = rows("id,name,grade\r\nE1,王伟,L1\r\nE2,\"李,L2\r\nE3,张,L3\r\n");
        assert_eq!(got.len(), 2);
        assert!(
            matches!(&got[1], Err(e) if e.contains("never closed") && e.contains("at t.csv:3:2;")),
            "{got:?}"
        );
    }

    #[test]
    fn a_file_that_is_not_text_is_named() {
        let err = TableReader::csv(
            "r.xlsx",
            &b"PK\x03\x04..xl/workbook.xml"[..],
            Encoding::Auto,
        )
        .expect_err("a workbook");
        assert_eq!(err.problem, Problem::NotText(NotText::Xlsx));
        assert!(err.to_string().contains("save it as CSV"));
        let err =
            TableReader::csv("r.csv", &b"\n\r\n , \n"[..], Encoding::Auto).expect_err("blank");
        assert_eq!(err.problem, Problem::NoHeader);
    }
}
