//! `ArrearsScratch`: a worker thread's reused buffers for the streamed
//! reckoning, and `Held`: the share of a month whose roster orders
//! enterprises its own way, kept until every enterprise of the chunk is
//! reckoned.

use std::ops::Range;

use crate::arrears::{MonthGross, MonthOut, MonthRow, Tally};
use crate::pipeline::Parser;

/// A month whose roster orders enterprises its own way: the chunk's share,
/// held until every enterprise is reckoned, and each enterprise's place in it.
#[derive(Debug, Default)]
pub(crate) struct Held {
    pub(crate) out: MonthOut,
    /// Per enterprise: its rows, workers' totals and own totals in `out`.
    pub(crate) at: Vec<[Range<usize>; 3]>,
}

impl Held {
    pub(crate) fn clear(&mut self) {
        self.out.clear();
        crate::pipeline::let_go_of_large(&mut self.at, crate::pipeline::CHUNK_ROWS);
        self.at.clear();
    }

    /// The share in `order` (enterprise indices) into `month`.
    pub(crate) fn put_in(&self, order: &[usize], month: &mut MonthOut) {
        for &e in order {
            let [rows, workers, own] = self.at[e].clone();
            month.rows.extend_from_slice(&self.out.rows[rows]);
            month.workers.extend_from_slice(&self.out.workers[workers]);
            month
                .enterprises
                .extend_from_slice(&self.out.enterprises[own]);
        }
        month.row_count += self.out.row_count;
    }
}

/// A worker thread's reused buffers.
#[derive(Debug, Default)]
pub struct ArrearsScratch {
    /// The driving roster's rows read against each schedule.
    pub(crate) driving: [Parser; 2],
    /// A month roster's rows read against each schedule.
    pub(crate) month: [Parser; 2],
    pub(crate) tally: Tally,
    /// The driving roster's workers priced in each month, per schedule.
    pub(crate) priced: [MonthGross; 2],
    /// A month roster's workers priced in its month, per schedule.
    pub(crate) own: [MonthGross; 2],
    /// Per month (those with a roster of their own), the chunk's share held.
    pub(crate) held: Vec<Held>,
    /// One enterprise's rows of one month, before they are framed.
    pub(crate) rows: Vec<MonthRow>,
}
