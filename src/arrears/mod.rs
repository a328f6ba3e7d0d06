//! Arrears and owed wages (补发, 欠薪) over several months: for each worker and
//! each month, what the worker was entitled to under the new schedule, what was
//! paid (under the previous schedule, from the actual payroll, or nothing), and
//! what is owed; with totals per worker, per enterprise and for the run.
//!
//! Pure: the command layer reads the schedules, rosters and payrolls; here the
//! pay engine computes each month exactly as `nengji compute` does.
//!
//! 劳动合同法 Art 30: the employer pays in full and on time; Art 85 and
//! 工资支付暂行规定 Art 18: unpaid wages are ordered paid, with compensation.

mod arrears_error;
mod chunk;
pub mod job;
mod month_gross;
mod month_plan;
pub mod record;
mod scratch;
mod statement;
mod tally;
pub mod workbook;
mod writer;

use std::collections::HashMap;

use crate::audit::{Paid, Payroll, PayrollRow};
use crate::pay::{PayEngine, PayError};
use crate::roster::Worker;
use crate::{Money, Period, Schedule};

pub use arrears_error::ArrearsError;
pub use chunk::{ArrearsChunk, Enterprise, MonthOut};
pub use month_gross::MonthGross;
pub use statement::{statement, Statement, StatementSink};
pub use tally::Tally;
pub use writer::{feed, sink, write, ArrearsFormat, Head, Sink};

/// One month's inputs. `new` and `old` are the same roster rows, read against
/// each schedule (their rules read different columns).
#[derive(Debug, Clone, Copy)]
pub struct Month<'a> {
    /// The pay month.
    pub period: Period,
    /// The month's roster rows read against the new (agreed) schedule: what each worker was entitled to.
    pub new: &'a [Worker],
    /// The rows read against the previous schedule, with `--previous`.
    pub old: Option<&'a [Worker]>,
    /// What the enterprise actually paid this month, when given.
    pub payroll: Option<&'a Payroll>,
}

/// Where the paid figure of a month came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The actual payroll of the month.
    Payroll,
    /// The previous schedule, computed.
    Previous,
    /// Nothing was paid (wages stopped).
    Unpaid,
}

impl Source {
    /// The source's machine name, as CSV and JSON write it: `payroll`, `previous`, `unpaid`.
    pub fn name(self) -> &'static str {
        match self {
            Source::Payroll => "payroll",
            Source::Previous => "previous",
            Source::Unpaid => "unpaid",
        }
    }
}

/// One worker's month.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MonthRow {
    /// The worker's 工号.
    pub employee_id: String,
    /// The worker's name.
    pub name: String,
    /// The enterprise the worker belongs to (the roster's 企业编号).
    pub enterprise_id: String,
    /// The enterprise's name, as the roster writes it.
    pub enterprise_name: String,
    /// The pay month.
    #[serde(serialize_with = "period")]
    pub period: Period,
    /// The gross pay due under the new schedule, in yuan.
    pub entitled: Money,
    /// The gross pay actually paid (or due under the previous schedule), in yuan.
    pub paid: Money,
    /// entitled - paid; negative where more was paid than was due.
    pub owed: Money,
    /// Where `paid` came from.
    pub source: Source,
}

/// The sums over a set of rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Total {
    /// The worker's 工号 (empty in an enterprise's or the grand total).
    pub employee_id: String,
    /// The worker's name (empty in an enterprise's or the grand total).
    pub name: String,
    /// The enterprise's id (empty in the grand total).
    pub enterprise_id: String,
    /// The enterprise's name (empty in the grand total).
    pub enterprise_name: String,
    /// How many worker-months were summed.
    pub months: u32,
    /// The pay due, in yuan.
    pub entitled: Money,
    /// The pay paid, in yuan.
    pub paid: Money,
    /// Due less paid, in yuan: what is to be paid back (补发), or claimed (劳动合同法 Art 30, 85).
    pub owed: Money,
}

impl Total {
    fn add(&mut self, row: &MonthRow) {
        self.months += 1;
        self.entitled += row.entitled;
        self.paid += row.paid;
        self.owed += row.owed;
    }
}

/// The whole reckoning.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Arrears {
    /// The first month reckoned.
    #[serde(serialize_with = "period")]
    pub from: Period,
    /// The last month reckoned.
    #[serde(serialize_with = "period")]
    pub to: Period,
    /// One row per worker and month, month by month, in roster order within a month.
    pub rows: Vec<MonthRow>,
    /// Per worker, in order of first appearance.
    pub workers: Vec<Total>,
    /// Per enterprise, in order of first appearance.
    pub enterprises: Vec<Total>,
    /// The sums over every worker and month.
    pub total: Total,
}

fn period<S: serde::Serializer>(p: &Period, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(p)
}

pub use crate::pay::employed_in;

