//! The assessment report's pay effect as text: what the decisions cost under the
//! schedule, by grade, promotions and demotions, over the year.

use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};

use super::AssessmentReport;
use crate::assess::{Cost, PayEffect};
use crate::i18n::t;
use crate::{t, Schedule};

impl AssessmentReport<'_> {
    /// The text report's pay effect: the sums of `effect`.
    pub fn write_pay_text(
        &self,
        out: &mut dyn Write,
        schedule: &Schedule,
        effect: &PayEffect,
    ) -> io::Result<()> {
        writeln!(
            out,
            "\n{}",
            t!(
                "assess-pay-title",
                schedule = &schedule.meta.title,
                file = &*schedule.file,
                first = effect.first.to_string(),
                last = effect.last.to_string()
            )
        )?;
        writeln!(
            out,
            "{}",
            t!("assess-pay-legend", first = effect.first.to_string())
        )?;
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        table.set_header(vec![
            t!("assess-pay-col-grade"),
            String::new(),
            t!("assess-pay-col-headcount"),
            t!("assess-pay-col-monthly"),
            t!("assess-pay-col-one-off"),
            t!("assess-pay-col-annual"),
        ]);
        let row = |grade: &str, what: &str, c: &Cost| {
            vec![
                grade.to_string(),
                t(what),
                c.headcount.to_string(),
                c.monthly.grouped(),
                c.one_off.grouped(),
                c.annual.grouped(),
            ]
        };
        let total = t!("assess-pay-total");
        for (g, cost) in effect.grades.iter().enumerate() {
            if cost.promoted.headcount > 0 {
                table.add_row(row(self.grade(g), "assess-pay-promoted", &cost.promoted));
            }
        }
        table.add_row(row(&total, "assess-pay-promoted", &effect.promotions));
        for (g, cost) in effect.grades.iter().enumerate() {
            if cost.demoted.headcount > 0 {
                table.add_row(row(self.grade(g), "assess-pay-demoted", &cost.demoted));
            }
        }
        if effect.demotions.headcount > 0 {
            table.add_row(row(&total, "assess-pay-demoted", &effect.demotions));
        }
        if effect.others.headcount > 0 {
            table.add_row(row(
                &t!("assess-pay-others-row"),
                "assess-pay-others",
                &effect.others,
            ));
        }
        table.add_row(row(
            &t!("assess-pay-bill-row"),
            "assess-pay-bill",
            &effect.total,
        ));
        for i in 2..6 {
            if let Some(col) = table.column_mut(i) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        writeln!(out, "{table}")?;
        if effect.others.headcount > 0 {
            writeln!(out, "{}", t!("assess-pay-others-note"))?;
        }
        Ok(())
    }
}
