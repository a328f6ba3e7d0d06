//! `RosterError`: a roster cell or header that could not be read, and the list of
//! all of them in one file.

use std::fmt;

use crate::Location;

/// One problem in a roster, placed at `file:line:column`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("table-placed", message = message.as_str(), place = location.to_string(), hint = hint.as_str()))]
pub struct RosterError {
    /// Where: file, line (or sheet and row) and column.
    pub location: Location,
    /// What is wrong and what was expected.
    pub message: String,
    /// A suggestion, starting with `; `, or empty.
    pub hint: String,
}

/// How many problems one run lists before it only counts them.
pub const ERROR_LIMIT: usize = 50;

/// Every problem found in a roster (up to a limit listed, [`ERROR_LIMIT`] by default).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RosterErrors {
    /// The problems listed, in the order found (at most the limit).
    pub errors: Vec<RosterError>,
    /// All problems found, including those past the limit.
    pub total: usize,
    limit: usize,
}

impl Default for RosterErrors {
    fn default() -> Self {
        RosterErrors::with_limit(ERROR_LIMIT)
    }
}

impl RosterErrors {
    /// A list that keeps up to `limit` problems (`usize::MAX` keeps all).
    pub fn with_limit(limit: usize) -> Self {
        RosterErrors {
            errors: Vec::new(),
            total: 0,
            limit,
        }
    }

    /// Adds a problem: listed if under the limit, counted either way.
    pub fn push(&mut self, error: RosterError) {
        self.total += 1;
        if self.errors.len() < self.limit {
            self.errors.push(error);
        }
    }

    /// Moves every problem of `other` into this list.
    pub fn append(&mut self, other: &mut RosterErrors) {
        let extra = other.total - other.errors.len();
        for e in other.errors.drain(..) {
            self.push(e);
        }
        self.total += extra;
        other.total = 0;
    }

    /// True when no problem was found.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Whether the list is full, so reading further only counts.
    pub fn is_full(&self) -> bool {
        self.errors.len() >= self.limit
    }
}

impl From<crate::io::TableError> for RosterError {
    fn from(e: crate::io::TableError) -> Self {
        RosterError {
            message: e.message(),
            hint: e.hint(),
            location: e.location,
        }
    }
}

impl From<crate::io::TableError> for RosterErrors {
    fn from(e: crate::io::TableError) -> Self {
        RosterError::from(e).into()
    }
}

impl From<RosterError> for RosterErrors {
    fn from(error: RosterError) -> Self {
        let mut errors = RosterErrors::default();
        errors.push(error);
        errors
    }
}

impl fmt::Display for RosterErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        if self.total > self.errors.len() {
            write!(
                f,
                "\n{}",
                crate::t!(
                    "table-more-problems",
                    count = self.total - self.errors.len()
                )
            )?;
        }
        Ok(())
    }
}
