//! `PaySheetWriter`: the pay sheet (工资表) of a roster as a table for people, or
//! as CSV and JSON for machines, written row by row.

use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};
use serde::ser::SerializeMap;
use serde::Serialize;

use crate::io::cell::csv_text;
use crate::io::{Cell, Column, FileFormat, Kind, XlsxTable, XlsxTableError};
use crate::pay::{PaySheet, PaySummary};
use crate::roster::Worker;
use crate::{Money, Period, Schedule};

/// The output format of a pay sheet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PaySheetFormat {
    /// A table for people, with totals and per-grade headcount and average.
    /// (`table` is its old name, still accepted.)
    #[default]
    #[value(name = "text", alias = "table")]
    Table,
    /// Comma-separated values, one row a worker, machine-readable column ids.
    Csv,
    /// One JSON object: the schedule, the period and a `workers` array.
    Json,
    /// An Excel workbook: Chinese headers, amounts as numbers, a totals row, and
    /// a sheet of per-grade headcount and average.
    Xlsx,
}

impl FileFormat for PaySheetFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            PaySheetFormat::Table => &["txt"],
            PaySheetFormat::Csv => &["csv"],
            PaySheetFormat::Json => &["json"],
            PaySheetFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == PaySheetFormat::Xlsx
    }
}

/// Writes a pay sheet row by row; [`PaySheetWriter::finish`] adds the totals.
#[derive(Debug)]
pub struct PaySheetWriter<'s, W: Write> {
    schedule: &'s Schedule,
    period: Period,
    format: PaySheetFormat,
    out: W,
    /// Table rows, kept until the end (a table is for people, not millions of rows).
    table: Vec<Vec<String>>,
    rows: u64,
    field: String,
    xlsx: Option<XlsxTable>,
    /// Where a workbook's rows went, when they needed more than one sheet.
    note: Option<String>,
}

impl<'s, W: Write> PaySheetWriter<'s, W> {
    /// A writer of pay sheets of `period` in `format` to `out`; writes the header (or opens the workbook) now.
    pub fn new(
        schedule: &'s Schedule,
        period: Period,
        format: PaySheetFormat,
        mut out: W,
    ) -> io::Result<Self> {
        match format {
            PaySheetFormat::Csv => {
                let mut line = String::from("employee_id,name,enterprise_id,grade,step");
                for id in schedule.component_ids() {
                    line.push(',');
                    csv_text(&mut line, id);
                }
                line.push_str(",gross,minimum_wage_base\n");
                out.write_all(line.as_bytes())?;
            }
            PaySheetFormat::Json => {
                let title = serde_json::to_string(&schedule.meta.title)?;
                write!(
                    out,
                    "{{\"schedule\":{title},\"period\":\"{period}\",\"workers\":["
                )?;
            }
            PaySheetFormat::Table | PaySheetFormat::Xlsx => {}
        }
        let xlsx = match format {
            PaySheetFormat::Xlsx => {
                let mut columns: Vec<Column> = [
                    ("工号", Kind::Text),
                    ("姓名", Kind::Text),
                    ("企业", Kind::Text),
                    ("能级", Kind::Text),
                    ("档次", Kind::Integer),
                ]
                .into_iter()
                .map(|(h, k)| Column::new(h, k))
                .collect();
                columns.extend(
                    schedule
                        .component_names()
                        .map(|n| Column::new(n, Kind::Money)),
                );
                columns.push(Column::new("应发工资", Kind::Money));
                columns.push(Column::new("最低工资比较基数", Kind::Money));
                Some(XlsxTable::new("工资表", columns).map_err(io::Error::other)?)
            }
            _ => None,
        };
        Ok(PaySheetWriter {
            schedule,
            period,
            format,
            out,
            table: Vec::new(),
            rows: 0,
            field: String::new(),
            xlsx,
            note: None,
        })
    }

