//! The pay engine: from a schedule and a worker to an exact, explained pay sheet.

mod derivation;
mod engine;
pub(crate) mod month_pricing;
mod month_readings;
mod pay_error;
mod pay_sheet;
mod pay_summary;
mod piece;
pub mod pool;
mod proration;
mod term_cost;

pub use derivation::{Derivation, Input};
pub use engine::{GradePayKey, OvertimeInputs, PayEngine, PoolShare};
pub use month_pricing::MonthPricing;
pub use month_readings::MonthReadings;
pub use pay_error::{PayError, PoolProblem, RuleAt};
pub use pay_sheet::PaySheet;
pub use pay_summary::{average, GradeTotals, PaySummary};
pub use proration::{employed_in, How, Part};
pub use term_cost::{adjusts_within_term, run_starts, TermCost, TermRun};
