//! The payrolls' first passes: each payroll checked whole; one that names
//! enterprises is indexed, to be joined to the rosters chunk by chunk, and
//! one without is held as what each employee id was paid.

use std::collections::{BTreeMap, HashMap};

use anyhow::{anyhow, Result};

use crate::arrears;
use crate::audit::{Payroll, PayrollIndex, Scanned};
use crate::i18n::Arg;
use crate::io::TableOptions;
use crate::roster::RosterErrors;
use crate::{t, Money, Period, Schedule};

use super::stdin::Stdin;

/// A payroll to be joined: its month, its file and its index.
pub(super) type Scan<'f> = (Period, &'f str, Option<Box<PayrollIndex>>);

/// What the first passes found.
pub(super) struct FirstPasses<'f> {
    /// The payrolls that name enterprises, indexed.
    pub scanned: Vec<Scan<'f>>,
    /// Per month, what a payroll without enterprises says each id was paid.
    pub held: BTreeMap<Period, HashMap<String, Money>>,
    /// The first bad payroll's error (the rosters' errors are told first).
    pub bad_payroll: Option<anyhow::Error>,
}

/// Reads every payroll's first pass (`table`: the payrolls' table options,
/// `new`: the new schedule, whose components a payroll's columns name).
pub(super) fn first_passes<'f>(
    payroll_files: &BTreeMap<Period, &'f str>,
    stdin: &Stdin,
    table: &TableOptions,
    new: &Schedule,
) -> Result<FirstPasses<'f>> {
    let mut scanned: Vec<Scan<'f>> = Vec::new();
    let mut held: BTreeMap<Period, HashMap<String, Money>> = BTreeMap::new();
    let mut bad_payroll: Option<anyhow::Error> = None;
    for (&p, &file) in payroll_files {
        let invalid = |e: RosterErrors| {
            anyhow!(t!(
                "audit-invalid-payroll",
                count = e.total,
                errors = Arg::display(&e)
            ))
        };
        match PayrollIndex::scan(file, stdin.open(file)?, table, new) {
            Ok(Scanned::Grouped(index)) => scanned.push((p, file, Some(index))),
            Ok(Scanned::Ungrouped) => match Payroll::read(file, stdin.open(file)?, table, new) {
                Ok(payroll) => {
                    held.insert(p, paid_by_id(&payroll));
                }
                Err(e) => bad_payroll = bad_payroll.or(Some(invalid(e))),
            },
            Err(e) => bad_payroll = bad_payroll.or(Some(invalid(e))),
        }
        if bad_payroll.is_some() {
            break;
        }
    }
    Ok(FirstPasses {
        scanned,
        held,
        bad_payroll,
    })
}

/// What a payroll without an enterprise column says each worker was paid.
fn paid_by_id(payroll: &Payroll) -> HashMap<String, Money> {
    let mut paid = HashMap::with_capacity(payroll.rows.len());
    for row in &payroll.rows {
        *paid.entry(row.employee_id.clone()).or_insert(Money::ZERO) +=
            arrears::paid_amount(&payroll.columns, row);
    }
    paid
}
