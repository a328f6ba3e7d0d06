//! `SheetReader`: one sheet of an .xlsx, .xls or .ods workbook as the rows of a
//! table, each row's fields the text a CSV would hold (see [`super::sheet_cell`]),
//! so the roster, payroll, score sheet and registry readers read a sheet as they
//! read CSV.
//!
//! - The kind is told from the bytes (a zip holding `xl/` or an OpenDocument
//!   spreadsheet, or an OLE2 compound file), not from the name.
//! - `--sheet NAME|N` chooses the sheet (default the first).
//! - A title row above the header (`XX公司2026年1月花名册`, merged across) is
//!   passed over: the header is the first of the top rows that fills at least
//!   half as many cells as the fullest of them.
//! - Records start at column A and their "line" is the sheet's row, so a place
//!   in a record is a cell: `roster.xlsx[花名册]!G17`.
//! - Sizes are checked before loading ([`super::sheet_guard`]); .xlsx is read
//!   cell by cell, never laid out from its declared dimension.

use std::io::Cursor;

use calamine::{Data, Ods, Range, Reader, Xls};
use csv::ByteRecord;

use super::sheet_cell::cell_text;
use super::sheet_error::{MissingSheet, SheetChoice, SheetError, SheetKind, SheetProblem};
use super::sheet_guard::{check_ods, check_xls, check_zip};
use super::sheet_stream::RowStream;

/// One row of the sheet: its fields from column A, or the first bad cell in it.
#[derive(Debug)]
pub(super) struct Row {
    pub(super) line: u64,
    pub(super) fields: Result<ByteRecord, SheetError>,
}

/// The rows of the sheet among which the header is looked for.
const TOP_ROWS: usize = 30;

/// The rows of one sheet from its header on.
#[derive(Debug)]
pub struct SheetReader {
    name: String,
    kind: SheetKind,
    /// The rows read ahead (from the header on), then the rest of an .xlsx.
    rows: std::vec::IntoIter<Row>,
    stream: Option<RowStream>,
    header_width: usize,
    header_line: u64,
}

impl SheetReader {
    /// Opens the chosen sheet of a workbook's bytes.
    pub fn open(
        bytes: Vec<u8>,
        kind: SheetKind,
        choice: &SheetChoice,
    ) -> Result<SheetReader, SheetError> {
        let at_file = |problem| SheetError {
            sheet: None,
            row: 1,
            column: None,
            problem,
        };
        let unreadable =
            |e: &dyn std::fmt::Display| at_file(SheetProblem::Unreadable(e.to_string()));
        match kind {
            SheetKind::Xlsx => check_zip(&bytes),
            SheetKind::Ods => check_zip(&bytes).and_then(|()| check_ods(&bytes)),
            SheetKind::Xls => check_xls(&bytes),
        }
        .map_err(|e| at_file(SheetProblem::TooLarge(e)))?;
        let cursor = Cursor::new(bytes);
        let mut stream = None;
        let (name, rows) = match kind {
            SheetKind::Xlsx => {
                // Streamed: only the top rows are read before the header is known.
                let cells = cursor.into_inner();
                let (name, mut rows_of) = RowStream::open(cells, choice)?;
                let mut top = Vec::with_capacity(TOP_ROWS);
                while top.len() < TOP_ROWS {
                    match rows_of.next_row()? {
                        Some(row) => top.push(row),
                        None => break,
                    }
                }
                stream = Some(rows_of);
                (name, top)
            }
            SheetKind::Xls => {
                let mut book = Xls::new(cursor).map_err(|e| unreadable(&e))?;
                let name = chosen(book.sheet_names(), choice)?;
                let range = book.worksheet_range(&name).map_err(|e| unreadable(&e))?;
                let rows = range_rows(&range, &name);
                (name, rows)
            }
            SheetKind::Ods => {
                let mut book = Ods::new(cursor).map_err(|e| unreadable(&e))?;
                let name = chosen(book.sheet_names(), choice)?;
                let range = book.worksheet_range(&name).map_err(|e| unreadable(&e))?;
                let rows = range_rows(&range, &name);
                (name, rows)
            }
        };
        let header = header_index(&rows).ok_or_else(|| SheetError {
            sheet: Some(name.clone()),
            row: 1,
            column: None,
            problem: SheetProblem::Empty {
                flag: crate::io::SHEET_FLAG,
            },
        })?;
        let (header_line, header_width) = match &rows[header].fields {
            Ok(r) => (rows[header].line, width(r)),
            Err(e) => return Err(e.clone()),
        };
        let rows: Vec<Row> = rows.into_iter().skip(header).collect();
        Ok(SheetReader {
            name,
            kind,
            rows: rows.into_iter(),
            stream,
            header_width,
            header_line,
        })
    }

