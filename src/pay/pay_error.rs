//! `PayError`: a pay computation that cannot be done, named by the rule, its
//! place in the schedule and the worker (the command adds the roster's name).

use std::fmt;
use std::sync::Arc;

use crate::t;

/// Why a pool cannot be distributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolProblem {
    /// No worker of the enterprise meets the rule's conditions (grades, posts).
    NoneEligible,
    /// Every eligible worker's weight is zero.
    ZeroWeights,
}

/// A rule of the schedule, where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleAt {
    /// The component id: an allowance's id, or grade_pay, overtime, gross.
    pub rule: String,
    /// The schedule file, and the line of the rule there (0: not one rule's).
    pub file: Arc<str>,
    /// The line of the rule in the schedule file; 0 when the problem is not one rule's.
    pub line: u64,
}

impl fmt::Display for RuleAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            f.write_str(&t!(
                "input-rule-at",
                rule = self.rule.as_str(),
                place = format!("{}:{}", self.file, self.line)
            ))
        } else {
            f.write_str(&t!(
                "input-rule-in",
                rule = self.rule.as_str(),
                file = &*self.file
            ))
        }
    }
}

/// A computation that cannot be done.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayError {
    /// A figure left the range of exact decimals (about 7.9e28).
    Overflow {
        /// The worker's 工号.
        employee: String,
        /// The worker's line in the roster.
        line: u64,
        /// The worker's roster file (empty: not known, see [`PayError::in_roster`]).
        roster: Arc<str>,
        /// The rule whose figure overflowed.
        rule: RuleAt,
    },
    /// A pool with an amount to share and nobody to share it among.
    Pool {
        /// The enterprise whose pool cannot be shared.
        enterprise: String,
        /// The pool's rule.
        rule: RuleAt,
        /// Why it cannot be shared.
        problem: PoolProblem,
        /// The first worker's line in the roster.
        line: u64,
        /// That worker's roster file (empty: not known).
        roster: Arc<str>,
    },
    /// The grade table in force needs a wage guideline no standards given carry.
    Adjustment(String),
}

impl PayError {
    /// The message with the roster's name: the command layer knows the file.
    /// (A worker read from a roster carries its file, and the message names
    /// it already; `roster` names it for a worker that does not.)
    pub fn in_roster(&self, roster: &str) -> String {
        let (PayError::Overflow {
            line, roster: own, ..
        }
        | PayError::Pool {
            line, roster: own, ..
        }) = self
        else {
            // Not a worker's: the schedule and its standards.
            return self.to_string();
        };
        if !own.is_empty() {
            return self.to_string();
        }
        t!(
            "input-pay-error-in-roster",
            message = self.message(),
            place = format!("{roster}:{line}")
        )
    }
}

impl fmt::Display for PayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PayError::Overflow { line, roster, .. } | PayError::Pool { line, roster, .. }
                if !roster.is_empty() =>
            {
                f.write_str(&t!(
                    "input-pay-error-in-roster",
                    message = self.message(),
                    place = format!("{roster}:{line}")
                ))
            }
            _ => f.write_str(&self.message()),
        }
    }
}

impl PayError {
    /// What went wrong, without the roster's place (for a caller that
    /// places the error itself).
    pub fn message(&self) -> String {
        match self {
            PayError::Overflow {
                employee,
                line,
                rule,
                ..
            } => t!(
                "input-pay-overflow",
                employee = employee.as_str(),
                line = *line,
                rule = rule.to_string()
            ),
            PayError::Pool {
                enterprise,
                rule,
                problem: PoolProblem::NoneEligible,
                ..
            } => t!(
                "input-pool-none-eligible",
                enterprise = enterprise.as_str(),
                rule = rule.to_string()
            ),
            PayError::Pool {
                enterprise,
                rule,
                problem: PoolProblem::ZeroWeights,
                ..
            } => t!(
                "input-pool-zero-weights",
                enterprise = enterprise.as_str(),
                rule = rule.to_string()
            ),
            PayError::Adjustment(message) => message.clone(),
        }
    }
}
