//! Bytes and files, nothing about pay: the one place table inputs are read;
//! text cells safe for a spreadsheet ([`cell`]), the encodings CSV is written
//! in, the format an output's name chooses, and spreadsheets read and written
//! (the outputs of a run join them as this layer grows).
//!
//! # Reading a table
//!
//! Every table input (roster, payroll, score sheet, batch registry) is read
//! through a [`TableReader`]:
//!
//! ```
//! use csv::ByteRecord;
//! use nengji::io::{line_of, Encoding, TableReader};
//!
//! let text = "工号,能级\r\nE1,L1\r\nE2\r\n,\r\n";
//! let mut table = TableReader::csv("r.csv", text.as_bytes(), Encoding::Auto)?;
//! assert_eq!(table.headers().len(), 2);
//! let mut record = ByteRecord::new();
//! assert!(table.read_byte_record(&mut record)?);
//! assert_eq!(line_of(&record), 2);
//! // A short row is refused, at its line; the blank row after it is skipped.
//! let err = table.read_byte_record(&mut record).unwrap_err();
//! assert_eq!(err.to_string().split(';').next(),
//!            Some("the row has 1 field but the header has 2 at r.csv:3"));
//! assert!(!err.is_fatal());
//! assert!(!table.read_byte_record(&mut record)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! What every reader guarantees, whatever the source:
//! - the header is the first non-blank row; a file of only blank lines has none;
//! - a row of only separators and blanks is skipped;
//! - a row with more or fewer fields than the header is a [`TableError`] at its
//!   line ([`Problem::FieldCount`]); it is not fatal, so the caller refuses that
//!   row and reads on, listing every problem in one run;
//! - each record's position carries its true first line ([`line_of`]), for LF,
//!   CRLF and CR files alike, past blank lines and multi-line quoted values;
//! - a quote that never closes is [`Problem::UnterminatedQuote`] at the line and
//!   field where it opened, instead of a value that swallowed the rest of the file;
//! - a file that is not text (a workbook, a zip, a PDF, UTF-16 without a BOM, an
//!   empty file) is one [`Problem::NotText`] naming what it is, with the fix.
//!
//! Rows are read into a caller's reused `ByteRecord` (or `StringRecord`), or
//! onto the end of a [`Records`] (the roster pipeline's chunks,
//! [`TableReader::read_into`]), so a loop over a large roster allocates nothing
//! per row. [`CsvSource`] splits a line without quotes or stray carriage
//! returns where it lies in its buffer and hands any other record to the `csv`
//! crate's own parser, `csv_core`: the records are the `csv` crate's.
//!
//! # Adding a source
//!
//! A source is anything that implements [`RecordSource`]: it fills a
//! `ByteRecord` and sets its position's line to where the record starts
//! (and may add records to a [`Records`] without one).
//! [`CsvSource`] is the CSV one. A spreadsheet sheet is another: its "line" is
//! the sheet's row, and the [`Location`](crate::Location) given to
//! [`TableReader::new`] as the origin names the sheet
//! ([`Location::in_sheet`](crate::Location::in_sheet)), so every error the
//! readers above place with [`Location::at`](crate::Location::at) reads
//! `file[sheet]!G17` with no change to them.
//!
//! # Encoding
//!
//! [`Encoding`] turns bytes into UTF-8 text: UTF-8 with or without a BOM,
//! UTF-16 with a BOM, or GB18030, detected from the first 64 KiB or chosen with
//! `--encoding`. [`NotText`] tells from the same bytes what a file is when it is
//! not text.
//!
//! # Outputs
//!
//! Every file a run writes goes through [`Output`]: atomic replacement, special
//! files written through, modes kept, the same-file-as-an-input check
//! ([`refuse_overlaps`]), clean-up on a signal, and batch's [`Staging`].

pub mod cell;
mod cleanup;
mod csv_encoding;
mod csv_source;
mod csv_xlsx;
mod encoding;
pub mod format;
pub mod line_text;
mod output;
mod records;
pub mod same_file;
mod sheet_cell;
mod sheet_error;
mod sheet_guard;
mod sheet_reader;
mod sheet_stream;
mod sniff;
mod staging;
mod table;
mod table_error;
mod table_open;
mod target;
#[cfg(test)]
pub(crate) mod workbook_cells;
mod xlsx_table;
mod xlsx_table_error;

pub use csv_encoding::{CsvEncoding, CsvEncodingArg, EncodedWriter, UTF8_BOM};
pub use csv_source::CsvSource;
pub use csv_xlsx::{
    csv_to_xlsx, csv_to_xlsx_by_content, csv_to_xlsx_into, csv_to_xlsx_then, csv_to_xlsx_totalled,
};
pub use encoding::{DecodeError, Encoding};
pub use format::{FileFormat, FormatError};
pub use output::{write_atomically, Output, OutputError};
pub use records::Records;
pub use same_file::{refuse_overlaps, SameFile};
pub use sheet_cell::{cell_ref_text, cell_text, number_text, CellProblem, MAX_PLACES};
pub use sheet_error::{MissingSheet, SheetChoice, SheetError, SheetKind, SheetProblem};
pub use sheet_guard::{TooLarge, MAX_CELLS, MAX_LAID_OUT};
pub use sheet_reader::{letters, SheetReader};
pub use sniff::NotText;
pub use staging::{Staging, StagingError};
pub use table::{line_of, CsvOptions, RecordSource, TableReader};
pub use table_error::{Problem, TableError};
pub use table_open::{TableOptions, SHEET_FLAG};
pub use target::Target;
pub use xlsx_table::{
    money_to_f64, Cell, Column, Kind, XlsxSummary, XlsxTable, XlsxTableError, SHEET_ROWS,
};
pub mod external_sort;
pub mod spill;
