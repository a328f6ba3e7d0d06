//! The roster: an enterprise's workers as CSV, read row by row into [`Worker`]s.

mod columns;
mod error;
mod field;
mod groups;
mod number;
mod reader;
mod row;
mod worker;

pub use crate::io::Encoding;
pub use columns::{parse_date, Columns};
pub use error::{RosterError, RosterErrors, ERROR_LIMIT};
pub use field::Field;
pub use groups::EnterpriseGroups;
pub use number::{number, parse_decimal, NumberError};
pub use reader::{Roster, RosterReader};
pub use row::Row;
pub use worker::{Employment, Leave, Slot, Worker};
