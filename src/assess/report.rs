//! `AssessmentReport`: the assessment's results for the command line: text for
//! the committee (every worker's decision and reason, the promotions and
//! demotions, the quotas and the pay effect), CSV and JSON for machines, and
//! the CSV's rows as an .xlsx workbook (Chinese headers and reasons, scores and
//! amounts as numbers, the pay effect totalled).

use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};

use crate::assess::{
    Assessment, AssessmentRules, Change, Cost, Evidence, Lang, PayEffect, RosterTable, ScoreSheet,
};
use crate::io::cell::neutralise;
use crate::io::{csv_to_xlsx_totalled, Column, Kind};
use crate::Schedule;

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
        writeln!(out, "\nResults")?;
        self.write_results(&mut out)?;
        for (title, change) in [
            ("Promotions", Change::Promoted),
            ("Demotions", Change::Demoted),
        ] {
            let count = self.count(change);
            self.write_list_title(&mut out, title, count)?;
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
    /// whom `scored` have scores.
    pub fn write_text_head(
        &self,
        out: &mut dyn Write,
        workers: usize,
        scored: usize,
    ) -> io::Result<()> {
        let r = self.rules;
        let m = &r.meta;
        let cycle = m
            .cycle
            .as_deref()
            .map(|c| format!(", cycle {c}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{} — {}, assessed {}{cycle}",
            m.title,
            m.committee,
            m.date.format("%Y-%m-%d")
        )?;
        writeln!(
            out,
            "rules {}; roster {} ({} workers); scores {} ({} scored)",
            r.file, self.roster.file, workers, self.scores.file, scored
        )?;
        let (low, high) = r.total_range();
        writeln!(out, "total = {} (total {low} to {high})", r.formula())?;
        for g in 1..r.grades.len() {
            let req = r
                .requirements(g, Lang::English)
                .unwrap_or_else(|| "not decided by this assessment".into());
            writeln!(out, "  {}: {req}", self.grade(g))?;
        }
        writeln!(
            out,
            "promotion: at most {} grade{} per cycle, to step {}",
            r.promotion.max_grades,
            if r.promotion.max_grades == 1 { "" } else { "s" },
            r.promotion.step
        )?;
        for e in &r.exceptional {
            let when: Vec<String> = e.when.iter().map(ToString::to_string).collect();
            let waive: Vec<&str> = e.waive.iter().map(|w| w.name()).collect();
            writeln!(
                out,
                "exceptional: {} — when {}: up to {} grades{}",
                e.name,
                when.join(" and "),
                e.max_grades,
                if waive.is_empty() {
                    String::new()
                } else {
                    format!(", waiving {}", waive.join(", "))
                }
            )?;
        }
        if let Some(d) = r.demotion {
            writeln!(
                out,
                "demotion: total below {} goes one grade down, to step {}",
                d.below, d.step
            )?;
        }
        for q in &r.quotas {
            writeln!(
                out,
                "quota: {} — at most {} at or above {}, {}",
                q.name,
                q.limit_text(),
                self.grade(q.grade),
                AssessmentRules::quota_scope(q.per, Lang::English)
            )?;
        }
        writeln!(
            out,
            "ranking for quotas: {}",
            r.ranking_text(self.evidence, Lang::English)
        )?;
        Ok(())
    }

    /// The text report's line and reason of every decision, in order.
    pub fn write_results(&self, out: &mut dyn Write) -> io::Result<()> {
        let r = self.rules;
        for d in &self.assessment.decisions {
            let c = &self.roster.candidates[d.candidate];
            let grades = if d.assessed == d.current {
                self.grade(d.current).to_string()
            } else {
                format!("{} -> {}", self.grade(d.current), self.grade(d.assessed))
            };
            let total = d.total.map(|t| format!("  total {t}")).unwrap_or_default();
            let enterprise = if c.enterprise_id.is_empty() {
                String::new()
            } else {
                format!(" ({})", c.enterprise_id)
            };
            writeln!(
                out,
                "  {} {}{enterprise}  {grades}  {}{total}",
                c.employee_id,
                c.name,
                d.change().name()
            )?;
            writeln!(out, "      {}", d.reason(r, Lang::English))?;
        }
        Ok(())
    }

    /// The title of the list of promotions or demotions, of `count` workers.
    pub fn write_list_title(
        &self,
        out: &mut dyn Write,
        title: &str,
        count: usize,
    ) -> io::Result<()> {
        writeln!(out, "\n{title} ({count})")
    }

    /// The lines of the decisions that make `change` (promotions or
    /// demotions), in order.
    pub fn write_changes(&self, out: &mut dyn Write, change: Change) -> io::Result<()> {
        {
            let list = self
                .assessment
                .decisions
                .iter()
                .filter(|d| d.change() == change);
            for d in list {
                let c = &self.roster.candidates[d.candidate];
                let step = d.step.map(|s| format!(" step {s}")).unwrap_or_default();
                let exceptional = match d.promotion() {
                    Some(a) if a.by_exception => " (exceptional)",
                    _ => "",
                };
                writeln!(
                    out,
                    "  {} {}  {} -> {}{step}  total {}{exceptional}",
                    c.employee_id,
                    c.name,
                    self.grade(d.current),
                    self.grade(d.assessed),
                    d.total.unwrap_or_default()
                )?;
            }
        }
        Ok(())
    }

    /// The title of the list of workers quotas held back, of `count`.
    pub fn write_held_title(&self, out: &mut dyn Write, count: usize) -> io::Result<()> {
        writeln!(out, "\nHeld back by quotas ({count})")
    }

    /// The lines of the workers a quota held back, in order.
    pub fn write_held(&self, out: &mut dyn Write) -> io::Result<()> {
        let held = self
            .assessment
            .decisions
            .iter()
            .filter(|d| d.quotas.iter().any(|q| !q.admitted));
        {
            for d in held {
                let c = &self.roster.candidates[d.candidate];
                let wanted = d.qualified.last().map_or(d.current, |a| a.grade);
                writeln!(
                    out,
                    "  {} {}  qualified for {}, assessed {}  total {}",
                    c.employee_id,
                    c.name,
                    self.grade(wanted),
                    self.grade(d.assessed),
                    d.total.unwrap_or_default()
                )?;
            }
        }
        Ok(())
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
            "\nPay effect under {} ({}), {} to {}",
            schedule.meta.title, schedule.file, effect.first, effect.last
        )?;
        writeln!(
            out,
            "monthly: recurring change in {}; one-off: one-off awards over the year; annual: the whole change over the 12 months"
        , effect.first)?;
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        table.set_header(vec![
            "能级",
            "",
            "人数",
            "月增加 monthly",
            "一次性 one-off",
            "年增加 annual",
        ]);
        let row = |grade: &str, what: &str, c: &Cost| {
            vec![
                grade.to_string(),
                what.to_string(),
                c.headcount.to_string(),
                c.monthly.grouped(),
                c.one_off.grouped(),
                c.annual.grouped(),
            ]
        };
        for (g, cost) in effect.grades.iter().enumerate() {
            if cost.promoted.headcount > 0 {
                table.add_row(row(self.grade(g), "晋升 promoted", &cost.promoted));
            }
        }
        table.add_row(row("合计", "晋升 promoted", &effect.promotions));
        for (g, cost) in effect.grades.iter().enumerate() {
            if cost.demoted.headcount > 0 {
                table.add_row(row(self.grade(g), "降级 demoted", &cost.demoted));
            }
        }
        if effect.demotions.headcount > 0 {
            table.add_row(row("合计", "降级 demoted", &effect.demotions));
        }
        if effect.others.headcount > 0 {
            table.add_row(row("其他职工", "others", &effect.others));
        }
        table.add_row(row("工资总额", "wage bill", &effect.total));
        for i in 2..6 {
            if let Some(col) = table.column_mut(i) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        writeln!(out, "{table}")?;
        if effect.others.headcount > 0 {
            writeln!(
                out,
                "others: workers whose grade is unchanged but whose pay changes (a pool shared by grade weights)"
            )?;
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
