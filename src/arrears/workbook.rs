//! A reckoning as an .xlsx workbook: the rows (one per worker and month), then
//! the per-worker and per-enterprise totals on sheets of their own, each with
//! its 合计 row, as the text and JSON carry them. Amounts are exact `Money`
//! shown `#,##0.00`; the rows continue on further sheets past a sheet's limit.

use std::io::{self, Write};

use crate::arrears::writer::{Head, Sink};
use crate::arrears::{Arrears, MonthRow, Total};
use crate::io::{Cell, Column, Kind, XlsxSummary, XlsxTable, XlsxTableError, SHEET_ROWS};

use Cell::{Blank, Money, Text};

/// The rows' sheet: one row per worker and month.
pub const ROWS_SHEET: &str = "欠发工资";
/// The per-worker totals' sheet.
pub const WORKERS_SHEET: &str = "按职工汇总";
/// The per-enterprise totals' sheet.
pub const ENTERPRISES_SHEET: &str = "按企业汇总";

/// The first cell of a totals row.
const TOTAL: &str = "合计";

fn columns(list: &[(&str, Kind)]) -> Vec<Column> {
    list.iter().map(|&(h, k)| Column::new(h, k)).collect()
}

/// The workbook's bytes, with what became of the rows' table.
pub fn workbook(arrears: &Arrears) -> Result<(Vec<u8>, XlsxSummary), XlsxTableError> {
    workbook_with(arrears, SHEET_ROWS)
}

/// As [`workbook`], with sheets of `rows_per_sheet` rows (for tests of the
/// continuation).
fn workbook_with(
    arrears: &Arrears,
    rows_per_sheet: u32,
) -> Result<(Vec<u8>, XlsxSummary), XlsxTableError> {
    let mut sink = XlsxSink {
        rows_per_sheet,
        ..XlsxSink::default()
    };
    let mut bytes = Vec::new();
    // Writing to memory fails only in the workbook, whose error is kept.
    let _ = crate::arrears::writer::feed(arrears, &mut sink, &mut bytes);
    match (sink.failed.take(), sink.summary.take()) {
        (Some(e), _) => Err(e),
        (None, summary) => Ok((
            bytes,
            summary.unwrap_or(XlsxSummary {
                rows: 0,
                sheets: 0,
                rows_per_sheet,
            }),
        )),
    }
}

/// The workbook as a [`Sink`]: rows go to rust_xlsxwriter's temporary files
/// as they come (constant memory); the finished workbook is built in memory
/// at the end and written out whole, so it holds its compressed bytes once.
#[derive(Default)]
pub struct XlsxSink {
    book: Option<XlsxTable>,
    head: Option<Head>,
    /// Rows a sheet holds (0: Excel's limit).
    rows_per_sheet: u32,
    summary: Option<XlsxSummary>,
    failed: Option<XlsxTableError>,
}

impl std::fmt::Debug for XlsxSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("XlsxSink").finish_non_exhaustive()
    }
}

impl XlsxSink {
    /// Runs `write` on the workbook; its error is kept (to be told as it is)
    /// and the writer is told that writing failed.
    fn with(
        &mut self,
        write: impl FnOnce(&mut XlsxTable, &Total) -> Result<(), XlsxTableError>,
    ) -> io::Result<()> {
        let (Some(book), Some(head)) = (self.book.as_mut(), self.head.as_ref()) else {
            return Ok(());
        };
        write(book, &head.total).map_err(|e| {
            let text = e.to_string();
            self.failed = Some(e);
            io::Error::other(text)
        })
    }
}

impl Sink for XlsxSink {
    fn begin(&mut self, head: &Head, _: &mut dyn Write) -> io::Result<()> {
        let per_sheet = match self.rows_per_sheet {
            0 => SHEET_ROWS,
            n => n,
        };
        let rows = columns(&[
            ("工号", Kind::Text),
            ("姓名", Kind::Text),
            ("企业", Kind::Text),
            ("月份", Kind::Text),
            ("应得", Kind::Money),
            ("实发", Kind::Money),
            ("欠发", Kind::Money),
            ("依据", Kind::Text),
        ]);
        match XlsxTable::with_rows_per_sheet(ROWS_SHEET, rows, per_sheet) {
            Ok(book) => self.book = Some(book),
            Err(e) => {
                let text = e.to_string();
                self.failed = Some(e);
                return Err(io::Error::other(text));
            }
        }
        self.head = Some(head.clone());
        Ok(())
    }

