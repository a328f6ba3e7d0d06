//! `Rows`: a chunk of whole enterprises' raw roster rows, as the reader hands
//! them to a worker thread, and `RosterFile`, the file they come from.

use std::sync::{Arc, OnceLock};

use csv::StringRecord;

use crate::io::Records;
use crate::roster::{Columns, RosterErrors, Row};
use crate::{Location, Period, Schedule};

/// A roster file as the workers see it: its name, header and bindings.
#[derive(Debug)]
pub struct RosterFile {
    /// The file's name as given (a path or `-`).
    pub name: Arc<str>,
    /// The file (or sheet) as a location, to place errors in.
    pub origin: Location,
    /// The header row.
    pub headers: StringRecord,
    /// Per schedule, the header bound to it, bound on first use.
    columns: Vec<OnceLock<Result<Columns, RosterErrors>>>,
    /// The pay month the rows are read for, if one.
    period: Option<Period>,
}

impl RosterFile {
    pub(crate) fn new(
        origin: Location,
        headers: StringRecord,
        schedules: usize,
        period: Option<Period>,
    ) -> RosterFile {
        RosterFile {
            name: Arc::clone(&origin.file),
            origin,
            headers,
            columns: (0..schedules).map(|_| OnceLock::new()).collect(),
            period,
        }
    }

    /// The header bound to schedule `index` (bound once, by whichever worker
    /// needs it first).
    pub fn columns(&self, index: usize, schedule: &Schedule) -> &Result<Columns, RosterErrors> {
        static UNBOUND: OnceLock<Result<Columns, RosterErrors>> = OnceLock::new();
        match self.columns.get(index) {
            Some(slot) => slot.get_or_init(|| {
                let mut columns = Columns::bind(&self.origin, &self.headers, schedule)?;
                if let Some(period) = self.period {
                    columns.set_period(period);
                }
                Ok(columns)
            }),
            None => UNBOUND.get_or_init(|| Err(RosterErrors::default())),
        }
    }
}

/// Whole enterprises' raw rows: the reader splits fields only; workers check
/// the UTF-8 and parse, in parallel.
#[derive(Debug)]
pub struct Rows {
    /// Chunks are numbered in input order; the writer puts them back in it.
    pub(crate) seq: u64,
    pub(crate) file: Option<Arc<RosterFile>>,
    pub(crate) enterprise_col: Option<usize>,
    pub(crate) records: Records,
    /// The rows a chunk is cut at ([`Pipeline::chunk_rows`](crate::pipeline::Pipeline)):
    /// buffers for up to twice that are kept when the chunk is recycled.
    pub(crate) keep: usize,
    /// Rows the reader left out (a batch row naming no enterprise).
    pub skipped: RosterErrors,
}

impl Rows {
    pub(crate) fn new() -> Rows {
        Rows {
            seq: 0,
            file: None,
            enterprise_col: None,
            records: Records::new(),
            keep: crate::pipeline::CHUNK_ROWS,
            skipped: RosterErrors::with_limit(usize::MAX),
        }
    }

    /// Empties the chunk for reuse, keeping its buffers (but not those a very
    /// large enterprise grew: see [`let_go_of_large`]). The measure is the
    /// pipeline's own chunk size: against a smaller one, every chunk of a
    /// larger pipeline would free and re-make thousands of rows' buffers.
    pub(crate) fn recycle(&mut self) {
        self.records.let_go_of_large(self.keep);
        self.file = None;
        self.skipped = RosterErrors::with_limit(usize::MAX);
    }

    /// The file the rows come from (`None` only for a chunk never filled).
    pub fn file(&self) -> Option<&Arc<RosterFile>> {
        self.file.as_ref()
    }

    /// The chunk's place in the input: chunks are numbered from 0 in order.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// How many rows the chunk holds (without those the reader left out).
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when the chunk holds no rows.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Row `i`'s fields as text, if the row is UTF-8.
    pub fn row(&self, i: usize) -> Option<Row<'_>> {
        Row::in_records(&self.records, i)
    }

    /// Field `col` of row `i` as it was read (empty past the row's end).
    pub fn field(&self, i: usize, col: usize) -> &[u8] {
        self.records.field(i, col).unwrap_or(b"")
    }

    /// The line of row `i` in its file.
    pub fn line(&self, i: usize) -> u64 {
        self.records.line(i)
    }

    /// Row `i`'s enterprise id as the reader grouped it (trimmed bytes; empty
    /// for a roster without the column).
    pub fn enterprise(&self, i: usize) -> &[u8] {
        match self.enterprise_col {
            Some(col) => self.field(i, col).trim_ascii(),
            None => b"",
        }
    }

    /// The ranges of rows of each enterprise, in order.
    pub fn enterprises(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let mut start = 0;
        std::iter::from_fn(move || {
            if start >= self.len() {
                return None;
            }
            let id = self.enterprise(start);
            let mut end = start + 1;
            while end < self.len() && self.enterprise(end) == id {
                end += 1;
            }
            let range = start..end;
            start = end;
            Some(range)
        })
    }
}

/// Lets go of a reused buffer that one very large enterprise grew past two
/// chunks of `keep` rows. Every buffer in flight is reused, so without this
/// each would in time keep the largest enterprise's size, and memory would
/// follow that enterprise times the chunks in flight rather than the chunks.
pub(crate) fn let_go_of_large<T>(buffer: &mut Vec<T>, keep: usize) {
    if buffer.len() > keep.saturating_mul(2) {
        buffer.truncate(keep);
        buffer.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::CHUNK_ROWS;

    #[test]
    fn a_buffer_a_large_enterprise_grew_is_let_go_of_and_others_are_kept() {
        let mut large: Vec<u8> = vec![0; 2 * CHUNK_ROWS + 1];
        let_go_of_large(&mut large, CHUNK_ROWS);
        assert_eq!(large.len(), CHUNK_ROWS);
        assert!(large.capacity() < 2 * CHUNK_ROWS);
        let mut two_chunks: Vec<u8> = vec![0; 2 * CHUNK_ROWS];
        let_go_of_large(&mut two_chunks, CHUNK_ROWS);
        assert_eq!(two_chunks.len(), 2 * CHUNK_ROWS);
        // Against larger chunks (batch cuts at 8192), the same buffer is kept.
        let mut chunk: Vec<u8> = vec![0; 2 * CHUNK_ROWS + 1];
        let_go_of_large(&mut chunk, 2 * CHUNK_ROWS);
        assert_eq!(chunk.len(), 2 * CHUNK_ROWS + 1);
        // A whole roster in one chunk (usize::MAX rows) keeps everything.
        let_go_of_large(&mut chunk, usize::MAX);
        assert_eq!(chunk.len(), 2 * CHUNK_ROWS + 1);
    }

    #[test]
    fn a_recycled_chunk_keeps_buffers_for_up_to_twice_its_own_size() {
        let mut rows = Rows::new();
        rows.keep = 10;
        for i in 0..15 {
            rows.records.push_line(b"E1,2,3", b',', i);
        }
        rows.recycle();
        assert!(rows.is_empty() && rows.records.capacity() >= 15);
        rows.enterprise_col = Some(0);
        for i in 0..21 {
            rows.records.push_line(b"E1,2,3", b',', i);
        }
        rows.recycle();
        assert!(rows.records.capacity() < 21, "{}", rows.records.capacity());
        rows.records.push_line(b"E1,2,3", b',', 1);
        assert_eq!(rows.enterprise(0), b"E1");
    }
}
