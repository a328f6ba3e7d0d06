//! `Context`: what a check reads: the schedule, the standards, the periods and,
//! optionally, a roster with its computed pay sheets.

use rust_decimal::Decimal;

use crate::calendar::Calendar;
use crate::check::Report;
use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::standards::{MinimumWage, Standards};
use crate::{Money, Period, Rounding, RoundingMode, Schedule};

/// The inputs of a check.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The negotiated pay schedule being checked.
    pub schedule: &'a Schedule,
    /// The minimum wages, floors, guidelines and market levels it is checked against.
    pub standards: &'a Standards,
    /// The pay period the roster's workers are checked for.
    pub period: Period,
    /// The periods the contract's own figures are checked at.
    pub contract_periods: Vec<Period>,
    /// The roster, and each worker's pay sheet for `period`, in the same order.
    pub workers: &'a [Worker],
    /// Each worker's pay sheet for `period`, in `workers` order.
    pub sheets: &'a [PaySheet],
    /// Working days and holidays (the built-in years unless told otherwise).
    pub calendar: &'a Calendar,
}

impl<'a> Context<'a> {
    /// A context for the contract alone, checked at one period.
    pub fn new(schedule: &'a Schedule, standards: &'a Standards, period: Period) -> Self {
        Context {
            schedule,
            standards,
            period,
            contract_periods: vec![period],
            workers: &[],
            sheets: &[],
            calendar: Calendar::builtin(),
        }
    }

    /// Counts working days on this calendar instead of the built-in one.
    pub fn with_calendar(mut self, calendar: &'a Calendar) -> Self {
        self.calendar = calendar;
        self
    }

    /// Adds a roster and its pay sheets (computed for `period`).
    pub fn with_roster(mut self, workers: &'a [Worker], sheets: &'a [PaySheet]) -> Self {
        self.workers = workers;
        self.sheets = sheets;
        self
    }

    /// Checks the contract at these periods instead.
    pub fn at_periods(mut self, periods: Vec<Period>) -> Self {
        if !periods.is_empty() {
            self.contract_periods = periods;
        }
        self
    }

    /// The periods a contract is checked at by default: the month it takes
    /// effect, each month within its term in which a standard it is held
    /// against changes, and each month a pay adjustment takes effect.
    pub fn term_periods(schedule: &Schedule, standards: &Standards) -> Vec<Period> {
        let meta = &schedule.meta;
        let mut periods = vec![Period::of(meta.effective)];
        for date in standards.changes_between(
            &meta.region,
            meta.industry.as_deref(),
            meta.effective,
            meta.expires,
        ) {
            let p = Period::of(date);
            if !periods.contains(&p) {
                periods.push(p);
            }
        }
        // And each month a pay adjustment raises the table (工资调整办法).
        for a in &schedule.adjustments {
            let p = Period::of(a.from);
            if !periods.contains(&p) {
                periods.push(p);
            }
        }
        periods.sort();
        periods
    }

    /// True when a roster came with the schedule, so the per-worker checks run.
    pub(crate) fn has_roster(&self) -> bool {
        !self.workers.is_empty()
    }

    /// An empty report headed with what is checked.
    pub fn report(&self, command: &'static str) -> Report {
        Report {
            command,
            schedule: self.schedule.meta.title.clone(),
            schedule_file: self.schedule.file.to_string(),
            period: self.period.to_string(),
            contract_periods: if command == "check" {
                self.contract_periods
                    .iter()
                    .map(Period::to_string)
                    .collect()
            } else {
                Vec::new()
            },
            standards: self.standards.files.iter().map(|f| f.to_string()).collect(),
            ..Report::default()
        }
    }

    /// The region a worker is in: the roster's, or the schedule's.
    pub fn region_of<'w>(&'w self, worker: &'w Worker) -> &'w str {
        if worker.region.is_empty() {
            &self.schedule.meta.region
        } else {
            &worker.region
        }
    }

    /// The schedule's name of grade `grade` (an index, 0 for the lowest).
    pub fn grade_name(&self, grade: usize) -> &str {
        self.schedule
            .grades
            .get(grade)
            .map_or("", |g| g.name.as_str())
    }

    /// The pay compared with a minimum: the minimum-wage base of the sheet, less
    /// any allowance the standard excludes even though the schedule counts it
    /// (最低工资规定 Art 12).
    pub fn comparison_base(&self, sheet: &PaySheet, standard: &MinimumWage) -> Money {
        let mut base = sheet.minimum_wage_base;
        for (i, a) in self.schedule.allowances.iter().enumerate() {
            if a.counts_toward_minimum && standard.excludes(&a.name) {
                base = base - sheet.components.get(i + 1).copied().unwrap_or(Money::ZERO);
            }
        }
        base
    }

    /// The smallest amount of money the schedule pays: 0.01 at the fen.
    pub fn unit(&self) -> Money {
        Money::new(Decimal::new(1, self.schedule.rounding.scale))
    }

    /// An exact requirement brought to the schedule's scale, rounding up so that
    /// paying it meets the requirement.
    pub fn at_least(&self, exact: Decimal) -> Money {
        Rounding {
            mode: RoundingMode::Up,
            scale: self.schedule.rounding.scale,
        }
        .apply(exact)
    }

    /// An exact ratio as a percentage for messages: `2.15%`.
    pub fn percent(&self, fraction: Decimal) -> String {
        let p = Rounding::default().apply(fraction * Decimal::ONE_HUNDRED);
        format!("{}%", p.amount().normalize())
    }
}
