//! `MonthPlan`: one month of a streamed reckoning: the engines that price it,
//! whose rows its workers are, and what says they were paid.

use std::collections::HashMap;

use crate::pay::PayEngine;
use crate::Money;

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
