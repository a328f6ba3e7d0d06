//! The words of reading a workbook: the `--sheet` choice, the workbook kinds
//! told from bytes, and what can be wrong with a workbook, a sheet or a cell,
//! with its message and fix from the catalogue.

use std::io::Cursor;
use std::str::FromStr;

use super::sheet_cell::CellProblem;
use super::sheet_guard::TooLarge;
use crate::t;

/// The `--sheet` choice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum SheetChoice {
    /// The workbook's first sheet (the default).
    #[default]
    First,
    /// A sheet by its name.
    Named(String),
    /// A sheet by its place, counting from 1.
    Number(usize),
}

impl FromStr for SheetChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.is_empty() {
            return Err(t!("excel-sheet-choice-empty"));
        }
        Ok(match s.parse::<usize>() {
            Ok(0) => return Err(t!("excel-sheet-choice-zero")),
            Ok(n) => SheetChoice::Number(n),
            Err(_) => SheetChoice::Named(s.to_string()),
        })
    }
}

/// A workbook format, told from the bytes of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// An Office Open XML workbook (Excel 2007 and later).
    Xlsx,
    /// An Excel 97-2003 workbook (OLE2 compound file).
    Xls,
    /// An OpenDocument spreadsheet (LibreOffice, WPS).
    Ods,
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

impl SheetKind {
    /// Whether a file starting with `magic` (its first 8 bytes) may be a
    /// workbook: a zip or an OLE2 compound file.
    pub fn may_be(magic: &[u8]) -> bool {
        magic.starts_with(ZIP) || magic.starts_with(OLE)
    }

    /// The workbook format of a whole file, if it is one: a zip holding
    /// `xl/workbook.xml`, or the OpenDocument spreadsheet `mimetype`; an OLE2
    /// file is taken as .xls (calamine refuses another, such as a .doc).
    pub fn of(bytes: &[u8]) -> Option<SheetKind> {
        if bytes.starts_with(OLE) {
            return Some(SheetKind::Xls);
        }
        if !bytes.starts_with(ZIP) {
            return None;
        }
        let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
            // A broken zip: what its first bytes say.
            return SheetKind::sniff(bytes);
        };
        if zip.index_for_name("xl/workbook.xml").is_some() {
            return Some(SheetKind::Xlsx);
        }
        let mut mimetype = Vec::new();
        if let Ok(entry) = zip.by_name("mimetype") {
            use std::io::Read;
            // The mimetype entry is one short line; read no more of it.
            let _ = entry.take(128).read_to_end(&mut mimetype);
        }
        mimetype
            .starts_with(b"application/vnd.oasis.opendocument.spreadsheet")
            .then_some(SheetKind::Ods)
    }

    /// The workbook format of a file's first bytes, if they show one.
    pub fn sniff(head: &[u8]) -> Option<SheetKind> {
        if head.starts_with(ZIP) {
            let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
            if has(b"opendocument.spreadsheet") {
                return Some(SheetKind::Ods);
            }
            if has(b"xl/") || has(b"[Content_Types].xml") {
                return Some(SheetKind::Xlsx);
            }
            return None;
        }
        head.starts_with(OLE).then_some(SheetKind::Xls)
    }

    /// The format's extension: `xlsx`, `xls`, `ods`.
    pub fn name(self) -> &'static str {
        match self {
            SheetKind::Xlsx => "xlsx",
            SheetKind::Xls => "xls",
            SheetKind::Ods => "ods",
        }
    }
}

/// A sheet asked for that the workbook does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingSheet {
    /// The sheet asked for, a name or a number.
    pub asked: String,
    /// The sheets there are.
    pub sheets: Vec<String>,
    /// The flag that asked for it (`--sheet`, `--payroll-sheet`...).
    pub flag: &'static str,
}

