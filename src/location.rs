//! `Location`: where in which input file something was found, as `file:line:column`,
//! or for a spreadsheet's sheet as `file[sheet]!G17`.

use std::fmt;
use std::sync::Arc;

/// A place in an input file. Lines and columns count from 1; for a CSV file the
/// column is the field number, and `field` names its header. In a spreadsheet,
/// `sheet` names the sheet, `line` is the row and `column` the column (1 = A).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The input's name as the user gave it (a path, or `-` for standard input).
    pub file: Arc<str>,
    /// The sheet's name when the input is a spreadsheet; `None` for CSV and TOML.
    pub sheet: Option<Arc<str>>,
    /// The line (CSV, TOML) or row (spreadsheet), from 1.
    pub line: u64,
    /// The column from 1: the field number in a CSV row, the character in a TOML line, 1 = A in a sheet; `None` when the whole line is meant.
    pub column: Option<u64>,
    /// The header of the column (`基本工资`, `grade`) when the input has one.
    pub field: Option<Arc<str>>,
}

impl Location {
    /// A place at `line` (and `column`, if known) of `file`, outside any sheet and column header.
    pub fn new(file: &Arc<str>, line: u64, column: Option<u64>) -> Self {
        Location {
            file: Arc::clone(file),
            sheet: None,
            line,
            column,
            field: None,
        }
    }

    /// A cell of a spreadsheet's sheet.
    pub fn in_sheet(file: &Arc<str>, sheet: &Arc<str>, row: u64, column: Option<u64>) -> Self {
        Location {
            sheet: Some(Arc::clone(sheet)),
            ..Location::new(file, row, column)
        }
    }

    /// Another place in the same file (and sheet).
    pub fn at(&self, line: u64, column: Option<u64>) -> Self {
        Location {
            file: Arc::clone(&self.file),
            sheet: self.sheet.clone(),
            line,
            column,
            field: None,
        }
    }

    /// The same place, naming the column's header `field`.
    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(Arc::from(field));
        self
    }

    /// The line and column of a byte offset in a text.
    pub fn of_offset(file: &Arc<str>, text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        Location::new(file, line as u64, Some(column as u64))
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(sheet) = &self.sheet {
            write!(f, "{}[{sheet}]!", self.file)?;
            match self.column {
                Some(c) => write!(f, "{}{}", column_letters(c), self.line)?,
                None => write!(f, "{}", self.line)?,
            }
        } else {
            write!(f, "{}:{}", self.file, self.line)?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        if let Some(name) = &self.field {
            f.write_str(&crate::t!("location-field", field = &**name))?;
        }
        Ok(())
    }
}

/// A spreadsheet column's letters: 1 is A, 27 is AA.
fn column_letters(mut column: u64) -> String {
    let mut letters = Vec::new();
    while column > 0 {
        let digit = (column - 1) % 26;
        letters.push(b'A' + digit as u8);
        column = (column - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_line_and_column_of_offset() {
        let file: Arc<str> = Arc::from("s.toml");
        let text = "a = 1\n名称 = 2\n";
        let loc = Location::of_offset(&file, text, text.find('2').unwrap());
        assert_eq!(loc.to_string(), "s.toml:2:6");
        let loc = Location::new(&file, 17, Some(5)).with_field("能级");
        assert_eq!(loc.to_string(), "s.toml:17:5 (能级)");
    }

    #[test]
    fn a_sheet_cell_is_named_as_spreadsheets_do() {
        let file: Arc<str> = Arc::from("r.xlsx");
        let sheet: Arc<str> = Arc::from("花名册");
        let loc = Location::in_sheet(&file, &sheet, 17, Some(7));
        assert_eq!(loc.to_string(), "r.xlsx[花名册]!G17");
        assert_eq!(loc.at(2, Some(27)).to_string(), "r.xlsx[花名册]!AA2");
        assert_eq!(loc.at(3, None).to_string(), "r.xlsx[花名册]!3");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(52), "AZ");
    }
}
