//! Text cells made safe to open in a spreadsheet (CSV formula injection).
//!
//! Excel, WPS and LibreOffice read a cell that begins with `=`, `+`, `-` or `@`
//! as a formula, and a leading tab or carriage return can hide one; a worker's
//! name such as `=HYPERLINK(...)` would run when the pay sheet is opened. As the
//! OWASP "CSV Injection" guidance recommends, such a text cell is written with a
//! leading apostrophe (`'=HYPERLINK(...)`), which spreadsheets show as text and
//! do not evaluate.
//!
//! Only text is neutralised: names, ids, grades, messages. Amounts, counts and
//! dates are written by their own types and never pass through here, so a
//! negative amount (`-120.00`) stays a number. Every CSV writer calls
//! [`csv_text`] (or [`neutralise`] before handing a cell to the `csv` crate), and
//! a spreadsheet writer calls [`neutralise`] for each text cell.

use std::borrow::Cow;

/// The apostrophe put before a text cell a spreadsheet would evaluate.
pub const GUARD: char = '\'';

/// Whether a spreadsheet would read this text as a formula (or could hide one):
/// it begins with `=`, `+`, `-`, `@`, a tab or a carriage return.
pub fn is_formula_like(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// The text as a spreadsheet cell should hold it: unchanged, or with a leading
/// apostrophe when it is [`formula-like`](is_formula_like).
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if is_formula_like(text) {
        let mut safe = String::with_capacity(text.len() + 1);
        safe.push(GUARD);
        safe.push_str(text);
        Cow::Owned(safe)
    } else {
        Cow::Borrowed(text)
    }
}

/// Appends a text cell to a CSV line: neutralised, then quoted when it needs it
/// (RFC 4180: a comma, a quote or a line break).
pub fn csv_text(out: &mut String, text: &str) {
    // Bytes, not chars: the four are ASCII, and a byte scan is the batch's hot
    // path. A fold, not `any`: without the early exit the compiler compares
    // many bytes at a time, and quoted cells are rare.
    let quoted = text
        .bytes()
        .fold(false, |q, b| q | matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if quoted {
        out.push('"');
    }
    if is_formula_like(text) {
        out.push(GUARD);
    }
    if quoted {
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_formula_lead_gets_an_apostrophe() {
        for text in ["=1+1", "+86 21", "-x", "@SUM(A1)", "\tname", "\rname"] {
            assert_eq!(neutralise(text), format!("'{text}"), "{text:?}");
        }
    }

    #[test]
    fn other_text_is_untouched_and_not_copied() {
        for text in ["王伟", "E001", "", " =1", "'=1", "a=b", "１"] {
            assert!(
                matches!(neutralise(text), Cow::Borrowed(t) if t == text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn csv_text_neutralises_then_quotes() {
        let mut s = String::new();
        csv_text(&mut s, "=1+1");
        s.push(',');
        csv_text(&mut s, "=SUM(A1,B1)");
        s.push(',');
        csv_text(&mut s, "-\"x\"");
        s.push(',');
        csv_text(&mut s, "\r\n");
        assert_eq!(s, "'=1+1,\"'=SUM(A1,B1)\",\"'-\"\"x\"\"\",\"'\r\n\"");
    }

    #[test]
    fn csv_text_quotes_fields_that_need_it() {
        let mut s = String::new();
        csv_text(&mut s, "a,b");
        csv_text(&mut s, "say \"hi\"");
        csv_text(&mut s, "王伟");
        assert_eq!(s, "\"a,b\"\"say \"\"hi\"\"\"王伟");
    }

    #[test]
    fn a_neutralised_cell_reads_back_as_text_with_the_guard() -> Result<(), csv::Error> {
        let mut line = String::new();
        csv_text(&mut line, "=HYPERLINK(\"http://x\",\"a,b\")");
        line.push('\n');
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_bytes());
        let mut record = csv::StringRecord::new();
        assert!(reader.read_record(&mut record)?);
        assert_eq!(&record[0], "'=HYPERLINK(\"http://x\",\"a,b\")");
        Ok(())
    }
}
