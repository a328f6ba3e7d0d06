//! Tests of the arrears workbook: its sheets, cells and continuation, and
//! that it is zipped into the output in pieces, not built whole first.

use super::*;
use crate::arrears::{MonthRow, Source, Total};
use crate::io::workbook_cells::workbook_cells as sheets;
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
    let sheets = sheets(bytes);
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
    let sheets = sheets(bytes);
    assert_eq!(sheets[0].0, format!("{ROWS_SHEET} 1／2"));
    assert_eq!(sheets[1].0, format!("{ROWS_SHEET} 2／2"));
    assert_eq!(sheets[1].1[0][0], Data::String("工号".into()));
    assert_eq!(sheets[1].1[1][0], Data::String("A1".into()));
    assert_eq!(sheets[1].1[2][0], Data::String("合计".into()));
    // The per-worker table (two workers and its 合计) continues as well.
    assert_eq!(sheets[2].0, format!("{WORKERS_SHEET} 1／2"));
    assert_eq!(sheets[3].1[1][0], Data::String("合计".into()));
}

/// A reckoning of `workers` workers in two enterprises over three months,
/// with ids, names and amounts that differ row by row.
fn larger(workers: usize) -> Arrears {
    let periods: Vec<Period> = ["2026-01", "2026-02", "2026-03"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    let sources = [Source::Payroll, Source::Previous, Source::Unpaid];
    let mut rows = Vec::new();
    for (m, &period) in periods.iter().enumerate() {
        for w in 0..workers {
            let entitled = yuan(&format!("{}.{:02}", 3000 + 17 * w + m, (w * 7) % 100));
            let paid = yuan(&format!("{}.00", 2900 + 13 * w));
            rows.push(MonthRow {
                employee_id: if w == 1 {
                    "=W1".into()
                } else {
                    format!("W{w}")
                },
                name: format!("职工{w}"),
                enterprise_id: format!("E{}", w % 2),
                enterprise_name: format!("企业{}", w % 2),
                period,
                entitled,
                paid,
                owed: entitled - paid,
                source: sources[(w + m) % 3],
            });
        }
    }
    let sum = |keep: &dyn Fn(&MonthRow) -> bool, id: String, name: String, ent: String| {
        let mut t = Total {
            employee_id: id,
            name,
            enterprise_id: ent.clone(),
            enterprise_name: ent,
            ..Total::default()
        };
        for r in rows.iter().filter(|r| keep(r)) {
            t.months += 1;
            t.entitled += r.entitled;
            t.paid += r.paid;
            t.owed += r.owed;
        }
        t
    };
    let worker_totals = (0..workers)
        .map(|w| {
            let id = rows[w].employee_id.clone();
            let keep = |r: &MonthRow| r.employee_id == id;
            sum(&keep, id.clone(), format!("职工{w}"), format!("E{}", w % 2))
        })
        .collect();
    let enterprises = (0..2)
        .map(|e| {
            let id = format!("E{e}");
            let keep = |r: &MonthRow| r.enterprise_id == id;
            let mut t = sum(&keep, String::new(), String::new(), id.clone());
            t.enterprise_name = format!("企业{e}");
            t
        })
        .collect();
    let total = sum(&|_| true, String::new(), String::new(), String::new());
    Arrears {
        from: periods[0],
        to: periods[2],
        rows,
        workers: worker_totals,
        enterprises,
        total,
    }
}

/// A cell as calamine reads it back.
fn text(s: &str) -> Data {
    Data::String(s.into())
}

fn amount(m: Amount) -> Data {
    Data::Float(crate::io::money_to_f64(m.amount()).unwrap())
}

fn count(n: u64) -> Data {
    Data::Float(crate::io::money_to_f64(rust_decimal::Decimal::from(n)).unwrap())
}

/// The sheets a table of `lines` (data and 合计 rows) takes at `per_sheet`
/// rows a sheet, each with its header, as calamine reads them (rows padded
/// with empty cells to the header's width).
fn laid_out(
    name: &str,
    header: &[&str],
    lines: Vec<Vec<Data>>,
    per_sheet: usize,
) -> Vec<(String, Vec<Vec<Data>>)> {
    let pages: Vec<&[Vec<Data>]> = lines.chunks(per_sheet - 1).collect();
    let n = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(k, page)| {
            let title = if n == 1 {
                name.to_string()
            } else {
                format!("{name} {}／{n}", k + 1)
            };
            let mut rows = vec![header.iter().map(|h| text(h)).collect::<Vec<_>>()];
            for line in page {
                let mut line = line.clone();
                line.resize(header.len(), Data::Empty);
                rows.push(line);
            }
            (title, rows)
        })
        .collect()
}

