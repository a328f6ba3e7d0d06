//! The comparison as CSV: one row per worker per offer (a long table that filters
//! well in a spreadsheet), with pay before and after and the components that moved.

use std::io::{self, Write};

use crate::compare::{Comparison, WorkerChange};
use crate::io::cell::neutralise;
use crate::io::{csv_to_xlsx_then, Cell, Column, Kind};
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
    let offers = offer_totals(csv)?;
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
    let (bytes, _) = csv_to_xlsx_then(
        csv,
        "方案比较",
        |_| (columns, Vec::new()),
        |book| {
            // The rows mix the offers, so their totals are per offer, on a sheet of their own.
            book.add_table("按方案汇总", summary)?;
            for o in &offers {
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
    )
    .map_err(io::Error::other)?;
    out.write_all(&bytes)
}

/// One offer's rows summed: its workers' pay before and after, and the change.
#[derive(Debug, Default)]
struct OfferTotal {
    label: String,
    workers: i64,
    before: Money,
    after: Money,
    change: Money,
}

/// The comparison CSV's rows summed per offer (column 0), in the order the
/// offers first come; amounts exactly, as `Money`.
fn offer_totals(csv: &[u8]) -> io::Result<Vec<OfferTotal>> {
    let mut reader = csv::Reader::from_reader(csv);
    let mut totals: Vec<OfferTotal> = Vec::new();
    let amount = |field: Option<&str>| -> io::Result<Money> {
        match field.filter(|f| !f.is_empty()) {
            None => Ok(Money::ZERO),
            Some(f) => f.parse().map_err(|_| io::Error::other(f.to_string())),
        }
    };
    for record in reader.records() {
        let record = record.map_err(io::Error::other)?;
        let label = record.get(0).unwrap_or_default();
        // A few offers: found by a look along them, whatever order the rows come in.
        let i = match totals.iter().position(|t| t.label == label) {
            Some(i) => i,
            None => {
                totals.push(OfferTotal {
                    label: label.to_string(),
                    ..OfferTotal::default()
                });
                totals.len() - 1
            }
        };
        if let Some(t) = totals.get_mut(i) {
            t.workers += 1;
            t.before += amount(record.get(6))?;
            t.after += amount(record.get(7))?;
            t.change += amount(record.get(8))?;
        }
    }
    Ok(totals)
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
