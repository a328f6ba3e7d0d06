//! How arrears joins the month rosters and the month payrolls to the roster
//! the pipeline reads, by enterprise, with the cursor audit joins its payroll
//! with ([`Join`]): each chunk gets its enterprises' rows of every file, and
//! any enterprise that only month rosters have, where those rosters have it.
//! Every file must keep each enterprise's rows together and list its
//! enterprises in the same order as the others (either may have enterprises
//! the other lacks).

use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

use csv::ByteRecord;

use crate::arrears::job::{ArrearsChunk, ArrearsError, Enterprise, MonthRoster};
use crate::audit::join::{Groups, Join, JoinMessages, Place, Segment};
use crate::audit::PayrollCursor;
use crate::io::{line_of, TableOptions, TableReader};
use crate::pipeline::{Pipeline, RosterFile, Rows};
use crate::roster::{RosterError, RosterErrors};
use crate::t;

/// The messages of a month roster's join.
const ROSTER_JOIN: JoinMessages = JoinMessages {
    order: |enterprise, other, place: Place<'_>| {
        (
            t!(
                "arrears-roster-order",
                enterprise = enterprise,
                other = other,
                roster = place.roster,
                line = place.line
            ),
            t!("arrears-roster-order-hint"),
        )
    },
    changed: || t!("arrears-roster-changed"),
};

/// A month's own roster, read a second time beside the driving roster.
pub struct MonthRosterJoin<'a> {
    join: Join<'a, ByteRecord>,
    file: Arc<RosterFile>,
    enterprise_col: Option<usize>,
}

impl std::fmt::Debug for MonthRosterJoin<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MonthRosterJoin")
            .field("file", &self.file.name)
            .finish_non_exhaustive()
    }
}

impl<'a> MonthRosterJoin<'a> {
    /// The first pass over a month roster (`first`) notes its enterprises,
    /// refusing one whose rows are apart and any row that cannot be read;
    /// the second (`second`, the same file) is opened for the join.
    pub fn open(
        name: &str,
        first: Box<dyn Read + 'a>,
        second: impl FnOnce() -> std::io::Result<Box<dyn Read + 'a>>,
        table: &TableOptions,
        pipeline: &Pipeline<'_>,
    ) -> Result<MonthRosterJoin<'a>, ArrearsError> {
        let mut reader = TableReader::open(name, first, table).map_err(RosterError::from)?;
        let headers = reader.headers().clone();
        let origin = reader.origin().clone();
        let col = pipeline.enterprise_column(&headers);
        let mut groups = Groups::default();
        let mut errors = RosterErrors::default();
        reader.each_byte_record(|row| {
            let record = match row {
                Ok(record) => record,
                Err(e) => return errors.push(e.into()),
            };
            let line = line_of(record);
            let id = col.and_then(|c| record.get(c)).unwrap_or(b"").trim_ascii();
            let id = String::from_utf8_lossy(id);
            match groups.note(&id, line) {
                Ok(_) => groups.count(),
                Err(_) => errors.push(RosterError {
                    location: origin.at(line, col.map(|c| c as u64 + 1)),
                    message: t!("roster-enterprise-apart", enterprise = id.as_ref()),
                    hint: format!("; {}", t!("roster-enterprise-apart-hint")),
                }),
            }
        });
        if !errors.is_empty() {
            return Err(ArrearsError::Roster(errors));
        }
        let input = second().map_err(|e| {
            ArrearsError::roster(RosterError {
                location: origin.at(0, None),
                message: e.to_string(),
                hint: String::new(),
            })
        })?;
        let table = TableReader::open(name, input, table).map_err(RosterError::from)?;
        let file = Arc::new(RosterFile::new(
            origin,
            headers,
            pipeline.schedules.len(),
            pipeline.period,
        ));
        Ok(MonthRosterJoin {
            join: Join::new(groups, table, col, ROSTER_JOIN),
            file,
            enterprise_col: col,
        })
    }
}

