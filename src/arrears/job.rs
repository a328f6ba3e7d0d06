//! `ArrearsJob`: arrears' pipeline job. A chunk holds whole enterprises: the
//! driving roster's rows, and the rows the reader attached from each month's
//! own roster and each month's payroll. On a worker thread every month of
//! each enterprise is reckoned, its workers and the enterprise totalled; the
//! chunk's rows and totals come out per month, in that month's roster order,
//! so the writer can put them in place with no worker held past its chunk.

use std::collections::HashMap;
use std::ops::Range;

use csv::StringRecord;

pub use crate::arrears::month_plan::{MonthPaid, MonthPlan, MonthRoster};
pub use crate::arrears::scratch::ArrearsScratch;
use crate::arrears::scratch::Held;
use crate::arrears::{month_rows, paid_amount, record, MonthGross, PaidBy};
pub use crate::arrears::{ArrearsChunk, ArrearsError, Enterprise, MonthOut};
use crate::audit::{Paid, PayrollColumns};
use crate::pay::{MonthReadings, PayEngine};
use crate::pipeline::{Job, Parser, Rows, CHUNK_ROWS};
use crate::roster::{RosterErrors, Worker};
use crate::{Money, Schedule};

/// The job: every month of every enterprise.
#[derive(Debug)]
pub struct ArrearsJob<'a> {
    /// The new schedule (the pipeline's first) and the previous one (its second).
    pub new: &'a Schedule,
    /// The previous schedule, with `--previous`.
    pub old: Option<&'a Schedule>,
    /// The months, in order.
    pub months: Vec<MonthPlan<'a>>,
    /// How many month rosters are attached.
    pub rosters: usize,
    /// Each attached payroll's bound header.
    pub payrolls: Vec<PayrollColumns>,
    /// Whether the driving roster serves more than one month (its monthly
    /// figures then count in each: the command says so).
    pub shared: bool,
    /// Per schedule (new, previous), each month's table as
    /// [`MonthReadings::tables`] gives it: [`ArrearsJob::tables`].
    pub tables: [Vec<u32>; 2],
}

impl Job for ArrearsJob<'_> {
    type Out = ArrearsChunk;
    type Scratch = ArrearsScratch;
    type Error = ArrearsError;

    fn output(&self) -> ArrearsChunk {
        ArrearsChunk {
            rosters: (0..self.rosters).map(|_| Rows::new()).collect(),
            payrolls: self.payrolls.iter().map(|_| (Vec::new(), 0)).collect(),
            enterprises: Vec::new(),
            orders: vec![Vec::new(); self.rosters],
            months: self.months.iter().map(|_| MonthOut::default()).collect(),
            total: Default::default(),
            enterprise_count: 0,
            monthly: 0,
            errors: RosterErrors::default(),
        }
    }

    fn reset(&self, out: &mut ArrearsChunk) {
        out.clear();
    }

    fn process(
        &self,
        rows: &Rows,
        out: &mut ArrearsChunk,
        scratch: &mut ArrearsScratch,
    ) -> Result<(), ArrearsError> {
        self.reckon(Some(rows), out, scratch)
    }
}

/// The paid figures of a month without any.
static EMPTY: std::sync::LazyLock<HashMap<String, Money>> = std::sync::LazyLock::new(HashMap::new);

/// Whether a roster row gives figures that belong to one month: leave days,
/// overtime hours, days worked or piece quantities.
pub fn has_monthly_figures(w: &Worker) -> bool {
    w.days_worked.is_some()
        || w.leave_days.iter().any(|d| !d.is_zero())
        || w.overtime_hours.iter().any(|h| !h.is_zero())
        || w.pieces.iter().any(|q| !q.is_zero())
}

/// `rows[range]` parsed against `schedule` (the `index`th of the
/// pipeline's), every problem to `errors`.
fn parse<'p>(
    parser: &'p mut Parser,
    rows: &Rows,
    range: Range<usize>,
    index: usize,
    schedule: &Schedule,
    errors: &mut RosterErrors,
) -> &'p [Worker] {
    let Some(file) = rows.file() else {
        return &[];
    };
    match file.columns(index, schedule) {
        Ok(columns) => parser.parse(rows, range, columns, schedule, errors),
        Err(bad) => {
            if errors.is_empty() {
                errors.append(&mut bad.clone());
            }
            &[]
        }
    }
}