    /// Writes one worker's pay sheet.
    pub fn row(&mut self, worker: &Worker, sheet: &PaySheet) -> io::Result<()> {
        let grade = self
            .schedule
            .grades
            .get(worker.grade)
            .map_or("", |g| g.name.as_str());
        match self.format {
            PaySheetFormat::Csv => {
                let f = &mut self.field;
                f.clear();
                for text in [&worker.employee_id, &worker.name, &worker.enterprise_id] {
                    csv_text(f, text);
                    f.push(',');
                }
                csv_text(f, grade);
                let _ = write!(f, ",{}", worker.step);
                for c in &sheet.components {
                    let _ = write!(f, ",{c}");
                }
                let _ = writeln!(f, ",{},{}", sheet.gross, sheet.minimum_wage_base);
                self.out.write_all(f.as_bytes())?;
            }
            PaySheetFormat::Json => {
                if self.rows > 0 {
                    self.out.write_all(b",")?;
                }
                let row = JsonRow {
                    employee_id: &worker.employee_id,
                    name: &worker.name,
                    enterprise_id: &worker.enterprise_id,
                    grade,
                    step: worker.step,
                    components: Components(self.schedule, sheet),
                    gross: sheet.gross,
                    minimum_wage_base: sheet.minimum_wage_base,
                };
                self.out.write_all(b"\n")?;
                serde_json::to_writer(&mut self.out, &row)?;
            }
            PaySheetFormat::Table => {
                let mut cells = vec![
                    worker.employee_id.clone(),
                    worker.name.clone(),
                    grade.to_string(),
                    worker.step.to_string(),
                ];
                cells.extend(sheet.components.iter().map(|c| c.grouped()));
                cells.push(sheet.gross.grouped());
                cells.push(sheet.minimum_wage_base.grouped());
                self.table.push(cells);
            }
            PaySheetFormat::Xlsx => {
                let mut cells = vec![
                    Cell::Text(&worker.employee_id),
                    Cell::Text(&worker.name),
                    Cell::Text(&worker.enterprise_id),
                    Cell::Text(grade),
                    Cell::Integer(i64::from(worker.step)),
                ];
                cells.extend(sheet.components.iter().map(|c| Cell::Money(*c)));
                cells.push(Cell::Money(sheet.gross));
                cells.push(Cell::Money(sheet.minimum_wage_base));
                if let Some(x) = &mut self.xlsx {
                    x.row(&cells).map_err(io::Error::other)?;
                }
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Closes the output, adding totals where the format has them; with it, a
    /// line for a person when a workbook's rows went over more than one sheet.
    pub fn finish(mut self, summary: &PaySummary) -> io::Result<(W, Option<String>)> {
        match self.format {
            PaySheetFormat::Csv => {}
            PaySheetFormat::Json => {
                let totals = JsonTotals {
                    headcount: summary.headcount,
                    components: Totals(self.schedule, &summary.components),
                    gross: summary.gross,
                    minimum_wage_base: summary.minimum_wage_base,
                    average: summary.average(self.schedule.rounding),
                };
                self.out.write_all(b"\n],\"totals\":")?;
                serde_json::to_writer(&mut self.out, &totals)?;
                self.out.write_all(b"}\n")?;
            }
            PaySheetFormat::Table => self.write_table(summary)?,
            PaySheetFormat::Xlsx => self.write_xlsx(summary).map_err(io::Error::other)?,
        }
        self.out.flush()?;
        Ok((self.out, self.note))
    }

    /// The totals row, the per-grade sheet, and the workbook's bytes.
    fn write_xlsx(&mut self, summary: &PaySummary) -> Result<(), XlsxTableError> {
        let Some(mut x) = self.xlsx.take() else {
            return Ok(());
        };
        let s = self.schedule;
        let headcount = format!("{} 人", summary.headcount);
        let mut total = vec![
            Cell::Text("合计"),
            Cell::Text(&headcount),
            Cell::Blank,
            Cell::Blank,
            Cell::Blank,
        ];
        total.extend(summary.components.iter().map(|c| Cell::Money(*c)));
        total.push(Cell::Money(summary.gross));
        total.push(Cell::Money(summary.minimum_wage_base));
        x.total(&total)?;
        let columns = vec![
            Column::new("能级", Kind::Text),
            Column::new("人数", Kind::Integer),
            Column::new("应发合计", Kind::Money),
            Column::new("平均应发", Kind::Money),
        ];
        x.add_table("按能级汇总", columns)?;
        let count = |n: u64| Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX));
        let money = |m: Option<Money>| m.map_or(Cell::Blank, Cell::Money);
        for (i, (g, t)) in s.grades.iter().zip(&summary.grades).enumerate() {
            x.row(&[
                Cell::Text(&g.name),
                count(t.headcount),
                Cell::Money(t.gross),
                money(summary.grade_average(i, s.rounding)),
            ])?;
        }
        x.total(&[
            Cell::Text("合计"),
            count(summary.headcount),
            Cell::Money(summary.gross),
            money(summary.average(s.rounding)),
        ])?;
        let (bytes, written) = x.finish()?;
        self.note = written.continuation_note();
        self.out
            .write_all(&bytes)
            .map_err(|e| XlsxTableError::Xlsx(e.into()))
    }

    fn write_table(&mut self, summary: &PaySummary) -> io::Result<()> {
        let s = self.schedule;
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        let mut header: Vec<String> = ["工号", "姓名", "能级", "档次"].map(String::from).to_vec();
        header.extend(s.component_names().map(String::from));
        header.push("应发工资".into());
        header.push("最低工资比较基数".into());
        table.set_header(header);
        let mut total_row = vec![
            "合计".to_string(),
            format!("{} 人", summary.headcount),
            String::new(),
            String::new(),
        ];
        total_row.extend(summary.components.iter().map(|c| c.grouped()));
        total_row.push(summary.gross.grouped());
        total_row.push(summary.minimum_wage_base.grouped());
        for row in self.table.drain(..).chain(std::iter::once(total_row)) {
            table.add_row(row);
        }
        for i in 4..table.column_count() {
            if let Some(col) = table.column_mut(i) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        writeln!(self.out, "{} — 工资表 {}", s.meta.title, self.period)?;
        writeln!(self.out, "{table}")?;

        let mut grades = Table::new();
        grades.load_preset(presets::UTF8_FULL_CONDENSED);
        grades.set_header(vec!["能级", "人数", "应发合计", "平均应发"]);
        for (i, (g, t)) in s.grades.iter().zip(&summary.grades).enumerate() {
            let average = summary
                .grade_average(i, s.rounding)
                .map_or("-".to_string(), Money::grouped);
            grades.add_row(vec![
                g.name.clone(),
                t.headcount.to_string(),
                t.gross.grouped(),
                average,
            ]);
        }
        let average = summary
            .average(s.rounding)
            .map_or("-".to_string(), Money::grouped);
        grades.add_row(vec![
            "合计".to_string(),
            summary.headcount.to_string(),
            summary.gross.grouped(),
            average,
        ]);
        for i in 1..4 {
            if let Some(col) = grades.column_mut(i) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        writeln!(self.out, "{grades}")
    }
}

#[derive(Serialize)]
struct JsonRow<'a> {
    employee_id: &'a str,
    name: &'a str,
    enterprise_id: &'a str,
    grade: &'a str,
    step: u32,
    components: Components<'a>,
    gross: Money,
    minimum_wage_base: Money,
}

/// Components as an object in pay-sheet order: `{"grade_pay": "2400.00", ...}`.
struct Components<'a>(&'a Schedule, &'a PaySheet);

impl Serialize for Components<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Totals(self.0, &self.1.components).serialize(s)
    }
}

struct Totals<'a>(&'a Schedule, &'a [Money]);

impl Serialize for Totals<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.1.len()))?;
        for (id, amount) in self.0.component_ids().zip(self.1) {
            map.serialize_entry(id, amount)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonTotals<'a> {
    headcount: u64,
    components: Totals<'a>,
    gross: Money,
    minimum_wage_base: Money,
    average: Option<Money>,
}
