//! Writes a [`Report`] as text for a person (grouped by rule, worst first, with a
//! one-line summary), or as JSON and CSV for machines.

use std::io::{self, Write};

use serde::Serialize;

use crate::check::{Finding, FindingGroups, Report, Severity, Subject};
use crate::io::cell::neutralise;
use crate::io::{csv_to_xlsx_totalled, Column, FileFormat, Kind};
use crate::t;

/// The output format of `check` and `audit`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// A report for people, findings grouped by rule, with remedies.
    #[default]
    Text,
    /// One JSON document: the report's head, its findings and notes.
    Json,
    /// One row a finding, machine-readable column ids.
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
    let mut groups = FindingGroups::new(format);
    for f in &report.findings {
        groups.push(f)?;
    }
    write_grouped(report, &mut groups, out)
}

/// Writes a report whose findings are in `groups` (the report's own list is
/// not read): the groups in their order, each headed by its count.
pub fn write_grouped(
    report: &Report,
    groups: &mut FindingGroups,
    out: &mut dyn Write,
) -> io::Result<()> {
    match groups.format() {
        ReportFormat::Text => write_text(report, groups, out),
        ReportFormat::Json => write_json(report, groups, out),
        ReportFormat::Csv => write_csv(groups, out),
        ReportFormat::Xlsx => {
            // The findings are CSV rows in the groups; the workbook is made from them.
            let mut csv = Vec::new();
            write_csv(groups, &mut csv)?;
            // The shortfalls (差额) add up to what is owed: a 合计 row sums them.
            let (bytes, _) = csv_to_xlsx_totalled(csv.as_slice(), "检查结果", |_| {
                (xlsx_columns(), vec![11])
            })
            .map_err(io::Error::other)?;
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
    summary_of(
        report,
        report.count(Severity::Error),
        report.count(Severity::Warning),
    )
}

/// The one-line summary with the counts given (of findings held elsewhere).
pub fn summary_of(report: &Report, errors: usize, warnings: usize) -> String {
    let mut line = t!(
        "report-summary",
        command = report.command,
        errors = errors,
        warnings = warnings
    );
    if let Some(total) = report.total_owed {
        line.push_str(&t!("report-summary-owed", total = total.grouped()));
    }
    line
}

fn write_text(report: &Report, groups: &mut FindingGroups, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "report-header",
            command = report.command,
            schedule = &report.schedule,
            file = &report.schedule_file
        )
    )?;
    write!(out, "{}", t!("report-period", period = &report.period))?;
    if !report.contract_periods.is_empty() {
        let periods = report.contract_periods.join(", ");
        write!(out, "{}", t!("report-contract-periods", periods = periods))?;
    }
    writeln!(out)?;
    if !report.standards.is_empty() {
        let standards = report.standards.join(", ");
        writeln!(out, "{}", t!("report-standards", standards = standards))?;
    }
    for table in &report.tables_in_force {
        writeln!(out, "{}", table.text)?;
    }
    for g in groups.groups_mut() {
        writeln!(out)?;
        let heading = t!(
            "report-group",
            severity = g.severity.name(),
            rule = g.rule,
            count = g.count
        );
        writeln!(out, "{heading}")?;
        g.bytes.copy_to(0, out)?;
    }
    if !report.owed.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t!("report-owed-heading"))?;
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
                "  {:<width$}  {:>4} {:<7}  {:>14}",
                o.enterprise_id,
                o.workers,
                t!("report-owed-workers", count = o.workers),
                o.amount.grouped()
            )?;
        }
        if let Some(total) = report.total_owed {
            writeln!(
                out,
                "  {:<width$}  {:>4}          {:>14}",
                t!("report-owed-total"),
                "",
                total.grouped()
            )?;
        }
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t!("report-not-checked"))?;
        for n in &report.notes {
            writeln!(out, "  - {n}")?;
        }
    }
    writeln!(out)?;
    let (errors, warnings) = groups.counts();
    writeln!(out, "{}", summary_of(report, errors, warnings))?;
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    #[serde(flatten)]
    report: &'a Report,
}

fn write_json(report: &Report, groups: &mut FindingGroups, out: &mut dyn Write) -> io::Result<()> {
    let (errors, warnings) = groups.counts();
    let meta = Report {
        findings: Vec::new(),
        ..report.clone()
    };
    let json = JsonReport {
        errors,
        warnings,
        report: &meta,
    };
    let text = serde_json::to_vec_pretty(&json)?;
    // The findings go where serde put the empty list: a key at the first level
    // of indentation, which no string value can hold (its newline is escaped).
    const EMPTY: &[u8] = b"\n  \"findings\": []";
    let at = text
        .windows(EMPTY.len())
        .position(|w| w == EMPTY)
        .filter(|_| groups.total() > 0);
    match at {
        None => out.write_all(&text)?,
        Some(at) => {
            out.write_all(&text[..at])?;
            out.write_all(b"\n  \"findings\": [\n")?;
            // Each finding starts with ",\n"; the very first one's is left out.
            let mut skip = 2;
            for g in groups.groups_mut() {
                g.bytes.copy_to(skip, out)?;
                skip = 0;
            }
            out.write_all(b"\n  ]")?;
            out.write_all(&text[at + EMPTY.len()..])?;
        }
    }
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

fn write_csv(groups: &mut FindingGroups, out: &mut dyn Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(&mut *out);
    csv.write_record(CSV_HEADER)?;
    csv.flush()?;
    drop(csv);
    for g in groups.groups_mut() {
        g.bytes.copy_to(0, out)?;
    }
    Ok(())
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
        write_row(f, csv)?;
    }
    csv.flush()
}

/// One finding as a CSV row.
pub(crate) fn write_row<W: Write>(f: &Finding, csv: &mut csv::Writer<W>) -> io::Result<()> {
    {
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
    Ok(())
}
