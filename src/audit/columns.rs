//! `PayrollColumns`: a payroll's header bound to a schedule (which column is
//! the worker's id, the enterprise, and which amount each amount column
//! gives), and its rows parsed with every bad cell reported. The whole-file
//! [`Payroll::read`](crate::audit::Payroll::read) and the streamed audit's two
//! passes (its index and its join) read rows through this one parser.

use csv::StringRecord;

use crate::audit::{Paid, PayrollRow, GROSS};
use crate::io::line_of;
use crate::io::line_text::control_problem;
use crate::money::MoneyParseError;
use crate::roster::{Field, RosterError, RosterErrors};
use crate::{suggest, Location, Money, Schedule};

/// A payroll's bound header.
#[derive(Debug, Clone)]
pub struct PayrollColumns {
    /// The file (and sheet) its rows are in.
    pub origin: Location,
    /// The header's cells, as written.
    pub headers: Vec<String>,
    /// The column of the worker's id (工号).
    pub id_col: usize,
    /// The column of the enterprise's id, when the payroll covers several.
    pub enterprise_col: Option<usize>,
    /// (column, what it holds), in the file's order.
    pub amounts: Vec<(usize, Paid)>,
}

impl PayrollColumns {
    /// Binds a header. Every bad header is reported, each with its file, line
    /// and column.
    pub fn bind(
        origin: &Location,
        header: &StringRecord,
        schedule: &Schedule,
    ) -> Result<PayrollColumns, RosterErrors> {
        let mut errors = RosterErrors::default();
        // The header's row, below any title rows of a sheet.
        let header_line = line_of(header.as_byte_record()).max(1);
        let fail = |column: Option<usize>, message: String, hint: String| RosterError {
            location: origin.at(header_line, column.map(|c| c as u64 + 1)),
            message,
            hint,
        };
        let headers: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();

        let ids: Vec<&str> = schedule.component_ids().collect();
        let names: Vec<&str> = schedule.component_names().collect();
        let mut id_col = None;
        let mut enterprise_col = None;
        let mut amounts: Vec<(usize, Paid)> = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let paid = if GROSS.contains(&h.as_str()) {
                Some(Paid::Gross)
            } else {
                ids.iter()
                    .position(|c| c == h)
                    .or_else(|| names.iter().position(|c| c == h))
                    .map(Paid::Component)
            };
            if let Some(paid) = paid {
                if let Some((first, _)) = amounts.iter().find(|(_, p)| *p == paid) {
                    errors.push(fail(
                        Some(i),
                        crate::t!(
                            "payroll-column-twice",
                            header = h,
                            number = first + 1,
                            earlier = &headers[*first]
                        ),
                        crate::i18n::hint(crate::t!("roster-column-twice-hint")),
                    ));
                } else {
                    amounts.push((i, paid));
                }
                continue;
            }
            match Field::from_header(h) {
                Some(Field::EmployeeId) if id_col.is_none() => id_col = Some(i),
                Some(Field::EnterpriseId) if enterprise_col.is_none() => enterprise_col = Some(i),
                Some(_) => {}
                None => {
                    let known = ids.iter().chain(&names).chain(GROSS).copied();
                    if let Some(near) = suggest::did_you_mean(h, known) {
                        errors.push(fail(
                            Some(i),
                            crate::t!("payroll-unknown-column", header = h),
                            crate::t!("suggest-did-you-mean", name = near),
                        ));
                    }
                }
            }
        }
        let Some(id_col) = id_col else {
            errors.push(fail(None, crate::t!("payroll-no-id-column"), String::new()));
            return Err(errors);
        };
        if amounts.is_empty() {
            errors.push(fail(
                None,
                crate::t!(
                    "payroll-no-amount-column",
                    components = ids
                        .iter()
                        .chain(&names)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                String::new(),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(PayrollColumns {
            origin: origin.clone(),
            headers,
            id_col,
            enterprise_col,
            amounts,
        })
    }

    /// What each amount column holds, in order.
    pub fn paid(&self) -> Vec<Paid> {
        self.amounts.iter().map(|(_, p)| *p).collect()
    }

    fn fail(&self, line: u64, column: usize, message: String, hint: String) -> RosterError {
        RosterError {
            location: self.origin.at(line, Some(column as u64 + 1)),
            message,
            hint,
        }
    }

    /// A row's enterprise id (trimmed; empty without the column).
    pub fn enterprise<'r>(&self, record: &'r StringRecord) -> &'r str {
        self.enterprise_col
            .and_then(|c| record.get(c))
            .unwrap_or("")
            .trim()
    }

    /// Parses one row; every bad cell goes to `errors` (its amount read as
    /// zero, so the row still counts for repeats). `None` for a row without
    /// an id.
    pub fn parse(&self, record: &StringRecord, errors: &mut RosterErrors) -> Option<PayrollRow> {
        let line = line_of(record.as_byte_record());
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        let employee_id = cell(self.id_col).to_string();
        if let Some((message, hint)) = control_problem("employee_id", &employee_id) {
            errors.push(self.fail(line, self.id_col, message, hint));
            return None;
        }
        if employee_id.is_empty() {
            errors.push(self.fail(
                line,
                self.id_col,
                crate::t!("roster-empty-id"),
                String::new(),
            ));
            return None;
        }
        let mut amounts = Vec::with_capacity(self.amounts.len());
        for &(col, _) in &self.amounts {
            let text = cell(col);
            let amount = if text.is_empty() {
                Money::ZERO
            } else {
                let parsed = text.parse::<Money>();
                match parsed {
                    Ok(m) if !m.is_negative() => m,
                    _ => {
                        let (message, hint) = match parsed {
                            Ok(_) => (
                                crate::t!("input-negative-amount", text = text),
                                crate::i18n::hint(crate::t!("input-negative-amount-hint")),
                            ),
                            Err(MoneyParseError::NotANumber(_)) => (
                                crate::t!("input-not-amount-paid", text = text),
                                crate::i18n::hint(crate::t!("input-not-amount-paid-hint")),
                            ),
                            Err(other) => (other.to_string(), String::new()),
                        };
                        let mut e = self.fail(line, col, message, hint);
                        e.location = e.location.with_field(&self.headers[col]);
                        errors.push(e);
                        Money::ZERO
                    }
                }
            };
            amounts.push(amount);
        }
        Some(PayrollRow {
            line,
            enterprise_id: self.enterprise(record).to_string(),
            employee_id,
            amounts,
        })
    }

    /// The error for a row that repeats an earlier row's worker.
    pub fn duplicate(&self, row: &PayrollRow, first_line: u64) -> RosterError {
        let mut e = self.fail(
            row.line,
            self.id_col,
            crate::t!("roster-duplicate-id", id = row.employee_id.as_str()),
            crate::i18n::hint(crate::t!("roster-duplicate-id-hint", line = first_line)),
        );
        e.location = e.location.with_field(&self.headers[self.id_col]);
        e
    }
}
