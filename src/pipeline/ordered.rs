//! The pipeline's ordered writer: finished chunks come back in any order; the
//! writer hands them on in input order and returns their buffers to the pool.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

use crossbeam_channel::{Receiver, Sender};

use crate::pipeline::{Job, Rows, Writer};

/// Puts finished chunks in input order and gives each to `write`. After the
/// first error it only recycles (so the reader and workers can finish) and
/// returns that error at the end.
pub(crate) fn write<J: Job>(
    job: &J,
    done: Receiver<(Rows, J::Out)>,
    pool: Sender<(Rows, J::Out)>,
    write: &mut Writer<'_, J>,
    stop: &AtomicBool,
) -> Result<(), J::Error> {
    let mut waiting: BTreeMap<u64, (Rows, J::Out)> = BTreeMap::new();
    let mut next = 0;
    let mut failed: Option<J::Error> = None;
    for chunk in done {
        waiting.insert(chunk.0.seq, chunk);
        while let Some((mut rows, mut out)) = waiting.remove(&next) {
            next += 1;
            if failed.is_none() {
                if let Err(e) = write(&mut rows, &mut out) {
                    failed = Some(e);
                    stop.store(true, Ordering::Relaxed);
                }
            }
            rows.recycle();
            job.reset(&mut out);
            let _ = pool.send((rows, out));
        }
    }
    match failed {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
