//! `CsvSource`: a CSV text as records with their true first lines, for LF,
//! CRLF and CR files alike, and a quote that never closes named where it
//! opened.
//!
//! Most roster lines hold no quote and no stray carriage return: such a line
//! is split at its delimiters where it lies in the read buffer (one SIMD
//! search for the line's end, one for its delimiters) and stored as it was
//! read. Any other record is parsed by `csv_core`, the parser of the `csv`
//! crate, with the `csv` crate's settings, so every record reads exactly as
//! the `csv` crate reads it (csv_source_tests.rs holds the two equal on
//! random texts).

use std::io::{self, Read};

use csv::ByteRecord;
use csv_core::ReadRecordResult;

use crate::io::records::Records;
use crate::io::{CsvOptions, RecordSource};
use crate::io::{DecodeError, Problem, TableError};
use crate::Location;

/// A CSV text's records.
pub struct CsvSource<'a> {
    origin: Location,
    input: Box<dyn Read + 'a>,
    /// Read but not yet parsed: `buf[pos..filled]`.
    buf: Vec<u8>,
    pos: usize,
    filled: usize,
    eof: bool,
    /// Bytes after `pos` known to hold no line break or quote.
    scanned: usize,
    /// The line `buf[pos]` is on; CRLF, CR and LF each end one line.
    line: u64,
    /// The byte before `pos` was a CR: an LF at `pos` completes its pair.
    after_cr: bool,
    delimiter: u8,
    /// Whether lines may be split without the parser (a delimiter that is
    /// not itself a quote, a line break or part of a character).
    fast: bool,
    core: csv_core::Reader,
    /// The parser's output: the fields end to end, and their ends.
    out: Vec<u8>,
    ends: Vec<usize>,
    /// One record, for [`RecordSource::read`].
    one: Records,
}

impl std::fmt::Debug for CsvSource<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CsvSource")
            .field("origin", &self.origin)
            .field("line", &self.line)
            .finish_non_exhaustive()
    }
}

impl<'a> CsvSource<'a> {
    /// Decodes `input` (refusing a file that is not text) and parses it.
    pub fn new<R: Read + 'a>(
        origin: Location,
        input: R,
        options: CsvOptions,
    ) -> Result<(CsvSource<'a>, crate::io::Encoding), TableError> {
        let (text, encoding) = options.encoding.decode(input).map_err(|e| {
            let problem = match e {
                DecodeError::Io(e) => Problem::Io(e.to_string()),
                DecodeError::NotText(kind) => Problem::NotText(kind),
            };
            TableError::new(origin.at(1, None), problem)
        })?;
        let delimiter = options.delimiter;
        let mut core = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        // The parser drops a byte-order mark on its first call only, and its
        // first call may come in the middle of the text here: make that call
        // now, on a line break, which it skips. (A mark at the very start is
        // dropped below, as the `csv` crate drops it.)
        let _ = core.read_record(b"\n", &mut [], &mut []);
        let mut source = CsvSource {
            origin,
            input: text,
            buf: vec![0; options.buffer.max(4)],
            pos: 0,
            filled: 0,
            eof: false,
            scanned: 0,
            line: 1,
            after_cr: false,
            delimiter,
            fast: delimiter.is_ascii() && !matches!(delimiter, b'"' | b'\r' | b'\n'),
            core,
            out: vec![0; 1024],
            ends: vec![0; 64],
            one: Records::new(),
        };
        source.fill()?;
        if source.buf[..source.filled].starts_with(crate::io::UTF8_BOM) {
            source.pos = 3;
        }
        Ok((source, encoding))
    }

    /// Reads more of the text after what is left unparsed, moved to the front
    /// (the buffer doubles when the unparsed part fills it).
    fn fill(&mut self) -> Result<(), TableError> {
        if self.pos > 0 {
            self.buf.copy_within(self.pos..self.filled, 0);
            self.filled -= self.pos;
            self.pos = 0;
        }
        if self.filled == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        // Fill the free space, so that a long line is searched a few times only.
        while self.filled < self.buf.len() {
            match self.input.read(&mut self.buf[self.filled..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => self.filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    return Err(TableError::new(
                        self.origin.at(self.line, None),
                        Problem::Io(e.to_string()),
                    ))
                }
            }
        }
        Ok(())
    }

    /// Reads the next record onto the end of `records`; `Ok(false)` at the end.
    pub fn read_into(&mut self, records: &mut Records) -> Result<bool, TableError> {
        loop {
            // Line breaks before a record are blank lines: skipped, counted.
            while let Some(&b) = self.buf[..self.filled].get(self.pos) {
                match b {
                    b'\n' if self.after_cr => self.after_cr = false,
                    b'\n' => self.line += 1,
                    b'\r' => {
                        self.line += 1;
                        self.after_cr = true;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            if self.pos == self.filled {
                if self.eof {
                    return Ok(false);
                }
                self.fill()?;
                continue;
            }
            if !self.fast {
                return self.parse(records);
            }
            let rest = &self.buf[self.pos..self.filled];
            let hit = memchr::memchr3(b'\n', b'\r', b'"', &rest[self.scanned..]);
            let (body, used) = match hit.map(|k| (self.scanned + k, rest[self.scanned + k])) {
                Some((k, b'\n')) => (k, k + 1),
                Some((k, b'\r')) => match rest.get(k + 1) {
                    Some(b'\n') => (k, k + 2),
                    None if !self.eof => {
                        // Whether an LF follows is in the next read.
                        self.scanned = k;
                        self.fill()?;
                        continue;
                    }
                    // A CR alone ends a record too: the parser counts lines.
                    _ => return self.parse(records),
                },
                Some(_) => return self.parse(records),
                None if self.eof => (rest.len(), rest.len()),
                None => {
                    self.scanned = rest.len();
                    self.fill()?;
                    continue;
                }
            };
            records.push_line(&rest[..body], self.delimiter, self.line);
            if used > body {
                self.line += 1;
            }
            self.pos += used;
            self.scanned = 0;
            self.after_cr = false;
            return Ok(true);
        }
    }

    /// Parses one record at `pos` (not a line break) with `csv_core`.
    fn parse(&mut self, records: &mut Records) -> Result<bool, TableError> {
        self.scanned = 0;
        let first_line = self.line;
        let mut quotes = Quotes::default();
        let (mut nout, mut nend) = (0, 0);
        loop {
            let input = &self.buf[self.pos..self.filled];
            let (result, nin, o, e) =
                self.core
                    .read_record(input, &mut self.out[nout..], &mut self.ends[nend..]);
            let consumed = &self.buf[self.pos..self.pos + nin];
            quotes.pass(consumed, self.delimiter, &mut self.line, &mut self.after_cr);
            self.pos += nin;
            nout += o;
            nend += e;
            match result {
                ReadRecordResult::InputEmpty => {
                    if !self.eof {
                        self.fill()?;
                    }
                }
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    if let Some(opened) = quotes.open_at_end() {
                        // The open field ran to the end: it is the record's last.
                        return Err(TableError::new(
                            self.origin.at(opened, Some(nend as u64)),
                            Problem::UnterminatedQuote,
                        ));
                    }
                    records.begin(first_line);
                    let mut start = 0;
                    for &end in &self.ends[..nend] {
                        records.push_field(&self.out[start..end]);
                        start = end;
                    }
                    return Ok(true);
                }
                ReadRecordResult::End => return Ok(false),
            }
        }
    }
}

impl RecordSource for CsvSource<'_> {
    fn read(&mut self, record: &mut ByteRecord) -> Result<bool, TableError> {
        self.one.clear();
        let mut one = std::mem::take(&mut self.one);
        let read = self.read_into(&mut one);
        if let Ok(true) = read {
            one.copy_to(0, record);
        }
        self.one = one;
        read
    }

    fn read_into(
        &mut self,
        records: &mut Records,
        _scratch: &mut ByteRecord,
    ) -> Result<bool, TableError> {
        CsvSource::read_into(self, records)
    }
}

