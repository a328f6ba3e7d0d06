//! `CsvEncoding`: the text encoding a CSV output is written in, and
//! [`EncodedWriter`], which writes UTF-8 text in it as it streams.
//!
//! The trade-off (see the README): Excel on a Chinese Windows opens a CSV by
//! double-click as the system code page (GB18030) unless the file starts with a
//! UTF-8 byte-order mark, so a file defaults to UTF-8 with a BOM: Excel, WPS,
//! LibreOffice and nengji's own readers all read it. Standard output defaults to
//! plain UTF-8, because a BOM in a pipe is a stray character to `grep`, `cut` or a
//! script's first column name. GB18030 is for older tools that read only the code
//! page; every character has a GB18030 form, so nothing is lost.

use std::io::{self, Write};

/// The `--csv-encoding` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvEncoding {
    /// UTF-8 without a byte-order mark (the default on standard output).
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// UTF-8 starting with a byte-order mark (the default for a file).
    #[value(name = "utf-8-bom", alias = "utf8-bom")]
    Utf8Bom,
    /// GB18030, the code page of Chinese Windows.
    #[value(name = "gb18030", alias = "gbk")]
    Gb18030,
}

/// The UTF-8 byte-order mark.
pub const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

impl CsvEncoding {
    /// The encoding asked for, or the default for where the output goes: a file
    /// (`path` given and not `-`) gets a BOM, standard output does not.
    pub fn or_default(asked: Option<CsvEncoding>, path: Option<&str>) -> CsvEncoding {
        asked.unwrap_or(match path {
            Some(p) if p != "-" => CsvEncoding::Utf8Bom,
            _ => CsvEncoding::Utf8,
        })
    }

    /// The encoding's name on the command line: `utf-8`, `utf-8-bom`, `gb18030`.
    pub fn name(self) -> &'static str {
        match self {
            CsvEncoding::Utf8 => "utf-8",
            CsvEncoding::Utf8Bom => "utf-8-bom",
            CsvEncoding::Gb18030 => "gb18030",
        }
    }
}

/// The `--csv-encoding` flag, flattened into each command that writes CSV.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct CsvEncodingArg {
    /// The encoding of CSV output: utf-8-bom (the default for a file, so Excel on
    /// a Chinese Windows opens it correctly), utf-8 (the default on standard
    /// output, for pipes) or gb18030.
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub csv_encoding: Option<CsvEncoding>,
}

impl CsvEncodingArg {
    /// The encoding of a CSV written to `path` (`-` or nothing: standard output).
    pub fn for_path(self, path: Option<&str>) -> CsvEncoding {
        CsvEncoding::or_default(self.csv_encoding, path)
    }

    /// Wraps an output: in the chosen encoding when it is CSV, unchanged otherwise.
    pub fn wrap<W: Write>(self, out: W, path: Option<&str>, is_csv: bool) -> EncodedWriter<W> {
        let encoding = if is_csv {
            self.for_path(path)
        } else {
            CsvEncoding::Utf8
        };
        EncodedWriter::new(out, encoding)
    }
}

/// Writes UTF-8 text to `W` in an encoding: a BOM before the first byte, or
/// every character re-encoded as GB18030. A character split between two writes
/// is held until its end arrives.
#[derive(Debug)]
pub struct EncodedWriter<W: Write> {
    inner: W,
    encoding: CsvEncoding,
    started: bool,
    /// The start of a character cut off at the end of the last write (GB18030 only).
    pending: Vec<u8>,
}

impl<W: Write> EncodedWriter<W> {
    /// A writer that encodes the UTF-8 written to it as `encoding` (adding the BOM first, for `utf-8-bom`) into `inner`.
    pub fn new(inner: W, encoding: CsvEncoding) -> Self {
        EncodedWriter {
            inner,
            encoding,
            started: false,
            pending: Vec::new(),
        }
    }

    /// The encoding it writes.
    pub fn encoding(&self) -> CsvEncoding {
        self.encoding
    }

    /// Flushes and returns the output; an output that ends inside a character
    /// is an error, not a silently dropped byte.
    pub fn finish(mut self) -> io::Result<W> {
        if !self.pending.is_empty() {
            return Err(not_utf8());
        }
        self.start()?;
        self.inner.flush()?;
        Ok(self.inner)
    }

