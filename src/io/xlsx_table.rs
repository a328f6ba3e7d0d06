//! `XlsxTable`: a table written as an Excel workbook (.xlsx) row by row, in
//! rust_xlsxwriter's constant-memory mode (each finished row goes to a temporary
//! file, so a pay sheet of a region costs no more memory than one of a shop).
//!
//! Headers are the Chinese column names, the header row is frozen, amounts are
//! numbers formatted `#,##0.00`, and a table longer than a sheet holds continues
//! on further sheets, each with its header row, named `工资表 1／3` and so on.
//!
//! Money becomes a binary float at this boundary and nowhere else: a cell of a
//! spreadsheet holds an IEEE 754 double. [`money_to_f64`] converts through the
//! decimal text (correctly rounded) and checks that the double's shortest form
//! reads back as the same decimal, so what Excel shows is the exact amount; an
//! amount that would not survive is refused, never written approximately.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};

use crate::{t, Money};

pub use super::xlsx_table_error::XlsxTableError;

/// What a column holds, which decides its cell type, format and width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text, written as a string cell.
    Text,
    /// A whole number (a step, a headcount).
    Integer,
    /// An amount of yuan: a number shown `#,##0.00`.
    Money,
    /// A decimal that is not money (a percentage, a score): a number shown as it is.
    Decimal,
    /// A date, shown `yyyy-mm-dd`.
    Date,
}

/// One column: its header and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The column's header, in the sheet's first row.
    pub header: String,
    /// What the column holds.
    pub kind: Kind,
}

impl Column {
    /// A column headed `header` that holds `kind`.
    pub fn new(header: impl Into<String>, kind: Kind) -> Column {
        Column {
            header: header.into(),
            kind,
        }
    }
}

/// One cell's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    /// An empty cell.
    Blank,
    /// Text, written as a string cell.
    Text(&'a str),
    /// A whole number.
    Integer(i64),
    /// An amount of yuan.
    Money(Money),
    /// A decimal that is not money.
    Decimal(Decimal),
    /// A date, shown `yyyy-mm-dd`.
    Date(NaiveDate),
}

/// Rows a worksheet holds, the header included (Excel's limit since 2007).
pub const SHEET_ROWS: u32 = 1_048_576;

/// What was written, so the command can say where a long table went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XlsxSummary {
    /// Data rows written, headers and totals not counted.
    pub rows: u64,
    /// Sheets the rows took.
    pub sheets: usize,
    /// The most data rows a sheet holds before the table goes on in the next sheet.
    pub(crate) rows_per_sheet: u32,
}

/// A workbook being written: tables one after another, each over as many
/// sheets as it needs.
pub struct XlsxTable {
    workbook: Workbook,
    /// The tables so far; the last is the one being written.
    tables: Vec<Table>,
    /// The next row to write in the current sheet (0 is the header).
    row: u32,
    rows_per_sheet: u32,
    header: Format,
    plain: Format,
    money: Format,
    date: Format,
    total: Format,
    total_money: Format,
}

impl std::fmt::Debug for XlsxTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("XlsxTable")
            .field("tables", &self.tables)
            .field("row", &self.row)
            .finish_non_exhaustive()
    }
}

/// One table of a workbook.
#[derive(Debug)]
struct Table {
    name: String,
    columns: Vec<Column>,
    widths: Vec<usize>,
    /// The index of its first sheet, and how many it has.
    first_sheet: usize,
    sheets: usize,
    rows: u64,
}

/// Width in character cells: a CJK character takes two.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| if (c as u32) < 0x1100 { 1 } else { 2 })
        .sum()
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(text: &str) -> String {
    text.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(31)
        .collect()
}

/// The double for an amount, if it shows as exactly that amount (see the module doc).
pub fn money_to_f64(amount: Decimal) -> Option<f64> {
    // Rust's float parsing is correctly rounded: the nearest double to the decimal.
    let float: f64 = amount.to_string().parse().ok()?;
    // Display prints the shortest decimal that reads back as this double.
    let back: Decimal = format!("{float}").parse().ok()?;
    (back == amount).then_some(float)
}

