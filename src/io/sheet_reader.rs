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
mod tests {
    use super::*;
    use crate::io::{CellProblem, TooLarge};
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    use std::io::{Read, Write};
    use std::str::FromStr;

    /// A workbook as an HR office makes one: a title row merged across, the
    /// header, then rows with numbers, a date cell and a text date.
    fn roster_xlsx(second_gross: f64) -> Vec<u8> {
        let mut book = Workbook::new();
        let other = book.add_worksheet();
        other.set_name("说明").unwrap();
        other.write_string(0, 0, "填表说明").unwrap();
        let sheet = book.add_worksheet();
        sheet.set_name("花名册").unwrap();
        sheet
            .merge_range(0, 0, 0, 3, "东海泵业2026年1月花名册", &Format::new())
            .unwrap();
        for (c, h) in ["工号", "姓名", "应发", "入职日期"].iter().enumerate() {
            sheet
                .write_string(1, u16::try_from(c).unwrap(), *h)
                .unwrap();
        }
        let date = Format::new().set_num_format("yyyy-mm-dd");
        sheet.write_string(2, 0, "DH001").unwrap();
        sheet.write_string(2, 1, "毛超俊").unwrap();
        sheet.write_number(2, 2, 2490.0).unwrap();
        let hired = ExcelDateTime::from_ymd(2015, 6, 16).unwrap();
        sheet
            .write_datetime_with_format(2, 3, &hired, &date)
            .unwrap();
        sheet.write_number(3, 0, 1002.0).unwrap();
        sheet.write_number(3, 2, second_gross).unwrap();
        sheet.write_string(3, 3, "2018/3/16").unwrap();
        book.save_to_buffer().unwrap()
    }

    fn all_rows(reader: &mut SheetReader) -> Vec<Result<(u64, Vec<String>), SheetError>> {
        let mut out = Vec::new();
        let mut record = ByteRecord::new();
        loop {
            match reader.read(&mut record) {
                Ok(false) => return out,
                Ok(true) => out.push(Ok((
                    record.position().map_or(0, csv::Position::line),
                    record
                        .iter()
                        .map(|f| String::from_utf8_lossy(f).into_owned())
                        .collect(),
                ))),
                Err(e) => out.push(Err(e)),
            }
        }
    }

    #[test]
    fn a_sheet_reads_as_csv_would_past_its_title_row() {
        let bytes = roster_xlsx(2490.1);
        assert_eq!(SheetKind::sniff(&bytes), Some(SheetKind::Xlsx));
        let choice = SheetChoice::from_str("花名册").unwrap();
        let mut reader = SheetReader::open(bytes.clone(), SheetKind::Xlsx, &choice).unwrap();
        assert_eq!((reader.sheet(), reader.header_line()), ("花名册", 2));
        let rows = all_rows(&mut reader);
        let want: Vec<Result<(u64, Vec<String>), SheetError>> = vec![
            Ok((
                2,
                vec![
                    "工号".into(),
                    "姓名".into(),
                    "应发".into(),
                    "入职日期".into(),
                ],
            )),
            Ok((
                3,
                vec![
                    "DH001".into(),
                    "毛超俊".into(),
                    "2490".into(),
                    "2015-06-16".into(),
                ],
            )),
            Ok((
                4,
                vec![
                    "1002".into(),
                    String::new(),
                    "2490.1".into(),
                    "2018/3/16".into(),
                ],
            )),
        ];
        assert_eq!(rows, want);
        // By number, the same sheet; the first by default is the other one.
        let second =
            SheetReader::open(bytes.clone(), SheetKind::Xlsx, &SheetChoice::Number(2)).unwrap();
        assert_eq!(second.sheet(), "花名册");
        let first = SheetReader::open(bytes, SheetKind::Xlsx, &SheetChoice::First).unwrap();
        assert_eq!(first.sheet(), "说明");
    }

    #[test]
    fn an_unknown_sheet_is_refused_naming_the_sheets() {
        let e = SheetReader::open(
            roster_xlsx(1.0),
            SheetKind::Xlsx,
            &SheetChoice::Named("工资".into()),
        )
        .unwrap_err();
        assert_eq!(
            e.problem,
            SheetProblem::NoSuchSheet(Box::new(MissingSheet {
                asked: "工资".into(),
                sheets: vec!["说明".into(), "花名册".into()],
                flag: "--sheet",
            }))
        );
    }

    #[test]
    fn a_binary_remainder_is_refused_at_its_cell_and_the_rest_read_on() {
        let mut reader = SheetReader::open(
            roster_xlsx(0.300_000_000_000_000_04),
            SheetKind::Xlsx,
            &SheetChoice::Named("花名册".into()),
        )
        .unwrap();
        let rows = all_rows(&mut reader);
        assert_eq!(rows.len(), 3);
        let e = rows[2].clone().unwrap_err();
        assert_eq!(
            (e.sheet.as_deref(), e.row, e.column),
            (Some("花名册"), 4, Some(3))
        );
        assert!(matches!(
            e.problem,
            SheetProblem::Cell(CellProblem::TooManyDigits { .. })
        ));
    }

    /// The workbook with its sheet's declared dimension replaced.
    fn with_dimension(bytes: &[u8], dimension: &str) -> Vec<u8> {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let name = entry.name().to_string();
            let mut text = Vec::new();
            entry.read_to_end(&mut text).unwrap();
            if name.starts_with("xl/worksheets/") {
                let xml = String::from_utf8(text).unwrap();
                let start = xml.find("<dimension ref=\"").unwrap() + 16;
                let end = start + xml[start..].find('"').unwrap();
                text = format!("{}{dimension}{}", &xml[..start], &xml[end..]).into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&text).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn an_absurd_declared_size_is_refused_before_any_cell_is_read() {
        let bomb = with_dimension(&roster_xlsx(1.0), "A1:XFD1048576");
        assert!(bomb.len() < 20_000);
        let e = SheetReader::open(bomb, SheetKind::Xlsx, &SheetChoice::Number(2)).unwrap_err();
        assert_eq!(
            e.problem,
            SheetProblem::TooLarge(TooLarge::Cells {
                what: "A1:XFD1048576".into(),
                cells: 1_048_576 * 16_384
            })
        );
    }

    #[test]
    fn sheet_choices_and_column_letters() {
        assert_eq!(SheetChoice::from_str("3"), Ok(SheetChoice::Number(3)));
        assert_eq!(
            SheetChoice::from_str("花名册"),
            Ok(SheetChoice::Named("花名册".into()))
        );
        assert!(SheetChoice::from_str("0").is_err());
        assert_eq!(
            [
                letters(0),
                letters(6),
                letters(25),
                letters(26),
                letters(16_383)
            ],
            ["A", "G", "Z", "AA", "XFD"]
        );
    }
}
