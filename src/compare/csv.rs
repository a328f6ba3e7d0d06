//! The comparison as CSV: one row per worker per offer (a long table that filters
//! well in a spreadsheet), with pay before and after and the components that moved.

use std::io::{self, Write};

use crate::compare::{Comparison, WorkerChange};
use crate::io::cell::neutralise;
use crate::io::{csv_to_xlsx, Column, Kind};

/// Writes `offer,employee_id,name,enterprise_id,grade,step,before,after,change,
/// change_percent,changed_components`; components are separated by `;`.
pub fn write_csv<W: Write>(c: &Comparison, out: W) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for o in &c.offers {
        for x in &o.workers {
            write_worker(&mut w, &o.label, x)?;
        }
    }
    w.flush()
}

/// The CSV's rows as a workbook, under Chinese headers with numeric amounts.
pub fn write_xlsx<W: Write>(c: &Comparison, out: W) -> io::Result<()> {
    let mut csv = Vec::new();
    write_csv(c, &mut csv)?;
    csv_as_xlsx(&csv, out)
}

/// The comparison's CSV as a workbook.
pub fn csv_as_xlsx<W: Write>(csv: &[u8], mut out: W) -> io::Result<()> {
    let columns = [
        ("方案", Kind::Text),
        ("工号", Kind::Text),
        ("姓名", Kind::Text),
        ("企业", Kind::Text),
        ("能级", Kind::Text),
        ("档次", Kind::Integer),
        ("调整前应发", Kind::Money),
        ("调整后应发", Kind::Money),
        ("增减", Kind::Money),
        ("增幅（%）", Kind::Decimal),
        ("变动项目", Kind::Text),
    ]
    .into_iter()
    .map(|(h, k)| Column::new(h, k))
    .collect();
    let bytes = csv_to_xlsx(csv, "方案比较", columns).map_err(io::Error::other)?;
    out.write_all(&bytes)
}

/// The header of the comparison's CSV.
pub const HEADER: [&str; 11] = [
    "offer",
    "employee_id",
    "name",
    "enterprise_id",
    "grade",
    "step",
    "before",
    "after",
    "change",
    "change_percent",
    "changed_components",
];

/// One worker's row under one offer.
pub fn write_worker<W: Write>(
    w: &mut csv::Writer<W>,
    offer: &str,
    x: &WorkerChange,
) -> io::Result<()> {
    let growth = x.growth.map(|g| g.to_string()).unwrap_or_default();
    w.write_record([
        &*neutralise(offer),
        &*neutralise(&x.employee_id),
        &*neutralise(&x.name),
        &*neutralise(&x.enterprise_id),
        &*neutralise(&x.grade),
        &x.step.to_string(),
        &x.before.to_string(),
        &x.after.to_string(),
        &x.change.to_string(),
        &growth,
        &*neutralise(&x.changed.join(";")),
    ])?;
    Ok(())
}
