//! `NotText`: what a file is when it is not a text table, told from its first
//! bytes, so a spreadsheet, an archive or UTF-16 without a byte-order mark gets
//! one error naming what it is instead of a column error per missing header.

use std::fmt;

/// A kind of file that is not CSV text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// No bytes at all.
    Empty,
    /// An Office Open XML workbook (.xlsx), a zip holding `xl/`.
    Xlsx,
    /// An OpenDocument spreadsheet (.ods).
    Ods,
    /// A Word document (.docx).
    Docx,
    /// Any other zip archive.
    Zip,
    /// An Excel 97-2003 workbook (.xls, or another OLE2 compound file).
    Xls,
    /// A PDF document.
    Pdf,
    /// UTF-16 text without a byte-order mark (little- or big-endian).
    Utf16 {
        /// True for little-endian UTF-16, false for big-endian.
        little_endian: bool,
    },
    /// Other bytes that are not text (NUL bytes are one in a hundred or more).
    Binary,
}

impl NotText {
    /// What the first bytes of a file (up to 64 KiB, or the whole file) show,
    /// or `None` when it may be text. A UTF-16 file with a byte-order mark is
    /// text: the decoder reads it.
    pub fn sniff(head: &[u8]) -> Option<NotText> {
        if head.is_empty() {
            return Some(NotText::Empty);
        }
        if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            return None;
        }
        if head.starts_with(b"PK\x03\x04") {
            let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
            return Some(if has(b"opendocument.spreadsheet") {
                NotText::Ods
            } else if has(b"xl/") {
                NotText::Xlsx
            } else if has(b"word/") {
                NotText::Docx
            } else {
                NotText::Zip
            });
        }
        if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return Some(NotText::Xls);
        }
        if head.starts_with(b"%PDF") {
            return Some(NotText::Pdf);
        }
        // A stray NUL in a text is the cell's problem (its reader names it); a
        // file of which NULs make one byte in a hundred is not text.
        let nuls = memchr::memchr_iter(0, head).count();
        if nuls == 0 || nuls * 100 < head.len() {
            return None;
        }
        // UTF-16 of ASCII-heavy text: one byte of each pair is NUL, always the
        // same one. Count over the first pairs.
        let pairs = head.len().min(4096) / 2;
        let (even, odd) = head.chunks_exact(2).take(pairs).fold((0, 0), |(e, o), p| {
            (e + usize::from(p[0] == 0), o + usize::from(p[1] == 0))
        });
        if pairs > 0 && odd * 10 >= pairs * 3 && even * 10 < pairs {
            Some(NotText::Utf16 {
                little_endian: true,
            })
        } else if pairs > 0 && even * 10 >= pairs * 3 && odd * 10 < pairs {
            Some(NotText::Utf16 {
                little_endian: false,
            })
        } else {
            Some(NotText::Binary)
        }
    }

    /// What to do about it, in the language in use.
    pub fn fix(self) -> String {
        crate::i18n::t(match self {
            NotText::Empty => "table-fix-empty",
            NotText::Xlsx | NotText::Ods | NotText::Xls => "table-fix-spreadsheet",
            NotText::Utf16 { .. } => "table-fix-utf16",
            NotText::Docx | NotText::Zip | NotText::Pdf | NotText::Binary => "table-fix-other",
        })
    }

    /// The catalogue id of what the file is.
    fn kind_id(self) -> &'static str {
        match self {
            NotText::Empty => "table-kind-empty",
            NotText::Xlsx => "table-kind-xlsx",
            NotText::Ods => "table-kind-ods",
            NotText::Docx => "table-kind-docx",
            NotText::Zip => "table-kind-zip",
            NotText::Xls => "table-kind-xls",
            NotText::Pdf => "table-kind-pdf",
            NotText::Utf16 {
                little_endian: true,
            } => "table-kind-utf16le",
            NotText::Utf16 {
                little_endian: false,
            } => "table-kind-utf16be",
            NotText::Binary => "table-kind-binary",
        }
    }
}

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::t(self.kind_id()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_a_file_is() {
        let utf16le: Vec<u8> = "工号,grade\nE1,L1\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let utf16be: Vec<u8> = "employee_id,grade\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let mut bom = vec![0xFF, 0xFE];
        bom.extend_from_slice(&utf16le);
        for (bytes, want) in [
            (&b""[..], Some(NotText::Empty)),
            (b"PK\x03\x04....[Content_Types].xml..xl/workbook.xml", Some(NotText::Xlsx)),
            (b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.spreadsheet", Some(NotText::Ods)),
            (b"PK\x03\x04....word/document.xml", Some(NotText::Docx)),
            (b"PK\x03\x04....", Some(NotText::Zip)),
            (&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0][..], Some(NotText::Xls)),
            (b"%PDF-1.7\n", Some(NotText::Pdf)),
            (&utf16le, Some(NotText::Utf16 { little_endian: true })),
            (&utf16be, Some(NotText::Utf16 { little_endian: false })),
            (&bom, None),
            (b"\x00\x00\x00\x01\x02abc\x00", Some(NotText::Binary)),
            (b"id,name\nE1\x00,a much longer line of text to keep it below one in a hundred bytes, and then more text, and a little more\n", None),
            ("工号,能级\nE1,L1\n".as_bytes(), None),
        ] {
            assert_eq!(NotText::sniff(bytes), want, "{bytes:?}");
        }
        assert!(NotText::Xlsx.fix().contains("CSV"));
        assert_eq!(
            NotText::Xlsx.to_string(),
            "an Excel workbook (.xlsx), not CSV"
        );
        let zh = crate::t!(in crate::i18n::Lang::Zh; "table-kind-xlsx");
        assert_eq!(zh, "Excel 工作簿（.xlsx），不是 CSV");
    }
}