/// What is wrong with a workbook, a sheet or a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetProblem {
    /// A cell cannot be read as text.
    Cell(CellProblem),
    /// `--sheet` names no sheet of the workbook (boxed: a table error stays small).
    NoSuchSheet(Box<MissingSheet>),
    /// The workbook is larger than nengji reads (a zip bomb, a huge sheet).
    TooLarge(TooLarge),
    /// calamine could not read the workbook.
    Unreadable(String),
    /// The sheet has no cells; `flag` chooses another.
    Empty {
        /// The flag that chooses the sheet.
        flag: &'static str,
    },
}

impl SheetProblem {
    /// A bad cell refuses its row only; the rest of the sheet is read.
    pub fn is_fatal(&self) -> bool {
        !matches!(self, SheetProblem::Cell(_))
    }

    /// What is wrong, without the place.
    pub fn message(&self) -> String {
        match self {
            SheetProblem::Cell(cell) => cell.message(),
            SheetProblem::NoSuchSheet(missing) => t!(
                "excel-sheet-not-found",
                asked = &missing.asked,
                sheets = missing.sheets.join("、")
            ),
            SheetProblem::TooLarge(TooLarge::Unzipped {
                entry,
                size,
                compressed,
            }) => t!(
                "excel-too-large-unzipped",
                entry = entry,
                size = *size,
                compressed = *compressed
            ),
            SheetProblem::TooLarge(TooLarge::Cells { what, cells }) => {
                t!("excel-too-large-cells", what = what, cells = *cells)
            }
            SheetProblem::TooLarge(TooLarge::Workbook { bytes }) => {
                t!("excel-too-large-workbook", bytes = *bytes)
            }
            SheetProblem::TooLarge(TooLarge::Unreadable(e)) | SheetProblem::Unreadable(e) => {
                t!("excel-unreadable", error = e)
            }
            SheetProblem::Empty { .. } => t!("excel-sheet-empty"),
        }
    }

    /// The fix, starting with `; `.
    pub fn hint(&self) -> String {
        let id = match self {
            SheetProblem::Cell(cell) => return cell.hint(),
            SheetProblem::NoSuchSheet(missing) => {
                return crate::i18n::hint(t!("excel-sheet-not-found-hint", flag = missing.flag))
            }
            SheetProblem::Empty { flag } => {
                return crate::i18n::hint(t!("excel-sheet-empty-hint", flag = *flag))
            }
            SheetProblem::TooLarge(_) => "excel-too-large-hint",
            SheetProblem::Unreadable(_) => "excel-unreadable-hint",
        };
        crate::i18n::hint(t!(id))
    }
}

/// A problem with its place: the sheet (once chosen), and the cell's row and
/// column counted from 1 (column 1 is A).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetError {
    /// The sheet's name, once one was chosen.
    pub sheet: Option<String>,
    /// The row, from 1.
    pub row: u64,
    /// The column, from 1 (1 = A), where one cell is meant.
    pub column: Option<u64>,
    /// What is wrong.
    pub problem: SheetProblem,
}

impl SheetError {
    /// The error with the flag that chose the sheet, for a fix that names it.
    pub fn chosen_by(mut self, chooser: &'static str) -> SheetError {
        match &mut self.problem {
            SheetProblem::NoSuchSheet(missing) => missing.flag = chooser,
            SheetProblem::Empty { flag } => *flag = chooser,
            _ => {}
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_is_told_by_what_its_zip_holds() {
        let xlsx = rust_xlsxwriter::Workbook::new().save_to_buffer().unwrap();
        assert_eq!(SheetKind::of(&xlsx), Some(SheetKind::Xlsx));
        assert!(SheetKind::may_be(&xlsx[..8]));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("mimetype", options).unwrap();
        std::io::Write::write_all(&mut zip, b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        let ods = zip.finish().unwrap().into_inner();
        assert_eq!(SheetKind::of(&ods), Some(SheetKind::Ods));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", options).unwrap();
        assert_eq!(SheetKind::of(&zip.finish().unwrap().into_inner()), None);
        assert_eq!(SheetKind::of(b"id,grade\n"), None);
        assert!(!SheetKind::may_be(b"id,grade"));
    }
}
