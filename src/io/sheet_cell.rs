//! One spreadsheet cell as the text a CSV field would hold, so every table
//! reader parses a sheet exactly as it parses CSV.
//!
//! Numbers arrive as binary doubles. A cell becomes the shortest decimal that
//! reads back as its double (Rust's `Display` for `f64`), which is the number a
//! person typed or the sheet shows: `2490.1` stays `2490.1`, not
//! `2490.09999999999990905052982270717620849609375`. Two kinds are refused with
//! the cell's address rather than guessed at:
//! - more than 15 significant digits: Excel keeps and shows 15, so a longer form
//!   is the binary remainder of a formula (`=0.1+0.2` is `0.30000000000000004`)
//!   or an 18-digit ID number that Excel already cut;
//! - more than [`MAX_PLACES`] decimal places: no nengji input takes more.
//!
//! Date cells (numbers with a date format, serials counted from 1900 or 1904)
//! become `YYYY-MM-DD`, which the readers parse as they parse a CSV date; text
//! that looks like a date stays text and is parsed as in CSV.

use calamine::{Data, DataRef};

use crate::t;

/// The most decimal places a number cell may show (hours and rates take 2-4).
pub const MAX_PLACES: usize = 4;

/// Significant digits Excel keeps in a number.
const EXCEL_DIGITS: usize = 15;

/// Why a cell cannot be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellProblem {
    /// A number whose shortest form has more digits than Excel keeps.
    TooManyDigits {
        /// The number as the sheet shows it.
        shown: String,
    },
    /// A number with more decimal places than any input takes.
    TooManyPlaces {
        /// The number as the sheet shows it.
        shown: String,
    },
    /// A spreadsheet error value (`#N/A`, `#DIV/0!`...).
    ErrorValue {
        /// The error value: `#N/A`.
        value: String,
    },
    /// A date serial outside the calendar.
    BadDate {
        /// The date serial as stored.
        serial: String,
    },
}

impl CellProblem {
    /// What is wrong with the cell and the fix, in the user's language.
    pub fn message(&self) -> String {
        match self {
            CellProblem::TooManyDigits { shown } => {
                t!("excel-cell-too-many-digits", shown = shown)
            }
            CellProblem::TooManyPlaces { shown } => t!(
                "excel-cell-too-many-places",
                shown = shown,
                places = MAX_PLACES
            ),
            CellProblem::ErrorValue { value } => t!("excel-cell-error-value", value = value),
            CellProblem::BadDate { serial } => t!("excel-cell-bad-date", serial = serial),
        }
    }

    /// The fix, starting with `; `.
    pub fn hint(&self) -> String {
        let id = match self {
            CellProblem::TooManyDigits { .. } | CellProblem::TooManyPlaces { .. } => {
                "excel-cell-number-hint"
            }
            CellProblem::ErrorValue { .. } => "excel-cell-error-hint",
            CellProblem::BadDate { .. } => "excel-cell-date-hint",
        };
        crate::i18n::hint(t!(id))
    }
}

/// The text of a number cell, if it is one nengji takes (see the module doc).
pub fn number_text(value: f64) -> Result<String, CellProblem> {
    let shown = format!("{value}");
    let digits = shown.trim_start_matches('-');
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let significant = format!("{whole}{fraction}");
    let significant = significant.trim_start_matches('0').trim_end_matches('0');
    if significant.len() > EXCEL_DIGITS || !value.is_finite() {
        return Err(CellProblem::TooManyDigits { shown });
    }
    if fraction.len() > MAX_PLACES {
        return Err(CellProblem::TooManyPlaces { shown });
    }
    Ok(shown)
}

/// The text of a cell, owned.
pub fn cell_text(cell: &Data) -> Result<String, CellProblem> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f)?,
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) => date_text(d)?,
        Data::Error(e) => {
            return Err(CellProblem::ErrorValue {
                value: e.to_string(),
            })
        }
    })
}

/// The text of a cell as the streaming xlsx reader gives it.
pub fn cell_ref_text(cell: &DataRef<'_>) -> Result<String, CellProblem> {
    match cell {
        DataRef::SharedString(s) => Ok((*s).to_string()),
        DataRef::Empty => Ok(String::new()),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Ok(s.clone()),
        DataRef::Int(i) => Ok(i.to_string()),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => Ok(if *b { "TRUE" } else { "FALSE" }.to_string()),
        DataRef::DateTime(d) => date_text(d),
        DataRef::Error(e) => Err(CellProblem::ErrorValue {
            value: e.to_string(),
        }),
    }
}

/// A date cell as `YYYY-MM-DD`, with the time when it has one; a duration as
/// its number.
fn date_text(d: &calamine::ExcelDateTime) -> Result<String, CellProblem> {
    if !d.is_datetime() {
        return number_text(d.as_f64());
    }
    let bad = || CellProblem::BadDate {
        serial: format!("{}", d.as_f64()),
    };
    let at = d.as_datetime().ok_or_else(bad)?;
    Ok(if at.time() == chrono::NaiveTime::MIN {
        at.date().format("%Y-%m-%d").to_string()
    } else {
        at.format("%Y-%m-%d %H:%M:%S").to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_the_decimal_it_shows() {
        assert_eq!(number_text(2490.0).as_deref(), Ok("2490"));
        assert_eq!(number_text(2490.1).as_deref(), Ok("2490.1"));
        assert_eq!(number_text(0.3).as_deref(), Ok("0.3"));
        assert_eq!(number_text(-12.05).as_deref(), Ok("-12.05"));
        assert_eq!(number_text(1001.0).as_deref(), Ok("1001"));
        assert_eq!(
            number_text(123_456_789_012_345.0).as_deref(),
            Ok("123456789012345")
        );
    }

    #[test]
    fn a_binary_remainder_or_a_cut_id_is_refused() {
        // =0.1+0.2 in a spreadsheet: the double next to 0.3.
        let formula = 0.300_000_000_000_000_04_f64;
        assert_eq!(format!("{formula}"), "0.30000000000000004");
        assert!(matches!(
            number_text(formula),
            Err(CellProblem::TooManyDigits { .. })
        ));
        // An 18-digit ID number typed into a number cell.
        assert!(matches!(
            number_text(330_102_199_001_011_234.0),
            Err(CellProblem::TooManyDigits { .. })
        ));
        assert!(matches!(
            number_text(0.123_45),
            Err(CellProblem::TooManyPlaces { .. })
        ));
        assert!(number_text(f64::NAN).is_err());
    }

    #[test]
    fn a_date_cell_is_an_iso_date() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        // 45658 is 2025-01-01 in the 1900 system.
        let d = ExcelDateTime::new(45658.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(d)).as_deref(), Ok("2025-01-01"));
        let noon = ExcelDateTime::new(45658.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(
            cell_text(&Data::DateTime(noon)).as_deref(),
            Ok("2025-01-01 12:00:00")
        );
        assert_eq!(
            cell_text(&Data::String("2025/1/1".into())).as_deref(),
            Ok("2025/1/1")
        );
    }
}
