//! Checks: a schedule (and a roster's pay) held against the law, the industry's
//! floors and the market (domain.md sections 3 and 4). Pure: the caller loads the
//! inputs and computes the pay sheets; the checks return findings as data.

mod assumed_tier;
mod context;
mod finding;
mod grouped;
mod guideline;
mod industry_floor;
mod market;
mod minimum_wage;
mod minimums;
mod overtime_cap;
mod pay_floor;
mod piece_rate;
mod probation;
mod procedure;
mod report;
mod report_writer;
mod roster_check;
mod said;
mod sick_pay;
mod skill_minimum;
mod structure;
mod table_in_force;
mod term;

pub use context::Context;
pub use finding::{Figures, Finding, Severity, Subject};
pub use grouped::{FindingGroup, FindingGroups};
pub use industry_floor::{matched_floors, MatchedFloor};
pub use market::MarketTally;
pub use minimum_wage::Minimum;
pub use minimums::{minimum_in_force, Minimums, Missing, MissingCounts};
pub use pay_floor::{pay_floors, GradeFloor, PayFloors};
pub use report::{Owed, Report, TableInForce};
pub use report_writer::{
    summary, summary_of, write_csv_rows, write_grouped, write_report, ReportFormat, CSV_HEADER,
};
pub use roster_check::{CheckedRoster, RosterCheck, RosterCheckError};
pub use said::{InChinese, Said, Text};
pub use skill_minimum::SkillTally;
pub use structure::SkillShare;

/// Runs every check. Contract checks (the pay table, overtime, structure,
/// procedure) need only the schedule; worker checks run when the context has a
/// roster with its pay sheets.
pub fn check(ctx: &Context) -> Report {
    let mut report = ctx.report("check");
    let mut minimums = Minimums::new(ctx);
    check_contract(ctx, &mut minimums, &mut report);
    if ctx.has_roster() {
        check_workers(ctx, &mut minimums, &mut report);
    } else {
        report.note(crate::t!("check-note-no-roster"));
    }
    minimums.finish(&mut report);
    report.sort();
    report
}

/// The checks of the contract itself: the agreed pay table, excluded items,
/// industry floors, overtime, structure and procedure.
pub fn check_contract(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    // Each period reads the grade table in force in it (工资调整办法).
    table_in_force::for_each_table(ctx, minimums, report, check_table);
    report.dedup();
}

/// The contract checks at the context's periods, on its schedule's table.
fn check_table(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    minimum_wage::check_agreed_pay(ctx, minimums, report);
    minimum_wage::check_excluded_items(ctx, report);
    assumed_tier::check(ctx, report);
    industry_floor::check(ctx, report);
    structure::check_overtime(ctx, report);
    structure::check_pay_table(ctx, report);
    procedure::check(ctx, report);
    probation::check(ctx, minimums, report);
    sick_pay::check(ctx, minimums, report);
    piece_rate::check_contract(ctx, minimums, report);
    term::check(ctx, report);
}

/// The checks of the roster's pay: minimum wage, the monthly overtime cap,
/// skill-worker minimum, guideline, market levels and the skill-linked share.
pub fn check_workers(ctx: &Context, minimums: &mut Minimums, report: &mut Report) {
    minimum_wage::check_workers(ctx, minimums, report);
    overtime_cap::check(ctx, report);
    skill_minimum::check(ctx, minimums, report);
    guideline::check(ctx, report);
    market::check(ctx, report);
    structure::check_skill_share(ctx, report);
    piece_rate::check_workers(ctx, report);
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod pay_rule_tests;

#[cfg(test)]
mod law_rule_tests;
