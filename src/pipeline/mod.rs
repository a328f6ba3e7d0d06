//! The roster pipeline every roster command shares: the calling thread reads
//! CSV records into chunks of whole enterprises (buffers are recycled, so
//! memory stays flat), worker threads parse and compute each chunk, and one
//! writer thread takes the chunks' results in input order. Chunk boundaries
//! depend only on the input, so whatever the writer builds is byte-identical
//! whatever the number of threads.

mod chunk;
mod ordered;
mod parse;
mod priced;
mod reader;

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

use crossbeam_channel::bounded;

pub(crate) use chunk::let_go_of_large;
pub use chunk::{RosterFile, Rows};
pub use parse::Parser;
pub use priced::{PriceError, PriceJob, Priced};

use crate::io::SheetChoice;
use crate::roster::{Encoding, RosterError};
use crate::{Period, Schedule};

/// Rows per chunk by default (whole enterprises are never split).
pub const CHUNK_ROWS: usize = 4096;

/// One roster input: its name (for messages) and its bytes.
pub struct Input<'a> {
    /// The input's name as given, for messages.
    pub name: String,
    /// The roster's bytes (CSV text or a workbook).
    pub reader: Box<dyn Read + 'a>,
}

impl std::fmt::Debug for Input<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Input")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// What a command does with each chunk: on a worker thread, `process` turns
/// the chunk's rows into an output; the writer thread then gets the outputs in
/// input order.
pub trait Job: Sync {
    /// A chunk's result, recycled with the chunk.
    type Out: Send;
    /// A worker thread's reused buffers.
    type Scratch: Default;
    /// What `process` or the writer fails with; a bad row becomes one.
    type Error: Send + From<RosterError>;

    /// A fresh, empty output.
    fn output(&self) -> Self::Out;
    /// Empties an output the writer is done with, keeping its buffers.
    fn reset(&self, out: &mut Self::Out);
    /// Turns a chunk's rows into `out`, on a worker thread.
    fn process(
        &self,
        rows: &Rows,
        out: &mut Self::Out,
        scratch: &mut Self::Scratch,
    ) -> Result<(), Self::Error>;
}

/// The writer's hand: each chunk's rows and output, in input order.
pub type Writer<'w, J> =
    dyn FnMut(&mut Rows, &mut <J as Job>::Out) -> Result<(), <J as Job>::Error> + Send + 'w;

/// The reader's hand: called on the reading (calling) thread with each chunk,
/// in input order, before a worker gets it. A command that joins a second
/// input to the roster in step with it (audit's payroll) reads it here.
pub type Attach<'a, J> =
    dyn FnMut(&Rows, &mut <J as Job>::Out) -> Result<(), <J as Job>::Error> + 'a;

/// The sheet read when `--sheet` is not given.
const FIRST_SHEET: &SheetChoice = &SheetChoice::First;

/// How a roster is read.
#[derive(Debug, Clone, Copy)]
pub struct Pipeline<'a> {
    /// The schedules the rows are bound to (for the enterprise column and the
    /// bindings each [`RosterFile`] caches).
    pub schedules: &'a [Schedule],
    /// The text encoding of CSV rosters (`--encoding`).
    pub encoding: Encoding,
    /// The sheet of a workbook roster (`--sheet`).
    pub sheet: &'a SheetChoice,
    /// Worker threads (`--jobs`), at least 1.
    pub jobs: usize,
    /// Rows per chunk (whole enterprises are never split).
    pub chunk_rows: usize,
    /// A batch: every file must have the enterprise column, and a row without
    /// an enterprise id is left out (in [`Rows::skipped`]).
    pub require_enterprise: bool,
    /// The pay month the rows are read for: dates after it are refused
    /// ([`Columns::set_period`](crate::roster::Columns::set_period)).
    pub period: Option<Period>,
}

