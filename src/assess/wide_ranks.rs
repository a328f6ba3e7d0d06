//! `WideRanks`: the ranks of each roster-wide quota ranked so far, kept by roster
//! row in a temporary file of 16-byte records ([`RowRank`]), read again in step
//! with the roster on every later pass.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};

use crate::assess::rank_key::take;
use crate::assess::roster_quota::WideChunk;
use crate::io::external_sort::Record;

/// A competitor's rank (1-based) and row, as kept on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowRank {
    /// The worker's place among the roster's rows.
    pub row: u64,
    /// 1-based rank among the quota's competitors.
    pub rank: u64,
}

impl Record for RowRank {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.row.to_le_bytes());
        out.extend_from_slice(&self.rank.to_le_bytes());
    }

    fn decode(bytes: &mut &[u8]) -> io::Result<RowRank> {
        Ok(RowRank {
            row: u64::from_le_bytes(take(bytes)?),
            rank: u64::from_le_bytes(take(bytes)?),
        })
    }

    fn size(&self) -> usize {
        std::mem::size_of::<RowRank>()
    }
}

/// The ranks of each roster-wide quota ranked so far, by roster row on disk,
/// read again in step with the roster on every later pass.
#[derive(Debug, Default)]
pub struct WideRanks {
    files: Vec<RankFile>,
}

/// One quota's ranks, in roster order.
#[derive(Debug)]
struct RankFile {
    quota: usize,
    file: File,
    reader: Option<BufReader<File>>,
    next: Option<RowRank>,
}

impl WideRanks {
    /// Keeps `file`, quota `quota`'s ranks in roster order, for the passes after.
    pub fn keep(&mut self, quota: usize, file: File) {
        self.files.push(RankFile {
            quota,
            file,
            reader: None,
            next: None,
        });
    }

    /// Starts every file again from its first rank, for the next pass.
    pub fn rewind(&mut self) -> io::Result<()> {
        for f in &mut self.files {
            f.file.seek(SeekFrom::Start(0))?;
            f.reader = Some(BufReader::with_capacity(1 << 16, f.file.try_clone()?));
            f.next = None;
        }
        Ok(())
    }

    /// Gives the chunk of `len` rows from `first_row` the ranks of its
    /// competitors of every quota ranked so far.
    pub fn attach(&mut self, first_row: u64, len: usize, chunk: &mut WideChunk) -> io::Result<()> {
        chunk.first_row = first_row;
        let end = first_row + len as u64;
        for f in &mut self.files {
            if chunk.ranks.len() <= f.quota {
                chunk.ranks.resize_with(f.quota + 1, Vec::new);
            }
            let ranks = &mut chunk.ranks[f.quota];
            loop {
                if f.next.is_none() {
                    f.next = f.read()?;
                }
                match f.next {
                    Some(r) if r.row < end => {
                        ranks.push(r);
                        f.next = None;
                    }
                    _ => break,
                }
            }
        }
        Ok(())
    }
}

impl RankFile {
    fn read(&mut self) -> io::Result<Option<RowRank>> {
        let Some(reader) = &mut self.reader else {
            return Ok(None);
        };
        let mut bytes = [0u8; 16];
        match reader.read_exact(&mut bytes) {
            Ok(()) => RowRank::decode(&mut bytes.as_slice()).map(Some),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
            Err(e) => Err(e),
        }
    }
}
