//! The wage guideline (工资指导线): each enterprise's average pay growth over last
//! year against the year's lower and upper lines, and front-line workers' average
//! raise not below managers'. Guidance, so the findings are warnings.

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::roster::Worker;
use crate::said;
use crate::Money;

/// Pay now and last year of a set of workers who have last year's pay.
#[derive(Debug, Clone, Copy, Default)]
struct Growth {
    workers: u64,
    now: Money,
    last: Money,
}

impl Growth {
    fn add(&mut self, now: Money, last: Money) {
        self.workers += 1;
        self.now += now;
        self.last += last;
    }

    /// now / last - 1, exact; `None` without pay last year.
    fn rate(&self) -> Option<Decimal> {
        let ratio = self.now.amount().checked_div(self.last.amount())?;
        Some(ratio - Decimal::ONE)
    }
}

pub fn check(ctx: &Context, report: &mut Report) {
    if !check_enterprises(ctx, report) {
        note_no_last_year(report);
    }
}

/// Said when no worker of the roster (of all its parts) has last year's pay.
pub fn note_no_last_year(report: &mut Report) {
    report.note(crate::t!("check-note-guideline-no-last-year"));
}

/// The enterprises of the context's workers (whole enterprises, so a roster
/// can be checked a part at a time); whether any worker had last year's pay.
pub fn check_enterprises(ctx: &Context, report: &mut Report) -> bool {
    let year = ctx.period.first_day().year();
    let mut enterprises: Vec<(&str, &Worker, Growth, Growth, Growth)> = Vec::new();
    for (w, sheet) in ctx.workers.iter().zip(ctx.sheets) {
        let Some(last) = w.last_year_pay else {
            continue;
        };
        let i = match enterprises.iter().position(|e| e.0 == w.enterprise_id) {
            Some(i) => i,
            None => {
                enterprises.push((
                    &w.enterprise_id,
                    w,
                    Growth::default(),
                    Growth::default(),
                    Growth::default(),
                ));
                enterprises.len() - 1
            }
        };
        let e = &mut enterprises[i];
        e.2.add(sheet.gross, last);
        let region = ctx.region_of(e.1);
        let managers = ctx
            .standards
            .guideline(region, year)
            .map_or(&[][..], |g| g.manager_posts.as_slice());
        if managers
            .iter()
            .any(|m| *m == w.post_category || *m == w.occupation)
        {
            e.4.add(sheet.gross, last);
        } else {
            e.3.add(sheet.gross, last);
        }
    }
    let any = !enterprises.is_empty();
    for (enterprise, first, all, front, managers) in enterprises {
        let region = ctx.region_of(first);
        let Some(g) = ctx.standards.guideline(region, year) else {
            report.note(crate::t!(
                "check-note-guideline-none",
                year = year,
                region = region
            ));
            continue;
        };
        let basis = format!("工资指导线 {} ({})", g.year, g.source);
        let Some(rate) = all.rate() else {
            continue;
        };
        let subject = Subject::Enterprise {
            enterprise_id: enterprise.to_string(),
        };
        let count = Decimal::from(all.workers);
        let avg_now = ctx.schedule.rounding.apply(all.now.amount() / count);
        let avg_last = ctx.schedule.rounding.apply(all.last.amount() / count);
        let figures = Figures::default()
            .with("workers", all.workers)
            .with("average_last_year", avg_last)
            .with("average_now", avg_now)
            .with("growth", ctx.percent(rate))
            .with("lower", g.lower)
            .with("base", g.base)
            .with("upper", g.upper);
        let described = |id: &'static str, line: String| {
            said!(
                id,
                workers = all.workers,
                last = avg_last.grouped(),
                now = avg_now.grouped(),
                growth = ctx.percent(rate),
                line = line
            )
        };
        if rate < g.lower.fraction() {
            let target = all.last.amount() * (Decimal::ONE + g.lower.fraction()) / count;
            let raise = ctx.at_least(target - all.now.amount() / count);
            report.push(
                Finding::new(
                    "guideline-lower",
                    Severity::Warning,
                    basis.clone(),
                    subject.clone(),
                    described("check-guideline-lower", g.lower.to_string()),
                    said!("check-guideline-lower-remedy", raise = raise.grouped()),
                )
                .period(ctx.period)
                .figures(figures.clone())
                .shortfall(raise),
            );
        } else if rate > g.upper.fraction() {
            report.push(
                Finding::new(
                    "guideline-upper",
                    Severity::Warning,
                    basis.clone(),
                    subject.clone(),
                    described("check-guideline-upper", g.upper.to_string()),
                    said!("check-guideline-upper-remedy"),
                )
                .period(ctx.period)
                .figures(figures),
            );
        }
        if let (Some(f), Some(m)) = (front.rate(), managers.rate()) {
            if f < m {
                report.push(
                    Finding::new(
                        "guideline-front-line",
                        Severity::Warning,
                        basis,
                        subject,
                        said!(
                            "check-guideline-front-line",
                            front = ctx.percent(f),
                            front_workers = front.workers,
                            managers = ctx.percent(m),
                            manager_workers = managers.workers
                        ),
                        said!("check-guideline-front-line-remedy"),
                    )
                    .period(ctx.period)
                    .figures(
                        Figures::default()
                            .with("front_line_growth", ctx.percent(f))
                            .with("managers_growth", ctx.percent(m)),
                    ),
                );
            }
        }
    }
    any
}
