//! Workbooks as HR offices keep them, for the spreadsheet tests (tests/excel.rs,
//! tests/excel_inputs.rs): a notes sheet first, then the table under a title row;
//! and the workbooks nengji writes, read back cell by cell.

#![allow(dead_code)] // each test file uses its own part
#![allow(clippy::unwrap_used)] // tests fail loudly by design

/// A cell of a test workbook.
pub enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Date(u16, u8, u8),
}

/// A workbook as an HR office keeps one: a notes sheet 说明 first, then `sheet`
/// with a title row merged above the header at row 2.
pub fn office_workbook(sheet: &str, rows: &[Vec<Cell<'_>>]) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("说明").unwrap();
    notes.write_string(0, 0, "填表说明：每人一行").unwrap();
    let ws = book.add_worksheet();
    ws.set_name(sheet).unwrap();
    ws.merge_range(0, 0, 0, 5, "示例机械有限公司2026年1月", &Format::new())
        .unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r).unwrap() + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).unwrap();
            match cell {
                Cell::Text("") => Ok(()),
                Cell::Text(t) => ws.write_string(r, c, *t).map(|_| ()),
                Cell::Number(n) => ws.write_number(r, c, *n).map(|_| ()),
                Cell::Date(y, m, d) => {
                    let at = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                    ws.write_datetime_with_format(r, c, &at, &date).map(|_| ())
                }
            }
            .unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

/// A CSV file (without quoted commas) as sheet cells, as a person types them
/// in Excel: numbers as numbers, dates as date cells, the rest as text.
pub fn csv_rows(path: &str) -> Vec<Vec<Cell<'static>>> {
    let text: &'static str = Box::leak(
        std::fs::read_to_string(path)
            .unwrap()
            .trim_start_matches('\u{feff}')
            .to_string()
            .into_boxed_str(),
    );
    text.lines()
        .map(|line| {
            line.split(',')
                .map(|v| {
                    let ymd: Vec<&str> = v.split('-').collect();
                    if let [y, m, d] = ymd[..] {
                        if let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) {
                            return Cell::Date(y, m, d);
                        }
                    }
                    v.parse::<f64>().map_or(Cell::Text(v), Cell::Number)
                })
                .collect()
        })
        .collect()
}

// The library's tests read workbooks back with the same function.
#[path = "../../src/io/workbook_cells.rs"]
mod workbook_cells;
pub(crate) use workbook_cells::workbook_cells;
