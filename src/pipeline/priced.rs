//! `PriceJob`: the pipeline job most roster commands start from. Each chunk's
//! enterprises are parsed against one schedule and priced for one period on a
//! worker thread; the writer gets the workers and their pay sheets in roster
//! order, with every bad row as an error.

use crate::pay::{PayEngine, PayError, PaySheet, PoolShare};
use crate::pipeline::{Input, Job, Parser, Pipeline, Rows};
use crate::roster::{RosterError, RosterErrors, Worker};

/// Why a priced run stopped.
#[derive(Debug, thiserror::Error)]
pub enum PriceError {
    /// Bad rows or columns: every problem found (up to the list's limit).
    #[error("{0}")]
    Roster(RosterErrors),
    /// A worker's pay could not be computed.
    #[error(transparent)]
    Pay(#[from] PayError),
    /// What the writer's hand failed with.
    #[error("{0}")]
    Write(#[from] std::io::Error),
}

impl From<RosterError> for PriceError {
    fn from(e: RosterError) -> Self {
        let mut errors = RosterErrors::default();
        errors.push(e);
        PriceError::Roster(errors)
    }
}

/// One chunk's workers and pay sheets, in roster order (buffers reused).
#[derive(Debug, Default)]
pub struct Priced {
    workers: Vec<Worker>,
    sheets: Vec<PaySheet>,
    len: usize,
    /// The chunk's bad rows; nothing is priced after the first.
    pub errors: RosterErrors,
}

impl Priced {
    /// The chunk's workers with their pay sheets.
    pub fn iter(&self) -> impl Iterator<Item = (&Worker, &PaySheet)> {
        self.workers[..self.len]
            .iter()
            .zip(&self.sheets[..self.len])
    }

    /// How many workers the chunk priced.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the chunk priced no workers.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Prices every worker under one schedule (the pipeline's first).
#[derive(Debug)]
pub struct PriceJob<'a> {
    /// The pay engine, prepared for the schedule and the period.
    pub engine: PayEngine<'a>,
}

impl Job for PriceJob<'_> {
    type Out = Priced;
    /// The parser, and the pool shares of an enterprise (both reused).
    type Scratch = (Parser, Vec<PoolShare>);
    type Error = PriceError;

    fn output(&self) -> Priced {
        Priced::default()
    }

    fn reset(&self, out: &mut Priced) {
        super::chunk::let_go_of_large(&mut out.workers, super::CHUNK_ROWS);
        super::chunk::let_go_of_large(&mut out.sheets, super::CHUNK_ROWS);
        out.len = 0;
        out.errors = RosterErrors::default();
    }

    fn process(
        &self,
        rows: &Rows,
        out: &mut Priced,
        (parser, shares): &mut (Parser, Vec<PoolShare>),
    ) -> Result<(), PriceError> {
        let Some(file) = rows.file() else {
            return Ok(());
        };
        let schedule = self.engine.schedule();
        let columns = file
            .columns(0, schedule)
            .as_ref()
            .map_err(|e| PriceError::Roster(e.clone()))?;
        for range in rows.enterprises() {
            let group = parser.parse(rows, range, columns, schedule, &mut out.errors);
            if !out.errors.is_empty() {
                // Keep reading to report every problem, but price nothing more.
                continue;
            }
            self.engine.pool_shares_into(group, shares)?;
            let end = out.len + group.len();
            if out.workers.len() < end {
                out.workers.resize_with(end, Worker::default);
                out.sheets.resize_with(end, PaySheet::default);
            }
            for (i, (w, share)) in group.iter_mut().zip(shares.iter()).enumerate() {
                let at = out.len + i;
                self.engine.compute(w, *share, &mut out.sheets[at])?;
                // Swapped, not copied: the parser refills its slot (keeping
                // the buffers it gets back) from the next row.
                std::mem::swap(&mut out.workers[at], w);
            }
            out.len = end;
        }
        Ok(())
    }
}

impl Pipeline<'_> {
    /// Prices the inputs under `engine`'s schedule; `each` gets every worker
    /// and pay sheet in roster order, on the writer thread. Bad rows fail the
    /// run with all of them, as reading the roster whole does; after the
    /// first, `each` is not called again.
    pub fn price(
        &self,
        inputs: Vec<Input<'_>>,
        engine: PayEngine<'_>,
        each: &mut (dyn FnMut(&Worker, &PaySheet) -> Result<(), PriceError> + Send),
    ) -> Result<(), PriceError> {
        let job = PriceJob { engine };
        let mut errors = RosterErrors::default();
        let ran = self.run(inputs, &job, &mut |rows: &mut Rows, out: &mut Priced| {
            errors.append(&mut rows.skipped);
            errors.append(&mut out.errors);
            if !errors.is_empty() {
                return Ok(());
            }
            for (w, sheet) in out.iter() {
                each(w, sheet)?;
            }
            Ok(())
        });
        match ran {
            Ok(()) => {}
            // A file that cannot be read further ends the list of problems.
            Err(PriceError::Roster(mut more)) => errors.append(&mut more),
            Err(e) => return Err(e),
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(PriceError::Roster(errors))
        }
    }
}
