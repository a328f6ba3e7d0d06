//! CsvSource against the `csv` crate on random texts: the same records, at
//! the lines a plain count of line breaks gives, whatever the read buffer's
//! size and however the input arrives.

use std::io::Read;
use std::sync::Arc;

use csv::ByteRecord;
use proptest::prelude::*;

use super::*;
use crate::io::{Encoding, Records};

/// A reader that hands out at most `step` bytes a call, as a pipe may.
struct Trickle<'a> {
    text: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.text.len());
        buf[..n].copy_from_slice(&self.text[..n]);
        self.text = &self.text[n..];
        Ok(n)
    }
}

fn try_source(text: &[u8], buffer: usize, step: usize, delimiter: u8) -> Option<CsvSource<'_>> {
    let options = CsvOptions {
        encoding: Encoding::Utf8,
        delimiter,
        buffer,
    };
    let origin = Location::new(&Arc::from("t.csv"), 0, None);
    CsvSource::new(origin, Trickle { text, step }, options)
        .ok()
        .map(|(s, _)| s)
}

/// A text that is text (not empty, not sniffed as binary).
fn source(text: &[u8], buffer: usize, step: usize, delimiter: u8) -> CsvSource<'_> {
    match try_source(text, buffer, step, delimiter) {
        Some(s) => s,
        None => panic!("not text: {text:?}"),
    }
}

/// What the `csv` crate reads, each record with the line it really starts
/// on: the first byte at or after the parser's record position that is not
/// a line break, with CRLF, CR and LF each ending one line.
fn expected(text: &[u8], delimiter: u8) -> Vec<(u64, Vec<Vec<u8>>)> {
    // The decoder drops one mark, the parser one more (its first record's
    // position is before it).
    let body = text.strip_prefix(crate::io::UTF8_BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body);
    let mut out = Vec::new();
    let mut record = ByteRecord::new();
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        let mut at = record.position().map_or(0, |p| p.byte() as usize);
        if at == 0 && body.starts_with(crate::io::UTF8_BOM) {
            at = 3;
        }
        while matches!(body.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        let before = &body[..at];
        let breaks = before
            .iter()
            .enumerate()
            .filter(|&(i, &b)| b == b'\r' || (b == b'\n' && (i == 0 || before[i - 1] != b'\r')))
            .count();
        out.push((
            breaks as u64 + 1,
            record.iter().map(<[u8]>::to_vec).collect(),
        ));
    }
    out
}

type Rows = Vec<(u64, Vec<Vec<u8>>)>;

/// Whether the `csv` crate ends `text` inside a quoted field: then a line
/// after it is read into that field instead of as a record of its own.
fn open_at_end(text: &[u8], delimiter: u8) -> bool {
    let with = [text, b"\nzz"].concat();
    let last = expected(&with, delimiter).pop().map(|r| r.1);
    last != Some(vec![b"zz".to_vec()])
}

/// What CsvSource reads, by `read_into`; at an open quote, what it read
/// before and the quote's line and field.
fn read(text: &[u8], buffer: usize, step: usize, delimiter: u8) -> Result<Rows, (Rows, u64, u64)> {
    let mut s = source(text, buffer, step, delimiter);
    let mut records = Records::new();
    let all = |records: &Records| {
        (0..records.len())
            .map(|i| {
                (
                    records.line(i),
                    records.fields(i).map(<[u8]>::to_vec).collect(),
                )
            })
            .collect()
    };
    loop {
        match s.read_into(&mut records) {
            Ok(true) => {}
            Ok(false) => return Ok(all(&records)),
            Err(e) if e.problem == Problem::UnterminatedQuote => {
                return Err((
                    all(&records),
                    e.location.line,
                    e.location.column.unwrap_or(0),
                ))
            }
            Err(e) => panic!("{e}"),
        }
    }
}

