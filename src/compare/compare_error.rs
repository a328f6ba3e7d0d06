//! `CompareError`: why two scenarios cannot be compared.

/// Why two scenarios cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// No worker to compare over.
    #[error("{}", crate::t!("compare-error-empty"))]
    Empty,
    /// A scenario has not one pay sheet a worker.
    #[error("{}", crate::t!("compare-error-sheets", label = label.as_str(), found = *found, workers = *workers))]
    Sheets {
        /// The scenario's label.
        label: String,
        /// The pay sheets it has.
        found: usize,
        /// The workers it has.
        workers: usize,
    },
    /// An offer read another number of workers than the base.
    #[error("{}", crate::t!("compare-error-headcount", label = label.as_str(), found = *found, expected = *expected))]
    Headcount {
        /// The offer's label.
        label: String,
        /// The workers it read.
        found: usize,
        /// The workers the base read.
        expected: usize,
    },
    /// An offer read another worker than the base at the same row.
    #[error("{}", crate::t!("compare-error-worker", label = label.as_str(), found = found.as_str(), line = *line, expected = expected.as_str()))]
    Worker {
        /// The offer's label.
        label: String,
        /// The row's line in the roster.
        line: u64,
        /// The worker (工号) the offer read.
        found: String,
        /// The worker the base read.
        expected: String,
    },
    /// A scenario's wage bill is too large for exact decimals.
    #[error("{}", crate::t!("compare-error-overflow", label = label.as_str()))]
    Overflow {
        /// The scenario's label.
        label: String,
    },
    /// The workers' pay could not be kept in a temporary file; holds the reason.
    #[error("{}", crate::t!("compare-error-spill", error = .0.as_str()))]
    Spill(String),
}