impl XlsxTable {
    /// A workbook with one table named `name` (the sheet's name) and its columns.
    pub fn new(name: &str, columns: Vec<Column>) -> Result<XlsxTable, XlsxTableError> {
        XlsxTable::with_rows_per_sheet(name, columns, SHEET_ROWS)
    }

    /// As [`XlsxTable::new`], with smaller sheets (for tests of the continuation).
    pub fn with_rows_per_sheet(
        name: &str,
        columns: Vec<Column>,
        rows_per_sheet: u32,
    ) -> Result<XlsxTable, XlsxTableError> {
        // rust_xlsxwriter opens each sheet's temporary file in the system's
        // temporary directory and panics when it cannot: tried here first, so
        // an unwritable TMPDIR is an error that says so, not a crash.
        let dir = std::env::temp_dir();
        tempfile::tempfile_in(&dir).map_err(|error| XlsxTableError::TempDir {
            dir: dir.display().to_string(),
            error,
        })?;
        let money = Format::new().set_num_format("#,##0.00");
        let mut table = XlsxTable {
            workbook: Workbook::new(),
            tables: Vec::new(),
            row: 0,
            rows_per_sheet: rows_per_sheet.max(2),
            header: Format::new().set_bold().set_align(FormatAlign::Center),
            plain: Format::new(),
            total: Format::new().set_bold(),
            total_money: money.clone().set_bold(),
            money,
            date: Format::new().set_num_format("yyyy-mm-dd"),
        };
        table.add_table(name, columns)?;
        Ok(table)
    }

    /// Starts another table on a sheet of its own (a summary after the rows).
    pub fn add_table(&mut self, name: &str, columns: Vec<Column>) -> Result<(), XlsxTableError> {
        let widths = columns
            .iter()
            .map(|c| {
                let least = match c.kind {
                    Kind::Text => 8,
                    Kind::Integer => 6,
                    Kind::Money => 12,
                    Kind::Decimal => 8,
                    Kind::Date => 10,
                };
                display_width(&c.header).max(least)
            })
            .collect();
        let first_sheet = self.tables.last().map_or(0, |t| t.first_sheet + t.sheets);
        self.tables.push(Table {
            name: sheet_name(name),
            columns,
            widths,
            first_sheet,
            sheets: 0,
            rows: 0,
        });
        self.new_sheet()
    }

    /// Starts a sheet of the current table with its header row, frozen.
    fn new_sheet(&mut self) -> Result<(), XlsxTableError> {
        let Some(table) = self.tables.last_mut() else {
            return Ok(());
        };
        table.sheets += 1;
        let sheet = self.workbook.add_worksheet_with_constant_memory();
        // A provisional unique name; finish gives the final ones.
        sheet.set_name(format!("_{}", table.first_sheet + table.sheets))?;
        sheet.set_freeze_panes(1, 0)?;
        for (i, c) in table.columns.iter().enumerate() {
            sheet.write_string_with_format(0, col(i), &c.header, &self.header)?;
        }
        self.row = 1;
        Ok(())
    }

    /// Writes a row.
    pub fn row(&mut self, cells: &[Cell]) -> Result<(), XlsxTableError> {
        self.write(cells, false)
    }

    /// Writes a totals row, in bold.
    pub fn total(&mut self, cells: &[Cell]) -> Result<(), XlsxTableError> {
        self.write(cells, true)
    }