/// A record's quotes and line breaks as the parser passes over them: where a
/// quoted field opened that is still open when the text ends.
#[derive(Debug, Default)]
struct Quotes {
    /// The byte before the next one, `None` at the record's start.
    last: Option<u8>,
    in_quote: bool,
    /// A quote inside a quoted field at the end of what was passed: closing,
    /// or the first of an escaped pair, as the next byte says.
    pending: bool,
    opened: u64,
}

impl Quotes {
    /// Passes over `bytes`, counting their line breaks into `line`.
    fn pass(&mut self, bytes: &[u8], delimiter: u8, line: &mut u64, after_cr: &mut bool) {
        let Some(&end) = bytes.last() else {
            return;
        };
        let mut i = 0;
        if self.pending {
            self.pending = false;
            if bytes[0] == b'"' {
                // The second quote of an escaped pair.
                i = 1;
            } else {
                self.in_quote = false;
            }
        }
        while let Some(hit) = memchr::memchr3(b'"', b'\r', b'\n', &bytes[i..]) {
            let at = i + hit;
            let before = match at {
                0 => self.last,
                _ => Some(bytes[at - 1]),
            };
            i = at + 1;
            match bytes[at] {
                b'"' if self.in_quote => match bytes.get(at + 1) {
                    Some(b'"') => i = at + 2,
                    Some(_) => self.in_quote = false,
                    None => self.pending = true,
                },
                b'"' => {
                    if before.is_none_or(|b| b == delimiter || b == b'\r' || b == b'\n') {
                        self.in_quote = true;
                        self.opened = *line;
                    }
                }
                // The LF of a CRLF pair (the record's first byte is never a line break).
                b'\n' if before == Some(b'\r') => {}
                _ => *line += 1,
            }
        }
        *after_cr = end == b'\r';
        self.last = Some(end);
    }

    /// The line of a quoted field still open at the end of the text.
    fn open_at_end(&self) -> Option<u64> {
        (self.in_quote && !self.pending).then_some(self.opened)
    }
}

#[cfg(test)]
#[path = "csv_source_tests.rs"]
mod tests;
