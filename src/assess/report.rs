//! `AssessmentReport`: the assessment's results for the command line: text for
//! the committee (every worker's decision and reason, the promotions and
//! demotions, the quotas and the pay effect), CSV and JSON for machines, and
//! the CSV's rows as an .xlsx workbook (Chinese headers and reasons, scores and
//! amounts as numbers, the pay effect totalled).

use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};

use crate::assess::{
    Assessment, AssessmentRules, Change, Cost, Decision, Evidence, Lang, PayEffect, RosterTable,
    ScoreSheet,
};
use crate::i18n::t;
use crate::io::cell::neutralise;
use crate::io::{csv_to_xlsx_totalled, Column, Kind};
use crate::{t, Schedule};

mod json;

pub use json::JsonPart;

/// The output format of an assessment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum AssessFormat {
    /// Decisions with reasons, promotions and demotions, quotas and pay effect.
    #[default]
    Text,
    /// One row per worker.
    Csv,
    /// Everything, for machines.
    Json,
    /// The CSV's rows as an Excel workbook, with Chinese headers and reasons.
    Xlsx,
}

impl crate::io::FileFormat for AssessFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            AssessFormat::Text => &["txt"],
            AssessFormat::Csv => &["csv"],
            AssessFormat::Json => &["json"],
            AssessFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == AssessFormat::Xlsx
    }
}

/// An assessment with what it read, ready to write.
#[derive(Debug, Clone, Copy)]
pub struct AssessmentReport<'a> {
    /// The assessment rules.
    pub rules: &'a AssessmentRules,
    /// The roster assessed.
    pub roster: &'a RosterTable,
    /// The committee's scores.
    pub scores: &'a ScoreSheet,
    /// What the rules read about every worker, checked.
    pub evidence: &'a Evidence,
    /// The decisions.
    pub assessment: &'a Assessment,
    /// The pay schedule and the assessment's pay effect, when a schedule was given.
    pub pay: Option<(&'a Schedule, &'a PayEffect)>,
}

