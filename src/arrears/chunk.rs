//! `ArrearsChunk`: one chunk of a streamed reckoning: the rows the reader
//! attached from each month's own roster and payroll, the chunk's
//! enterprises, and what a worker thread made of them, per month.

use std::ops::Range;

use csv::StringRecord;

use crate::arrears::{MonthRow, Total};
use crate::pipeline::{let_go_of_large, Rows, CHUNK_ROWS};
use crate::roster::RosterErrors;

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

impl MonthOut {
    /// Empties the share for the next chunk, keeping its buffers but not
    /// those one very large enterprise grew: every chunk in flight has one,
    /// so kept they would in time each hold the largest enterprise.
    pub fn clear(&mut self) {
        let_go_of_large(&mut self.rows, CHUNK_ROWS);
        let_go_of_large(&mut self.workers, CHUNK_ROWS);
        let_go_of_large(&mut self.enterprises, CHUNK_ROWS);
        self.rows.clear();
        self.workers.clear();
        self.enterprises.clear();
    }
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
            month.clear();
        }
        self.total = Total::default();
        self.enterprise_count = 0;
        self.monthly = 0;
        self.errors = RosterErrors::default();
    }
}