impl<'a> Pipeline<'a> {
    /// A single roster's pipeline. `NENGJI_CHUNK_ROWS` sets the rows per
    /// chunk (for tests: many small chunks on a small roster show that the
    /// output does not depend on where chunks end).
    pub fn new(schedules: &'a [Schedule], encoding: Encoding, jobs: usize) -> Self {
        let chunk_rows = std::env::var("NENGJI_CHUNK_ROWS")
            .ok()
            .and_then(|n| n.parse().ok())
            .filter(|&n| n > 0)
            .unwrap_or(CHUNK_ROWS);
        Pipeline {
            schedules,
            encoding,
            sheet: FIRST_SHEET,
            jobs,
            chunk_rows,
            require_enterprise: false,
            period: None,
        }
    }

    /// Runs `job` over the inputs; `write` gets every chunk's rows and output
    /// in input order, on the writer thread. The first error stops the run: a
    /// reader's, else a worker's, else the writer's.
    pub fn run<J: Job>(
        &self,
        inputs: Vec<Input<'_>>,
        job: &J,
        write: &mut Writer<'_, J>,
    ) -> Result<(), J::Error> {
        self.run_with(inputs, job, &mut |_, _| Ok(()), write)
    }

    /// As [`Pipeline::run`], with `attach` called on every chunk, in input
    /// order, on the calling thread before a worker gets it.
    pub fn run_with<J: Job>(
        &self,
        inputs: Vec<Input<'_>>,
        job: &J,
        attach: &mut Attach<'_, J>,
        write: &mut Writer<'_, J>,
    ) -> Result<(), J::Error> {
        let jobs = self.jobs.max(1);
        let in_flight = jobs * 2 + 2;
        let (pool_tx, pool_rx) = bounded::<(Rows, J::Out)>(in_flight);
        for _ in 0..in_flight {
            let mut rows = Rows::new();
            rows.keep = self.chunk_rows;
            let _ = pool_tx.send((rows, job.output()));
        }
        let (work_tx, work_rx) = bounded::<(Rows, J::Out)>(in_flight);
        let (done_tx, done_rx) = bounded::<(Rows, J::Out)>(in_flight);
        let stop = AtomicBool::new(false);

        std::thread::scope(|scope| {
            let mut handles = Vec::new();
            for _ in 0..jobs {
                let (work_rx, done_tx, stop) = (work_rx.clone(), done_tx.clone(), &stop);
                handles.push(scope.spawn(move || -> Result<(), J::Error> {
                    let mut scratch = J::Scratch::default();
                    for (rows, mut out) in work_rx {
                        if !stop.load(Ordering::Relaxed) {
                            if let Err(e) = job.process(&rows, &mut out, &mut scratch) {
                                stop.store(true, Ordering::Relaxed);
                                return Err(e);
                            }
                        }
                        if done_tx.send((rows, out)).is_err() {
                            break;
                        }
                    }
                    Ok(())
                }));
            }
            drop(done_tx);
            drop(work_rx);
            let writer = {
                let (pool_tx, stop) = (pool_tx.clone(), &stop);
                scope.spawn(move || ordered::write(job, done_rx, pool_tx, write, stop))
            };
            let read = self.read::<J>(inputs, attach, &pool_rx, &work_tx, &stop);
            if read.is_err() {
                stop.store(true, Ordering::Relaxed);
            }
            drop(work_tx);
            drop(pool_tx);
            let mut first_error: Option<J::Error> = read.err();
            for h in handles {
                if let Ok(Err(e)) = h.join() {
                    first_error.get_or_insert(e);
                }
            }
            let written = writer.join().unwrap_or_else(|_| {
                Err(J::Error::from(RosterError {
                    location: crate::Location::new(&std::sync::Arc::from(""), 0, None),
                    message: "the writer thread failed".into(),
                    hint: String::new(),
                }))
            });
            match first_error {
                Some(e) => Err(e),
                None => written,
            }
        })
    }
}
