//! `Records`: many table rows in three flat buffers (their bytes, their fields'
//! ends, one entry a row): how the roster pipeline holds a chunk. A row costs
//! one copy of its line and one integer a field, never an allocation of its
//! own, and a CSV line with nothing to unquote is stored as it was read.

use csv::ByteRecord;

/// Rows of fields. Each field is followed by one separator byte (the line's
/// own delimiter, or a comma after a field that had to be unquoted), so a
/// field starts one byte after the previous one ends.
#[derive(Debug, Default, Clone)]
pub struct Records {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    rows: Vec<RowAt>,
}

/// Where a row's bytes and fields begin, and its line in its file.
#[derive(Debug, Clone, Copy)]
struct RowAt {
    start: usize,
    first: usize,
    line: u64,
}

impl Records {
    /// No rows.
    pub fn new() -> Records {
        Records::default()
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Forgets every row, keeping the buffers.
    pub fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
        self.rows.clear();
    }

    /// Rows the buffers have room for.
    pub fn capacity(&self) -> usize {
        self.rows.capacity()
    }

    /// Empties the buffers and lets go of them when they had room for more
    /// than twice `rows` rows (one very large enterprise grew them): see
    /// [`let_go_of_large`](crate::pipeline::let_go_of_large).
    pub(crate) fn let_go_of_large(&mut self, rows: usize) {
        let held = self.rows.capacity();
        self.clear();
        if held > rows.saturating_mul(2) {
            // Room for as many bytes and fields a row as the rows had.
            let per_row = |capacity: usize| (capacity / held).max(1);
            let (bytes, fields) = (
                per_row(self.bytes.capacity()),
                per_row(self.ends.capacity()),
            );
            self.rows.shrink_to(rows);
            self.bytes.shrink_to(rows.saturating_mul(bytes));
            self.ends.shrink_to(rows.saturating_mul(fields));
        }
    }

    /// Adds a row whose fields are `line` split at every `delimiter` (a line
    /// without quotes or line breaks, as the CSV reader's fast path finds it).
    pub(crate) fn push_line(&mut self, line: &[u8], delimiter: u8, number: u64) {
        let start = self.bytes.len();
        self.rows.push(RowAt {
            start,
            first: self.ends.len(),
            line: number,
        });
        self.bytes.extend_from_slice(line);
        self.bytes.push(delimiter);
        // Eight bytes at a time: fields are short, and a search call a field
        // costs more than the bytes it passes over.
        let mut words = line.chunks_exact(8);
        let mut at = start;
        for word in &mut words {
            let mut found = word
                .try_into()
                .map_or(0, |w| bytes_equal(u64::from_le_bytes(w), delimiter));
            while found != 0 {
                self.ends.push(at + (found.trailing_zeros() / 8) as usize);
                found &= found - 1;
            }
            at += 8;
        }
        for (k, &b) in words.remainder().iter().enumerate() {
            if b == delimiter {
                self.ends.push(at + k);
            }
        }
        self.ends.push(start + line.len());
    }

    /// Starts a row of fields given one by one ([`Records::push_field`]).
    pub(crate) fn begin(&mut self, number: u64) {
        self.rows.push(RowAt {
            start: self.bytes.len(),
            first: self.ends.len(),
            line: number,
        });
    }

    /// Adds a field to the row begun last.
    pub(crate) fn push_field(&mut self, field: &[u8]) {
        self.bytes.extend_from_slice(field);
        self.ends.push(self.bytes.len());
        self.bytes.push(b',');
    }

    /// Adds a record read some other way (a spreadsheet's row) on `line`.
    pub fn push_record(&mut self, record: &ByteRecord, line: u64) {
        self.begin(line);
        for field in record {
            self.push_field(field);
        }
    }

    /// Takes the last row away.
    pub fn pop(&mut self) {
        if let Some(row) = self.rows.pop() {
            self.bytes.truncate(row.start);
            self.ends.truncate(row.first);
        }
    }

