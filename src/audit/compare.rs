//! One worker's audit (浙江省集体合同条例 Art 37): what the payroll says was
//! paid, component by component, held against the pay sheet; and the findings
//! for a payroll row with no worker and a worker with no payroll row.

use crate::audit::{amount, Paid, PayrollRow};
use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::schedule::{GRADE_PAY, OVERTIME};
use crate::{t, Money, Period};

const ART_37: &str = "浙江省集体合同条例 Art 37";

/// Audits one worker against their payroll row (`None`: the payroll does not
/// list them); the findings go to `report`. Returns what the worker is owed.
pub fn worker(
    ctx: &Context,
    w: &Worker,
    sheet: &PaySheet,
    row: Option<&PayrollRow>,
    columns: &[Paid],
    report: &mut Report,
) -> Money {
    let Some(row) = row else {
        report.push(
            Finding::new(
                "audit-not-in-payroll",
                Severity::Warning,
                ART_37,
                subject(w),
                t!("audit-not-in-payroll", entitled = sheet.gross.grouped()),
                t!("audit-not-in-payroll-remedy"),
            )
            .period(ctx.period)
            .figures(Figures::default().with("entitled", sheet.gross)),
        );
        return Money::ZERO;
    };
    let mut worker_owed = Money::ZERO;
    let mut listed_entitled = Money::ZERO;
    let mut listed_paid = Money::ZERO;
    let mut all_listed = true;
    for (c, id) in ctx.schedule.component_ids().enumerate() {
        let entitled = sheet.components.get(c).copied().unwrap_or(Money::ZERO);
        let Some(paid) = amount(columns, row, Paid::Component(c)) else {
            all_listed = false;
            continue;
        };
        listed_entitled += entitled;
        listed_paid += paid;
        if paid < entitled {
            let (name, basis) = component_basis(ctx, c, id);
            worker_owed += entitled - paid;
            report.push(underpaid(ctx, w, &name, id, basis, entitled, paid));
        }
    }
    if let Some(gross) = amount(columns, row, Paid::Gross) {
        if all_listed {
            if gross != listed_paid {
                report.push(
                    Finding::new(
                        "audit-gross-mismatch",
                        Severity::Warning,
                        ART_37,
                        subject(w),
                        t!(
                            "audit-gross-mismatch",
                            gross = gross.grouped(),
                            components = listed_paid.grouped(),
                            line = row.line
                        ),
                        t!("audit-gross-mismatch-remedy"),
                    )
                    .period(ctx.period)
                    .figures(
                        Figures::default()
                            .with("gross", gross)
                            .with("components", listed_paid),
                    ),
                );
            }
        } else {
            // What the payroll does not list by component, compared as a whole.
            let entitled = sheet.gross - listed_entitled;
            let paid = gross - listed_paid;
            if paid < entitled {
                let name = if listed_entitled == Money::ZERO && listed_paid == Money::ZERO {
                    t!("audit-gross-name")
                } else {
                    t!("audit-unlisted-name")
                };
                worker_owed += entitled - paid;
                let basis = ctx.schedule.meta.title.clone();
                report.push(underpaid(ctx, w, &name, "gross", basis, entitled, paid));
            }
        }
    }
    worker_owed
}

/// A payroll row that names no worker of the roster.
pub fn not_on_roster(period: Period, row: &PayrollRow) -> Finding {
    Finding::new(
        "audit-not-on-roster",
        Severity::Warning,
        ART_37,
        Subject::Worker {
            employee_id: row.employee_id.clone(),
            name: String::new(),
            enterprise_id: row.enterprise_id.clone(),
        },
        t!("audit-not-on-roster", line = row.line),
        t!("audit-not-on-roster-remedy"),
    )
    .period(period)
}

fn subject(w: &Worker) -> Subject {
    Subject::Worker {
        employee_id: w.employee_id.clone(),
        name: w.name.clone(),
        enterprise_id: w.enterprise_id.clone(),
    }
}

/// A component's Chinese name and what entitles the worker to it.
fn component_basis(ctx: &Context, index: usize, id: &str) -> (String, String) {
    let title = &ctx.schedule.meta.title;
    let name = ctx
        .schedule
        .component_names()
        .nth(index)
        .unwrap_or(id)
        .to_string();
    let basis = match id {
        GRADE_PAY => t!("audit-pay-table", title = title),
        OVERTIME => "劳动法 Art 44".to_string(),
        _ => match ctx
            .schedule
            .allowances
            .get(index.wrapping_sub(1))
            .and_then(|a| a.clause.as_deref())
        {
            Some(clause) => format!("{title} {clause}"),
            None => title.clone(),
        },
    };
    (name, basis)
}

fn underpaid(
    ctx: &Context,
    w: &Worker,
    name: &str,
    id: &str,
    basis: String,
    entitled: Money,
    paid: Money,
) -> Finding {
    let owed = entitled - paid;
    Finding::new(
        "underpaid",
        Severity::Error,
        basis,
        subject(w),
        t!(
            "audit-underpaid",
            name = name,
            id = id,
            paid = paid.grouped(),
            entitled = entitled.grouped()
        ),
        t!(
            "audit-underpaid-remedy",
            employee = &w.employee_id,
            owed = owed.grouped(),
            name = name,
            period = ctx.period.to_string()
        ),
    )
    .period(ctx.period)
    .figures(
        Figures::default()
            .with("component", id)
            .with("entitled", entitled)
            .with("paid", paid)
            .with("owed", owed),
    )
    .shortfall(owed)
}
