//! `ArrearsError`: why a streamed reckoning stopped: bad or unjoinable
//! rosters, a payroll that cannot be joined, pay that cannot be computed, or
//! the writer's failure.

use crate::pay::PayError;
use crate::roster::{RosterError, RosterErrors};

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
