//! `Row`: one roster row's fields as text, from a CSV record already known to be
//! UTF-8, or from a raw record or a pipeline chunk's row checked in a single pass.

use csv::{ByteRecord, StringRecord};

use crate::io::Records;

/// The fields of one row, borrowed from its record.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// Every field's text, end to end (or, from [`Records`], one separator
    /// byte after each field).
    text: &'a str,
    fields: Fields<'a>,
    /// No field holds a control character (a tab aside): the one-line cells
    /// need no check of their own.
    clean: bool,
}

/// Where each field of [`Row::text`] lies.
#[derive(Debug, Clone, Copy)]
enum Fields<'a> {
    /// As the record's ranges say.
    Record(&'a ByteRecord),
    /// Fields end at `ends` (less `start`), each starting one byte after the
    /// one before ends.
    Flat { ends: &'a [usize], start: usize },
}

impl<'a> Row<'a> {
    /// A record the CSV reader has already checked.
    pub fn of(record: &'a StringRecord) -> Row<'a> {
        Row {
            text: record.as_slice(),
            fields: Fields::Record(record.as_byte_record()),
            clean: !crate::io::line_text::has_control(record.as_slice()),
        }
    }

    /// Row `i` of `records`, if it is UTF-8. One check over the whole row
    /// (SIMD: rows are mostly Chinese text, where the standard library's
    /// check leaves its ASCII fast path); its separators are ASCII, so a field
    /// of valid text always starts on a character.
    pub fn in_records(records: &'a Records, i: usize) -> Option<Row<'a>> {
        let text = simdutf8::basic::from_utf8(records.text(i)).ok()?;
        let (ends, start) = records.ends(i);
        Some(Row {
            text,
            fields: Fields::Flat { ends, start },
            clean: !crate::io::line_text::has_control(text),
        })
    }

    /// True when no field holds a control character other than a tab (one
    /// scan of the whole row, so that cells of one line need not each be scanned).
    pub fn is_clean(&self) -> bool {
        self.clean
    }

    /// The `i`th field, if the row has one.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        match self.fields {
            Fields::Record(record) => record.range(i).and_then(|r| self.text.get(r)),
            Fields::Flat { ends, start } => {
                let end = ends.get(i)? - start;
                let from = match i {
                    0 => 0,
                    _ => ends[i - 1] + 1 - start,
                };
                self.text.get(from..end)
            }
        }
    }

    /// How many fields the row has.
    pub fn len(&self) -> usize {
        match self.fields {
            Fields::Record(record) => record.len(),
            Fields::Flat { ends, .. } => ends.len(),
        }
    }

    /// True when the row has no field.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(rows: &[&[&[u8]]]) -> Records {
        let mut records = Records::new();
        for (i, fields) in rows.iter().enumerate() {
            records.push_record(&ByteRecord::from(fields.to_vec()), i as u64 + 1);
        }
        records
    }

    #[test]
    fn fields_read_alike_from_a_checked_record_and_a_chunk() {
        let fields = ["E1", "王伟", "", "高级工", "3"];
        let text = StringRecord::from(fields.to_vec());
        let mut chunk = Records::new();
        chunk.push_line("x,y".as_bytes(), b',', 1);
        chunk.push_line(fields.join(",").as_bytes(), b',', 2);
        let (a, b) = (Row::of(&text), Row::in_records(&chunk, 1).unwrap());
        for (i, want) in fields.iter().enumerate() {
            assert_eq!(a.get(i), Some(*want));
            assert_eq!(b.get(i), Some(*want));
        }
        assert_eq!((a.get(5), b.get(5)), (None, None));
        assert_eq!((a.len(), b.len()), (5, 5));
        assert!(a.is_clean() && b.is_clean());
        let broken = records(&[&[b"E1", "王\n伟".as_bytes()]]);
        assert!(!Row::in_records(&broken, 0).unwrap().is_clean());
    }

    #[test]
    fn a_row_that_is_not_utf8_is_refused() {
        // 李 in GBK.
        let gbk = records(&[&[b"E1", &[0xC0, 0xEE]]]);
        assert!(Row::in_records(&gbk, 0).is_none());
        // Valid end to end, but a field boundary cuts 王 (E7 8E 8B) in two.
        let cut = records(&[&[&[0xE7], &[0x8E, 0x8B]]]);
        assert!(Row::in_records(&cut, 0).is_none());
    }
}
