//! The pay table a contract check reads: the grade table in force in each
//! checked period (工资调整办法), so a raise later in the term is held against
//! the minimum wage, the industry floors and the structure rules as it will be
//! paid, not as written. A period before any raise reads the written table.

use std::borrow::Cow;

use crate::check::{Context, Minimums, Report, TableInForce};
use crate::schedule::in_force;
use crate::{t, Period, Schedule};

/// Runs `checks` once for each table in force among the context's contract
/// periods, with the periods that table pays, and notes each raised table
/// with the adjustments it reflects.
pub(crate) fn for_each_table(
    ctx: &Context,
    minimums: &mut Minimums,
    report: &mut Report,
    checks: fn(&Context, &mut Minimums, &mut Report),
) {
    let schedule = ctx.schedule;
    if schedule.adjustments.is_empty() {
        return checks(ctx, minimums, report);
    }
    // The periods by how many adjustments are in force (they are in date order,
    // so the count names the table).
    let mut runs: Vec<(usize, Vec<Period>)> = Vec::new();
    for &period in &ctx.contract_periods {
        let n = in_force(&schedule.adjustments, period.last_day()).len();
        match runs.iter_mut().find(|(k, _)| *k == n) {
            Some((_, periods)) => periods.push(period),
            None => runs.push((n, vec![period])),
        }
    }
    for (n, periods) in runs {
        let list = periods
            .iter()
            .map(Period::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let table = match schedule.table_for(periods[0]) {
            Ok(Cow::Borrowed(_)) => {
                checks(&ctx.clone().at_periods(periods), minimums, report);
                continue;
            }
            Ok(Cow::Owned(table)) => table,
            Err(_) => {
                // A guideline no standards carry (the commands refuse it first).
                report.note(t!("pay-check-table-unknown", periods = list));
                continue;
            }
        };
        let active = &schedule.adjustments[..n];
        let reflects = active
            .iter()
            .map(|a| {
                t!(
                    "pay-check-table-from",
                    from = a.from.to_string(),
                    raise = a.describe()
                )
            })
            .collect::<Vec<_>>();
        let reflects = crate::i18n::join(reflects);
        report.tables_in_force.push(TableInForce {
            periods: periods.iter().map(Period::to_string).collect(),
            adjustments: active.iter().map(|a| a.from.to_string()).collect(),
            text: t!(
                "pay-check-table-in-force",
                periods = list,
                adjustments = reflects
            ),
        });
        let raised = Schedule {
            grades: table,
            ..schedule.clone()
        };
        let sub = Context {
            schedule: &raised,
            ..ctx.clone()
        }
        .at_periods(periods);
        checks(&sub, minimums, report);
    }
}