    /// The sheet's name.
    pub fn sheet(&self) -> &str {
        &self.name
    }

    /// The workbook's format, told from its bytes.
    pub fn kind(&self) -> SheetKind {
        self.kind
    }

    /// The sheet row the header is on (after any title rows).
    pub fn header_line(&self) -> u64 {
        self.header_line
    }

    /// The next row into `record`, with its position's line set to the sheet
    /// row; fields as wide as the header (empty cells at the end filled in),
    /// or wider when the row has values past the header. `Ok(false)` at the end;
    /// an error refuses this row only.
    pub fn read(&mut self, record: &mut ByteRecord) -> Result<bool, SheetError> {
        let row = match self.rows.next() {
            Some(row) => row,
            None => match self.stream.as_mut().map(RowStream::next_row).transpose()? {
                Some(Some(row)) => row,
                _ => return Ok(false),
            },
        };
        let fields = row.fields?;
        record.clear();
        let keep = width(&fields).max(self.header_width);
        for i in 0..keep {
            record.push_field(fields.get(i).unwrap_or(b""));
        }
        let mut position = csv::Position::new();
        position.set_line(row.line);
        record.set_position(Some(position));
        Ok(true)
    }
}

/// The number of fields up to the last one with a value.
fn width(record: &ByteRecord) -> usize {
    record
        .iter()
        .rposition(|f| !f.is_empty())
        .map_or(0, |i| i + 1)
}

/// The header among the first rows: the first that fills at least two cells and
/// at least half as many as the fullest of the first 30 (a title fills one).
fn header_index(rows: &[Row]) -> Option<usize> {
    let filled = |r: &Row| match &r.fields {
        Ok(f) => f.iter().filter(|x| !x.is_empty()).count(),
        Err(_) => 0,
    };
    let top = rows.iter().take(TOP_ROWS);
    let most = top.clone().map(filled).max()?;
    if most == 0 {
        return None;
    }
    let least = most.div_ceil(2).max(2.min(most));
    rows.iter().take(TOP_ROWS).position(|r| filled(r) >= least)
}

/// The sheet `choice` names among `names`.
pub(super) fn chosen(names: Vec<String>, choice: &SheetChoice) -> Result<String, SheetError> {
    let found = match choice {
        SheetChoice::First => names.first().cloned(),
        SheetChoice::Number(n) => n.checked_sub(1).and_then(|i| names.get(i)).cloned(),
        SheetChoice::Named(name) => names
            .iter()
            .find(|n| *n == name)
            .or_else(|| names.iter().find(|n| n.trim() == name.trim()))
            .cloned(),
    };
    found.ok_or_else(|| SheetError {
        sheet: None,
        row: 1,
        column: None,
        problem: SheetProblem::NoSuchSheet(Box::new(MissingSheet {
            asked: match choice {
                SheetChoice::First => String::new(),
                SheetChoice::Number(n) => n.to_string(),
                SheetChoice::Named(name) => name.clone(),
            },
            sheets: names,
            flag: crate::io::SHEET_FLAG,
        })),
    })
}

/// The rows of an .xls or .ods sheet's range.
fn range_rows(range: &Range<Data>, name: &str) -> Vec<Row> {
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    range
        .rows()
        .zip(first_row..)
        .map(|(cells, r)| {
            let mut values = Vec::new();
            let mut error = None;
            for (cell, c) in cells.iter().zip(first_col..) {
                match cell_text(cell) {
                    Ok(text) if text.is_empty() => {}
                    Ok(text) => values.push((c, text)),
                    Err(problem) => {
                        error.get_or_insert(SheetError {
                            sheet: Some(name.to_string()),
                            row: u64::from(r) + 1,
                            column: Some(u64::from(c) + 1),
                            problem: SheetProblem::Cell(problem),
                        });
                    }
                }
            }
            Row {
                line: u64::from(r) + 1,
                fields: error.map_or_else(|| Ok(record_of(&values)), Err),
            }
        })
        .collect()
}

/// A record from column A to the last value, empty fields between.
pub(super) fn record_of(values: &[(u32, String)]) -> ByteRecord {
    let mut record = ByteRecord::new();
    let mut next = 0;
    for (c, text) in values {
        while next < *c {
            record.push_field(b"");
            next += 1;
        }
        record.push_field(text.as_bytes());
        next = c + 1;
    }
    record
}

/// A column's letters: 0 is A, 26 is AA.
pub fn letters(column: u32) -> String {
    let mut n = u64::from(column) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let digit = u8::try_from((n - 1) % 26).unwrap_or(0);
        out.push(char::from(b'A' + digit));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
#[path = "sheet_reader_tests.rs"]
mod tests;
