//! `Scenario`: one schedule's pay over the roster, the base or an offer, and the
//! check that an offer reads the same workers as the base.

use crate::compare::CompareError;
use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::Schedule;

/// One schedule's pay over the roster: the base or an offer.
#[derive(Debug, Clone, Copy)]
pub struct Scenario<'a> {
    /// How the tables name it: the schedule title or a `--label`.
    pub label: &'a str,
    /// The schedule the roster is paid under.
    pub schedule: &'a Schedule,
    /// The roster as read against this schedule (same rows, same order as the base).
    pub workers: &'a [Worker],
    /// Each worker's pay sheet under it, in `workers` order.
    pub sheets: &'a [PaySheet],
}

/// Refuses an offer `s` that has not one pay sheet a worker, or reads other
/// workers than the base, row by row.
pub(super) fn check_rows(base: &Scenario, s: &Scenario) -> Result<(), CompareError> {
    if s.sheets.len() != s.workers.len() {
        return Err(CompareError::Sheets {
            label: s.label.to_string(),
            found: s.sheets.len(),
            workers: s.workers.len(),
        });
    }
    if s.workers.len() != base.workers.len() {
        return Err(CompareError::Headcount {
            label: s.label.to_string(),
            found: s.workers.len(),
            expected: base.workers.len(),
        });
    }
    for (a, b) in base.workers.iter().zip(s.workers) {
        if a.employee_id != b.employee_id || a.enterprise_id != b.enterprise_id {
            return Err(CompareError::Worker {
                label: s.label.to_string(),
                line: b.line,
                found: b.employee_id.clone(),
                expected: a.employee_id.clone(),
            });
        }
    }
    Ok(())
}
