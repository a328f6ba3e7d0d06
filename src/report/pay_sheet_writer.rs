//! `PaySheetWriter`: the pay sheet (工资表) of a roster as a table for people, or
//! as CSV and JSON for machines, written row by row.

use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};
use serde::ser::SerializeMap;
use serde::Serialize;

use crate::io::cell::csv_text;
use crate::pay::{PaySheet, PaySummary};
use crate::roster::Worker;
use crate::{Money, Period, Schedule};

/// The output format of a pay sheet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PaySheetFormat {
    /// A table for people, with totals and per-grade headcount and average.
    #[default]
    Table,
    Csv,
    Json,
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
}

impl<'s, W: Write> PaySheetWriter<'s, W> {
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
            PaySheetFormat::Table => {}
        }
        Ok(PaySheetWriter {
            schedule,
            period,
            format,
            out,
            table: Vec::new(),
            rows: 0,
            field: String::new(),
        })
    }

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
        }
        self.rows += 1;
        Ok(())
    }

    /// Closes the output, adding totals where the format has them.
    pub fn finish(mut self, summary: &PaySummary) -> io::Result<W> {
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
        }
        self.out.flush()?;
        Ok(self.out)
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