    /// Moves the last row to the end of `other`.
    pub(crate) fn move_last_to(&mut self, other: &mut Records) {
        let Some(row) = self.rows.last().copied() else {
            return;
        };
        other.begin(row.line);
        let shift = other.bytes.len().wrapping_sub(row.start);
        other.bytes.extend_from_slice(&self.bytes[row.start..]);
        other.ends.extend(
            self.ends[row.first..]
                .iter()
                .map(|&end| end.wrapping_add(shift)),
        );
        self.pop();
    }

    /// The line (or sheet row) row `i` starts on.
    pub fn line(&self, i: usize) -> u64 {
        self.rows[i].line
    }

    /// Row `i`'s fields' ends (offsets into [`Records::bytes_from`]'s bytes
    /// plus the row's start) and the row's start.
    pub(crate) fn ends(&self, i: usize) -> (&[usize], usize) {
        let row = self.rows[i];
        let last = self.rows.get(i + 1).map_or(self.ends.len(), |r| r.first);
        (&self.ends[row.first..last], row.start)
    }

    /// Row `i`'s bytes, from its first field's start to its last field's end.
    pub(crate) fn text(&self, i: usize) -> &[u8] {
        let (ends, start) = self.ends(i);
        &self.bytes[start..ends.last().copied().unwrap_or(start)]
    }

    /// How many fields row `i` has.
    pub fn field_count(&self, i: usize) -> usize {
        self.ends(i).0.len()
    }

    /// Field `j` of row `i`, if the row has one.
    pub fn field(&self, i: usize, j: usize) -> Option<&[u8]> {
        let (ends, start) = self.ends(i);
        let end = *ends.get(j)?;
        let from = match j {
            0 => start,
            _ => ends[j - 1] + 1,
        };
        self.bytes.get(from..end)
    }

    /// Row `i`'s fields in order.
    pub fn fields(&self, i: usize) -> impl Iterator<Item = &[u8]> + '_ {
        (0..self.field_count(i)).map(move |j| self.field(i, j).unwrap_or(b""))
    }

    /// Row `i` as a record (for readers of one record at a time).
    pub fn copy_to(&self, i: usize, record: &mut ByteRecord) {
        record.clear();
        for field in self.fields(i) {
            record.push_field(field);
        }
        let mut position = csv::Position::new();
        position.set_line(self.line(i));
        record.set_position(Some(position));
    }

    /// True when every field of row `i` is empty or white space: what Excel
    /// leaves after the last row. The fields' text is read end to end, as if
    /// joined (a character cut by a field boundary is still a character).
    pub fn is_blank(&self, i: usize) -> bool {
        let first = self.fields(i).find_map(|f| {
            let at = f.iter().position(|&b| b != b' ' && b != b'\t')?;
            Some(&f[at..])
        });
        let Some(rest) = first else {
            return true;
        };
        // Most rows start with a letter, a digit or a Chinese character: a
        // first character that is not white space settles it.
        let first_char = rest
            .utf8_chunks()
            .next()
            .and_then(|c| c.valid().chars().next());
        if first_char.is_some_and(|c| !c.is_whitespace()) {
            return false;
        }
        let joined: Vec<u8> = self.fields(i).flatten().copied().collect();
        std::str::from_utf8(&joined).is_ok_and(|t| t.trim().is_empty())
    }
}