impl<'a> ArrearsJob<'a> {
    /// Each schedule's month tables ([`ArrearsJob::tables`]'s field).
    pub fn tables(months: &[MonthPlan<'a>]) -> [Vec<u32>; 2] {
        let new: Vec<&PayEngine> = months.iter().map(|m| &m.engine).collect();
        let old: Option<Vec<&PayEngine>> = months.iter().map(|m| m.old.as_ref()).collect();
        [
            MonthReadings::tables(&new),
            old.map_or_else(Vec::new, |old| MonthReadings::tables(&old)),
        ]
    }

    /// Whether month `plan` is paid what the previous schedule gives.
    fn paid_by_previous(&self, plan: &MonthPlan<'_>) -> bool {
        matches!(plan.paid, MonthPaid::Schedule) && plan.old.is_some() && self.old.is_some()
    }

    /// Prices the driving roster's workers in every month they serve, each
    /// only in the months whose pay can differ; false when that cannot be
    /// done (then each month is priced when it comes).
    fn price_alike(
        &self,
        new_w: &[Worker],
        old_w: Option<&[Worker]>,
        priced: &mut [MonthGross; 2],
    ) -> bool {
        let driving: Vec<bool> = (self.months.iter())
            .map(|p| p.roster == MonthRoster::Driving)
            .collect();
        let engines: Vec<&PayEngine> = self.months.iter().map(|m| &m.engine).collect();
        let [new_p, old_p] = priced;
        if !new_p.price_alike(&engines, &self.tables[0], &driving, new_w) {
            return false;
        }
        let wanted: Vec<bool> = (self.months.iter().zip(&driving))
            .map(|(p, &d)| d && self.paid_by_previous(p))
            .collect();
        match (old_w, wanted.contains(&true)) {
            (Some(old_w), true) => {
                let olds: Option<Vec<&PayEngine>> =
                    self.months.iter().map(|m| m.old.as_ref()).collect();
                olds.is_some_and(|olds| old_p.price_alike(&olds, &self.tables[1], &wanted, old_w))
            }
            _ => true,
        }
    }

    /// Reckons every enterprise of the chunk (`driving`: the driving roster's
    /// rows; none for enterprises only month rosters have). Months read from
    /// the driving roster take their rows and totals straight into the
    /// chunk's share; the others are held and put in their roster's order.
    pub fn reckon(
        &self,
        driving: Option<&Rows>,
        out: &mut ArrearsChunk,
        scratch: &mut ArrearsScratch,
    ) -> Result<(), ArrearsError> {
        let months = self.months.len();
        let ArrearsScratch {
            driving: [drive_new, drive_old],
            month: [month_new, month_old],
            tally,
            priced,
            own,
            held,
            rows: month_out,
        } = scratch;
        held.resize_with(months, Held::default);
        for h in held.iter_mut() {
            h.clear();
        }
        for ent in &out.enterprises {
            // The driving roster's rows, read once against each schedule.
            let (mut new_d, mut old_d): (&[Worker], Option<&[Worker]>) = (&[], None);
            if let (Some(rows), Some(range)) = (driving, ent.driving.clone()) {
                new_d = parse(drive_new, rows, range.clone(), 0, self.new, &mut out.errors);
                old_d = self
                    .old
                    .map(|old| parse(drive_old, rows, range, 1, old, &mut out.errors));
                if self.shared {
                    out.monthly += new_d.iter().filter(|w| has_monthly_figures(w)).count() as u64;
                }
            }
            // Decided at the first month read from the driving roster.
            let mut alike: Option<bool> = None;
            let begin: Vec<[usize; 3]> = (held.iter())
                .map(|h| {
                    [
                        h.out.rows.len(),
                        h.out.workers.len(),
                        h.out.enterprises.len(),
                    ]
                })
                .collect();
            tally.clear();
            for (i, plan) in self.months.iter().enumerate() {
                if !out.errors.is_empty() {
                    // Keep reading to report every problem, but reckon nothing more.
                    break;
                }
                let by_previous = self.paid_by_previous(plan);
                let (new_w, old_w, new_p, old_p) = match plan.roster {
                    MonthRoster::Driving => {
                        if new_d.is_empty() || !out.errors.is_empty() {
                            continue;
                        }
                        if alike.is_none() {
                            for p in priced.iter_mut() {
                                p.start(months, new_d.len());
                            }
                            alike = Some(self.price_alike(new_d, old_d, priced));
                            if alike == Some(false) {
                                for p in priced.iter_mut() {
                                    p.start(months, new_d.len());
                                }
                            }
                        }
                        if alike == Some(false) {
                            let [new_p, old_p] = &mut *priced;
                            new_p.price_month(&plan.engine, new_d, i)?;
                            if let (Some(old), Some(rows), true) = (&plan.old, old_d, by_previous) {
                                old_p.price_month(old, rows, i)?;
                            }
                        }
                        (new_d, old_d, &priced[0], &priced[1])
                    }
                    MonthRoster::Own(k) => {
                        let Some(range) = &ent.rosters[k] else {
                            continue;
                        };
                        let rows = &out.rosters[k];
                        let new_w =
                            parse(month_new, rows, range.clone(), 0, self.new, &mut out.errors);
                        let old_w = self.old.map(|old| {
                            parse(month_old, rows, range.clone(), 1, old, &mut out.errors)
                        });
                        if new_w.is_empty() || !out.errors.is_empty() {
                            continue;
                        }
                        let [new_p, old_p] = &mut *own;
                        new_p.start(months, new_w.len());
                        new_p.price_month(&plan.engine, new_w, i)?;
                        if let (Some(old), Some(rows), true) = (&plan.old, old_w, by_previous) {
                            old_p.start(months, rows.len());
                            old_p.price_month(old, rows, i)?;
                        }
                        (new_w, old_w, &own[0], &own[1])
                    }
                };
                let joined: HashMap<String, Money>;
                let held_paid: &HashMap<String, Money> = match &plan.paid {
                    MonthPaid::Held(paid) => paid,
                    MonthPaid::Joined(p) => {
                        joined = self.joined_paid(*p, &out.payrolls[*p].0, ent, &mut out.errors);
                        &joined
                    }
                    MonthPaid::Schedule => &EMPTY,
                };
                let lookup = |w: &Worker| {
                    held_paid
                        .get(&w.employee_id)
                        .copied()
                        .unwrap_or(Money::ZERO)
                };
                let paid = match (&plan.paid, &plan.old, old_w) {
                    (MonthPaid::Schedule, Some(_), Some(_)) => PaidBy::Previous(old_p),
                    (MonthPaid::Schedule, _, _) => PaidBy::Unpaid,
                    _ => PaidBy::Payroll(&lookup),
                };
                let share = match plan.roster {
                    MonthRoster::Driving => &mut out.months[i],
                    MonthRoster::Own(_) => &mut held[i].out,
                };
                month_out.clear();
                month_rows(plan.engine.period(), i, new_w, new_p, paid, month_out);
                for row in month_out.iter() {
                    tally.add(i, row);
                    record::put_row(&mut share.rows, row);
                }
                share.row_count += month_out.len() as u64;
                crate::pipeline::let_go_of_large(month_out, crate::pipeline::CHUNK_ROWS);
            }
            // The totals, each in the share of the month it first appeared in.
            out.total.entitled += tally.total.entitled;
            out.total.paid += tally.total.paid;
            out.total.owed += tally.total.owed;
            out.total.months += u32::try_from(tally.workers.len()).unwrap_or(u32::MAX);
            out.enterprise_count += tally.enterprises.len() as u64;
            for (m, t) in &tally.workers {
                let share = match self.months[*m].roster {
                    MonthRoster::Driving => &mut out.months[*m],
                    MonthRoster::Own(_) => &mut held[*m].out,
                };
                record::put_total(&mut share.workers, t);
            }
            for (m, t) in &tally.enterprises {
                let share = match self.months[*m].roster {
                    MonthRoster::Driving => &mut out.months[*m],
                    MonthRoster::Own(_) => &mut held[*m].out,
                };
                record::put_total(&mut share.enterprises, t);
            }
            for (h, b) in held.iter_mut().zip(&begin) {
                let (rows, workers, own) = (&h.out.rows, &h.out.workers, &h.out.enterprises);
                h.at.push([b[0]..rows.len(), b[1]..workers.len(), b[2]..own.len()]);
            }
            if ent.driving.as_ref().map_or(0, Range::len) > 2 * CHUNK_ROWS {
                // One very large enterprise's workers are not kept for the rest.
                *drive_new = Parser::default();
                *drive_old = Parser::default();
            }
        }
        if !out.errors.is_empty() {
            return Ok(());
        }
        // The held months' shares, in their rosters' order.
        for (i, plan) in self.months.iter().enumerate() {
            if let MonthRoster::Own(k) = plan.roster {
                held[i].put_in(&out.orders[k], &mut out.months[i]);
            }
        }
        Ok(())
    }

    /// What the `p`th payroll's rows of `ent` say each worker was paid.
    fn joined_paid(
        &self,
        p: usize,
        records: &[StringRecord],
        ent: &Enterprise,
        errors: &mut RosterErrors,
    ) -> HashMap<String, Money> {
        let columns = &self.payrolls[p];
        let paid: Vec<Paid> = columns.paid();
        let mut by_id = HashMap::new();
        for record in &records[ent.payrolls[p].clone()] {
            if let Some(row) = columns.parse(record, errors) {
                *by_id.entry(row.employee_id.clone()).or_insert(Money::ZERO) +=
                    paid_amount(&paid, &row);
            }
        }
        by_id
    }
}
