//! nengji: skill-grade wage negotiation (能级工资集体协商) as a library.
//!
//! A negotiated pay schedule (TOML) and an enterprise roster (CSV or a spreadsheet)
//! go in; exact pay sheets, checks against the law and the market, proposals,
//! comparisons of offers and the negotiation's documents come out. The `nengji`
//! binary is a thin command line over this crate; its command layer (flags, files,
//! exit codes) is private, and [`run_cli`] is its only entry.
//!
//! The layers, lowest first (each uses only those below it):
//! - the ground floor: [`Money`] (a newtype over `rust_decimal::Decimal`; no float
//!   touches a money path), [`Rounding`] (the one rounding strategy), [`Rate`],
//!   [`Period`], [`Location`], [`i18n`] (the message catalogue, Chinese and English),
//!   [`calendar`], [`suggest`], [`distribution`];
//! - [`io`]: bytes and files: table readers with locations, CSV and .xlsx writers,
//!   atomic outputs;
//! - the model read from TOML and validated: [`schedule`], [`standards`];
//! - [`roster`]: rows to workers; [`pipeline`]: the shared roster pipeline;
//! - [`pay`]: the engine, a schedule and a worker to an exact, explained pay sheet;
//! - findings, documents and writers: [`check`], [`audit`], [`arrears`], [`render`],
//!   [`report`];
//! - what a user asks for: [`propose`], [`compare`], [`assess`], [`batch`], and the
//!   browser workbench [`serve`].
//!
//! Pure layers do no I/O and return typed errors; the schedule and roster loaders
//! read from any `Read`.
//!
//! ```
//! let text = include_str!("../examples/starter/schedule.toml");
//! let schedule = nengji::Schedule::parse("schedule.toml", text)?;
//! assert_eq!(schedule.grades.len(), 3);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod arrears;
pub mod assess;
pub mod audit;
pub mod batch;
pub mod calendar;
pub mod check;
mod cmd;
pub mod compare;
pub mod distribution;
pub mod exact;
pub mod fen_sum;
pub mod grouping;
pub mod i18n;
pub mod io;
mod location;
pub mod money;
pub mod pay;
mod period;
pub mod pipeline;
pub mod propose;
mod rate;
pub mod region_names;
pub mod render;
pub mod report;
pub mod roster;
mod rounding;
pub mod schedule;
pub mod schema;
pub mod serve;
pub mod standards;
pub mod suggest;
pub mod toml_input;
mod toml_syntax;

pub use location::Location;
pub use money::Money;
pub use period::Period;
pub use rate::Rate;
pub use rounding::{Rounding, RoundingMode};
pub use schedule::{Schedule, GRADE_PAY, OVERTIME};

/// Runs the `nengji` command line on this process's arguments and returns its exit
/// code (0 ok, 1 violations found, 2 error). The binary's only entry point; the
/// command layer behind it is not part of the library's API.
pub fn run_cli() -> std::process::ExitCode {
    cmd::main()
}
