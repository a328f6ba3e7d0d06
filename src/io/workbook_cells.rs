//! For the tests of every .xlsx writer: a workbook's sheets read back as rows
//! of cells (calamine), in the workbook's order. The CLI tests include this
//! file too (tests/sheets/mod.rs).

use calamine::{Data, Reader, Xlsx};

/// The sheets of the workbook `bytes`, each its name and its rows of cells.
pub(crate) fn workbook_cells(bytes: Vec<u8>) -> Vec<(String, Vec<Vec<Data>>)> {
    // ok: test-only; a workbook a writer made that calamine cannot open fails the test here.
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names().clone();
    names
        .into_iter()
        .map(|n| {
            // ok: test-only; the sheet was just listed by the workbook itself.
            let range = book.worksheet_range(&n).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (n, rows)
        })
        .collect()
}
