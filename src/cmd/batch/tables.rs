//! batch's tables beside the pay sheet: rejected rows, figures by grade and by
//! region, and the manifest that names every input and hashes every output.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;

use super::Args;
use crate::batch::{BatchReport, Registry};
use crate::check::Severity;
use crate::cmd::check::names_a_file;
use crate::cmd::io::Output;
use crate::io::cell::csv_text;
use crate::{Money, Period, Rounding, Schedule};
use rust_decimal::Decimal;

pub(super) fn write_rejected(out: &mut impl Write, report: &BatchReport) -> io::Result<()> {
    writeln!(out, "file,line,column,field,problem")?;
    let mut line = String::new();
    for e in &report.rejected.errors {
        line.clear();
        csv_text(&mut line, &e.location.file);
        line.push_str(&format!(
            ",{},{},",
            e.location.line,
            e.location.column.map(|c| c.to_string()).unwrap_or_default()
        ));
        csv_text(&mut line, e.location.field.as_deref().unwrap_or(""));
        line.push(',');
        csv_text(&mut line, &format!("{}{}", e.message, e.hint));
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn stats_row(
    out: &mut impl Write,
    key: &[&str],
    s: &crate::batch::PayStats,
    schedule: &Schedule,
) -> io::Result<()> {
    let show = |m: Option<Money>| m.map(|m| m.to_string()).unwrap_or_default();
    let mut line = String::new();
    for k in key {
        csv_text(&mut line, k);
        line.push(',');
    }
    writeln!(
        out,
        "{line}{},{},{},{},{},{}",
        s.headcount,
        s.gross,
        show(s.average(schedule.rounding)),
        show(s.minimum),
        show(s.maximum),
        s.below_minimum
    )
}

/// Pay distribution by grade (per schedule, in ladder order).
pub(super) fn write_grades(
    out: &mut impl Write,
    report: &BatchReport,
    schedules: &[Schedule],
) -> io::Result<()> {
    writeln!(
        out,
        "schedule,grade,headcount,wage_bill,average,minimum,maximum,below_minimum"
    )?;
    for (schedule, grades) in schedules.iter().zip(&report.by_grade) {
        for (grade, s) in schedule.grades.iter().zip(grades) {
            stats_row(out, &[&schedule.meta.title, &grade.name], s, schedule)?;
        }
    }
    Ok(())
}

/// Pay distribution by region code.
pub(super) fn write_regions(
    out: &mut impl Write,
    report: &BatchReport,
    schedule: &Schedule,
) -> io::Result<()> {
    writeln!(
        out,
        "region,headcount,wage_bill,average,minimum,maximum,below_minimum"
    )?;
    for (region, s) in &report.by_region {
        stats_row(out, &[region], s, schedule)?;
    }
    Ok(())
}

/// What was run on what: inputs named as given with their BLAKE3 hashes,
/// schedules, version, counts, and every output (documents included) with its
/// hash, so a run can be verified elsewhere. No timestamps, so a re-run with the
/// same inputs writes the same bytes.
#[allow(clippy::too_many_arguments)]
pub(super) fn write_manifest(
    out: &mut Output,
    files: &[PathBuf],
    hashes: &[String],
    schedules: &[String],
    args: &Args,
    period: Period,
    report: &BatchReport,
    outputs: Vec<serde_json::Value>,
) -> Result<()> {
    let inputs: Vec<_> = files
        .iter()
        .zip(hashes)
        .map(|(f, h)| serde_json::json!({"file": f.display().to_string(), "blake3": h}))
        .collect();
    let hash_of = |p: &str| {
        std::fs::read(p)
            .map(|b| blake3::hash(&b).to_hex().to_string())
            .unwrap_or_default()
    };
    let schedules: Vec<_> = schedules
        .iter()
        .map(|s| serde_json::json!({"file": s, "blake3": hash_of(s)}))
        .collect();
    let registry = args.registry.as_ref().map(|r| {
        let name = r.display().to_string();
        serde_json::json!({"file": name, "blake3": hash_of(&name)})
    });
    // A built-in set is pinned by the nengji version; a file by its hash.
    let standards: Vec<_> = args
        .standards
        .iter()
        .map(|s| {
            if names_a_file(s) {
                serde_json::json!({"file": s, "blake3": hash_of(s)})
            } else {
                serde_json::json!({"builtin": s})
            }
        })
        .collect();
    let manifest = serde_json::json!({
        "nengji": env!("CARGO_PKG_VERSION"),
        "period": period.to_string(),
        "inputs": inputs,
        "registry": registry,
        "schedules": schedules,
        "counts": {
            "rows": report.rows,
            "enterprises": report.enterprises,
            "workers": report.workers,
            "rejected_rows": report.rejected.total,
            "wage_bill": report.total.gross,
        },
        "standards": standards,
        "outputs": outputs,
    });
    serde_json::to_writer_pretty(&mut *out, &manifest)?;
    writeln!(out)?;
    Ok(())
}

/// Coverage, compliance and the headline figures of the region.
pub(super) fn regional_summary(
    report: &BatchReport,
    registry: &Registry,
    checked: bool,
    period: Period,
) -> serde_json::Value {
    let rate = |part: u64, whole: u64| {
        (whole > 0).then(|| {
            let percent = Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(whole);
            format!("{}%", Rounding::default().apply(percent))
        })
    };
    let contract_errors: u64 = report
        .contracts
        .iter()
        .map(|r| r.count(Severity::Error) as u64)
        .sum();
    let contract_warnings: u64 = report
        .contracts
        .iter()
        .map(|r| r.count(Severity::Warning) as u64)
        .sum();
    serde_json::json!({
        "period": period.to_string(),
        "rows": report.rows,
        "rejected_rows": report.rejected.total,
        "enterprises": report.enterprises,
        "workers": report.workers,
        "wage_bill": report.total.gross,
        "average": report.total.average(Rounding::default()),
        "coverage": {
            "registry_enterprises": registry.enterprises.len(),
            "registry_enterprises_in_rosters": report.registered,
            "share": rate(report.registered, registry.enterprises.len() as u64),
        },
        "compliance": if checked {
            serde_json::json!({
                "compliant_enterprises": report.compliant,
                "rate": rate(report.compliant, report.enterprises),
                "workers_below_minimum": report.total.below_minimum,
                "errors": report.errors + contract_errors,
                "warnings": report.warnings + contract_warnings,
            })
        } else {
            serde_json::Value::Null
        },
    })
}
