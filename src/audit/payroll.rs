//! `Payroll`: what an enterprise actually paid (实发/应发工资表), per worker, as
//! gross and/or per component, read from CSV or a workbook's sheet for an audit (履约监督).
//!
//! Columns: the worker's id (employee_id, 工号), optionally the enterprise
//! (enterprise_id, 企业), and amounts: `gross` (应发工资) and/or any component by
//! its id (`grade_pay`, `skill`, `overtime`) or Chinese name (能级工资, 加班工资).
//! Other columns (names, net pay, deductions) are ignored.

use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

use csv::StringRecord;

use crate::audit::PayrollColumns;
use crate::io::{TableOptions, TableReader};
use crate::roster::RosterErrors;
use crate::{Location, Money, Schedule};

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

/// The amount a row gives for a column kind, if its payroll (whose columns
/// hold `columns`) has it.
pub fn amount(columns: &[Paid], row: &PayrollRow, paid: Paid) -> Option<Money> {
    columns
        .iter()
        .position(|c| *c == paid)
        .and_then(|i| row.amounts.get(i).copied())
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
        amount(&self.columns, row, paid)
    }

    /// Reads a payroll. Every bad header and cell is reported, each with its
    /// file, line and column.
    pub fn read<R: Read>(
        file: &str,
        input: R,
        options: impl Into<TableOptions>,
        schedule: &Schedule,
    ) -> Result<Payroll, RosterErrors> {
        let mut table = TableReader::open(file, input, &options.into())?;
        let columns = PayrollColumns::bind(table.origin(), table.headers(), schedule)?;
        let mut errors = RosterErrors::default();
        // The first line of each (enterprise, worker), to refuse a repeat.
        let mut seen: HashMap<(String, String), u64> = HashMap::new();
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
            let Some(row) = columns.parse(&record, &mut errors) else {
                continue;
            };
            let key = (row.enterprise_id.clone(), row.employee_id.clone());
            if let Some(&first) = seen.get(&key) {
                errors.push(columns.duplicate(&row, first));
                continue;
            }
            seen.insert(key, row.line);
            rows.push(row);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Payroll {
            file: Arc::clone(&columns.origin.file),
            origin: columns.origin.clone(),
            columns: columns.paid(),
            has_enterprise: columns.enterprise_col.is_some(),
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
