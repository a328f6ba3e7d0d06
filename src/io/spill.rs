//! `Spill`: bytes kept in memory up to a limit, then in an anonymous temporary
//! file, and copied out in the order written. A streamed report puts each
//! rule's findings in one while the roster is read, so memory stays bounded
//! however many workers a rule finds, and the findings still come out grouped.

use std::fs::File;
use std::io::{self, Seek, SeekFrom, Write};

/// Bytes held in memory up to this many, per spill, before they go to disk.
pub const IN_MEMORY: usize = 4 << 20;

/// An append-only byte store.
#[derive(Debug, Default)]
pub struct Spill {
    memory: Vec<u8>,
    file: Option<File>,
    /// Bytes written in all.
    len: u64,
}

impl Spill {
    /// An empty store, in memory until it grows.
    pub fn new() -> Spill {
        Spill::default()
    }

    /// Bytes written in all.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends bytes; past [`IN_MEMORY`] they go to a temporary file (deleted
    /// by the system when it is closed, also on a crash).
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.len += bytes.len() as u64;
        self.memory.extend_from_slice(bytes);
        if self.memory.len() >= IN_MEMORY {
            let file = match &mut self.file {
                Some(file) => file,
                None => self.file.insert(tempfile::tempfile()?),
            };
            file.write_all(&self.memory)?;
            self.memory.clear();
        }
        Ok(())
    }

    /// Writes everything to `out` in order, leaving out the first `skip` bytes.
    pub fn copy_to(&mut self, skip: u64, out: &mut dyn Write) -> io::Result<()> {
        let mut skip = skip;
        if let Some(file) = &mut self.file {
            let on_disk = file.seek(SeekFrom::End(0))?;
            file.seek(SeekFrom::Start(skip.min(on_disk)))?;
            let mut reader = io::BufReader::with_capacity(1 << 16, &mut *file);
            io::copy(&mut reader, out)?;
            skip = skip.saturating_sub(on_disk);
        }
        let start = usize::try_from(skip)
            .unwrap_or(usize::MAX)
            .min(self.memory.len());
        out.write_all(&self.memory[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_in_memory_and_on_disk() {
        let mut spill = Spill::new();
        let chunk: Vec<u8> = (0..=255u8).cycle().take(IN_MEMORY / 3 + 7).collect();
        let mut expected = Vec::new();
        for _ in 0..7 {
            spill.write_all(&chunk).unwrap();
            expected.extend_from_slice(&chunk);
        }
        spill.write_all(b"tail").unwrap();
        expected.extend_from_slice(b"tail");
        assert!(spill.file.is_some(), "past the limit it is on disk");
        assert_eq!(spill.len(), expected.len() as u64);
        let mut out = Vec::new();
        spill.copy_to(2, &mut out).unwrap();
        assert_eq!(out, expected[2..]);
    }

    #[test]
    fn a_small_spill_stays_in_memory() {
        let mut spill = Spill::new();
        spill.write_all(b",\nab").unwrap();
        assert!(spill.file.is_none());
        let mut out = Vec::new();
        spill.copy_to(2, &mut out).unwrap();
        assert_eq!(out, b"ab");
    }
}
