//! `TableReader::open`: a table input of any kind, chosen by its bytes. A CSV
//! text goes to [`CsvSource`](crate::io::CsvSource); an .xlsx, .xls or .ods workbook to the sheet
//! `--sheet` chooses, read by [`SheetReader`] behind the same [`RecordSource`],
//! so the header, blank rows, row widths and every value are checked by the one
//! [`TableReader`] and the readers above it, for CSV and sheets alike. An error
//! in a sheet is placed at its cell: `roster.xlsx[花名册]!G17`.

use std::io::{Cursor, Read};
use std::sync::Arc;

use csv::ByteRecord;

use crate::io::{
    CsvOptions, Encoding, Problem, RecordSource, SheetChoice, SheetError, SheetKind, SheetProblem,
    SheetReader, TableError, TableReader,
};
use crate::Location;

/// How to read a table input: the text's encoding (for CSV) and the sheet (for
/// a workbook). An [`Encoding`] alone means the first sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableOptions {
    /// The text's encoding, for a CSV file.
    pub encoding: Encoding,
    /// The sheet to read, for a workbook.
    pub sheet: SheetChoice,
    /// The flag that chose the sheet (`--sheet`, `--payroll-sheet`...): a
    /// command with several table inputs has one per input, and the fix of a
    /// missing or empty sheet names the one to change.
    pub sheet_flag: &'static str,
}

/// The flag that chooses the sheet of a command's roster (or only table input).
pub const SHEET_FLAG: &str = "--sheet";

impl Default for TableOptions {
    fn default() -> Self {
        TableOptions {
            encoding: Encoding::default(),
            sheet: SheetChoice::First,
            sheet_flag: SHEET_FLAG,
        }
    }
}

impl TableOptions {
    /// The roster's (or the only table input's) options: its sheet is `--sheet`.
    pub fn new(encoding: Encoding, sheet: Option<SheetChoice>) -> Self {
        TableOptions {
            encoding,
            sheet: sheet.unwrap_or_default(),
            sheet_flag: SHEET_FLAG,
        }
    }

    /// Another input's options: the same encoding, its sheet from its own
    /// `flag` (`--payroll-sheet`), the first sheet when that is not given.
    pub fn other(&self, flag: &'static str, sheet: Option<SheetChoice>) -> Self {
        TableOptions {
            encoding: self.encoding,
            sheet: sheet.unwrap_or_default(),
            sheet_flag: flag,
        }
    }
}

impl From<&TableOptions> for TableOptions {
    fn from(options: &TableOptions) -> Self {
        options.clone()
    }
}

impl From<Encoding> for TableOptions {
    fn from(encoding: Encoding) -> Self {
        TableOptions {
            encoding,
            ..TableOptions::default()
        }
    }
}

/// The most bytes a workbook may have: it is read whole (a zip's directory is
/// at its end, and calamine seeks).
const MAX_WORKBOOK: u64 = 1 << 30;

impl<'a> TableReader<'a> {
    /// A table from bytes of any kind (CSV, .xlsx, .xls, .ods), told by their
    /// first bytes rather than the file's name.
    pub fn open<R: Read + 'a>(
        file: &str,
        input: R,
        options: &TableOptions,
    ) -> Result<TableReader<'a>, TableError> {
        let csv = CsvOptions {
            encoding: options.encoding,
            ..CsvOptions::default()
        };
        TableReader::open_with(file, input, options, csv)
    }

    /// As [`TableReader::open`], with the CSV parser's options (its encoding is
    /// `options.encoding`).
    pub fn open_with<R: Read + 'a>(
        file: &str,
        mut input: R,
        options: &TableOptions,
        csv: CsvOptions,
    ) -> Result<TableReader<'a>, TableError> {
        let name: Arc<str> = Arc::from(file);
        let origin = Location::new(&name, 0, None);
        let io_error =
            |e: std::io::Error| TableError::new(origin.at(1, None), Problem::Io(e.to_string()));
        let mut magic = Vec::with_capacity(8);
        (&mut input)
            .take(8)
            .read_to_end(&mut magic)
            .map_err(io_error)?;
        let csv = CsvOptions {
            encoding: options.encoding,
            ..csv
        };
        if !SheetKind::may_be(&magic) {
            return TableReader::csv_with(file, Cursor::new(magic).chain(input), csv);
        }
        let mut bytes = magic;
        (&mut input)
            .take(MAX_WORKBOOK)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
        if bytes.len() as u64 > MAX_WORKBOOK {
            let error = SheetError {
                sheet: None,
                row: 1,
                column: None,
                problem: SheetProblem::TooLarge(crate::io::TooLarge::Workbook {
                    bytes: MAX_WORKBOOK,
                }),
            };
            return Err(table_error(&name, error));
        }
        let Some(kind) = SheetKind::of(&bytes) else {
            // A zip or OLE file that is no workbook: the CSV reader names it.
            return TableReader::csv_with(file, Cursor::new(bytes), csv);
        };
        let sheet = SheetReader::open(bytes, kind, &options.sheet)
            .map_err(|e| table_error(&name, e.chosen_by(options.sheet_flag)))?;
        let sheet_name: Arc<str> = Arc::from(sheet.sheet());
        let origin = Location::in_sheet(&name, &sheet_name, 0, None);
        let source = SheetSource { name, sheet };
        TableReader::new(origin, Box::new(source), options.encoding)
    }
}