impl AssessmentReport<'_> {
    /// Writes the assessment in `format` to `out`.
    pub fn write<W: Write>(&self, format: AssessFormat, out: W) -> io::Result<()> {
        match format {
            AssessFormat::Text => self.write_text(out),
            AssessFormat::Csv => self.write_csv(out, Lang::English).map_err(io::Error::other),
            AssessFormat::Xlsx => {
                let mut csv = Vec::new();
                self.write_csv(&mut csv, Lang::Chinese)
                    .map_err(io::Error::other)?;
                let (bytes, _) = csv_to_xlsx_totalled(csv.as_slice(), "能级认定", |header| {
                    self.xlsx_columns(header.len())
                })
                .map_err(io::Error::other)?;
                let mut out = out;
                out.write_all(&bytes)
            }
            AssessFormat::Json => {
                let mut out = out;
                let (mut workers, mut promoted, mut demoted) = (Vec::new(), Vec::new(), Vec::new());
                self.json_parts([&mut workers, &mut promoted, &mut demoted])?;
                self.write_json_with(&mut out, &mut [&mut workers, &mut promoted, &mut demoted])
            }
        }
    }

    fn grade(&self, g: usize) -> &str {
        self.rules.grades.get(g).map_or("", |r| r.name.as_str())
    }

    fn write_text<W: Write>(&self, mut out: W) -> io::Result<()> {
        self.write_text_head(
            &mut out,
            self.roster.candidates.len(),
            self.scores.rows.len(),
        )?;
        self.write_results_title(&mut out)?;
        self.write_results(&mut out)?;
        for change in [Change::Promoted, Change::Demoted] {
            self.write_list_title(&mut out, change, self.count(change))?;
            self.write_changes(&mut out, change)?;
        }
        if !self.rules.quotas.is_empty() {
            self.write_held_title(&mut out, self.held_count())?;
            self.write_held(&mut out)?;
        }
        if let Some((schedule, effect)) = self.pay {
            self.write_pay_text(&mut out, schedule, effect)?;
        }
        Ok(())
    }

    /// How many decisions make `change`.
    pub fn count(&self, change: Change) -> usize {
        self.assessment
            .decisions
            .iter()
            .filter(|d| d.change() == change)
            .count()
    }

    /// How many workers a quota held back.
    pub fn held_count(&self) -> usize {
        self.assessment
            .decisions
            .iter()
            .filter(|d| d.quotas.iter().any(|q| !q.admitted))
            .count()
    }

    /// The text report's head: the rules in words, over `workers` workers of
    /// whom `scored` have scores. The text is for the person at the terminal:
    /// in their language.
    pub fn write_text_head(
        &self,
        out: &mut dyn Write,
        workers: usize,
        scored: usize,
    ) -> io::Result<()> {
        let lang = Lang::current();
        let r = self.rules;
        let m = &r.meta;
        let cycle = m
            .cycle
            .as_deref()
            .map(|c| t!("assess-head-cycle", cycle = c))
            .unwrap_or_default();
        writeln!(
            out,
            "{}",
            t!(
                "assess-head",
                title = &m.title,
                committee = &m.committee,
                date = m.date.format("%Y-%m-%d").to_string(),
                cycle = cycle
            )
        )?;
        writeln!(
            out,
            "{}",
            t!(
                "assess-inputs",
                rules = &*r.file,
                roster = &*self.roster.file,
                workers = workers,
                scores = &*self.scores.file,
                scored = scored
            )
        )?;
        let (low, high) = r.total_range();
        writeln!(
            out,
            "{}",
            t!(
                "assess-formula",
                formula = r.formula(),
                low = low.to_string(),
                high = high.to_string()
            )
        )?;
        for g in 1..r.grades.len() {
            let req = r
                .requirements(g, lang)
                .unwrap_or_else(|| t!("assess-not-assessed-grade"));
            writeln!(
                out,
                "  {}",
                t!(
                    "assess-grade-line",
                    grade = self.grade(g),
                    requirements = req
                )
            )?;
        }
        writeln!(out, "{}", r.promotion_text(lang))?;
        for e in &r.exceptional {
            writeln!(out, "{}", r.exceptional_text(e, lang))?;
        }
        if let Some(d) = r.demotion_text(lang) {
            writeln!(out, "{d}")?;
        }
        for q in &r.quotas {
            writeln!(out, "{}", r.quota_text(q, lang))?;
        }
        writeln!(
            out,
            "{}",
            t!(
                "assess-ranking",
                ranking = r.ranking_text(self.evidence, lang)
            )
        )?;
        Ok(())
    }

    /// The title of the text report's results.
    pub fn write_results_title(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "\n{}", t!("assess-results"))
    }

    /// The text report's line and reason of every decision, in order.
    pub fn write_results(&self, out: &mut dyn Write) -> io::Result<()> {
        let lang = Lang::current();
        for d in &self.assessment.decisions {
            self.write_decision(out, d, lang)?;
        }
        Ok(())
    }

    /// The title of the list of promotions or demotions, of `count` workers.
    pub fn write_list_title(
        &self,
        out: &mut dyn Write,
        change: Change,
        count: usize,
    ) -> io::Result<()> {
        let id = if change == Change::Demoted {
            "assess-demotions"
        } else {
            "assess-promotions"
        };
        writeln!(out, "\n{}", t!(id, count = count))
    }

    /// The lines of the decisions that make `change` (promotions or
    /// demotions), in order.
    pub fn write_changes(&self, out: &mut dyn Write, change: Change) -> io::Result<()> {
        let list = self
            .assessment
            .decisions
            .iter()
            .filter(|d| d.change() == change);
        for d in list {
            let c = &self.roster.candidates[d.candidate];
            let step = d
                .step
                .map(|s| t!("assess-step", step = s))
                .unwrap_or_default();
            let exceptional = match d.promotion() {
                Some(a) if a.by_exception => t!("assess-exceptional-mark"),
                _ => String::new(),
            };
            writeln!(
                out,
                "  {} {}  {} -> {}{step}  {}{exceptional}",
                c.employee_id,
                c.name,
                self.grade(d.current),
                self.grade(d.assessed),
                t!(
                    "assess-total",
                    total = d.total.unwrap_or_default().to_string()
                )
            )?;
        }
        Ok(())
    }

    /// The title of the list of workers quotas held back, of `count`.
    pub fn write_held_title(&self, out: &mut dyn Write, count: usize) -> io::Result<()> {
        writeln!(out, "\n{}", t!("assess-held-title", count = count))
    }

    /// The lines of the workers a quota held back, in order.
    pub fn write_held(&self, out: &mut dyn Write) -> io::Result<()> {
        let held = self
            .assessment
            .decisions
            .iter()
            .filter(|d| d.quotas.iter().any(|q| !q.admitted));
        for d in held {
            let c = &self.roster.candidates[d.candidate];
            let wanted = d.qualified.last().map_or(d.current, |a| a.grade);
            writeln!(
                out,
                "  {} {}  {}  {}",
                c.employee_id,
                c.name,
                t!(
                    "assess-held-line",
                    qualified = self.grade(wanted),
                    assessed = self.grade(d.assessed)
                ),
                t!(
                    "assess-total",
                    total = d.total.unwrap_or_default().to_string()
                )
            )?;
        }
        Ok(())
    }

    /// One worker's decision and its reason, two lines of the text report.
    fn write_decision(&self, out: &mut dyn Write, d: &Decision, lang: Lang) -> io::Result<()> {
        let c = &self.roster.candidates[d.candidate];
        let grades = if d.assessed == d.current {
            self.grade(d.current).to_string()
        } else {
            format!("{} -> {}", self.grade(d.current), self.grade(d.assessed))
        };
        let total = d
            .total
            .map(|t| format!("  {}", t!("assess-total", total = t.to_string())))
            .unwrap_or_default();
        let enterprise = if c.enterprise_id.is_empty() {
            String::new()
        } else {
            t!("assess-enterprise", enterprise = &c.enterprise_id)
        };
        writeln!(
            out,
            "  {} {}{enterprise}  {grades}  {}{total}",
            c.employee_id,
            c.name,
            d.change().words(lang)
        )?;
        writeln!(out, "      {}", d.reason(self.rules, lang))
    }

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

    fn write_csv<W: Write>(&self, out: W, lang: Lang) -> csv::Result<()> {
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