    fn write(&mut self, cells: &[Cell], bold: bool) -> Result<(), XlsxTableError> {
        if self.row >= self.rows_per_sheet {
            self.new_sheet()?;
        }
        let row = self.row;
        let Some(table) = self.tables.last_mut() else {
            return Ok(());
        };
        let sheet = self
            .workbook
            .worksheet_from_index(table.first_sheet + table.sheets - 1)?;
        let plain = if bold { &self.total } else { &self.plain };
        let money = if bold { &self.total_money } else { &self.money };
        for (i, cell) in cells.iter().enumerate() {
            let c = col(i);
            match *cell {
                Cell::Blank => {}
                Cell::Text(text) => {
                    if let Some(w) = table.widths.get_mut(i) {
                        *w = (*w).max(display_width(text).min(60));
                    }
                    sheet.write_string_with_format(row, c, neutralised(text), plain)?;
                }
                Cell::Integer(n) => {
                    // Whole numbers a table holds (steps, counts) are far below 2^53.
                    #[allow(clippy::cast_precision_loss)]
                    sheet.write_number_with_format(row, c, n as f64, plain)?;
                }
                Cell::Money(m) => {
                    let amount = m.amount();
                    let float = money_to_f64(amount).ok_or(XlsxTableError::NotExact(amount))?;
                    sheet.write_number_with_format(row, c, float, money)?;
                }
                Cell::Decimal(d) => {
                    let float = money_to_f64(d).ok_or(XlsxTableError::NotExact(d))?;
                    sheet.write_number_with_format(row, c, float, plain)?;
                }
                Cell::Date(d) => {
                    let month = u8::try_from(d.month()).unwrap_or(1);
                    let day = u8::try_from(d.day()).unwrap_or(1);
                    // A date Excel cannot hold (before 1900) stays its text.
                    let excel = u16::try_from(d.year())
                        .ok()
                        .and_then(|year| ExcelDateTime::from_ymd(year, month, day).ok());
                    match excel {
                        Some(date) => {
                            sheet.write_datetime_with_format(row, c, &date, &self.date)?;
                        }
                        None => {
                            sheet.write_string(row, c, d.to_string())?;
                        }
                    }
                }
            }
        }
        self.row += 1;
        if !bold {
            table.rows += 1;
        }
        Ok(())
    }

    /// Sets the widths and sheet names and returns the workbook's bytes, with
    /// what became of the first table.
    pub fn finish(self) -> Result<(Vec<u8>, XlsxSummary), XlsxTableError> {
        let mut bytes = Vec::new();
        let summary = self.finish_into(&mut bytes)?;
        Ok((bytes, summary))
    }

    /// As [`XlsxTable::finish`], writing the workbook to `out` as it is
    /// zipped (the same bytes, never all in memory: a region's table).
    pub fn finish_into<W: std::io::Write + Send>(
        mut self,
        out: W,
    ) -> Result<XlsxSummary, XlsxTableError> {
        for table in &self.tables {
            for k in 0..table.sheets {
                let sheet = self.workbook.worksheet_from_index(table.first_sheet + k)?;
                let name = if table.sheets == 1 {
                    table.name.clone()
                } else {
                    // The fullwidth solidus: `/` is not allowed in a sheet name.
                    sheet_name(&format!("{} {}／{}", table.name, k + 1, table.sheets))
                };
                sheet.set_name(name)?;
                for (i, w) in table.widths.iter().enumerate() {
                    // Widths are small whole numbers of character cells.
                    #[allow(clippy::cast_precision_loss)]
                    sheet.set_column_width(col(i), (*w + 2) as f64)?;
                }
            }
        }
        let summary = XlsxSummary {
            rows: self.tables.first().map_or(0, |t| t.rows),
            sheets: self.tables.first().map_or(0, |t| t.sheets),
            rows_per_sheet: self.rows_per_sheet,
        };
        self.workbook.save_to_writer(out)?;
        Ok(summary)
    }
}

impl XlsxSummary {
    /// A line for a person when the table went over more than one sheet.
    pub fn continuation_note(&self) -> Option<String> {
        (self.sheets > 1).then(|| {
            t!(
                "excel-continuation",
                rows = self.rows,
                per_sheet = self.rows_per_sheet - 1,
                sheets = self.sheets
            )
        })
    }
}

/// Column `i` as rust_xlsxwriter numbers it (tables are far narrower than 16,384).
fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// A text cell as the CSV writers neutralise it: a formula-looking text stays
/// text when the sheet is saved as CSV or edited (see [`crate::io::cell`]).
fn neutralised(text: &str) -> Cow<'_, str> {
    crate::io::cell::neutralise(text)
}

#[cfg(test)]
#[path = "xlsx_table_tests.rs"]
mod tests;
