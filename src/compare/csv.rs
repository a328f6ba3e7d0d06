//! The comparison as CSV: one row per worker per offer (a long table that filters
//! well in a spreadsheet), with pay before and after and the components that moved.

use std::io::{self, Write};

use crate::compare::Comparison;
use crate::io::cell::neutralise;

/// Writes `offer,employee_id,name,enterprise_id,grade,step,before,after,change,
/// change_percent,changed_components`; components are separated by `;`.
pub fn write_csv<W: Write>(c: &Comparison, out: W) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
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
    ])?;
    for o in &c.offers {
        for x in &o.workers {
            let growth = x.growth.map(|g| g.to_string()).unwrap_or_default();
            w.write_record([
                &*neutralise(&o.label),
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
        }
    }
    w.flush()
}
