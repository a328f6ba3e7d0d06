//! nengji: skill-grade wage negotiation (能级工资集体协商) as a library.
//!
//! Pure layers, no I/O: the [`schedule`] and [`roster`] models with their loaders
//! (which read from any `Read`), the [`pay`] engine, and the money types. The
//! command layer in `cmd` touches files and flags.

pub mod arrears;
pub mod assess;
pub mod audit;
pub mod batch;
pub mod calendar;
pub mod check;
pub mod cmd;
pub mod compare;
pub mod distribution;
pub mod exact;
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
pub mod serve;
pub mod standards;
pub mod suggest;
pub mod toml_input;

pub use location::Location;
pub use money::Money;
pub use period::Period;
pub use rate::Rate;
pub use rounding::{Rounding, RoundingMode};
pub use schedule::{Schedule, GRADE_PAY, OVERTIME};
