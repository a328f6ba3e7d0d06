//! Proposing a schedule (拟定方案): new grade pay whose average growth over a
//! roster hits a target, spread uniformly or weighted toward the lower grades,
//! rounded to a unit, above the floors and rising with grade and step; and the
//! schedule file rewritten with only its grade pay changed.

mod ladder;
mod pay_groups;
mod proposal;
mod raise;
mod report;
mod rewrite;

pub use ladder::{GradePay, Ladder, Lift};
pub use pay_groups::PayGroups;
pub use proposal::{propose, Proposal, ProposeError, Request, TOLERANCE};
pub use raise::{Raise, RaiseMode};
pub use report::{comparison, labels, write_report, ProposalCompareError};
pub(crate) use rewrite::{amount_like, plain};
pub use rewrite::{rewrite, RewriteError};

#[cfg(test)]
mod tests;
