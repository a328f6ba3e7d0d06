//! `Parser`: one enterprise's raw rows parsed into reused [`Worker`]s on a
//! worker thread, bad rows and repeated ids reported and left out.

use std::ops::Range;

use crate::pipeline::Rows;
use crate::roster::{Columns, RosterError, RosterErrors, Worker};
use crate::Schedule;

/// A worker thread's reused buffers for parsing.
#[derive(Debug, Default)]
pub struct Parser {
    workers: Vec<Worker>,
    order: Vec<usize>,
    repeats: Vec<usize>,
}

impl Parser {
    /// Parses `rows[range]` (one enterprise) against a schedule; every problem
    /// goes to `errors`. Returns the good workers, first row of each id kept,
    /// in roster order.
    pub fn parse(
        &mut self,
        rows: &Rows,
        range: Range<usize>,
        columns: &Columns,
        schedule: &Schedule,
        errors: &mut RosterErrors,
    ) -> &mut [Worker] {
        let Some(file) = rows.file() else {
            return &mut self.workers[..0];
        };
        let mut n = 0;
        for i in range {
            if self.workers.len() <= n {
                self.workers.push(Worker::default());
            }
            let w = &mut self.workers[n];
            let line = rows.line(i);
            let parsed = match rows.row(i) {
                Some(row) => columns.parse_row(row, line, schedule, w, errors),
                None => {
                    errors.push(RosterError {
                        location: file.origin.at(line, None),
                        message: crate::t!("table-not-utf8"),
                        hint: crate::i18n::hint(crate::t!("table-not-utf8-hint")),
                    });
                    false
                }
            };
            n += usize::from(parsed);
        }
        self.repeats.clear();
        columns.find_duplicates(
            &self.workers[..n],
            &mut self.order,
            errors,
            &mut self.repeats,
        );
        // Leave the repeated ids out: keep the first row of each id, in order.
        if !self.repeats.is_empty() {
            self.repeats.sort_unstable();
            let mut kept = 0;
            for i in 0..n {
                if self.repeats.binary_search(&i).is_err() {
                    self.workers.swap(kept, i);
                    kept += 1;
                }
            }
            n = kept;
        }
        &mut self.workers[..n]
    }
}