/// Every sheet and cell the workbook of `a` should hold, from the reckoning itself.
fn expected(a: &Arrears, per_sheet: usize) -> Vec<(String, Vec<Vec<Data>>)> {
    let id = |s: &str| text(&crate::io::cell::neutralise(s));
    let mut rows: Vec<Vec<Data>> = a
        .rows
        .iter()
        .map(|r| {
            vec![
                id(&r.employee_id),
                text(&r.name),
                text(&r.enterprise_id),
                text(&r.period.to_string()),
                amount(r.entitled),
                amount(r.paid),
                amount(r.owed),
                text(r.source.name()),
            ]
        })
        .collect();
    let t = &a.total;
    let sums = [amount(t.entitled), amount(t.paid), amount(t.owed)];
    let blank = Data::Empty;
    rows.push(
        [
            vec![text("合计"), blank.clone(), blank.clone(), blank.clone()],
            sums.to_vec(),
        ]
        .concat(),
    );
    let mut workers: Vec<Vec<Data>> = a
        .workers
        .iter()
        .map(|w| {
            vec![
                id(&w.employee_id),
                text(&w.name),
                text(&w.enterprise_id),
                count(u64::from(w.months)),
                amount(w.entitled),
                amount(w.paid),
                amount(w.owed),
            ]
        })
        .collect();
    let worker_months = count(a.rows.len() as u64);
    workers.push(
        [
            vec![text("合计"), blank.clone(), blank.clone(), worker_months],
            sums.to_vec(),
        ]
        .concat(),
    );
    let mut enterprises: Vec<Vec<Data>> = a
        .enterprises
        .iter()
        .map(|e| {
            vec![
                text(&e.enterprise_id),
                text(&e.enterprise_name),
                amount(e.entitled),
                amount(e.paid),
                amount(e.owed),
            ]
        })
        .collect();
    enterprises.push([vec![text("合计"), blank], sums.to_vec()].concat());
    let mut all = laid_out(
        ROWS_SHEET,
        &[
            "工号", "姓名", "企业", "月份", "应得", "实发", "欠发", "依据",
        ],
        rows,
        per_sheet,
    );
    all.extend(laid_out(
        WORKERS_SHEET,
        &["工号", "姓名", "企业", "月数", "应得", "实发", "欠发"],
        workers,
        per_sheet,
    ));
    all.extend(laid_out(
        ENTERPRISES_SHEET,
        &["企业", "企业名称", "应得", "实发", "欠发"],
        enterprises,
        per_sheet,
    ));
    all
}

/// A `Send` writer that keeps what it is given and the largest single write.
#[derive(Default)]
struct Pieces {
    bytes: Vec<u8>,
    writes: usize,
    largest: usize,
}

impl Write for Pieces {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writes += 1;
        self.largest = self.largest.max(buf.len());
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn the_streamed_workbook_holds_every_cell_across_the_continuation() {
    // 3 months of 7 workers: 21 rows and the 合计 over sheets of a header and
    // 5 rows (5 sheets), the 7 workers' totals over 2, the enterprises' on 1.
    let a = larger(7);
    let (bytes, summary) = workbook_with(&a, 6).unwrap();
    assert_eq!((summary.rows, summary.sheets), (21, 5));
    let got = sheets(bytes);
    let want = expected(&a, 6);
    let names =
        |s: &[(String, Vec<Vec<Data>>)]| s.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want));
    assert_eq!(got.len(), 5 + 2 + 1);
    for ((name, got), (_, want)) in got.iter().zip(&want) {
        assert_eq!(got, want, "sheet {name}");
    }
}

#[test]
fn the_workbook_goes_to_its_output_in_pieces_as_it_is_zipped() {
    // Built whole in memory, the workbook would reach the output in one write
    // of all its bytes; zipped into the output, in many smaller ones.
    let a = larger(400);
    let mut sink = XlsxSink {
        rows_per_sheet: 300,
        ..XlsxSink::default()
    };
    let mut out = Pieces::default();
    crate::arrears::feed(&a, &mut sink, &mut out).unwrap();
    assert!(out.writes > 20, "{} writes", out.writes);
    assert!(
        out.largest * 2 < out.bytes.len(),
        "largest write {} of {} bytes",
        out.largest,
        out.bytes.len()
    );
    // The same sheets and cells as the workbook written to memory (the bytes
    // differ only in docProps/core.xml's creation time, to the second).
    let (whole, summary) = workbook_with(&a, 300).unwrap();
    assert_eq!(sheets(out.bytes), sheets(whole));
    assert_eq!((summary.rows, summary.sheets), (1200, 5));
    assert!(sink.note().is_some());
}
