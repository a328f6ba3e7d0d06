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

    /// A raw record, if it is UTF-8 with no character cut by a field boundary.
    /// One check over the whole row: the batch reads millions, most of them
    /// with Chinese names, where a check per field costs a call per field.
    pub fn checked(record: &'a ByteRecord) -> Option<Row<'a>> {
        // SIMD validation: rows are mostly Chinese text, where the standard
        // library's check leaves its ASCII fast path.
        let text = simdutf8::basic::from_utf8(record.as_slice()).ok()?;
        // The fields lie end to end in the text, so each field's end is the
        // next one's start or the text's end (a boundary of valid UTF-8): the
        // fields are whole when every field starts on a character, that is
        // when no non-empty field begins with a continuation byte (10xxxxxx),
        // the test `str::is_char_boundary` makes. One pass over the fields,
        // without working out each field's range again.
        let whole = record
            .iter()
            .all(|field| field.first().is_none_or(|b| !(0x80..0xC0).contains(b)));
        whole.then(|| Row {
            text,
            fields: Fields::Record(record),
            clean: !crate::io::line_text::has_control(text),
        })
    }

    /// Row `i` of `records`, if it is UTF-8. One check over the row: its
    /// separators are ASCII, so a field of valid text always starts on a
    /// character.
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

    #[test]
    fn fields_read_alike_from_a_checked_and_a_raw_record() {
        let fields = ["E1", "王伟", "", "高级工", "3"];
        let text = StringRecord::from(fields.to_vec());
        let raw = ByteRecord::from(fields.to_vec());
        let (a, b) = (Row::of(&text), Row::checked(&raw).unwrap());
        for (i, want) in fields.iter().enumerate() {
            assert_eq!(a.get(i), Some(*want));
            assert_eq!(b.get(i), Some(*want));
        }
        assert_eq!(b.get(5), None);
        assert!(a.is_clean() && b.is_clean());
        let mut records = Records::new();
        records.push_line("x,y".as_bytes(), b',', 1);
        records.push_line(fields.join(",").as_bytes(), b',', 2);
        let c = Row::in_records(&records, 1).unwrap();
        assert_eq!(
            (0..6).map(|i| c.get(i)).collect::<Vec<_>>(),
            (0..6).map(|i| b.get(i)).collect::<Vec<_>>()
        );
        assert_eq!((c.len(), b.len()), (5, 5));
        assert!(c.is_clean());
        let broken = ByteRecord::from(vec!["E1", "王\n伟"]);
        assert!(!Row::checked(&broken).unwrap().is_clean());
    }

    #[test]
    fn a_raw_record_that_is_not_utf8_is_refused() {
        // 李 in GBK.
        let gbk = ByteRecord::from(vec![&b"E1"[..], &[0xC0, 0xEE][..]]);
        assert!(Row::checked(&gbk).is_none());
        // Valid end to end, but a field boundary cuts 王 (E7 8E 8B) in two.
        let cut = ByteRecord::from(vec![&[0xE7][..], &[0x8E, 0x8B][..]]);
        assert!(std::str::from_utf8(cut.as_slice()).is_ok());
        assert!(Row::checked(&cut).is_none());
        let mut records = Records::new();
        records.push_record(&gbk, 1);
        assert!(Row::in_records(&records, 0).is_none());
    }
}
