//! The comparison as CSV: one row per worker per offer (a long table that filters
//! well in a spreadsheet), with pay before and after and the components that moved.

use std::io::{self, Write};

use crate::compare::{Comparison, WorkerChange};
use crate::io::cell::neutralise;
use crate::io::{csv_to_xlsx_into, Cell, Column, Kind};
use crate::Money;

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
pub fn write_xlsx<W: Write + Send>(c: &Comparison, out: W) -> io::Result<()> {
    let mut csv = Vec::new();
    write_csv(c, &mut csv)?;
    let totals: Vec<OfferTotal> = c
        .offers
        .iter()
        .filter(|o| !o.workers.is_empty())
        .map(|o| OfferTotal {
            label: o.label.clone(),
            workers: i64::try_from(o.workers.len()).unwrap_or(i64::MAX),
            before: o.workers.iter().map(|x| x.before).sum(),
            after: o.workers.iter().map(|x| x.after).sum(),
            change: o.workers.iter().map(|x| x.change).sum(),
        })
        .collect();
    csv_as_xlsx(&csv[..], &totals, out)
}

/// The comparison's CSV (read once, row by row) as a workbook written to
/// `out` as it is made, with `totals` on a sheet of their own.
pub fn csv_as_xlsx<R: io::Read, W: Write + Send>(
    csv: R,
    totals: &[OfferTotal],
    out: W,
) -> io::Result<()> {
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
    let summary = [
        ("方案", Kind::Text),
        ("人数", Kind::Integer),
        ("调整前应发", Kind::Money),
        ("调整后应发", Kind::Money),
        ("增减", Kind::Money),
    ]
    .into_iter()
    .map(|(h, k)| Column::new(h, k))
    .collect();
    csv_to_xlsx_into(
        csv,
        "方案比较",
        |_| (columns, Vec::new()),
        |book| {
            // The rows mix the offers, so their totals are per offer, on a sheet of their own.
            book.add_table("按方案汇总", summary)?;
            for o in totals {
                book.row(&[
                    Cell::Text(&o.label),
                    Cell::Integer(o.workers),
                    Cell::Money(o.before),
                    Cell::Money(o.after),
                    Cell::Money(o.change),
                ])?;
            }
            Ok(())
        },
        out,
    )
    .map_err(io::Error::other)?;
    Ok(())
}

/// One offer's rows summed: its workers' pay before and after, and the change.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct OfferTotal {
    /// The offer's label.
    pub label: String,
    /// Its rows: one a worker.
    pub workers: i64,
    /// The workers' pay under the base.
    pub before: Money,
    /// Their pay under the offer.
    pub after: Money,
    /// After less before.
    pub change: Money,
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
