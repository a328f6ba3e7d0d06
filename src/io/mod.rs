//! Bytes and files, nothing about pay: text cells safe for a spreadsheet, the
//! encodings CSV is written in, the format an output's name chooses, and
//! spreadsheets read and written (as this layer grows: table reading and the
//! outputs of a run).

pub mod cell;
mod csv_encoding;
mod csv_xlsx;
pub mod format;
mod sheet_cell;
mod xlsx_table;

pub use csv_encoding::{CsvEncoding, CsvEncodingArg, EncodedWriter, UTF8_BOM};
pub use csv_xlsx::csv_to_xlsx;
pub use format::{FileFormat, FormatError};
pub use sheet_cell::{cell_ref_text, cell_text, number_text, CellProblem, MAX_PLACES};
pub use xlsx_table::{
    money_to_f64, Cell, Column, Kind, XlsxSummary, XlsxTable, XlsxTableError, SHEET_ROWS,
};
pub mod spill;
