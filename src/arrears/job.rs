//! `ArrearsJob`: arrears' pipeline job. A chunk holds whole enterprises: the
//! driving roster's rows, and the rows the reader attached from each month's
//! own roster and each month's payroll. On a worker thread every month of
//! each enterprise is reckoned, its workers and the enterprise totalled; the
//! chunk's rows and totals come out per month, in that month's roster order,
//! so the writer can put them in place with no worker held past its chunk.

use std::collections::HashMap;
use std::ops::Range;

use csv::StringRecord;

use crate::arrears::{month_rows, paid_amount, MonthRow, PaidBy, Tally, Total};
use crate::audit::{Paid, PayrollColumns};
use crate::pay::{PayEngine, PayError};
use crate::pipeline::{Job, Parser, Rows};
use crate::roster::{RosterError, RosterErrors, Worker};
use crate::{Money, Schedule};

/// Why a streamed reckoning stopped.
#[derive(Debug, thiserror::Error)]
pub enum ArrearsError {
    /// Bad roster rows or columns, or rosters that cannot be joined: every problem found.
    #[error("{0}")]
    Roster(RosterErrors),
    /// A payroll that cannot be joined to the rosters.
    #[error("{0}")]
    Payroll(RosterErrors),
    /// Pay that cannot be computed.
    #[error(transparent)]
    Pay(#[from] PayError),
    /// What the writer failed with.
    #[error("{0}")]
    Write(#[from] std::io::Error),
}

impl ArrearsError {
    /// One roster error as the run's.
    pub fn roster(e: RosterError) -> ArrearsError {
        ArrearsError::Roster(one(e))
    }

    /// One payroll error as the run's.
    pub fn payroll(e: RosterError) -> ArrearsError {
        ArrearsError::Payroll(one(e))
    }
}

fn one(e: RosterError) -> RosterErrors {
    let mut errors = RosterErrors::default();
    errors.push(e);
    errors
}

impl From<RosterError> for ArrearsError {
    fn from(e: RosterError) -> Self {
        ArrearsError::roster(e)
    }
}

/// Where a month's workers come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthRoster {
    /// The roster the pipeline reads.
    Driving,
    /// The month's own roster: the `k`th attached.
    Own(usize),
}

/// What a month's paid figures come from.
#[derive(Debug)]
pub enum MonthPaid<'a> {
    /// No payroll: the previous schedule when given, else nothing.
    Schedule,
    /// A payroll without an enterprise column, held whole: paid by employee id.
    Held(&'a HashMap<String, Money>),
    /// A payroll joined by enterprise: the `p`th attached.
    Joined(usize),
}

/// One month of the run.
#[derive(Debug)]
pub struct MonthPlan<'a> {
    /// The new schedule's engine for the month.
    pub engine: PayEngine<'a>,
    /// The previous schedule's, with `--previous`.
    pub old: Option<PayEngine<'a>>,
    /// Whose rows the month's workers are.
    pub roster: MonthRoster,
    /// What was paid.
    pub paid: MonthPaid<'a>,
}

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
}

/// One enterprise of a chunk: its rows in each roster and payroll.
#[derive(Debug, Clone)]
pub struct Enterprise {
    /// The enterprise's id, as the rosters group it.
    pub id: String,
    /// Its rows on the driving roster.
    pub driving: Option<Range<usize>>,
    /// Its rows in each attached month roster.
    pub rosters: Vec<Option<Range<usize>>>,
    /// Its rows in each attached payroll.
    pub payrolls: Vec<Range<usize>>,
}

/// One month's share of a chunk, in the month's roster order.
#[derive(Debug, Default)]
pub struct MonthOut {
    /// The rows.
    pub rows: Vec<MonthRow>,
    /// The totals of workers first seen this month.
    pub workers: Vec<Total>,
    /// The totals of enterprises first seen this month.
    pub enterprises: Vec<Total>,
}

/// A chunk: what the reader attached, and what a worker thread made of it.
#[derive(Debug)]
pub struct ArrearsChunk {
    /// Each month roster's attached rows.
    pub rosters: Vec<Rows>,
    /// Each attached payroll's records, and how many are filled.
    pub payrolls: Vec<(Vec<StringRecord>, usize)>,
    /// The chunk's enterprises, in the order they were met.
    pub enterprises: Vec<Enterprise>,
    /// Per month roster, its enterprises (indices) in its order.
    pub orders: Vec<Vec<usize>>,
    /// Per month, the rows and totals.
    pub months: Vec<MonthOut>,
    /// The run's sums over the chunk (`months` counts workers).
    pub total: Total,
    /// The enterprises totalled.
    pub enterprise_count: u64,
    /// Driving-roster workers with figures of one month (leave, overtime...).
    pub monthly: u64,
    /// The chunk's bad rows; nothing is reckoned after the first.
    pub errors: RosterErrors,
}

impl ArrearsChunk {
    /// Empties the chunk for the next, keeping its buffers.
    pub fn clear(&mut self) {
        for rows in &mut self.rosters {
            rows.recycle();
        }
        for (_, len) in &mut self.payrolls {
            *len = 0;
        }
        self.enterprises.clear();
        for order in &mut self.orders {
            order.clear();
        }
        for month in &mut self.months {
            month.rows.clear();
            month.workers.clear();
            month.enterprises.clear();
        }
        self.total = Total::default();
        self.enterprise_count = 0;
        self.monthly = 0;
        self.errors = RosterErrors::default();
    }
}