/// A sheet as a [`RecordSource`]: its rows are records, its row numbers lines.
#[derive(Debug)]
struct SheetSource {
    name: Arc<str>,
    sheet: SheetReader,
}

impl RecordSource for SheetSource {
    fn read(&mut self, record: &mut ByteRecord) -> Result<bool, TableError> {
        self.sheet
            .read(record)
            .map_err(|e| table_error(&self.name, e))
    }
}

/// A sheet's error placed in the file (and its sheet, once chosen).
fn table_error(file: &Arc<str>, e: SheetError) -> TableError {
    let location = match &e.sheet {
        Some(sheet) => Location::in_sheet(file, &Arc::from(sheet.as_str()), e.row, e.column),
        None => Location::new(file, e.row, e.column),
    };
    TableError::new(location, Problem::Sheet(e.problem))
}

#[cfg(test)]
mod tests {
    use super::*;
    use csv::StringRecord;
    use rust_xlsxwriter::Workbook;

    fn workbook(rows: &[&[&str]], number: Option<(u32, u16, f64)>) -> Vec<u8> {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("花名册").unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
                sheet.write_string(r, c, *v).unwrap();
            }
        }
        if let Some((r, c, v)) = number {
            sheet.write_number(r, c, v).unwrap();
        }
        book.save_to_buffer().unwrap()
    }

    fn read_all(table: &mut TableReader<'_>) -> Vec<Result<(u64, Vec<String>), String>> {
        let mut out = Vec::new();
        let mut record = StringRecord::new();
        loop {
            match table.read_record(&mut record) {
                Ok(false) => return out,
                Ok(true) => out.push(Ok((
                    crate::io::line_of(record.as_byte_record()),
                    record.iter().map(str::to_string).collect(),
                ))),
                Err(e) if e.is_fatal() => {
                    out.push(Err(e.to_string()));
                    return out;
                }
                Err(e) => out.push(Err(e.to_string())),
            }
        }
    }

    #[test]
    fn a_workbook_is_read_by_its_bytes_whatever_its_name() {
        let bytes = workbook(
            &[
                &["东海泵业花名册"],
                &["工号", "能级"],
                &["E1", "L1"],
                &["E2"],
            ],
            Some((3, 1, 2490.5)),
        );
        let options = TableOptions::from(Encoding::Auto);
        let mut table = TableReader::open("roster.csv", &bytes[..], &options).unwrap();
        assert_eq!(table.headers().iter().collect::<Vec<_>>(), ["工号", "能级"]);
        assert_eq!(
            table.origin().at(2, Some(1)).to_string(),
            "roster.csv[花名册]!A2"
        );
        assert_eq!(
            read_all(&mut table),
            [
                Ok((3, vec!["E1".to_string(), "L1".to_string()])),
                Ok((4, vec!["E2".to_string(), "2490.5".to_string()])),
            ]
        );
        // A CSV text still reads as CSV.
        let mut table = TableReader::open("r.csv", &b"id,grade\nE1,L1\n"[..], &options).unwrap();
        assert_eq!(read_all(&mut table).len(), 1);
    }

    #[test]
    fn a_row_too_wide_and_a_bad_cell_are_refused_at_their_cells_and_reading_goes_on() {
        let bytes = workbook(
            &[
                &["工号", "能级"],
                &["E1", "L1", "extra"],
                &["E2", ""],
                &["E3", "L3"],
            ],
            Some((2, 1, 0.300_000_000_000_000_04)),
        );
        let mut table =
            TableReader::open("r.xlsx", &bytes[..], &TableOptions::from(Encoding::Auto)).unwrap();
        let rows = read_all(&mut table);
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert!(
            matches!(&rows[0], Err(e) if e.contains("3 fields but the header has 2 at r.xlsx[花名册]!2")),
            "{rows:?}"
        );
        assert!(
            matches!(&rows[1], Err(e) if e.contains("0.30000000000000004") && e.contains("at r.xlsx[花名册]!B3")),
            "{rows:?}"
        );
        assert_eq!(rows[2], Ok((4, vec!["E3".to_string(), "L3".to_string()])));
    }

    #[test]
    fn an_unknown_sheet_is_fatal_and_names_the_sheets() {
        let bytes = workbook(&[&["工号", "能级"]], None);
        let options = TableOptions::new(Encoding::Auto, Some(SheetChoice::Named("工资".into())));
        let e = TableReader::open("r.xlsx", &bytes[..], &options).unwrap_err();
        assert!(e.is_fatal());
        let text = e.to_string();
        assert!(text.contains("工资") && text.contains("花名册"), "{text}");
    }
}
