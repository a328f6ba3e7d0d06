//! `Location`: where in which input file something was found, as `file:line:column`.

use std::fmt;
use std::sync::Arc;

/// A place in an input file. Lines and columns count from 1; for a CSV file the
/// column is the field number, and `field` names its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: Arc<str>,
    pub line: u64,
    pub column: Option<u64>,
    pub field: Option<String>,
}

impl Location {
    pub fn new(file: &Arc<str>, line: u64, column: Option<u64>) -> Self {
        Location {
            file: Arc::clone(file),
            line,
            column,
            field: None,
        }
    }

    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
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
        write!(f, "{}:{}", self.file, self.line)?;
        if let Some(c) = self.column {
            write!(f, ":{c}")?;
        }
        if let Some(name) = &self.field {
            write!(f, " ({name})")?;
        }
        Ok(())
    }
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
}