    fn row(&mut self, r: &MonthRow, _: &mut dyn Write) -> io::Result<()> {
        let period = r.period.to_string();
        self.with(|book, _| {
            book.row(&[
                Text(&r.employee_id),
                Text(&r.name),
                Text(&r.enterprise_id),
                Text(&period),
                Money(r.entitled),
                Money(r.paid),
                Money(r.owed),
                Text(r.source.name()),
            ])
        })
    }

    fn workers(&mut self, _: &mut dyn Write) -> io::Result<()> {
        self.with(|book, t| {
            book.total(&[
                Text(TOTAL),
                Blank,
                Blank,
                Blank,
                Money(t.entitled),
                Money(t.paid),
                Money(t.owed),
            ])?;
            book.add_table(
                WORKERS_SHEET,
                columns(&[
                    ("工号", Kind::Text),
                    ("姓名", Kind::Text),
                    ("企业", Kind::Text),
                    ("月数", Kind::Integer),
                    ("应得", Kind::Money),
                    ("实发", Kind::Money),
                    ("欠发", Kind::Money),
                ]),
            )
        })
    }

    fn worker(&mut self, w: &Total, _: &mut dyn Write) -> io::Result<()> {
        self.with(|book, _| {
            book.row(&[
                Text(&w.employee_id),
                Text(&w.name),
                Text(&w.enterprise_id),
                Cell::Integer(i64::from(w.months)),
                Money(w.entitled),
                Money(w.paid),
                Money(w.owed),
            ])
        })
    }

    fn enterprises(&mut self, _: &mut dyn Write) -> io::Result<()> {
        // The months column sums to the worker-months, the rows' count.
        let worker_months = self
            .head
            .as_ref()
            .map_or(0, |h| i64::try_from(h.rows).unwrap_or(i64::MAX));
        self.with(|book, t| {
            book.total(&[
                Text(TOTAL),
                Blank,
                Blank,
                Cell::Integer(worker_months),
                Money(t.entitled),
                Money(t.paid),
                Money(t.owed),
            ])?;
            book.add_table(
                ENTERPRISES_SHEET,
                columns(&[
                    ("企业", Kind::Text),
                    ("企业名称", Kind::Text),
                    ("应得", Kind::Money),
                    ("实发", Kind::Money),
                    ("欠发", Kind::Money),
                ]),
            )
        })
    }

