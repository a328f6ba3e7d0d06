//! `Spill`: bytes kept in memory up to a limit, then in an anonymous temporary
//! file, and copied out in the order written. A streamed report puts each
//! rule's findings in one while the roster is read, so memory stays bounded
//! however many workers a rule finds, and the findings still come out grouped.

use std::fs::File;
use std::io::{self, Seek, SeekFrom, Write};

/// Bytes held in memory up to this many, per spill, before they go to disk.
pub const IN_MEMORY: usize = 4 << 20;

/// An append-only byte store.
#[derive(Debug)]
pub struct Spill {
    memory: Vec<u8>,
    file: Option<File>,
    /// Bytes written in all.
    len: u64,
    /// Bytes held in memory before they go to disk.
    limit: usize,
}

impl Default for Spill {
    fn default() -> Spill {
        Spill::with_limit(IN_MEMORY)
    }
}

impl Spill {
    /// An empty store, in memory until it grows.
    pub fn new() -> Spill {
        Spill::default()
    }

    /// An empty store holding up to `limit` bytes in memory (a command that
    /// keeps many spills at once gives each less than [`IN_MEMORY`]).
    pub fn with_limit(limit: usize) -> Spill {
        Spill {
            memory: Vec::new(),
            file: None,
            len: 0,
            limit: limit.max(1),
        }
    }

    /// Bytes written in all.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends bytes; past the limit ([`IN_MEMORY`] by default) they go to a temporary file (deleted
    /// by the system when it is closed, also on a crash).
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.len += bytes.len() as u64;
        if self.memory.len() + bytes.len() < self.limit {
            self.memory.extend_from_slice(bytes);
            return Ok(());
        }
        let file = match &mut self.file {
            Some(file) => file,
            None => self.file.insert(tempfile::tempfile()?),
        };
        // Appended, wherever a reader left the file's position; bytes that
        // would take the memory past its limit go straight after it.
        file.seek(SeekFrom::End(0))?;
        file.write_all(&self.memory)?;
        file.write_all(bytes)?;
        self.memory.clear();
        Ok(())
    }

    /// Everything written, in order, as a reader (the file from its start,
    /// then the bytes still in memory).
    pub fn reader(&mut self) -> io::Result<SpillReader<'_>> {
        let file = match &mut self.file {
            Some(file) => {
                file.seek(SeekFrom::Start(0))?;
                Some(io::BufReader::with_capacity(1 << 16, file))
            }
            None => None,
        };
        Ok(SpillReader {
            file,
            memory: &self.memory,
        })
    }

    /// Forgets everything written, keeping the memory for the next bytes.
    pub fn clear(&mut self) {
        self.memory.clear();
        self.file = None;
        self.len = 0;
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

/// A [`Spill`] read from its start.
#[derive(Debug)]
pub struct SpillReader<'a> {
    file: Option<io::BufReader<&'a mut File>>,
    memory: &'a [u8],
}

impl io::Read for SpillReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(file) = &mut self.file {
            match io::Read::read(file, buf)? {
                0 => self.file = None,
                n => return Ok(n),
            }
        }
        io::Read::read(&mut self.memory, buf)
    }
}

/// A spill is a sink: another spill copies itself into one.
impl Write for Spill {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        Spill::write_all(self, bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
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
    fn reads_back_in_order_from_disk_and_memory() {
        let mut spill = Spill::new();
        let chunk: Vec<u8> = (0..=255u8).cycle().take(IN_MEMORY + 11).collect();
        spill.write_all(&chunk).unwrap();
        spill.write_all(b"tail").unwrap();
        let mut back = Vec::new();
        io::Read::read_to_end(&mut spill.reader().unwrap(), &mut back).unwrap();
        assert_eq!(back.len(), chunk.len() + 4);
        assert!(back.starts_with(&chunk) && back.ends_with(b"tail"));
        // Read again, after a clear: nothing.
        spill.clear();
        back.clear();
        io::Read::read_to_end(&mut spill.reader().unwrap(), &mut back).unwrap();
        assert!(back.is_empty() && spill.is_empty());
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
