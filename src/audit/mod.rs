//! `nengji audit` as a library (履约监督, 浙江省集体合同条例 Art 37): what each
//! worker was paid, held against what the contract entitles them to, component
//! by component, with the amount owed per worker and per enterprise, exactly.

mod payroll;

pub use payroll::{Paid, Payroll, PayrollRow, GROSS};

use std::collections::HashMap;

use crate::check::{Context, Figures, Finding, Owed, Report, Severity, Subject};
use crate::roster::{RosterError, RosterErrors, Worker};
use crate::schedule::{GRADE_PAY, OVERTIME};
use crate::{t, Money};

/// Compares a payroll with the pay sheets of the context's roster. Fails when a
/// payroll row cannot be matched to one worker without doubt.
pub fn audit(ctx: &Context, payroll: &Payroll) -> Result<Report, RosterErrors> {
    let mut report = ctx.report("audit");
    let mut by_key: HashMap<(&str, &str), usize> = HashMap::new();
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, w) in ctx.workers.iter().enumerate() {
        by_key.insert((w.enterprise_id.as_str(), w.employee_id.as_str()), i);
        by_id.entry(w.employee_id.as_str()).or_default().push(i);
    }
    let mut errors = RosterErrors::default();
    let mut paid_row: Vec<Option<usize>> = vec![None; ctx.workers.len()];
    for (r, row) in payroll.rows.iter().enumerate() {
        let found = if payroll.has_enterprise {
            by_key
                .get(&(row.enterprise_id.as_str(), row.employee_id.as_str()))
                .copied()
        } else {
            match by_id.get(row.employee_id.as_str()).map(Vec::as_slice) {
                Some([one]) => Some(*one),
                Some(many) if many.len() > 1 => {
                    errors.push(RosterError {
                        location: payroll.origin.at(row.line, None),
                        message: t!(
                            "audit-ambiguous-id",
                            id = &row.employee_id,
                            count = many.len()
                        ),
                        hint: t!("audit-ambiguous-id-hint"),
                    });
                    continue;
                }
                _ => None,
            }
        };
        match found {
            Some(i) => paid_row[i] = Some(r),
            None => report.push(
                Finding::new(
                    "audit-not-on-roster",
                    Severity::Warning,
                    "浙江省集体合同条例 Art 37",
                    Subject::Worker {
                        employee_id: row.employee_id.clone(),
                        name: String::new(),
                        enterprise_id: row.enterprise_id.clone(),
                    },
                    t!("audit-not-on-roster", line = row.line),
                    t!("audit-not-on-roster-remedy"),
                )
                .period(ctx.period),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut owed: Vec<Owed> = Vec::new();
    for ((w, sheet), row) in ctx.workers.iter().zip(ctx.sheets).zip(&paid_row) {
        let Some(r) = row else {
            report.push(
                Finding::new(
                    "audit-not-in-payroll",
                    Severity::Warning,
                    "浙江省集体合同条例 Art 37",
                    subject(w),
                    t!("audit-not-in-payroll", entitled = sheet.gross.grouped()),
                    t!("audit-not-in-payroll-remedy"),
                )
                .period(ctx.period)
                .figures(Figures::default().with("entitled", sheet.gross)),
            );
            continue;
        };
        let row = &payroll.rows[*r];
        let mut worker_owed = Money::ZERO;
        let mut listed_entitled = Money::ZERO;
        let mut listed_paid = Money::ZERO;
        let mut all_listed = true;
        for (c, id) in ctx.schedule.component_ids().enumerate() {
            let entitled = sheet.components.get(c).copied().unwrap_or(Money::ZERO);
            let Some(paid) = payroll.amount(row, Paid::Component(c)) else {
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
        if let Some(gross) = payroll.amount(row, Paid::Gross) {
            if all_listed {
                if gross != listed_paid {
                    report.push(
                        Finding::new(
                            "audit-gross-mismatch",
                            Severity::Warning,
                            "浙江省集体合同条例 Art 37",
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
        if worker_owed > Money::ZERO {
            match owed.iter_mut().find(|o| o.enterprise_id == w.enterprise_id) {
                Some(o) => {
                    o.workers += 1;
                    o.amount += worker_owed;
                }
                None => owed.push(Owed {
                    enterprise_id: w.enterprise_id.clone(),
                    workers: 1,
                    amount: worker_owed,
                }),
            }
        }
    }
    report.total_owed = Some(owed.iter().map(|o| o.amount).sum());
    report.owed = owed;
    report.sort();
    Ok(report)
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
