//! `ExternalSort`: records sorted in bounded memory. Records are kept in memory
//! up to a budget of bytes; past it each full buffer is sorted and written to
//! an anonymous temporary file (a run), and reading merges the runs. The
//! order is the caller's comparison; records that compare equal come out in
//! the order they were pushed (as a stable sort leaves them).

use std::cmp::Ordering;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// Bytes of records held in memory before a run goes to disk.
pub const BUDGET: usize = 24 << 20;

/// A record an external sort keeps on disk.
pub trait Record: Sized {
    /// Appends the record's bytes.
    fn encode(&self, out: &mut Vec<u8>);
    /// Reads one record back from the front of `bytes`, advancing it.
    fn decode(bytes: &mut &[u8]) -> io::Result<Self>;
    /// About how many bytes the record takes in memory.
    fn size(&self) -> usize;
}

/// Records pushed in any order, read back sorted.
pub struct ExternalSort<T, F> {
    order: F,
    budget: usize,
    memory: Vec<T>,
    held: usize,
    runs: Vec<File>,
    pushed: u64,
}

impl<T, F> std::fmt::Debug for ExternalSort<T, F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExternalSort")
            .field("pushed", &self.pushed)
            .field("runs", &self.runs.len())
            .finish_non_exhaustive()
    }
}

impl<T: Record, F: Fn(&T, &T) -> Ordering> ExternalSort<T, F> {
    /// An empty sort by `order`, holding up to [`BUDGET`] bytes in memory.
    pub fn new(order: F) -> Self {
        ExternalSort::with_budget(order, BUDGET)
    }

    /// An empty sort holding up to `budget` bytes in memory (tests use a
    /// small one to write many runs).
    pub fn with_budget(order: F, budget: usize) -> Self {
        ExternalSort {
            order,
            budget,
            memory: Vec::new(),
            held: 0,
            runs: Vec::new(),
            pushed: 0,
        }
    }

    /// Records pushed so far.
    pub fn len(&self) -> u64 {
        self.pushed
    }

    /// True when nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.pushed == 0
    }

    /// Adds a record; a full buffer goes to disk as a sorted run.
    pub fn push(&mut self, record: T) -> io::Result<()> {
        self.held += record.size();
        self.memory.push(record);
        self.pushed += 1;
        if self.held >= self.budget {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        let order = &self.order;
        self.memory.sort_by(order);
        let mut file = BufWriter::with_capacity(1 << 16, tempfile::tempfile()?);
        let mut bytes = Vec::new();
        for record in self.memory.drain(..) {
            bytes.clear();
            record.encode(&mut bytes);
            file.write_all(&(bytes.len() as u32).to_le_bytes())?;
            file.write_all(&bytes)?;
        }
        let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.seek(SeekFrom::Start(0))?;
        self.runs.push(file);
        self.memory.shrink_to(0);
        self.held = 0;
        Ok(())
    }

    /// Every record, sorted.
    pub fn finish(mut self) -> io::Result<Sorted<T, F>> {
        let order = &self.order;
        self.memory.sort_by(order);
        let mut runs = Vec::with_capacity(self.runs.len());
        for file in self.runs {
            let mut run = Run {
                file: BufReader::with_capacity(1 << 16, file),
                head: None,
                bytes: Vec::new(),
            };
            run.advance()?;
            runs.push(run);
        }
        Ok(Sorted {
            order: self.order,
            runs,
            memory: self.memory.into_iter(),
            next_memory: None,
        })
    }
}

/// One sorted run on disk and its next record.
struct Run<T> {
    file: BufReader<File>,
    head: Option<T>,
    bytes: Vec<u8>,
}

impl<T: Record> Run<T> {
    fn advance(&mut self) -> io::Result<()> {
        let mut len = [0u8; 4];
        match self.file.read_exact(&mut len) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                self.head = None;
                return Ok(());
            }
            Err(e) => return Err(e),
        }
        self.bytes.resize(u32::from_le_bytes(len) as usize, 0);
        self.file.read_exact(&mut self.bytes)?;
        let mut slice = self.bytes.as_slice();
        self.head = Some(T::decode(&mut slice)?);
        Ok(())
    }
}

/// The records of an [`ExternalSort`], in order: the runs merged with the
/// records still in memory. Of equal records, those of an earlier run (pushed
/// earlier) come first, and the ones in memory (pushed last) last.
pub struct Sorted<T, F> {
    order: F,
    runs: Vec<Run<T>>,
    memory: std::vec::IntoIter<T>,
    next_memory: Option<T>,
}

impl<T: Record, F: Fn(&T, &T) -> Ordering> Iterator for Sorted<T, F> {
    type Item = io::Result<T>;

    fn next(&mut self) -> Option<io::Result<T>> {
        if self.next_memory.is_none() {
            self.next_memory = self.memory.next();
        }
        // The least head; the first of equal ones, so equal records keep the
        // order they were pushed in.
        let mut best: Option<usize> = None;
        for (i, run) in self.runs.iter().enumerate() {
            let Some(head) = &run.head else { continue };
            let better = match best.and_then(|b| self.runs[b].head.as_ref()) {
                Some(current) => (self.order)(head, current) == Ordering::Less,
                None => true,
            };
            if better {
                best = Some(i);
            }
        }
        let from_run = match (best, &self.next_memory) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(b), Some(m)) => self.runs[b]
                .head
                .as_ref()
                .is_some_and(|h| (self.order)(m, h) != Ordering::Less),
        };
        if !from_run {
            return self.next_memory.take().map(Ok);
        }
        let run = &mut self.runs[best?];
        let record = run.head.take();
        if let Err(e) = run.advance() {
            return Some(Err(e));
        }
        record.map(Ok)
    }
}

impl<T, F> std::fmt::Debug for Sorted<T, F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sorted")
            .field("runs", &self.runs.len())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A key and the order it was pushed in.
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct Pair(u8, u32);

    impl Record for Pair {
        fn encode(&self, out: &mut Vec<u8>) {
            out.push(self.0);
            out.extend_from_slice(&self.1.to_le_bytes());
        }
        fn decode(bytes: &mut &[u8]) -> io::Result<Pair> {
            let (head, rest) = bytes
                .split_first_chunk::<5>()
                .ok_or(io::ErrorKind::InvalidData)?;
            *bytes = rest;
            Ok(Pair(
                head[0],
                u32::from_le_bytes([head[1], head[2], head[3], head[4]]),
            ))
        }
        fn size(&self) -> usize {
            8
        }
    }

    proptest! {
        /// Sorted on disk as a stable sort in memory sorts, whatever the budget.
        #[test]
        fn the_same_order_as_a_stable_sort(keys in proptest::collection::vec(0u8..6, 0..300), budget in 1usize..200) {
            let records: Vec<Pair> = keys.iter().enumerate().map(|(i, &k)| Pair(k, i as u32)).collect();
            let mut sort = ExternalSort::with_budget(|a: &Pair, b: &Pair| a.0.cmp(&b.0), budget);
            for r in &records {
                sort.push(r.clone()).unwrap();
            }
            prop_assert_eq!(sort.len(), records.len() as u64);
            let got: Vec<Pair> = sort.finish().unwrap().collect::<io::Result<_>>().unwrap();
            let mut want = records;
            want.sort_by_key(|p| p.0);
            prop_assert_eq!(got, want);
        }
    }
}
