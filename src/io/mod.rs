//! Bytes and files, nothing about pay: text cells safe for a spreadsheet, the
//! encodings CSV is written in, the format an output's name chooses,
//! spreadsheets read and written, and the outputs of a run (atomic
//! replacement, special files, modes, the same-file-as-an-input check, clean-up
//! on a signal, batch's staging).

pub mod cell;
pub mod cleanup;
mod csv_encoding;
mod csv_xlsx;
pub mod format;
pub mod output;
pub mod same_file;
mod sheet_cell;
pub mod staging;
pub mod target;
mod xlsx_table;

pub use csv_encoding::{CsvEncoding, CsvEncodingArg, EncodedWriter, UTF8_BOM};
pub use csv_xlsx::csv_to_xlsx;
pub use format::{FileFormat, FormatError};
pub use output::{write_atomically, Output, OutputError};
pub use same_file::{refuse_overlaps, SameFile};
pub use sheet_cell::{cell_ref_text, cell_text, number_text, CellProblem, MAX_PLACES};
pub use staging::{Staging, StagingError};
pub use target::Target;
pub use xlsx_table::{
    money_to_f64, Cell, Column, Kind, XlsxSummary, XlsxTable, XlsxTableError, SHEET_ROWS,
};
