//! `ArrearsChunk`: one chunk of a streamed reckoning: the rows the reader
//! attached from each month's own roster and payroll, the chunk's
//! enterprises, and what a worker thread made of them, per month.

use std::ops::Range;

use csv::StringRecord;

use crate::arrears::Total;
use crate::pipeline::Rows;
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

/// One month's share of a chunk, in the month's roster order, as
/// [`record`](crate::arrears::record) frames: the bytes the writer keeps, a
/// sixth of the rows' own size, so the chunks in flight stay small.
#[derive(Debug, Default)]
pub struct MonthOut {
    /// The rows' frames.
    pub rows: Vec<u8>,
    /// How many rows.
    pub row_count: u64,
    /// The frames of the totals of workers first seen this month.
    pub workers: Vec<u8>,
    /// The frames of the totals of enterprises first seen this month.
    pub enterprises: Vec<u8>,
}

/// A share's bytes kept from chunk to chunk: a chunk's month is about
/// half of this, so only one very large enterprise's room is let go of.
const KEPT_BYTES: usize = 1 << 20;

/// Empties `buffer`, keeping it unless one very large enterprise grew it:
/// every chunk in flight has one, so kept they would in time each hold the
/// largest enterprise.
pub(crate) fn let_go_of_large_bytes(buffer: &mut Vec<u8>) {
    buffer.clear();
    if buffer.capacity() > KEPT_BYTES {
        buffer.shrink_to(KEPT_BYTES / 2);
    }
}

impl MonthOut {
    /// Empties the share for the next chunk (see [`let_go_of_large_bytes`]).
    pub fn clear(&mut self) {
        let_go_of_large_bytes(&mut self.rows);
        let_go_of_large_bytes(&mut self.workers);
        let_go_of_large_bytes(&mut self.enterprises);
        self.row_count = 0;
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
