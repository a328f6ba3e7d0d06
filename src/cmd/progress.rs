//! The progress line of a long command on stderr: a bar over the input's
//! bytes, the rows done, rows per second and the time left, in the user's
//! language. Hidden when stderr is not a terminal (indicatif's rule) or `-q`.
//!
//! Every roster command gets it the same way: [`track`] wraps the roster's
//! reader, counts the bytes and the CSV records that pass through it and
//! redraws the line, so neither the pipeline nor the loaders need to know.

use std::io::{self, Read};
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::t;

/// A progress line over `total` bytes of input.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    total: u64,
}

impl Progress {
    /// A bar for reading `total` bytes (0 when unknown, such as stdin).
    pub fn new(total: u64) -> Progress {
        let target = if super::quiet() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let bar = ProgressBar::with_draw_target(Some(total.max(1)), target);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {percent:>3}% {msg}") {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            total,
        }
    }

    /// `bytes` of the input read so far, `rows` of it done.
    pub fn update(&self, bytes: u64, rows: u64) {
        if self.bar.is_hidden() {
            return;
        }
        self.bar.set_position(bytes);
        self.bar
            .set_message(line(self.started.elapsed(), bytes, self.total, rows));
    }

    /// Removes the line, leaving the terminal as it was.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    /// Whether nothing is drawn (stderr is not a terminal, or `-q`).
    pub fn is_hidden(&self) -> bool {
        self.bar.is_hidden()
    }
}

/// The roster at `path` (`-` is stdin) read through a progress line: the
/// line shows while the returned [`Tracked`] is alive and is cleared when it
/// is dropped, on success and on error alike. A workbook gets no line: its
/// bytes are a zip, not rows, and they are read whole before the first row.
pub fn track<'a>(path: &str, reader: Box<dyn Read + 'a>) -> (Box<dyn Read + 'a>, Tracked) {
    let total = if path == "-" {
        0
    } else {
        std::fs::metadata(path).map_or(0, |m| m.len())
    };
    let progress = Arc::new(Progress::new(total));
    if progress.is_hidden() {
        return (reader, Tracked(progress));
    }
    let counting = Counting {
        inner: reader,
        progress: Arc::clone(&progress),
        records: RecordCounter::default(),
        bytes: 0,
        workbook: false,
    };
    (Box::new(counting), Tracked(progress))
}

/// Keeps a progress line on screen; clears it when dropped.
#[derive(Debug)]
pub struct Tracked(Arc<Progress>);

impl Drop for Tracked {
    fn drop(&mut self) {
        self.0.finish();
    }
}

/// A reader that counts what passes and redraws the line.
struct Counting<R> {
    inner: R,
    progress: Arc<Progress>,
    records: RecordCounter,
    bytes: u64,
    /// The input is a workbook (zip or OLE magic at its start): not counted.
    workbook: bool,
}

/// The first bytes of an .xlsx/.ods (zip) and of an .xls (OLE).
const WORKBOOK_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"\xD0\xCF\x11\xE0"];

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let read = buf.get(..n).unwrap_or_default();
        if self.bytes == 0 && WORKBOOK_MAGIC.iter().any(|m| read.starts_with(m)) {
            self.workbook = true;
            self.progress.finish();
        }
        if self.workbook {
            return Ok(n);
        }
        self.records.feed(read);
        self.bytes += u64::try_from(n).unwrap_or(u64::MAX);
        self.progress.update(self.bytes, self.records.rows());
        Ok(n)
    }
}

/// Counts CSV records by their line ends outside quotes, so a cell with a
/// line break in it is one row. `"` and `\n` are the same bytes in UTF-8 and
/// GBK (GBK's second bytes are 0x40 and above), so the count holds for both.
#[derive(Debug, Default)]
struct RecordCounter {
    lines: u64,
    quoted: bool,
    /// Bytes since the last line end: a last row without one still counts.
    open: bool,
}

impl RecordCounter {
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            match b {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => {
                    self.lines += 1;
                    self.open = false;
                    continue;
                }
                _ => {}
            }
            self.open = true;
        }
    }

    /// Data rows so far: the records less the header row.
    fn rows(&self) -> u64 {
        (self.lines + u64::from(self.open)).saturating_sub(1)
    }
}

/// `12,345 rows, 4,100 rows/s, 3 s left`: integer arithmetic only.
fn line(elapsed: Duration, bytes: u64, total: u64, rows: u64) -> String {
    let millis = elapsed.as_millis().max(1);
    let rate = u128::from(rows) * 1000 / millis;
    // The first second's rate says little about the rest: no time left yet.
    let left = if bytes == 0 || total <= bytes || elapsed < Duration::from_secs(1) {
        None
    } else {
        let remaining = millis * u128::from(total - bytes) / u128::from(bytes);
        Some(u64::try_from(remaining.div_ceil(1000)).unwrap_or(u64::MAX))
    };
    let rate = u64::try_from(rate).unwrap_or(u64::MAX);
    match left {
        Some(seconds) => t!("progress-line", rows = rows, rate = rate, seconds = seconds),
        None => t!("progress-line-done", rows = rows, rate = rate),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_line_counts_rows_rate_and_time_left() {
        let s = line(Duration::from_secs(2), 250, 1000, 5000);
        assert_eq!(s, "5000 rows, 2500 rows/s, 6 s left");
        let s = line(Duration::from_secs(2), 1000, 1000, 5000);
        assert_eq!(s, "5000 rows, 2500 rows/s");
        let zh =
            crate::t!(in Lang::Zh; "progress-line", rows = 5000u64, rate = 2500u64, seconds = 6u64);
        assert_eq!(zh, "5000 行，每秒 2500 行，剩余 6 秒");
        let zh = crate::t!(in Lang::Zh; "progress-line-done", rows = 5000u64, rate = 2500u64);
        assert_eq!(zh, "5000 行，每秒 2500 行");
    }

    #[test]
    fn the_time_left_is_unknown_without_a_size() {
        // stdin: no total, so no time left is promised.
        assert_eq!(
            line(Duration::from_secs(1), 500, 0, 10),
            "10 rows, 10 rows/s"
        );
        // Nothing read yet: no rate to project from.
        assert_eq!(line(Duration::from_secs(1), 0, 1000, 0), "0 rows, 0 rows/s");
    }

    #[test]
    fn records_are_counted_by_line_ends_outside_quotes() {
        let mut c = RecordCounter::default();
        assert_eq!(c.rows(), 0);
        c.feed(b"id,name\r\nA1,\"two\nlines\"\r\nA2,\"say \"\"hi\"\"\"\n");
        assert_eq!(c.rows(), 2);
        // Fed in pieces, across a quote and a line end, the count is the same.
        let mut d = RecordCounter::default();
        for piece in [&b"id,na"[..], b"me\nA1,\"x\n", b"y\"\nA2,z"] {
            d.feed(piece);
        }
        assert_eq!(d.rows(), 2, "a last row without a line end counts");
    }

    #[test]
    fn nothing_is_counted_or_drawn_when_hidden() {
        // Tests run without a terminal on stderr: the reader is left as it is.
        let (mut r, _t) = track("-", Box::new(&b"id\nA1\n"[..]));
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(s, "id\nA1\n");
    }
}
