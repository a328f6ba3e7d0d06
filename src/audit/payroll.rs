//! `Payroll`: what an enterprise actually paid (实发/应发工资表), per worker, as
//! gross and/or per component, read from CSV or a workbook's sheet for an audit (履约监督).
//!
//! Columns: the worker's id (employee_id, 工号), optionally the enterprise
//! (enterprise_id, 企业), and amounts: `gross` (应发工资) and/or any component by
//! its id (`grade_pay`, `skill`, `overtime`) or Chinese name (能级工资, 加班工资).
//! Other columns (names, net pay, deductions) are ignored.

use std::io::Read;
use std::sync::Arc;

use csv::StringRecord;

use crate::io::{line_of, TableOptions, TableReader};
use crate::money::MoneyParseError;
use crate::roster::{Field, RosterError, RosterErrors};
use crate::{suggest, Location, Money, Schedule};

/// The headers a payroll may give gross pay under.
pub const GROSS: &[&str] = &["gross", "应发工资", "应发合计", "应发金额"];

/// What an amount column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paid {
    /// A component, by its position on the pay sheet.
    Component(usize),
    /// The worker's gross pay (应发工资), compared with the sheet's gross.
    Gross,
}

/// One worker's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayrollRow {
    /// The row's line in the file (row in a sheet), for findings.
    pub line: u64,
    /// The enterprise the row belongs to; empty when the payroll has no enterprise column.
    pub enterprise_id: String,
    /// The worker's 工号, the key the row is matched to the roster by.
    pub employee_id: String,
    /// One amount per amount column, in `Payroll::columns` order.
    pub amounts: Vec<Money>,
}

/// A whole payroll, every row checked.
#[derive(Debug, Clone)]
pub struct Payroll {
    /// The payroll's name as given on the command line.
    pub file: Arc<str>,
    /// The file (and sheet) its rows are in.
    pub origin: Location,
    /// What each amount column holds, in the file's column order.
    pub columns: Vec<Paid>,
    /// Whether the payroll names each row's enterprise.
    pub has_enterprise: bool,
    /// The rows, in file order.
    pub rows: Vec<PayrollRow>,
}

impl Payroll {
    /// The amount a row gives for a column kind, if the payroll has it.
    pub fn amount(&self, row: &PayrollRow, paid: Paid) -> Option<Money> {
        self.columns
            .iter()
            .position(|c| *c == paid)
            .and_then(|i| row.amounts.get(i).copied())
    }

