//! Writing a reckoning as text (for a person), CSV (one row per worker and
//! month), an .xlsx workbook (the rows and the per-worker and per-enterprise
//! totals, see [`workbook`](crate::arrears::workbook)), or JSON (rows and every total).

use std::io::Write;

use crate::arrears::workbook::workbook;
use crate::arrears::Arrears;
use crate::io::cell::csv_text;
use crate::t;

/// The formats of `nengji arrears`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ArrearsFormat {
    /// A table for people, with totals per worker and enterprise.
    #[default]
    Text,
    /// One row a worker and month; the column ids do not change with the language.
    Csv,
    /// One JSON document: the months, the rows and the totals.
    Json,
    /// An Excel workbook: the rows, the per-worker and the per-enterprise
    /// totals, with Chinese headers, numeric amounts and 合计 rows.
    Xlsx,
}

impl crate::io::FileFormat for ArrearsFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            ArrearsFormat::Text => &["txt"],
            ArrearsFormat::Csv => &["csv"],
            ArrearsFormat::Json => &["json"],
            ArrearsFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == ArrearsFormat::Xlsx
    }
}

/// The CSV header; the column ids do not change with the language.
pub const CSV_HEADER: &str = "employee_id,name,enterprise_id,period,entitled,paid,owed,source";

/// Writes the reckoning in `format` to `out`.
pub fn write(arrears: &Arrears, format: ArrearsFormat, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        ArrearsFormat::Xlsx => {
            let (bytes, _) = workbook(arrears).map_err(std::io::Error::other)?;
            out.write_all(&bytes)
        }
        ArrearsFormat::Csv => {
            writeln!(out, "{CSV_HEADER}")?;
            let mut line = String::new();
            for r in &arrears.rows {
                line.clear();
                csv_text(&mut line, &r.employee_id);
                line.push(',');
                csv_text(&mut line, &r.name);
                line.push(',');
                csv_text(&mut line, &r.enterprise_id);
                line.push_str(&format!(
                    ",{},{},{},{},{}\n",
                    r.period,
                    r.entitled,
                    r.paid,
                    r.owed,
                    r.source.name()
                ));
                out.write_all(line.as_bytes())?;
            }
            Ok(())
        }
        ArrearsFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, arrears)?;
            writeln!(out)
        }
        ArrearsFormat::Text => {
            writeln!(
                out,
                "{}",
                t!(
                    "pay-arrears-title",
                    from = arrears.from.to_string(),
                    to = arrears.to.to_string()
                )
            )?;
            writeln!(out)?;
            writeln!(out, "{}", t!("pay-arrears-columns"))?;
            for r in &arrears.rows {
                writeln!(
                    out,
                    "{:<10} {:<8} {:<12} {}  {:>12} {:>12} {:>12}  {}",
                    r.employee_id,
                    r.name,
                    r.enterprise_id,
                    r.period,
                    r.entitled.grouped(),
                    r.paid.grouped(),
                    r.owed.grouped(),
                    r.source.name()
                )?;
            }
            writeln!(out)?;
            writeln!(out, "{}", t!("pay-arrears-per-worker"))?;
            for w in &arrears.workers {
                writeln!(
                    out,
                    "{:<10} {:<8} {:<12} {:>2}  {:>12} {:>12} {:>12}",
                    w.employee_id,
                    w.name,
                    w.enterprise_id,
                    w.months,
                    w.entitled.grouped(),
                    w.paid.grouped(),
                    w.owed.grouped()
                )?;
            }
            writeln!(out)?;
            writeln!(out, "{}", t!("pay-arrears-per-enterprise"))?;
            for e in &arrears.enterprises {
                writeln!(
                    out,
                    "{:<12} {:<24} {:>12} {:>12} {:>12}",
                    e.enterprise_id,
                    e.enterprise_name,
                    e.entitled.grouped(),
                    e.paid.grouped(),
                    e.owed.grouped()
                )?;
            }
            writeln!(out)?;
            let t = &arrears.total;
            writeln!(
                out,
                "{}",
                t!(
                    "pay-arrears-total",
                    workers = u64::from(t.months),
                    rows = arrears.rows.len(),
                    entitled = t.entitled.grouped(),
                    paid = t.paid.grouped(),
                    owed = t.owed.grouped()
                )
            )
        }
    }
}