/// A month's payroll and whose order it follows.
#[derive(Debug)]
pub struct PayrollJoin<'a> {
    /// The payroll's second pass.
    pub cursor: PayrollCursor<'a>,
    /// The roster of its month.
    pub follows: MonthRoster,
}

/// Every joined file of the run.
#[derive(Debug, Default)]
pub struct Joiner<'a> {
    /// The month rosters, in the order the job numbers them.
    pub rosters: Vec<MonthRosterJoin<'a>>,
    /// The joined payrolls, in the order the job numbers them.
    pub payrolls: Vec<PayrollJoin<'a>>,
    /// The chunk's enterprises by id.
    at: HashMap<String, usize>,
}

impl Joiner<'_> {
    /// True when a month roster has enterprises not read yet: the run's
    /// tail, after the driving roster's last enterprise.
    pub fn has_rest(&self) -> bool {
        self.rosters.iter().any(|r| !r.join.is_done())
    }

    /// Fills `out` with the chunk's enterprises: those of the driving
    /// roster's `rows`, or (none) the next enterprise only month rosters
    /// have; then their rows of every month roster and payroll.
    pub fn attach(
        &mut self,
        driving: Option<&Rows>,
        out: &mut ArrearsChunk,
    ) -> Result<(), ArrearsError> {
        self.at.clear();
        for (k, r) in self.rosters.iter().enumerate() {
            out.rosters[k].file = Some(Arc::clone(&r.file));
            out.rosters[k].enterprise_col = r.enterprise_col;
        }
        match driving {
            Some(rows) => {
                let name = rows
                    .file()
                    .map_or_else(|| Arc::from(""), |f| Arc::clone(&f.name));
                let mut last: Option<String> = None;
                for range in rows.enterprises() {
                    let id = String::from_utf8_lossy(rows.enterprise(range.start)).into_owned();
                    let place = Place {
                        roster: &name,
                        line: rows.line(range.start),
                    };
                    if let Some(&e) = self.at.get(&id) {
                        // A month roster had it before an enterprise the
                        // driving roster has first: the orders differ.
                        return Err(self.out_of_order(&out.enterprises[e], last.as_deref(), place));
                    }
                    let e = self.enterprise(out, &id);
                    out.enterprises[e].driving = Some(range.clone());
                    self.pull_everywhere(&id, place, out)?;
                    last = Some(id);
                }
            }
            None => {
                let Some(k) = self.rosters.iter().position(|r| !r.join.is_done()) else {
                    return Ok(());
                };
                let Some(group) = self.rosters[k].join.peek() else {
                    return Ok(());
                };
                let (id, line) = (group.id.clone(), group.line);
                let name = Arc::clone(&self.rosters[k].file.name);
                self.pull_everywhere(
                    &id,
                    Place {
                        roster: &name,
                        line,
                    },
                    out,
                )?;
            }
        }
        self.attach_payrolls(driving, out)
    }

    /// The error for a driving-roster enterprise (at `place`, after `last`)
    /// that a month roster put before `last`.
    fn out_of_order(&self, ent: &Enterprise, last: Option<&str>, place: Place<'_>) -> ArrearsError {
        let k = ent.rosters.iter().position(Option::is_some).unwrap_or(0);
        let Some(month) = self.rosters.get(k) else {
            return ArrearsError::Roster(RosterErrors::default());
        };
        let line = month
            .join
            .groups()
            .position(&ent.id)
            .map_or(0, |at| month.join.groups().get(at).line);
        let (message, hint) = (ROSTER_JOIN.order)(&ent.id, last.unwrap_or(""), place);
        ArrearsError::roster(RosterError {
            location: month
                .file
                .origin
                .at(line, month.enterprise_col.map(|c| c as u64 + 1)),
            message,
            hint,
        })
    }

    /// The chunk's index of enterprise `id`, added when new.
    fn enterprise(&mut self, out: &mut ArrearsChunk, id: &str) -> usize {
        if let Some(&e) = self.at.get(id) {
            return e;
        }
        let e = out.enterprises.len();
        out.enterprises.push(Enterprise {
            id: id.to_string(),
            driving: None,
            rosters: vec![None; self.rosters.len()],
            payrolls: vec![0..0; self.payrolls.len()],
        });
        self.at.insert(id.to_string(), e);
        e
    }

    /// Reads enterprise `id` (met at `place`) from every month roster that has it.
    fn pull_everywhere(
        &mut self,
        id: &str,
        place: Place<'_>,
        out: &mut ArrearsChunk,
    ) -> Result<(), ArrearsError> {
        for k in 0..self.rosters.len() {
            if self.rosters[k].join.groups().position(id).is_some() {
                self.pull(k, id, place, out)?;
            }
        }
        Ok(())
    }

    /// Reads month roster `k` up to and including enterprise `id`; the
    /// enterprises before it join the chunk too, with their rows of the
    /// other month rosters.
    fn pull(
        &mut self,
        k: usize,
        id: &str,
        place: Place<'_>,
        out: &mut ArrearsChunk,
    ) -> Result<(), ArrearsError> {
        if let Some(&e) = self.at.get(id) {
            if out.enterprises[e].rosters[k].is_some() {
                return Ok(());
            }
        }
        let mut before: Vec<Segment> = Vec::new();
        let rows = &mut out.rosters[k];
        let range = self.rosters[k]
            .join
            .up_to(id, place, &mut rows.records, &mut before)
            .map_err(ArrearsError::roster)?;
        let name = Arc::clone(&self.rosters[k].file.name);
        for seg in before {
            let mut start = seg.payroll.start;
            while start < seg.payroll.end {
                let rows = &out.rosters[k];
                let other = rows.enterprise(start).to_vec();
                let mut end = start + 1;
                while end < seg.payroll.end && rows.enterprise(end) == other.as_slice() {
                    end += 1;
                }
                let line = rows.line(start);
                let other = String::from_utf8_lossy(&other).into_owned();
                let e = self.enterprise(out, &other);
                out.enterprises[e].rosters[k] = Some(start..end);
                out.orders[k].push(e);
                let here = Place {
                    roster: &name,
                    line,
                };
                self.pull_everywhere(&other, here, out)?;
                start = end;
            }
        }
        if !range.is_empty() {
            let e = self.enterprise(out, id);
            out.enterprises[e].rosters[k] = Some(range);
            out.orders[k].push(e);
        }
        Ok(())
    }

    /// Each payroll's rows of the chunk's enterprises, in its month roster's order.
    fn attach_payrolls(
        &mut self,
        driving: Option<&Rows>,
        out: &mut ArrearsChunk,
    ) -> Result<(), ArrearsError> {
        let mut skipped: Vec<Segment> = Vec::new();
        for (p, payroll) in self.payrolls.iter_mut().enumerate() {
            let order: Vec<usize> = match payroll.follows {
                MonthRoster::Driving => (0..out.enterprises.len())
                    .filter(|&e| out.enterprises[e].driving.is_some())
                    .collect(),
                MonthRoster::Own(k) => out.orders[k].clone(),
            };
            let mut len = 0;
            for e in order {
                let ent = &out.enterprises[e];
                let (name, line) = match payroll.follows {
                    MonthRoster::Driving => (
                        driving.and_then(Rows::file).map_or("", |f| &f.name),
                        match (driving, &ent.driving) {
                            (Some(rows), Some(r)) => rows.line(r.start),
                            _ => 0,
                        },
                    ),
                    MonthRoster::Own(k) => (
                        &*self.rosters[k].file.name,
                        ent.rosters[k]
                            .as_ref()
                            .map_or(0, |r| out.rosters[k].line(r.start)),
                    ),
                };
                let place = Place { roster: name, line };
                skipped.clear();
                let id = ent.id.clone();
                let records = &mut out.payrolls[p].0;
                let range = payroll
                    .cursor
                    .join()
                    .up_to(&id, place, &mut (&mut *records, &mut len), &mut skipped)
                    .map_err(ArrearsError::payroll)?;
                out.enterprises[e].payrolls[p] = range;
            }
            out.payrolls[p].1 = len;
        }
        Ok(())
    }
}