    /// Reads a payroll. Every bad header and cell is reported, each with its
    /// file, line and column.
    pub fn read<R: Read>(
        file: &str,
        input: R,
        options: impl Into<TableOptions>,
        schedule: &Schedule,
    ) -> Result<Payroll, RosterErrors> {
        let mut errors = RosterErrors::default();
        let mut table = TableReader::open(file, input, &options.into())?;
        // The file (and sheet) every place is in; the header's row, below any
        // title rows of a sheet.
        let origin = table.origin().clone();
        let file = Arc::clone(&origin.file);
        let header_line = line_of(table.headers().as_byte_record()).max(1);
        let fail = |line: u64, column: Option<usize>, message: String, hint: String| RosterError {
            location: origin.at(line, column.map(|c| c as u64 + 1)),
            message,
            hint,
        };
        let headers: Vec<String> = table
            .headers()
            .iter()
            .map(|h| h.trim().to_string())
            .collect();

        let ids: Vec<&str> = schedule.component_ids().collect();
        let names: Vec<&str> = schedule.component_names().collect();
        let mut id_col = None;
        let mut enterprise_col = None;
        let mut amount_cols: Vec<(usize, Paid)> = Vec::new();
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
                if let Some((first, _)) = amount_cols.iter().find(|(_, p)| *p == paid) {
                    errors.push(fail(
                        header_line,
                        Some(i),
                        format!(
                            "column '{h}' gives the same amount as column {} '{}'",
                            first + 1,
                            headers[*first]
                        ),
                        "; remove one of them".into(),
                    ));
                } else {
                    amount_cols.push((i, paid));
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
                            header_line,
                            Some(i),
                            format!("unknown payroll column '{h}'"),
                            format!("; did you mean '{near}'?"),
                        ));
                    }
                }
            }
        }
        let Some(id_col) = id_col else {
            errors.push(fail(
                header_line,
                None,
                "the payroll has no employee_id column (expected a header employee_id or 工号)"
                    .into(),
                String::new(),
            ));
            return Err(errors);
        };
        if amount_cols.is_empty() {
            errors.push(fail(
                header_line,
                None,
                format!(
                    "the payroll has no amount column (expected gross or 应发工资, or a component: {})",
                    ids.iter().chain(&names).copied().collect::<Vec<_>>().join(", ")
                ),
                String::new(),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }

        let mut rows: Vec<PayrollRow> = Vec::new();
        let mut record = StringRecord::new();
        loop {
            match table.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let fatal = e.is_fatal();
                    errors.push(e.into());
                    if fatal {
                        break;
                    }
                    continue;
                }
            }
            let line = line_of(record.as_byte_record());
            let cell = |i: usize| record.get(i).unwrap_or("").trim();
            let employee_id = cell(id_col).to_string();
            if employee_id.is_empty() {
                errors.push(fail(
                    line,
                    Some(id_col),
                    "empty employee_id (工号)".into(),
                    String::new(),
                ));
                continue;
            }
            let mut amounts = Vec::with_capacity(amount_cols.len());
            for &(col, _) in &amount_cols {
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
                                    format!("; {}", crate::t!("input-negative-amount-hint")),
                                ),
                                Err(MoneyParseError::NotANumber(_)) => (
                                    crate::t!("input-not-amount-paid", text = text),
                                    format!("; {}", crate::t!("input-not-amount-paid-hint")),
                                ),
                                Err(other) => (other.to_string(), String::new()),
                            };
                            let mut e = fail(line, Some(col), message, hint);
                            e.location = e.location.with_field(&headers[col]);
                            errors.push(e);
                            Money::ZERO
                        }
                    }
                };
                amounts.push(amount);
            }
            let enterprise_id = enterprise_col
                .map(|c| cell(c).to_string())
                .unwrap_or_default();
            if let Some(first) = rows
                .iter()
                .find(|r| r.employee_id == employee_id && r.enterprise_id == enterprise_id)
            {
                let mut e = fail(
                    line,
                    Some(id_col),
                    format!("duplicate employee_id '{employee_id}'"),
                    format!("; first seen on line {}", first.line),
                );
                e.location = e.location.with_field(&headers[id_col]);
                errors.push(e);
                continue;
            }
            rows.push(PayrollRow {
                line,
                enterprise_id,
                employee_id,
                amounts,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Payroll {
            file,
            origin: origin.clone(),
            columns: amount_cols.into_iter().map(|(_, p)| p).collect(),
            has_enterprise: enterprise_col.is_some(),
            rows,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::Encoding;

    fn schedule() -> Schedule {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/starter/schedule.toml"),
        )
        .unwrap();
        Schedule::parse("schedule.toml", &text).unwrap()
    }

    fn read(text: &str) -> Result<Payroll, RosterErrors> {
        Payroll::read("paid.csv", text.as_bytes(), Encoding::Auto, &schedule())
    }

    #[test]
    fn columns_by_id_chinese_name_or_gross() {
        let p = read(
            "工号,姓名,能级工资,skill,应发工资\nS001,陈建国,4100,500,5000\nS002,林秀英,,200,3400\n",
        )
        .unwrap();
        assert_eq!(
            p.columns,
            [Paid::Component(0), Paid::Component(1), Paid::Gross]
        );
        assert_eq!(p.rows[1].amounts[0], Money::ZERO);
        assert_eq!(p.amount(&p.rows[0], Paid::Gross), Some(Money::from(5000)));
        assert!(!p.has_enterprise);
    }

    #[test]
    fn bad_cells_name_file_line_and_column() {
        let err = read("工号,gross\nS001,5000\nS002,五千\nS001,1\n").unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("'五千' is not an amount paid at paid.csv:3:2 (gross)"),
            "{text}"
        );
        assert!(
            text.contains(
                "duplicate employee_id 'S001' at paid.csv:4:1 (工号); first seen on line 2"
            ),
            "{text}"
        );
    }

    #[test]
    fn needs_an_id_and_an_amount() {
        let err = read("姓名,gross\n陈建国,1\n").unwrap_err();
        assert!(err.to_string().contains("no employee_id column"));
        let err = read("工号,姓名\nS001,陈建国\n").unwrap_err();
        assert!(err.to_string().contains("no amount column"));
        let err = read("工号,skil\nS001,1\n").unwrap_err();
        assert!(err.to_string().contains("did you mean 'skill'?"), "{err}");
    }
}
