//! `LineIndex`: a reader that passes text through unchanged while noting where
//! its lines start and whether a quoted CSV field is left open at the end.
//!
//! The CSV parser counts `\n` only, and counts the `\n` of a CRLF pair as part of
//! the next record, so its line numbers are one low in files Excel writes, stay at
//! 1 in old Mac files (CR only) and drift after blank lines. This wrapper sees
//! every byte the parser sees (one SIMD search for `"`, `\r` and `\n`, nothing per
//! byte in Rust), so a record's true first line can be looked up from its byte
//! offset.

use std::collections::VecDeque;
use std::io::{self, Read};

/// Where a quoted field opened that was never closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenQuote {
    /// Byte offset of the opening quote in the decoded text.
    pub offset: u64,
    /// Its line, counting CRLF, CR and LF each as one line break.
    pub line: u64,
}

/// Passes bytes through, indexing line starts and following quotes.
#[derive(Debug)]
pub struct LineIndex<R> {
    inner: R,
    delimiter: u8,
    /// Bytes seen so far.
    offset: u64,
    /// Lines started so far (the first line is 1).
    line: u64,
    /// Starts of non-blank lines not yet looked up: (offset, line). A blank line
    /// (one that starts with a line break) is dropped when that is seen.
    starts: VecDeque<(u64, u64)>,
    /// The byte before the current one, for CRLF pairs and field starts.
    last: Option<u8>,
    in_quote: bool,
    /// A quote inside a quoted field whose meaning (closing, or the first of an
    /// escaped pair) depends on the next byte.
    quote_pending: bool,
    opened: OpenQuote,
    /// Set at the end of the input when a quoted field is still open.
    unterminated: Option<OpenQuote>,
}

impl<R: Read> LineIndex<R> {
    /// Reads `inner`, remembering where each line starts, with `delimiter` separating fields.
    pub fn new(inner: R, delimiter: u8) -> Self {
        let mut starts = VecDeque::with_capacity(1024);
        starts.push_back((0, 1));
        LineIndex {
            inner,
            delimiter,
            offset: 0,
            line: 1,
            starts,
            last: None,
            in_quote: false,
            quote_pending: false,
            opened: OpenQuote { offset: 0, line: 1 },
            unterminated: None,
        }
    }

    /// The line of the first non-blank line starting at or after `offset`, which
    /// is where the parser's record starting at `offset` really begins. Offsets
    /// must be asked in increasing order: earlier starts are forgotten.
    pub fn line_at(&mut self, offset: u64) -> u64 {
        while let Some(&(start, line)) = self.starts.front() {
            if start >= offset {
                return line;
            }
            self.starts.pop_front();
        }
        self.line
    }

    /// The quoted field left open at the end of the input, once the end is read.
    pub fn unterminated(&self) -> Option<OpenQuote> {
        self.unterminated
    }

    fn scan(&mut self, buf: &[u8]) {
        let base = self.offset;
        let mut from = 0;
        if self.quote_pending {
            if let Some(&b) = buf.first() {
                self.quote_pending = false;
                if b == b'"' {
                    // The second quote of an escaped pair.
                    from = 1;
                    self.last = Some(b'"');
                } else {
                    self.in_quote = false;
                }
            }
        }
        let mut i = from;
        while let Some(hit) = memchr::memchr3(b'"', b'\r', b'\n', &buf[i..]) {
            let at = i + hit;
            let before = if at > 0 { Some(buf[at - 1]) } else { self.last };
            let byte = buf[at];
            let pos = base + at as u64;
            i = at + 1;
            if byte == b'"' {
                if self.in_quote {
                    match buf.get(at + 1) {
                        Some(b'"') => i = at + 2,
                        Some(_) => self.in_quote = false,
                        None => self.quote_pending = true,
                    }
                } else if before.is_none_or(|b| b == self.delimiter || b == b'\r' || b == b'\n') {
                    self.in_quote = true;
                    self.opened = OpenQuote {
                        offset: pos,
                        line: self.line,
                    };
                }
                continue;
            }
            if byte == b'\n' && before == Some(b'\r') {
                // The LF of a CRLF pair: the line starts one byte later.
                if let Some(last) = self.starts.back_mut() {
                    if last.0 == pos {
                        last.0 = pos + 1;
                    }
                }
                continue;
            }
            if self.starts.back().is_some_and(|&(start, _)| start == pos) {
                // The line that started here is blank.
                self.starts.pop_back();
            }
            self.line += 1;
            self.starts.push_back((pos + 1, self.line));
        }
        if let Some(&b) = buf.last() {
            self.last = Some(b);
        }
        self.offset += buf.len() as u64;
    }
}

impl<R: Read> Read for LineIndex<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            if self.in_quote && !self.quote_pending {
                self.unterminated = Some(self.opened);
            }
        } else {
            self.scan(&buf[..n]);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `text` in pieces of `step` bytes and returns the index.
    fn index(text: &str, step: usize) -> LineIndex<&[u8]> {
        let mut r = LineIndex::new(text.as_bytes(), b',');
        let mut buf = vec![0; step];
        while r.read(&mut buf).unwrap() > 0 {}
        r
    }

    #[test]
    fn lines_count_alike_for_lf_crlf_and_cr() {
        for nl in ["\n", "\r\n", "\r"] {
            let text = format!("h{nl}a{nl}{nl}b{nl}c");
            for step in [1, 2, 3, 64] {
                let mut r = index(&text, step);
                let a = text.find('a').unwrap() as u64;
                let b = text.find('b').unwrap() as u64;
                let c = text.find('c').unwrap() as u64;
                assert_eq!(r.line_at(0), 1, "{nl:?} {step}");
                assert_eq!(r.line_at(a), 2, "{nl:?} {step}");
                // The parser's next record starts two bytes after a (past the
                // LF, or the CR of a CRLF pair): the blank line is skipped.
                assert_eq!(r.line_at(a + 2), 4, "{nl:?} {step}");
                assert_eq!(r.line_at(b), 4);
                assert_eq!(r.line_at(c), 5);
                assert_eq!(r.unterminated(), None);
            }
        }
    }

    #[test]
    fn an_open_quote_is_found_where_it_opened() {
        for step in [1, 2, 5, 64] {
            let r = index("h,i\r\nE1,\"王\r\nE2,x\r\n", step);
            assert_eq!(r.unterminated().map(|q| q.line), Some(2), "{step}");
            // Escaped pairs, a stray quote inside a field, a closed multi-line field.
            let r = index("h,i\n\"a\"\"b\",5\"\n\"x\ny\",z\n", step);
            assert_eq!(r.unterminated(), None, "{step}");
            let r = index("h,i\n\"a\"\"", step);
            assert_eq!(r.unterminated().map(|q| q.offset), Some(4), "{step}");
            let r = index("h,i\n\"a\"", step);
            assert_eq!(r.unterminated(), None, "{step}");
        }
    }
}
