//! `Encoding`: how a table's bytes are text. UTF-8 with or without a BOM, or
//! GB18030 (what Excel on a Chinese Windows writes), detected or chosen; a file
//! that is not text at all is named (see [`NotText`]).

use std::io::{self, Read};

use crate::io::NotText;

use encoding_rs_io::DecodeReaderBytesBuilder;

/// The `--encoding` choice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    /// UTF-8 if the start of the file is valid UTF-8, otherwise GB18030.
    #[default]
    Auto,
    /// UTF-8 (a byte-order mark at the start is skipped).
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// GB18030, the superset of GBK that Chinese Excel and WPS write.
    #[value(name = "gb18030", alias = "gbk")]
    Gb18030,
}

/// How much of a file detection looks at.
const SNIFF: usize = 64 * 1024;

impl Encoding {
    /// Wraps a byte stream as a UTF-8 stream with any BOM removed, after its
    /// first bytes show it is text.
    pub fn decode<'a, R: Read + 'a>(
        self,
        mut input: R,
    ) -> Result<(Box<dyn Read + 'a>, Encoding), DecodeError> {
        let mut head = Vec::with_capacity(SNIFF);
        (&mut input)
            .take(SNIFF as u64)
            .read_to_end(&mut head)
            .map_err(DecodeError::Io)?;
        if let Some(kind) = NotText::sniff(&head) {
            return Err(DecodeError::NotText(kind));
        }
        let chosen = match self {
            Encoding::Auto if looks_utf8(&head) => Encoding::Utf8,
            Encoding::Auto => Encoding::Gb18030,
            other => other,
        };
        // UTF-8 without a UTF-16 mark passes through as it is, less any UTF-8
        // BOM: no decoder and no second copy of every byte.
        if chosen == Encoding::Utf8
            && !head.starts_with(&[0xFF, 0xFE])
            && !head.starts_with(&[0xFE, 0xFF])
        {
            let bom = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
                3
            } else {
                0
            };
            head.drain(..bom);
            return Ok((Box::new(io::Cursor::new(head).chain(input)), chosen));
        }
        let whole = io::Cursor::new(head).chain(input);
        let decoded = DecodeReaderBytesBuilder::new()
            .encoding(match chosen {
                Encoding::Gb18030 => Some(encoding_rs::GB18030),
                _ => None,
            })
            .utf8_passthru(true)
            .strip_bom(true)
            .bom_override(true)
            .build(whole);
        Ok((Box::new(decoded), chosen))
    }

    /// The encoding's name in messages: `auto`, `UTF-8`, `GB18030`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// Why a byte stream could not be opened as text.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The bytes could not be read.
    #[error("{0}")]
    Io(io::Error),
    /// The bytes are not text (a workbook, a PDF...); says what they are.
    #[error("{}", crate::t!("table-not-text", kind = .0.to_string()))]
    NotText(NotText),
}

/// Valid UTF-8, allowing a character cut off at the end of the sample.
fn looks_utf8(head: &[u8]) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && head.len() >= SNIFF,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8], enc: Encoding) -> (String, Encoding) {
        let (mut r, chosen) = enc.decode(bytes).expect("text");
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        (s, chosen)
    }

    #[test]
    fn detects_bom_utf8_and_gb18030() {
        let text = "工号,姓名\nA1,王伟\n";
        let (s, e) = decode(text.as_bytes(), Encoding::Auto);
        assert_eq!((s.as_str(), e), (text, Encoding::Utf8));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom, Encoding::Auto).0, text);
        let (gb, _, _) = encoding_rs::GB18030.encode(text);
        let (s, e) = decode(&gb, Encoding::Auto);
        assert_eq!((s.as_str(), e), (text, Encoding::Gb18030));
        assert_eq!(decode(&gb, Encoding::Gb18030).0, text);
        // Said to be UTF-8: the BOM still goes, and a UTF-16 mark still wins.
        assert_eq!(decode(&bom, Encoding::Utf8).0, text);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16, Encoding::Utf8).0, text);
    }
}
