//! Writes a [`Report`] as text for a person (grouped by rule, worst first, with a
//! one-line summary), or as JSON and CSV for machines.

use std::io::{self, Write};

use serde::Serialize;

use crate::check::{Report, Severity, Subject};
use crate::io::cell::neutralise;
use crate::io::{csv_to_xlsx, Column, FileFormat, Kind};

/// The output format of `check` and `audit`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    #[default]
    Text,
    Json,
    Csv,
    /// The CSV's rows as an Excel workbook, with Chinese headers and numeric amounts.
    Xlsx,
}

impl FileFormat for ReportFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            ReportFormat::Text => &["txt"],
            ReportFormat::Json => &["json"],
            ReportFormat::Csv => &["csv"],
            ReportFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == ReportFormat::Xlsx
    }
}

/// Writes the report in a format.
pub fn write_report(report: &Report, format: ReportFormat, out: &mut dyn Write) -> io::Result<()> {
    match format {
        ReportFormat::Text => write_text(report, out),
        ReportFormat::Json => write_json(report, out),
        ReportFormat::Csv => write_csv(report, out),
        ReportFormat::Xlsx => {
            let mut csv = Vec::new();
            write_csv(report, &mut csv)?;
            let bytes = csv_to_xlsx(&csv, "检查结果", xlsx_columns()).map_err(io::Error::other)?;
            out.write_all(&bytes)
        }
    }
}

/// The CSV's columns ([`CSV_HEADER`]) as a workbook names and types them.
fn xlsx_columns() -> Vec<Column> {
    [
        ("严重程度", Kind::Text),
        ("规则", Kind::Text),
        ("依据", Kind::Text),
        ("对象", Kind::Text),
        ("企业", Kind::Text),
        ("工号", Kind::Text),
        ("能级", Kind::Text),
        ("档次", Kind::Integer),
        ("月份", Kind::Text),
        ("问题", Kind::Text),
        ("数据", Kind::Text),
        ("差额", Kind::Money),
        ("纠正办法", Kind::Text),
    ]
    .into_iter()
    .map(|(h, k)| Column::new(h, k))
    .collect()
}

/// The one-line summary: `check: 2 errors, 1 warning`.
pub fn summary(report: &Report) -> String {
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut line = format!(
        "{}: {}, {}",
        report.command,
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    if let Some(total) = report.total_owed {
        line.push_str(&format!("; owed {}", total.grouped()));
    }
    line
}

fn write_text(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "nengji {}: {} ({})",
        report.command, report.schedule, report.schedule_file
    )?;
    write!(out, "pay period {}", report.period)?;
    if !report.contract_periods.is_empty() {
        write!(
            out,
            "; contract checked at {}",
            report.contract_periods.join(", ")
        )?;
    }
    writeln!(out)?;
    if !report.standards.is_empty() {
        writeln!(out, "standards: {}", report.standards.join(", "))?;
    }
    let mut group: Option<(Severity, &str)> = None;
    for (i, f) in report.findings.iter().enumerate() {
        if group != Some((f.severity, f.rule)) {
            group = Some((f.severity, f.rule));
            let count = report.findings[i..]
                .iter()
                .take_while(|g| g.severity == f.severity && g.rule == f.rule)
                .count();
            writeln!(out)?;
            writeln!(
                out,
                "{} {} ({count})",
                f.severity.name().to_uppercase(),
                f.rule
            )?;
        }
        write!(out, "  {}", f.subject)?;
        if let Some(p) = f.period {
            write!(out, " [{p}]")?;
        }
        writeln!(out, " · {}", f.basis)?;
        writeln!(out, "    {}", f.message)?;
        if !f.remedy.is_empty() {
            writeln!(out, "    remedy: {}", f.remedy)?;
        }
    }
    if !report.owed.is_empty() {
        writeln!(out)?;
        writeln!(out, "OWED by enterprise")?;
        let width = report
            .owed
            .iter()
            .map(|o| o.enterprise_id.chars().count())
            .max()
            .unwrap_or(0)
            .max(5);
        for o in &report.owed {
            writeln!(
                out,
                "  {:<width$}  {:>4} worker{}  {:>14}",
                o.enterprise_id,
                o.workers,
                if o.workers == 1 { " " } else { "s" },
                o.amount.grouped()
            )?;
        }
        if let Some(total) = report.total_owed {
            writeln!(
                out,
                "  {:<width$}  {:>4}          {:>14}",
                "total",
                "",
                total.grouped()
            )?;
        }
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "NOT CHECKED")?;
        for n in &report.notes {
            writeln!(out, "  - {n}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", summary(report))?;
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    #[serde(flatten)]
    report: &'a Report,
}

fn write_json(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let json = JsonReport {
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
        report,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}

/// The header of findings as CSV.
pub const CSV_HEADER: [&str; 13] = [
    "severity",
    "rule",
    "basis",
    "subject",
    "enterprise_id",
    "employee_id",
    "grade",
    "step",
    "period",
    "message",
    "figures",
    "shortfall",
    "remedy",
];

fn write_csv(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(CSV_HEADER)?;
    write_rows(report, &mut csv)
}

/// Findings as CSV rows without the header (batch writes one header for many reports).
pub fn write_csv_rows(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    write_rows(
        report,
        &mut csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(out),
    )
}

fn write_rows<W: Write>(report: &Report, csv: &mut csv::Writer<W>) -> io::Result<()> {
    for f in &report.findings {
        let (enterprise, employee, grade, step) = match &f.subject {
            Subject::Worker {
                employee_id,
                enterprise_id,
                ..
            } => (
                enterprise_id.as_str(),
                employee_id.as_str(),
                "",
                String::new(),
            ),
            Subject::Enterprise { enterprise_id } => {
                (enterprise_id.as_str(), "", "", String::new())
            }
            Subject::Step { grade, step } => ("", "", grade.as_str(), step.to_string()),
            Subject::Grade { grade } | Subject::Occupation { grade, .. } => {
                ("", "", grade.as_str(), String::new())
            }
            Subject::Contract | Subject::Region { .. } => ("", "", "", String::new()),
        };
        // Text cells are neutralised for spreadsheets; the step, period and
        // shortfall are numbers and a month, written as they are.
        csv.write_record([
            f.severity.name(),
            f.rule,
            &neutralise(&f.basis),
            &neutralise(&f.subject.to_string()),
            &neutralise(enterprise),
            &neutralise(employee),
            &neutralise(grade),
            &step,
            &f.period.map(|p| p.to_string()).unwrap_or_default(),
            &neutralise(&f.message),
            &neutralise(&f.figures.to_string()),
            &f.shortfall.map(|m| m.to_string()).unwrap_or_default(),
            &neutralise(&f.remedy),
        ])?;
    }
    csv.flush()
}