/// Where a month's paid figures come from, as [`month_rows`] takes them.
#[derive(Clone, Copy)]
#[allow(missing_debug_implementations)] // it holds a closure
pub enum PaidBy<'p> {
    /// The month's payroll: what it says a worker was paid (0 when it does
    /// not list them).
    Payroll(&'p dyn Fn(&Worker) -> Money),
    /// The previous schedule: the same rows read against it, priced.
    Previous(&'p MonthGross),
    /// Nothing was paid.
    Unpaid,
}

/// Month `m`'s rows of `workers` (read against the new schedule and priced
/// by `entitled`), in order; workers not employed in the month are left
/// out, and had no share of its pool. Any pool is split per enterprise, so a
/// whole roster and each of its enterprises alone give the same rows.
pub fn month_rows(
    period: Period,
    m: usize,
    workers: &[Worker],
    entitled: &MonthGross,
    paid: PaidBy<'_>,
    out: &mut Vec<MonthRow>,
) {
    for (k, w) in workers.iter().enumerate() {
        let Some(gross) = entitled.get(k, m) else {
            continue;
        };
        let (paid, source) = match paid {
            PaidBy::Payroll(paid) => (paid(w), Source::Payroll),
            PaidBy::Previous(old) => (old.get(k, m).unwrap_or(Money::ZERO), Source::Previous),
            PaidBy::Unpaid => (Money::ZERO, Source::Unpaid),
        };
        out.push(MonthRow {
            employee_id: w.employee_id.clone(),
            name: w.name.clone(),
            enterprise_id: w.enterprise_id.clone(),
            enterprise_name: w.enterprise_name.clone(),
            period,
            entitled: gross,
            paid,
            owed: gross - paid,
            source,
        });
    }
}

/// Reckons every month. Workers not employed in a month are left out of it; they
/// have no share of its pool, as in `compute`. A worker a month's payroll does not list was paid
/// nothing that month.
pub fn reckon(
    new: &Schedule,
    previous: Option<&Schedule>,
    from: Period,
    to: Period,
    months: &[Month<'_>],
) -> Result<Arrears, PayError> {
    let mut rows = Vec::new();
    let mut tally = Tally::default();
    let (mut new_gross, mut old_gross) = (MonthGross::default(), MonthGross::default());
    for (i, month) in months.iter().enumerate() {
        let engine = PayEngine::new(new, month.period);
        let old_engine = previous.map(|old| PayEngine::new(old, month.period));
        let paid_by_payroll = month.payroll.map(|p| (p.has_enterprise, paid_by_worker(p)));
        let lookup = |w: &Worker| -> Money {
            let Some((has_enterprise, paid)) = &paid_by_payroll else {
                return Money::ZERO;
            };
            let enterprise = if *has_enterprise {
                w.enterprise_id.as_str()
            } else {
                ""
            };
            paid.get(&(enterprise, w.employee_id.as_str()))
                .copied()
                .unwrap_or(Money::ZERO)
        };
        new_gross.start(1, month.new.len());
        new_gross.price_month(&engine, month.new, 0)?;
        let paid = match (&old_engine, month.old, month.payroll) {
            (_, _, Some(_)) => PaidBy::Payroll(&lookup),
            (Some(old), Some(rows), None) => {
                old_gross.start(1, rows.len());
                old_gross.price_month(old, rows, 0)?;
                PaidBy::Previous(&old_gross)
            }
            _ => PaidBy::Unpaid,
        };
        let start = rows.len();
        month_rows(month.period, 0, month.new, &new_gross, paid, &mut rows);
        for row in &rows[start..] {
            tally.add(i, row);
        }
    }
    Ok(Arrears::from_tally(from, to, rows, tally))
}

impl Arrears {
    /// The reckoning of `rows`, with their totals.
    fn from_tally(from: Period, to: Period, rows: Vec<MonthRow>, tally: Tally) -> Arrears {
        let mut total = tally.total;
        // The run's count is of workers, not of worker-months.
        total.months = u32::try_from(tally.workers.len()).unwrap_or(u32::MAX);
        Arrears {
            from,
            to,
            rows,
            workers: tally.workers.into_iter().map(|(_, t)| t).collect(),
            enterprises: tally.enterprises.into_iter().map(|(_, t)| t).collect(),
            total,
        }
    }
}

/// What a payroll says each worker was paid: its gross column, or else the sum
/// of its component columns. Keyed by (enterprise id or "", employee id).
fn paid_by_worker(payroll: &Payroll) -> HashMap<(&str, &str), Money> {
    let mut paid = HashMap::with_capacity(payroll.rows.len());
    for row in &payroll.rows {
        let amount = paid_amount(&payroll.columns, row);
        let enterprise = if payroll.has_enterprise {
            row.enterprise_id.as_str()
        } else {
            ""
        };
        *paid
            .entry((enterprise, row.employee_id.as_str()))
            .or_insert(Money::ZERO) += amount;
    }
    paid
}

/// What a payroll row says was paid: its gross column, or else the sum of its
/// component columns (`columns` says what each amount is).
pub fn paid_amount(columns: &[Paid], row: &PayrollRow) -> Money {
    if columns.contains(&Paid::Gross) {
        crate::audit::amount(columns, row, Paid::Gross).unwrap_or(Money::ZERO)
    } else {
        row.amounts.iter().copied().sum()
    }
}

/// The months from `from` to `to`, both included.
pub fn months_between(from: Period, to: Period) -> Vec<Period> {
    let mut months = Vec::new();
    let mut p = from;
    while p <= to {
        months.push(p);
        match p.next() {
            Some(next) => p = next,
            None => break,
        }
    }
    months
}

#[cfg(test)]
mod tests;
