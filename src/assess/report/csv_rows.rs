//! The assessment report as CSV (one row per worker, reasons in the language
//! asked for) and the columns its .xlsx workbook names and types.

use std::io::Write;

use super::AssessmentReport;
use crate::assess::Lang;
use crate::io::cell::neutralise;
use crate::io::{Column, Kind};

impl AssessmentReport<'_> {
    /// The CSV's columns as the workbook names and types them, and the pay
    /// effect's columns the 合计 row sums.
    pub fn xlsx_columns(&self, width: usize) -> (Vec<Column>, Vec<usize>) {
        let mut columns: Vec<Column> = [
            ("工号", Kind::Text),
            ("姓名", Kind::Text),
            ("企业", Kind::Text),
            ("现能级", Kind::Text),
            ("认定能级", Kind::Text),
            ("变动", Kind::Text),
            ("档次", Kind::Integer),
            ("总分", Kind::Decimal),
        ]
        .into_iter()
        .map(|(h, k)| Column::new(h, k))
        .collect();
        columns.extend(
            self.rules
                .dimensions
                .iter()
                .map(|d| Column::new(d.name.clone(), Kind::Decimal)),
        );
        columns.push(Column::new("理由", Kind::Text));
        let mut summed = Vec::new();
        if self.pay.is_some() {
            for name in ["月工资变化", "一次性变化", "年度变化"] {
                summed.push(columns.len());
                columns.push(Column::new(name, Kind::Money));
            }
        }
        columns.truncate(width);
        (columns, summed)
    }

    pub(super) fn write_csv<W: Write>(&self, out: W, lang: Lang) -> csv::Result<()> {
        let mut csv = csv::Writer::from_writer(out);
        self.write_csv_header(&mut csv)?;
        self.write_csv_rows(&mut csv, lang)?;
        csv.flush()?;
        Ok(())
    }

    /// The CSV's header row.
    pub fn write_csv_header<W: Write>(&self, csv: &mut csv::Writer<W>) -> csv::Result<()> {
        let mut header: Vec<String> = [
            "employee_id",
            "name",
            "enterprise_id",
            "current_grade",
            "assessed_grade",
            "change",
            "step",
            "total",
        ]
        .map(String::from)
        .to_vec();
        header.extend(
            self.rules
                .dimensions
                .iter()
                .map(|d| neutralise(&d.id).into_owned()),
        );
        header.push("reason".into());
        if self.pay.is_some() {
            header.extend(["monthly_change", "one_off_change", "annual_change"].map(String::from));
        }
        csv.write_record(&header)
    }

    /// The CSV's row of every decision, in order; reasons in `lang`.
    pub fn write_csv_rows<W: Write>(
        &self,
        csv: &mut csv::Writer<W>,
        lang: Lang,
    ) -> csv::Result<()> {
        for d in &self.assessment.decisions {
            let c = &self.roster.candidates[d.candidate];
            // Text cells are neutralised for spreadsheets; scores and amounts
            // are numbers, written as they are.
            let text = |t: &str| neutralise(t).into_owned();
            let mut row = vec![
                text(&c.employee_id),
                text(&c.name),
                text(&c.enterprise_id),
                text(self.grade(d.current)),
                text(self.grade(d.assessed)),
                d.change().name().to_string(),
                d.step.map(|s| s.to_string()).unwrap_or_default(),
                d.total.map(|t| t.to_string()).unwrap_or_default(),
            ];
            let scores = self.scores.row_of(d.candidate);
            for k in 0..self.rules.dimensions.len() {
                row.push(
                    scores
                        .and_then(|s| s.scores.get(k))
                        .map(|s| s.value().normalize().to_string())
                        .unwrap_or_default(),
                );
            }
            row.push(text(&d.reason(self.rules, lang)));
            if let Some((_, effect)) = self.pay {
                let w = effect.workers.get(d.candidate).copied().unwrap_or_default();
                row.extend([w.monthly, w.one_off, w.annual].map(|m| m.to_string()));
            }
            csv.write_record(&row)?;
        }
        Ok(())
    }
}
