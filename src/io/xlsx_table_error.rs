//! `XlsxTableError`: why a table could not be written as a workbook (the
//! writer failed, an amount a spreadsheet number cannot hold exactly, or a
//! temporary directory the sheets' rows cannot wait in).

use rust_decimal::Decimal;
use rust_xlsxwriter::XlsxError;

use crate::t;

/// Why a table could not be written.
#[derive(Debug)]
pub enum XlsxTableError {
    /// The workbook writer failed.
    Xlsx(XlsxError),
    /// An amount with more digits than a spreadsheet number holds exactly; holds the amount.
    NotExact(Decimal),
    /// The temporary directory the sheets' rows wait in cannot be written.
    TempDir {
        /// The directory, as the system names it (`TMPDIR`).
        dir: String,
        /// Why a file could not be made there.
        error: std::io::Error,
    },
}

impl From<XlsxError> for XlsxTableError {
    fn from(e: XlsxError) -> Self {
        XlsxTableError::Xlsx(e)
    }
}

impl std::fmt::Display for XlsxTableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            XlsxTableError::Xlsx(e) => t!("excel-xlsx-failed", error = e.to_string()),
            XlsxTableError::NotExact(amount) => t!("excel-not-exact", amount = *amount),
            XlsxTableError::TempDir { dir, error } => t!(
                "excel-temp-dir",
                dir = dir.as_str(),
                error = error.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for XlsxTableError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            XlsxTableError::Xlsx(e) => Some(e),
            XlsxTableError::NotExact(_) => None,
            XlsxTableError::TempDir { error, .. } => Some(error),
        }
    }
}