/// An enterprise's worker totals and its own, each with its first month.
type EnterpriseTotals = (Vec<(usize, Total)>, Vec<(usize, Total)>);

/// A worker thread's reused buffers.
#[derive(Debug, Default)]
pub struct ArrearsScratch {
    /// The driving roster's rows read against each schedule.
    driving: [Parser; 2],
    /// A month roster's rows read against each schedule.
    month: [Parser; 2],
    tally: Tally,
    /// Per enterprise, per month, its rows.
    rows: Vec<Vec<Vec<MonthRow>>>,
    /// Per enterprise, its worker totals (with the first month) and its own.
    totals: Vec<EnterpriseTotals>,
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
            total: Total::default(),
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

impl ArrearsJob<'_> {
    /// Reckons every enterprise of the chunk (`driving`: the driving roster's
    /// rows; none for enterprises only month rosters have).
    pub fn reckon(
        &self,
        driving: Option<&Rows>,
        out: &mut ArrearsChunk,
        scratch: &mut ArrearsScratch,
    ) -> Result<(), ArrearsError> {
        let n = out.enterprises.len();
        let months = self.months.len();
        scratch
            .rows
            .resize_with(n.max(scratch.rows.len()), Vec::new);
        scratch
            .totals
            .resize_with(n.max(scratch.totals.len()), Default::default);
        let ArrearsScratch {
            driving: [drive_new, drive_old],
            month: [month_new, month_old],
            tally,
            rows: ent_rows,
            totals,
        } = scratch;
        for (e, ent) in out.enterprises.iter().enumerate() {
            let per_month = &mut ent_rows[e];
            per_month.resize_with(months, Vec::new);
            for m in per_month.iter_mut() {
                m.clear();
            }
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
            for (i, plan) in self.months.iter().enumerate() {
                if !out.errors.is_empty() {
                    // Keep reading to report every problem, but reckon nothing more.
                    break;
                }
                let (new_w, old_w) = match plan.roster {
                    MonthRoster::Driving => (new_d, old_d),
                    MonthRoster::Own(k) => match &ent.rosters[k] {
                        Some(range) => {
                            let rows = &out.rosters[k];
                            let new_w =
                                parse(month_new, rows, range.clone(), 0, self.new, &mut out.errors);
                            let old_w = self.old.map(|old| {
                                parse(month_old, rows, range.clone(), 1, old, &mut out.errors)
                            });
                            (new_w, old_w)
                        }
                        None => (&[][..], None),
                    },
                };
                if new_w.is_empty() || !out.errors.is_empty() {
                    continue;
                }
                let joined: HashMap<String, Money>;
                let held: &HashMap<String, Money> = match &plan.paid {
                    MonthPaid::Held(paid) => paid,
                    MonthPaid::Joined(p) => {
                        joined = self.joined_paid(*p, &out.payrolls[*p].0, ent, &mut out.errors);
                        &joined
                    }
                    MonthPaid::Schedule => &EMPTY,
                };
                let lookup = |w: &Worker| held.get(&w.employee_id).copied().unwrap_or(Money::ZERO);
                let paid = match (&plan.paid, &plan.old, old_w) {
                    (MonthPaid::Schedule, Some(old), Some(rows)) => PaidBy::Previous(old, rows),
                    (MonthPaid::Schedule, _, _) => PaidBy::Unpaid,
                    _ => PaidBy::Payroll(&lookup),
                };
                month_rows(&plan.engine, new_w, paid, &mut per_month[i])?;
            }
            tally.clear();
            for (i, rows) in per_month.iter().enumerate() {
                for row in rows {
                    tally.add(i, row);
                }
            }
            let (workers, own) = &mut totals[e];
            workers.clear();
            own.clear();
            workers.append(&mut tally.workers);
            own.append(&mut tally.enterprises);
            out.total.entitled += tally.total.entitled;
            out.total.paid += tally.total.paid;
            out.total.owed += tally.total.owed;
            out.total.months += u32::try_from(workers.len()).unwrap_or(u32::MAX);
            out.enterprise_count += own.len() as u64;
        }
        if !out.errors.is_empty() {
            return Ok(());
        }
        // Each month's share, in the month's roster order.
        for (i, plan) in self.months.iter().enumerate() {
            let month = &mut out.months[i];
            let order: &mut dyn Iterator<Item = usize> = match plan.roster {
                MonthRoster::Driving => &mut (0..n),
                MonthRoster::Own(k) => &mut out.orders[k].iter().copied(),
            };
            for e in order {
                month.rows.append(&mut ent_rows[e][i]);
                let (workers, own) = &totals[e];
                month.workers.extend(
                    workers
                        .iter()
                        .filter(|(m, _)| *m == i)
                        .map(|(_, t)| t.clone()),
                );
                month
                    .enterprises
                    .extend(own.iter().filter(|(m, _)| *m == i).map(|(_, t)| t.clone()));
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