/// The top bit of each byte of `word` that equals `byte`, and no other bit.
/// Exact: no carry crosses from one byte to the next (a byte's low seven
/// bits plus 0x7F is at most 0xFE).
fn bytes_equal(word: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let diff = word ^ (0x0101_0101_0101_0101 * u64::from(byte));
    !(((diff & LOW7) + LOW7) | diff | LOW7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(records: &Records) -> Vec<(u64, Vec<&[u8]>)> {
        (0..records.len())
            .map(|i| (records.line(i), records.fields(i).collect()))
            .collect()
    }

    #[test]
    fn lines_and_fields_read_back_as_they_were_given() {
        let mut r = Records::new();
        r.push_line(b"E1,\xe7\x8e\x8b,,3", b',', 2);
        r.begin(4);
        r.push_field(b"a,b");
        r.push_field(b"");
        r.push_line(b"", b',', 7);
        let want: Vec<(u64, Vec<&[u8]>)> = vec![
            (2, vec![b"E1", "王".as_bytes(), b"", b"3"]),
            (4, vec![b"a,b", b""]),
            (7, vec![b""]),
        ];
        assert_eq!(all(&r), want);
        assert_eq!(r.text(0), "E1,王,,3".as_bytes());
        assert_eq!(r.field(0, 4), None);
        let mut record = ByteRecord::new();
        r.copy_to(1, &mut record);
        assert_eq!(record, ByteRecord::from(vec!["a,b", ""]));
        assert_eq!(record.position().map(csv::Position::line), Some(4));
    }

    proptest::proptest! {
        /// Split eight bytes at a time, a line's fields are those a plain split finds.
        #[test]
        fn a_line_splits_as_split_splits_it(
            line in proptest::collection::vec(proptest::sample::select(&b",;a\x80\xff\x00"[..]), 0..40),
            semicolon in proptest::bool::ANY,
        ) {
            let delimiter = if semicolon { b';' } else { b',' };
            let mut r = Records::new();
            r.push_line(b"x", delimiter, 1);
            r.push_line(&line, delimiter, 2);
            let want: Vec<&[u8]> = line.split(|&b| b == delimiter).collect();
            proptest::prop_assert_eq!(r.fields(1).collect::<Vec<_>>(), want);
        }
    }

    proptest::proptest! {
        /// Blank as the fields' text joined end to end is blank (valid UTF-8, all white space).
        #[test]
        fn blank_as_the_joined_text_is_blank(
            fields in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(&b" \t\r\xe3\x80a\xff"[..]), 0..6),
                1..4,
            ),
        ) {
            let mut r = Records::new();
            r.push_record(&ByteRecord::from(fields.clone()), 1);
            let joined = fields.concat();
            let want = std::str::from_utf8(&joined).is_ok_and(|t| t.trim().is_empty());
            proptest::prop_assert_eq!(r.is_blank(0), want);
        }
    }

    #[test]
    fn the_last_row_moves_whole_and_pops_clean() {
        let mut a = Records::new();
        let mut b = Records::new();
        b.push_line(b"x", b',', 1);
        a.push_line(b"E1,1", b',', 2);
        a.push_line(b"E2,22,333", b',', 3);
        a.move_last_to(&mut b);
        assert_eq!(all(&a), vec![(2, vec![&b"E1"[..], b"1"])]);
        assert_eq!(
            all(&b),
            vec![(1, vec![&b"x"[..]]), (3, vec![&b"E2"[..], b"22", b"333"])]
        );
        b.pop();
        b.pop();
        b.pop();
        assert!(b.is_empty());
        b.push_line(b"y", b',', 9);
        assert_eq!(all(&b), vec![(9, vec![&b"y"[..]])]);
    }

    #[test]
    fn a_row_of_blanks_is_blank_and_one_character_is_not() {
        let blank = |fields: &[&[u8]]| {
            let mut r = Records::new();
            r.push_record(&ByteRecord::from(fields.to_vec()), 1);
            r.is_blank(0)
        };
        assert!(blank(&[b"", b" ", b"\t"]));
        assert!(blank(&["\u{3000}".as_bytes(), b" \r"]));
        // U+3000 cut in two by a field boundary is still white space.
        assert!(blank(&[b"\xe3\x80", b"\x80"]));
        assert!(!blank(&[b"", b" x"]));
        assert!(!blank(&["王".as_bytes()]));
        assert!(!blank(&[b"\xff"]));
    }
}