    fn start(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            if self.encoding == CsvEncoding::Utf8Bom {
                self.inner.write_all(UTF8_BOM)?;
            }
        }
        Ok(())
    }

    /// Re-encodes the complete characters of `text` and returns how many bytes
    /// at its end start a character not yet complete.
    fn encode_gb18030(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let (text, rest) = match std::str::from_utf8(bytes) {
            Ok(text) => (text, 0),
            Err(e) if e.error_len().is_none() => {
                let valid = e.valid_up_to();
                // Checked valid just above.
                let text = std::str::from_utf8(&bytes[..valid]).map_err(|_| not_utf8())?;
                (text, bytes.len() - valid)
            }
            Err(_) => return Err(not_utf8()),
        };
        let (encoded, _, _) = encoding_rs::GB18030.encode(text);
        self.inner.write_all(&encoded)?;
        Ok(rest)
    }
}

fn not_utf8() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, crate::t!("excel-not-utf8"))
}

impl<W: Write> Write for EncodedWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.start()?;
        match self.encoding {
            CsvEncoding::Utf8 | CsvEncoding::Utf8Bom => self.inner.write(buf),
            CsvEncoding::Gb18030 => {
                if self.pending.is_empty() {
                    let rest = self.encode_gb18030(buf)?;
                    self.pending.extend_from_slice(&buf[buf.len() - rest..]);
                } else {
                    let mut joined = std::mem::take(&mut self.pending);
                    joined.extend_from_slice(buf);
                    let rest = self.encode_gb18030(&joined)?;
                    joined.drain(..joined.len() - rest);
                    self.pending = joined;
                }
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(encoding: CsvEncoding, pieces: &[&[u8]]) -> io::Result<Vec<u8>> {
        let mut w = EncodedWriter::new(Vec::new(), encoding);
        for p in pieces {
            w.write_all(p)?;
        }
        w.finish()
    }

    #[test]
    fn a_file_gets_a_bom_and_stdout_does_not() {
        assert_eq!(
            CsvEncoding::or_default(None, Some("pay.csv")),
            CsvEncoding::Utf8Bom
        );
        assert_eq!(CsvEncoding::or_default(None, Some("-")), CsvEncoding::Utf8);
        assert_eq!(CsvEncoding::or_default(None, None), CsvEncoding::Utf8);
        assert_eq!(
            CsvEncoding::or_default(Some(CsvEncoding::Gb18030), None),
            CsvEncoding::Gb18030
        );
    }

    #[test]
    fn utf8_passes_through_and_the_bom_comes_once() -> io::Result<()> {
        let text = "工号,姓名\nA1,王伟\n".as_bytes();
        assert_eq!(written(CsvEncoding::Utf8, &[text])?, text);
        let with_bom = written(CsvEncoding::Utf8Bom, &[&text[..5], &text[5..]])?;
        assert_eq!(&with_bom[..3], UTF8_BOM);
        assert_eq!(&with_bom[3..], text);
        // Even an empty output says what it is.
        assert_eq!(written(CsvEncoding::Utf8Bom, &[])?, UTF8_BOM);
        Ok(())
    }

    #[test]
    fn gb18030_survives_characters_cut_between_writes() -> io::Result<()> {
        let text = "工号,姓名\nA1,王伟 𠀀\n";
        let (want, _, _) = encoding_rs::GB18030.encode(text);
        let bytes = text.as_bytes();
        // Every split point, including inside 王 and the four-byte 𠀀.
        for cut in 0..bytes.len() {
            let got = written(CsvEncoding::Gb18030, &[&bytes[..cut], &bytes[cut..]])?;
            assert_eq!(got, want.as_ref(), "cut at {cut}");
        }
        // One byte at a time.
        let singles: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(written(CsvEncoding::Gb18030, &singles)?, want.as_ref());
        // And it decodes back to the same text.
        let (back, _, bad) = encoding_rs::GB18030.decode(&want);
        assert!(!bad);
        assert_eq!(back, text);
        Ok(())
    }

    #[test]
    fn gb18030_refuses_what_is_not_utf8() {
        assert!(written(CsvEncoding::Gb18030, &[&[0xFF, b'a']]).is_err());
        // A character never finished.
        assert!(written(CsvEncoding::Gb18030, &[&"王".as_bytes()[..2]]).is_err());
    }
}