/// Texts of the bytes CSV gives meaning to, and some others.
fn text() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => Just(&b"a"[..]),
        2 => Just(&b","[..]),
        2 => Just(&b"\""[..]),
        2 => Just(&b"\n"[..]),
        2 => Just(&b"\r"[..]),
        1 => Just(&b"\r\n"[..]),
        1 => Just(&b" "[..]),
        1 => Just("王".as_bytes()),
        1 => Just(&b"\xef\xbb\xbf"[..]),
        1 => Just(&b"\xff"[..]),
        1 => Just(&b";"[..]),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn reads_as_the_csv_crate_reads(
        text in text(),
        buffer in 1usize..40,
        step in 1usize..9,
        semicolon in proptest::bool::ANY,
    ) {
        let delimiter = if semicolon { b';' } else { b',' };
        prop_assume!(try_source(&text, 8, 8, delimiter).is_some());
        let want = expected(&text, delimiter);
        let open = open_at_end(&text, delimiter);
        match read(&text, buffer, step, delimiter) {
            Ok(got) => {
                prop_assert!(!open);
                prop_assert_eq!(got, want);
            }
            // Only the last record, running to the end from a quote, is refused,
            // at the line of the quote and the field it opened.
            Err((got, line, column)) => {
                prop_assert!(open);
                let (last, before) = want.split_last().expect("a record");
                prop_assert_eq!(&got[..], before);
                prop_assert_eq!(column, last.1.len() as u64);
                prop_assert!(line >= last.0, "{} {}", line, last.0);
            }
        }
    }

    #[test]
    fn reads_records_one_at_a_time_alike(text in text(), buffer in 1usize..40) {
        prop_assume!(try_source(&text, 8, 8, b',').is_some());
        let mut s = source(&text, buffer, 7, b',');
        let mut record = ByteRecord::new();
        let mut got = Vec::new();
        while let Ok(true) = RecordSource::read(&mut s, &mut record) {
            got.push((crate::io::line_of(&record), record.iter().map(<[u8]>::to_vec).collect::<Vec<_>>()));
        }
        if let Ok(want) = read(&text, buffer, 7, b',') {
            prop_assert_eq!(got, want);
        }
    }
}

#[test]
fn a_quote_left_open_is_named_at_its_line_and_field() {
    let text = "id,name\r\nE1,王伟\r\nE2,\"李\r\n\r\nE3,张\r\n";
    for buffer in [1, 5, 64 * 1024] {
        assert_eq!(
            read(text.as_bytes(), buffer, 3, b',').map_err(|e| (e.1, e.2)),
            Err((3, 2)),
            "{buffer}"
        );
    }
    let mut s = source(text.as_bytes(), 64, 64, b',');
    let mut records = Records::new();
    for _ in 0..2 {
        assert!(matches!(s.read_into(&mut records), Ok(true)));
    }
    match s.read_into(&mut records) {
        Err(e) => assert_eq!((e.location.line, e.location.column), (3, Some(2))),
        Ok(r) => panic!("{r}"),
    }
}

#[test]
fn lines_count_alike_for_lf_crlf_and_cr_and_past_quoted_breaks() {
    for nl in ["\n", "\r\n", "\r"] {
        let text = format!("h,i{nl}{nl}a,\"x{nl}y\"{nl}b,2{nl}{nl}{nl}c,3");
        let got = read(text.as_bytes(), 4, 2, b',').unwrap_or_default();
        let lines: Vec<u64> = got.iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 3, 5, 8], "{nl:?}");
        assert_eq!(got[1].1[1], format!("x{nl}y").into_bytes());
    }
}

#[test]
fn a_byte_order_mark_goes_at_the_start_only() {
    let text = b"\xef\xbb\xbfid\n\xef\xbb\xbfE1\n";
    let got = read(text, 64, 64, b',').unwrap_or_default();
    assert_eq!(
        got,
        vec![
            (1, vec![b"id".to_vec()]),
            (2, vec![b"\xef\xbb\xbfE1".to_vec()])
        ]
    );
}

#[test]
fn a_line_longer_than_the_buffer_is_read_whole() {
    let long = "x".repeat(100_000);
    let text = format!("h\n{long},{long}\r\nend");
    let got = read(text.as_bytes(), 16, 4096, b',').unwrap_or_default();
    assert_eq!(got.len(), 3);
    assert_eq!(
        (got[1].0, got[1].1.len(), got[1].1[1].len()),
        (2, 2, 100_000)
    );
    assert_eq!(got[2], (3, vec![b"end".to_vec()]));
}
