//! `Columns`: a roster's header bound to nengji's fields and to the columns the
//! schedule's rules read; it turns each row into a [`Worker`], reporting every bad
//! cell with its place.

use std::sync::Arc;

use chrono::NaiveDate;
use csv::StringRecord;
use rust_decimal::Decimal;

use crate::roster::{Employment, Field, RosterError, RosterErrors, Row, Worker};
use crate::schedule::{RuleKind, Schedule};
use crate::{suggest, t, Location, Money, Period};

mod cell_text;
mod cells;
mod month;

pub use cell_text::parse_date;
use cell_text::trim;

use cells::Cells;

/// Where each known field and each rule's inputs sit in the row.
#[derive(Debug, Clone)]
pub struct Columns {
    /// The file (and sheet) every error is placed in.
    origin: Location,
    headers: Vec<String>,
    fields: [Option<usize>; Field::ALL.len()],
    /// Per allowance, the indices of the columns it reads (as `Allowance::columns`).
    rule_columns: Vec<Vec<usize>>,
    /// Per piece rate, the columns of its four quantities (legal hours, then
    /// overtime by kind of day), where the schedule names them.
    piece_columns: Vec<[Option<usize>; 4]>,
    /// Whether any attendance column (leave date, probation, days) is present:
    /// without them a row reads none of them.
    attendance: bool,
    /// Whether a rule reads a dated award (the only slots with a date to
    /// check against the month): without one, a row checks none.
    awards: bool,
    /// The pay month the rows are read for, when there is one: dates after it
    /// and overtime beyond its hours are refused (see [`Columns::set_period`]).
    period: Option<Period>,
    /// Worked out once from the period for every row: a year after its last
    /// day (see [`month::latest`]) and its days.
    year_on: Option<NaiveDate>,
    month_days: u32,
}

/// The attendance columns (read only when one of them is present).
const ATTENDANCE: [Field; 7] = [
    Field::LeaveDate,
    Field::ProbationEnd,
    Field::DaysWorked,
    Field::PersonalLeaveDays,
    Field::SickLeaveDays,
    Field::AbsentDays,
    Field::MaternityLeaveDays,
];