    fn enterprise(&mut self, e: &Total, _: &mut dyn Write) -> io::Result<()> {
        self.with(|book, _| {
            book.row(&[
                Text(&e.enterprise_id),
                Text(&e.enterprise_name),
                Money(e.entitled),
                Money(e.paid),
                Money(e.owed),
            ])
        })
    }

    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.with(|book, t| {
            book.total(&[
                Text(TOTAL),
                Blank,
                Money(t.entitled),
                Money(t.paid),
                Money(t.owed),
            ])
        })?;
        let Some(book) = self.book.take() else {
            return Ok(());
        };
        match book.finish() {
            Ok((bytes, summary)) => {
                self.summary = Some(summary);
                out.write_all(&bytes)
            }
            Err(e) => {
                let text = e.to_string();
                self.failed = Some(e);
                Err(io::Error::other(text))
            }
        }
    }

    fn note(&self) -> Option<String> {
        self.summary
            .as_ref()
            .and_then(XlsxSummary::continuation_note)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arrears::{MonthRow, Source, Total};
    use crate::io::workbook_cells::workbook_cells;
    use crate::{Money as Amount, Period};
    use calamine::Data;

    fn yuan(s: &str) -> Amount {
        s.parse().unwrap()
    }

    fn total(id: &str, months: u32, entitled: &str, paid: &str) -> Total {
        Total {
            employee_id: id.into(),
            name: format!("{id}名"),
            enterprise_id: "E1".into(),
            enterprise_name: "东海泵业".into(),
            months,
            entitled: yuan(entitled),
            paid: yuan(paid),
            owed: yuan(entitled) - yuan(paid),
        }
    }

    fn arrears() -> Arrears {
        let p = |s: &str| s.parse::<Period>().unwrap();
        let row = |id: &str, period: &str, entitled: &str, paid: &str| MonthRow {
            employee_id: id.into(),
            name: format!("{id}名"),
            enterprise_id: "E1".into(),
            enterprise_name: "东海泵业".into(),
            period: p(period),
            entitled: yuan(entitled),
            paid: yuan(paid),
            owed: yuan(entitled) - yuan(paid),
            source: Source::Payroll,
        };
        Arrears {
            from: p("2026-01"),
            to: p("2026-02"),
            rows: vec![
                row("A1", "2026-01", "3000.10", "2900.00"),
                row("=B2", "2026-01", "2800.00", "2800.00"),
                row("A1", "2026-02", "3000.10", "2950.05"),
            ],
            workers: vec![
                total("A1", 2, "6000.20", "5850.05"),
                total("=B2", 1, "2800.00", "2800.00"),
            ],
            enterprises: vec![total("E1", 3, "8800.20", "8650.05")],
            total: total("", 3, "8800.20", "8650.05"),
        }
    }

    #[test]
    fn the_rows_then_the_per_worker_and_per_enterprise_totals() {
        let (bytes, summary) = workbook(&arrears()).unwrap();
        assert_eq!((summary.rows, summary.sheets), (3, 1));
        let sheets = workbook_cells(bytes);
        let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, [ROWS_SHEET, WORKERS_SHEET, ENTERPRISES_SHEET]);
        let s = |t: &str| Data::String(t.into());
        let rows = &sheets[0].1;
        assert_eq!(rows[0][0], s("工号"));
        // A formula-looking id stays text.
        assert_eq!(rows[2][0], s("'=B2"));
        assert_eq!(
            rows[3][4..7],
            [
                Data::Float(3000.1),
                Data::Float(2950.05),
                Data::Float(50.05)
            ]
        );
        assert_eq!(rows[4][0], s("合计"));
        assert_eq!(rows[4][6], Data::Float(150.15));
        let workers = &sheets[1].1;
        assert_eq!(
            workers[1][..4],
            [s("A1"), s("A1名"), s("E1"), Data::Float(2.0)]
        );
        assert_eq!(workers[1][6], Data::Float(150.15));
        assert_eq!(
            workers[3][..7],
            [
                s("合计"),
                Data::Empty,
                Data::Empty,
                Data::Float(3.0),
                Data::Float(8800.2),
                Data::Float(8650.05),
                Data::Float(150.15)
            ]
        );
        let enterprises = &sheets[2].1;
        assert_eq!(enterprises[1][..2], [s("E1"), s("东海泵业")]);
        assert_eq!(enterprises[2][0], s("合计"));
        assert_eq!(enterprises[2][4], Data::Float(150.15));
    }

    #[test]
    fn rows_past_a_sheet_continue_on_the_next_with_the_header() {
        // Sheets of a header and two rows: three rows and the 合计 take two.
        let (bytes, summary) = workbook_with(&arrears(), 3).unwrap();
        assert_eq!((summary.rows, summary.sheets), (3, 2));
        assert!(summary.continuation_note().is_some());
        let sheets = workbook_cells(bytes);
        assert_eq!(sheets[0].0, format!("{ROWS_SHEET} 1／2"));
        assert_eq!(sheets[1].0, format!("{ROWS_SHEET} 2／2"));
        assert_eq!(sheets[1].1[0][0], Data::String("工号".into()));
        assert_eq!(sheets[1].1[1][0], Data::String("A1".into()));
        assert_eq!(sheets[1].1[2][0], Data::String("合计".into()));
        // The per-worker table (two workers and its 合计) continues as well.
        assert_eq!(sheets[2].0, format!("{WORKERS_SHEET} 1／2"));
        assert_eq!(sheets[3].1[1][0], Data::String("合计".into()));
    }
}
