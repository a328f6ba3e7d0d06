//! `TableError`: a table that cannot be read, or one of its rows that cannot be
//! read whole, with its place and what to do about it.

use std::fmt;

use crate::io::{NotText, SheetProblem};
use crate::{t, Location};

/// What is wrong with a table or a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not text at all (a spreadsheet, an archive, UTF-16...).
    NotText(NotText),
    /// No header row: the file holds only blank lines.
    NoHeader,
    /// The file could not be read further.
    Io(String),
    /// A row is not UTF-8 in the encoding read.
    NotUtf8,
    /// A quoted field opened and never closed.
    UnterminatedQuote,
    /// A row with more or fewer fields than the header.
    FieldCount {
        /// The fields in the row.
        found: usize,
        /// The fields in the header.
        expected: usize,
    },
    /// A workbook, its sheet or a cell of it (see `SheetProblem`).
    Sheet(SheetProblem),
}

/// A problem placed in its table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct TableError {
    /// Where: file, line (or sheet and row) and column.
    pub location: Location,
    /// What is wrong.
    pub problem: Problem,
}

impl TableError {
    /// The problem `problem` at `location`.
    pub fn new(location: Location, problem: Problem) -> Self {
        TableError { location, problem }
    }

    /// Whether reading must stop. A row of the wrong length is refused alone:
    /// the rows after it are still read, so every problem is listed in one run.
    pub fn is_fatal(&self) -> bool {
        match &self.problem {
            Problem::FieldCount { .. } | Problem::NotUtf8 => false,
            Problem::Sheet(sheet) => sheet.is_fatal(),
            _ => true,
        }
    }

    /// What is wrong, without the place.
    pub fn message(&self) -> String {
        match &self.problem {
            Problem::NotText(kind) => t!("table-not-text", kind = kind.to_string()),
            Problem::NoHeader => t!("table-no-header"),
            Problem::Io(e) => t!("table-io", error = e.as_str()),
            Problem::NotUtf8 => t!("table-not-utf8"),
            Problem::UnterminatedQuote => t!("table-unterminated-quote"),
            Problem::FieldCount { found, expected } => {
                t!("table-field-count", found = *found, expected = *expected)
            }
            Problem::Sheet(sheet) => sheet.message(),
        }
    }

    /// The fix, starting with `; `, or empty.
    pub fn hint(&self) -> String {
        let hint = |id: &str| crate::i18n::hint(crate::i18n::t(id));
        match &self.problem {
            Problem::NotText(kind) => crate::i18n::hint(kind.fix()),
            Problem::NoHeader => hint("table-no-header-hint"),
            Problem::Io(_) => String::new(),
            Problem::NotUtf8 => hint("table-not-utf8-hint"),
            Problem::UnterminatedQuote => hint("table-unterminated-quote-hint"),
            Problem::FieldCount { found, expected }
                if found > expected && self.location.sheet.is_some() =>
            {
                crate::i18n::hint(t!("excel-row-wider-hint"))
            }
            Problem::FieldCount { found, expected } if found > expected => {
                hint("table-too-many-fields-hint")
            }
            Problem::Sheet(sheet) => sheet.hint(),
            Problem::FieldCount { .. } => hint("table-too-few-fields-hint"),
        }
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(
            "table-placed",
            message = self.message(),
            place = self.location.to_string(),
            hint = self.hint()
        ))
    }
}