impl Columns {
    /// Binds a header row. Fails when a required column or a column a rule reads is
    /// missing, or a column is given twice.
    pub fn bind(
        origin: &Location,
        headers: &StringRecord,
        schedule: &Schedule,
    ) -> Result<Columns, RosterErrors> {
        let header_line = headers.position().map_or(1, |p| p.line().max(1));
        let headers: Vec<String> = headers.iter().map(|h| h.trim().to_string()).collect();
        let mut errors = RosterErrors::default();
        let at = |i: usize| origin.at(header_line, Some(i as u64 + 1));
        let mut fields: [Option<usize>; Field::ALL.len()] = [None; Field::ALL.len()];
        for (i, h) in headers.iter().enumerate() {
            let field = match schedule.columns.get(h) {
                Some(name) => Field::from_name(name),
                None => Field::from_header(h),
            };
            if let Some(field) = field {
                if let Some(first) = fields[field.index()] {
                    errors.push(RosterError {
                        location: at(i),
                        message: t!(
                            "roster-column-twice",
                            header = h.as_str(),
                            field = field.name(),
                            number = first + 1,
                            earlier = headers[first].as_str()
                        ),
                        hint: crate::i18n::hint(t!("roster-column-twice-hint")),
                    });
                } else {
                    fields[field.index()] = Some(i);
                }
            }
        }
        for required in [Field::EmployeeId, Field::Grade] {
            if fields[required.index()].is_none() {
                let expected =
                    std::iter::once(required.name()).chain(required.chinese().iter().copied());
                let names: Vec<&str> = expected.collect();
                errors.push(RosterError {
                    location: origin.at(header_line, None),
                    message: t!(
                        "roster-no-column",
                        field = required.name(),
                        expected = names.join(" / ")
                    ),
                    hint: header_hint(&headers, &names),
                });
            }
        }
        let mut rule_columns = Vec::with_capacity(schedule.allowances.len());
        for rule in &schedule.allowances {
            let mut indices = Vec::new();
            for column in rule.columns() {
                match find_column(&headers, &fields, column) {
                    Some(i) => indices.push(i),
                    None => errors.push(RosterError {
                        location: origin.at(header_line, None),
                        message: t!("roster-no-rule-column", column = column, id = &rule.id),
                        hint: header_hint(&headers, &[column]),
                    }),
                }
            }
            rule_columns.push(indices);
        }
        let mut piece_columns = Vec::with_capacity(schedule.piece_rates.len());
        for rate in &schedule.piece_rates {
            let mut at = [None; 4];
            for (k, column) in rate.columns().enumerate() {
                match find_column(&headers, &fields, column) {
                    Some(i) => at[k] = Some(i),
                    None => errors.push(RosterError {
                        location: origin.at(header_line, None),
                        message: crate::t!(
                            "pay-roster-piece-column",
                            column = column,
                            id = &rate.id
                        ),
                        hint: header_hint(&headers, &[column]),
                    }),
                }
            }
            piece_columns.push(at);
        }
        if rule_needs_post_category(schedule) && fields[Field::PostCategory.index()].is_none() {
            errors.push(RosterError {
                location: origin.at(header_line, None),
                message: t!("roster-no-post-category"),
                hint: String::new(),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let attendance = ATTENDANCE.iter().any(|f| fields[f.index()].is_some());
        Ok(Columns {
            origin: origin.clone(),
            headers,
            fields,
            rule_columns,
            piece_columns,
            attendance,
            awards: (schedule.allowances.iter()).any(|a| {
                matches!(
                    a.kind,
                    RuleKind::MonthlyAward { .. } | RuleKind::OneOff { .. }
                )
            }),
            period: None,
            year_on: None,
            month_days: month::days_in(None),
        })
    }

    /// Reads the rows for one pay month: a hire or award date after it is
    /// refused, and overtime is bounded by the month's own hours.
    pub fn set_period(&mut self, period: Period) {
        self.period = Some(period);
        self.year_on = Some(month::year_on(period));
        self.month_days = month::days_in(Some(period));
    }

    /// The roster's headers, in file order.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// True when the roster has a column for `field`.
    pub fn has(&self, field: Field) -> bool {
        self.fields[field.index()].is_some()
    }

    /// The index of the column that gives a field.
    pub fn position(&self, field: Field) -> Option<usize> {
        self.fields[field.index()]
    }

    /// Reports every repeated employee id among one enterprise's rows, found by
    /// sorting (no allocation per row), and lists the positions of the repeats
    /// (every occurrence after the first) in `repeats`.
    pub fn find_duplicates(
        &self,
        group: &[Worker],
        order: &mut Vec<usize>,
        errors: &mut RosterErrors,
        repeats: &mut Vec<usize>,
    ) {
        order.clear();
        order.extend(0..group.len());
        // Ties broken by position, so the unstable (allocation-free) sort is
        // deterministic.
        order.sort_unstable_by(|&a, &b| {
            group[a]
                .employee_id
                .cmp(&group[b].employee_id)
                .then(a.cmp(&b))
        });
        let col = self.position(Field::EmployeeId).unwrap_or(0);
        let header = self.headers.get(col).map_or("", String::as_str);
        let mut first = 0;
        for k in 1..order.len() {
            let (a, b) = (&group[order[first]], &group[order[k]]);
            if a.employee_id == b.employee_id {
                errors.push(RosterError {
                    location: self
                        .origin
                        .at(b.line, Some(col as u64 + 1))
                        .with_field(header),
                    message: t!("roster-duplicate-id", id = b.employee_id.as_str()),
                    hint: crate::i18n::hint(t!("roster-duplicate-id-hint", line = a.line)),
                });
                repeats.push(order[k]);
            } else {
                first = k;
            }
        }
    }

    /// Fills `worker` from a row, pushing every bad cell to `errors`. Returns
    /// whether the row was clean.
    pub fn parse_row(
        &self,
        record: Row<'_>,
        line: u64,
        schedule: &Schedule,
        worker: &mut Worker,
        errors: &mut RosterErrors,
    ) -> bool {
        let before = errors.total;
        worker.clear();
        worker.line = line;
        // A reused worker keeps the file's name from its last row: no count
        // changes hands per row.
        if !Arc::ptr_eq(&worker.roster, &self.origin.file) {
            worker.roster = Arc::clone(&self.origin.file);
        }
        let mut cells = Cells {
            columns: self,
            record,
            line,
            errors,
        };

        let id = cells.line_text(Field::EmployeeId);
        let id_col = self.fields[Field::EmployeeId.index()];
        if id.is_empty() {
            cells.fail(
                id_col,
                t!("roster-empty-id"),
                crate::i18n::hint(t!("roster-empty-id-hint")),
            );
        }
        worker.employee_id.push_str(id);
        worker.name.push_str(cells.line_text(Field::Name));
        worker
            .enterprise_id
            .push_str(cells.line_text(Field::EnterpriseId));
        worker
            .enterprise_name
            .push_str(cells.line_text(Field::EnterpriseName));
        worker.region.push_str(cells.get(Field::Region).1);
        worker
            .post_category
            .push_str(cells.get(Field::PostCategory).1);
        worker.occupation.push_str(cells.get(Field::Occupation).1);
        worker.gender.push_str(cells.get(Field::Gender).1);

        let (grade_col, grade) = cells.get(Field::Grade);
        match schedule.grade_index(grade) {
            Some(g) => worker.grade = g,
            None => {
                // Names before aliases, so a near name is suggested over an alias.
                let names = schedule
                    .grades
                    .iter()
                    .map(|g| &g.name)
                    .chain(schedule.grades.iter().flat_map(|g| &g.aliases));
                let hint = suggest::hint(grade, names.clone().map(String::as_str));
                let expected: Vec<&str> = schedule.grades.iter().map(|g| g.name.as_str()).collect();
                let hint = if hint.is_empty() {
                    crate::i18n::hint(t!("roster-expected-one-of", names = expected.join(", ")))
                } else {
                    hint
                };
                cells.fail(grade_col, t!("roster-unknown-grade", grade = grade), hint);
            }
        }
        let (step_col, step) = cells.get(Field::Step);
        if !step.is_empty() {
            let steps = schedule.grades.get(worker.grade).map_or(1, |g| g.steps());
            match step.parse::<u32>() {
                Ok(s) if s >= 1 && s <= steps => worker.step = s,
                _ => {
                    let grade_name = schedule
                        .grades
                        .get(worker.grade)
                        .map_or("", |g| g.name.as_str());
                    cells.fail(
                        step_col,
                        t!("roster-bad-step", step = step, grade = grade_name),
                        crate::i18n::hint(t!("roster-bad-step-hint", steps = steps)),
                    );
                }
            }
        }
        worker.hire_date = cells.date(Field::HireDate);
        let (emp_col, employment) = cells.get(Field::Employment);
        worker.employment = match employment {
            "" | "全日制" | "full-time" | "full_time" => Employment::FullTime,
            "非全日制" | "part-time" | "part_time" => Employment::PartTime,
            other => {
                cells.fail(
                    emp_col,
                    t!("roster-unknown-employment", value = other),
                    crate::i18n::hint(t!("roster-unknown-employment-hint")),
                );
                Employment::FullTime
            }
        };
        worker.hours_worked = cells.hours(Field::HoursWorked);
        for (i, f) in [
            Field::OvertimeWeekday,
            Field::OvertimeRestday,
            Field::OvertimeHoliday,
        ]
        .into_iter()
        .enumerate()
        {
            worker.overtime_hours[i] = cells.hours(f).unwrap_or(Decimal::ZERO);
        }
        let (pay_col, last) = cells.get(Field::LastYearPay);
        if !last.is_empty() {
            match last.parse::<Money>() {
                Ok(m) if !m.is_negative() => worker.last_year_pay = Some(m),
                Ok(_) => cells.fail(
                    pay_col,
                    crate::t!("input-negative-amount", text = last),
                    crate::i18n::hint(crate::t!("input-negative-amount-hint")),
                ),
                Err(e) => cells.fail(pay_col, e.to_string(), String::new()),
            }
        }
        if self.attendance {
            cells.attendance(worker);
        }
        for at in &self.piece_columns {
            for col in at {
                let q = col.and_then(|c| cells.quantity(c)).unwrap_or(Decimal::ZERO);
                worker.pieces.push(q);
            }
        }

        for (rule, columns) in schedule.allowances.iter().zip(&self.rule_columns) {
            let slot = cells.slot(&rule.kind, columns, worker, &rule.id);
            worker.slots.push(slot);
        }
        cells.month(worker, schedule);
        errors.total == before
    }
}

fn find_column(headers: &[String], fields: &[Option<usize>], column: &str) -> Option<usize> {
    headers
        .iter()
        .position(|h| h == column)
        .or_else(|| Field::from_name(column).and_then(|f| fields[f.index()]))
}

fn header_hint(headers: &[String], wanted: &[&str]) -> String {
    wanted
        .iter()
        .find_map(|w| suggest::did_you_mean(w, headers.iter().map(String::as_str)))
        .map(|h| crate::i18n::hint(t!("roster-did-you-mean-column", column = h)))
        .unwrap_or_default()
}

fn rule_needs_post_category(schedule: &Schedule) -> bool {
    schedule
        .allowances
        .iter()
        .any(|a| !a.post_categories.is_empty())
}
