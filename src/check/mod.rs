//! Checks: a schedule (and a roster's pay) held against the law, the industry's
//! floors and the market (domain.md sections 3 and 4). Pure: the caller loads the
//! inputs and computes the pay sheets; the checks return findings as data.

mod context;
mod finding;
mod guideline;
mod industry_floor;
mod market;
mod minimum_wage;
mod procedure;
mod report;
mod report_writer;
mod skill_minimum;
mod structure;

pub use context::Context;
pub use finding::{Figures, Finding, Severity, Subject};
pub use minimum_wage::Minimums;
pub use report::{Owed, Report};
pub use report_writer::{summary, write_report, ReportFormat};

/// Runs every check. Contract checks (the pay table, overtime, structure,
/// procedure) need only the schedule; worker checks run when the context has a
/// roster with its pay sheets.
pub fn check(ctx: &Context) -> Report {
    let mut report = ctx.report("check");
    let mut minimums = Minimums::new(ctx);
    minimum_wage::check_agreed_pay(ctx, &mut minimums, &mut report);
    minimum_wage::check_excluded_items(ctx, &mut report);
    industry_floor::check(ctx, &mut report);
    structure::check_overtime(ctx, &mut report);
    structure::check_pay_table(ctx, &mut report);
    procedure::check(ctx, &mut report);
    report.dedup();
    if ctx.has_roster() {
        minimum_wage::check_workers(ctx, &mut minimums, &mut report);
        skill_minimum::check(ctx, &mut minimums, &mut report);
        guideline::check(ctx, &mut report);
        market::check(ctx, &mut report);
        structure::check_skill_share(ctx, &mut report);
    } else {
        report.note("workers' pay (minimum wage, skill-worker minimum, guideline, market levels, skill-linked share): no --roster given");
    }
    minimums.finish(&mut report);
    report.sort();
    report
}

#[cfg(test)]
mod tests;
