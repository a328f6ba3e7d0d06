//! `Kept`: a streamed reckoning's rows and totals between the chunk that made
//! them and their place in the output. The output lists every month's rows
//! before any worker's total, and a month's rows in the month's roster order,
//! so each month's rows, workers' and enterprises' totals go to a [`Spill`]
//! of their own (memory up to a limit, then a temporary file) and are read
//! back in order into the format's writer at the end.

use std::io::{self, Write};

use crate::arrears::job::ArrearsChunk;
use crate::arrears::record::{self, Frames};
use crate::arrears::{Head, Sink, Total};
use crate::io::spill::Spill;
use crate::Period;

/// Bytes each spill holds in memory: a run keeps three a month, so the
/// shared default (4 MB, grown to 8 by the vector) would be 72 MB over
/// three months; 256 kB keeps them under 5.
const SPILL_LIMIT: usize = 256 << 10;

/// What the chunks gave, in place.
#[derive(Debug)]
pub struct Kept {
    rows: Vec<Spill>,
    workers: Vec<Spill>,
    enterprises: Vec<Spill>,
    /// The run's sums (`months` counts workers).
    pub total: Total,
    /// Rows (worker-months) kept.
    pub rows_kept: u64,
    /// Enterprises totalled.
    pub enterprises_kept: u64,
    /// Driving-roster workers with figures of one month.
    pub monthly: u64,
}

impl Kept {
    /// Room for `months` months.
    pub fn new(months: usize) -> Kept {
        let spills = || {
            (0..months)
                .map(|_| Spill::with_limit(SPILL_LIMIT))
                .collect()
        };
        Kept {
            rows: spills(),
            workers: spills(),
            enterprises: spills(),
            total: Total::default(),
            rows_kept: 0,
            enterprises_kept: 0,
            monthly: 0,
        }
    }

    /// Keeps a chunk's rows and totals, month by month.
    pub fn keep(&mut self, chunk: &ArrearsChunk) -> io::Result<()> {
        for (m, month) in chunk.months.iter().enumerate() {
            self.rows[m].write_all(&month.rows)?;
            self.workers[m].write_all(&month.workers)?;
            self.enterprises[m].write_all(&month.enterprises)?;
            self.rows_kept += month.row_count;
        }
        self.total.entitled += chunk.total.entitled;
        self.total.paid += chunk.total.paid;
        self.total.owed += chunk.total.owed;
        self.total.months = self.total.months.saturating_add(chunk.total.months);
        self.enterprises_kept += chunk.enterprise_count;
        self.monthly += chunk.monthly;
        Ok(())
    }

    /// Writes everything kept through `sink` to `out`, in the output's order.
    pub fn write(
        mut self,
        from: Period,
        to: Period,
        sink: &mut dyn Sink,
        out: &mut (dyn Write + Send),
    ) -> io::Result<()> {
        let head = Head {
            from,
            to,
            total: self.total.clone(),
            rows: self.rows_kept,
            enterprises: self.enterprises_kept,
        };
        sink.begin(&head, out)?;
        for spill in &mut self.rows {
            let mut frames = Frames::new(|payload: &[u8]| sink.row(&record::row(payload)?, out));
            spill.copy_to(0, &mut frames)?;
            frames.finish()?;
        }
        sink.workers(out)?;
        for spill in &mut self.workers {
            let mut frames =
                Frames::new(|payload: &[u8]| sink.worker(&record::total(payload)?, out));
            spill.copy_to(0, &mut frames)?;
            frames.finish()?;
        }
        sink.enterprises(out)?;
        for spill in &mut self.enterprises {
            let mut frames =
                Frames::new(|payload: &[u8]| sink.enterprise(&record::total(payload)?, out));
            spill.copy_to(0, &mut frames)?;
            frames.finish()?;
        }
        sink.end(out)
    }
}
