//! Reports: pay sheets and derivations written as tables, CSV and JSON to any
//! `Write`, so commands and tests share them.

mod explanation;
mod pay_sheet_writer;

pub use explanation::Explanation;
pub use pay_sheet_writer::{PaySheetFormat, PaySheetWriter};
