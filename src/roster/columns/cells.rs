//! `Cells`: one roster row being read against its bound header, with the
//! helpers that parse each kind of cell (dates, days, hours, quantities, keys,
//! rule slots, awards) and place every error at its cell.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{month, parse_date, trim, Columns};
use crate::roster::number::{number, plain, NumberError};
use crate::roster::worker::Leave;
use crate::roster::{Field, RosterError, RosterErrors, Row, Slot, Worker};
use crate::schedule::RuleKind;
use crate::{suggest, t};

/// The row being read, with the helpers that place an error at its cell.
pub(super) struct Cells<'a> {
    pub(super) columns: &'a Columns,
    pub(super) record: Row<'a>,
    pub(super) line: u64,
    pub(super) errors: &'a mut RosterErrors,
}

impl<'a> Cells<'a> {
    pub(super) fn get(&self, field: Field) -> (Option<usize>, &'a str) {
        match self.columns.fields[field.index()] {
            Some(i) => (Some(i), self.cell(i)),
            None => (None, ""),
        }
    }

    /// A cell that names something (an id, a name): one line of text. A NUL or
    /// a line break there (a quoted cell run over several lines, a binary
    /// export) would make a different worker look the same, or split a
    /// document's line; refused with its place.
    pub(super) fn line_text(&mut self, field: Field) -> &'a str {
        let (col, text) = self.get(field);
        if self.record.is_clean() {
            return text;
        }
        if let Some((message, hint)) = crate::io::line_text::control_problem(field.name(), text) {
            self.fail(col, message, hint);
        }
        text
    }

    pub(super) fn cell(&self, i: usize) -> &'a str {
        trim(self.record.get(i).unwrap_or(""))
    }

    pub(super) fn fail(&mut self, column: Option<usize>, message: String, hint: String) {
        let mut location = self
            .columns
            .origin
            .at(self.line, column.map(|c| c as u64 + 1));
        if let Some(c) = column {
            location = location.with_field(&self.columns.headers[c]);
        }
        self.errors.push(RosterError {
            location,
            message,
            hint,
        });
    }

    pub(super) fn date(&mut self, field: Field) -> Option<NaiveDate> {
        let (col, text) = self.get(field);
        self.parse_date(col, text)
    }

    pub(super) fn parse_date(&mut self, col: Option<usize>, text: &str) -> Option<NaiveDate> {
        if text.is_empty() {
            return None;
        }
        match parse_date(text) {
            Some(d) if d < month::EARLIEST => {
                let field = col.map_or("", |c| self.columns.headers[c].as_str());
                self.fail(
                    col,
                    crate::t!("input-date-too-early", field = field, text = text),
                    crate::i18n::hint(crate::t!("input-date-too-early-hint")),
                );
                None
            }
            Some(d) => Some(d),
            None => {
                self.fail(
                    col,
                    crate::t!("input-not-date", text = text),
                    crate::i18n::hint(crate::t!("input-not-date-hint")),
                );
                None
            }
        }
    }

    /// The leave and probation dates and the day counts of a row.
    pub(super) fn attendance(&mut self, worker: &mut Worker) {
        worker.leave_date = self.date(Field::LeaveDate);
        if let (Some(hire), Some(leave)) = (worker.hire_date, worker.leave_date) {
            if leave < hire {
                let (col, text) = self.get(Field::LeaveDate);
                self.fail(
                    col,
                    crate::t!(
                        "pay-roster-leave-before-hire",
                        leave = text,
                        hire = hire.to_string()
                    ),
                    crate::i18n::hint(crate::t!("pay-roster-leave-before-hire-hint")),
                );
                worker.leave_date = None;
            }
        }
        worker.probation_end = self.date(Field::ProbationEnd);
        worker.days_worked = self.days(Field::DaysWorked);
        for (i, leave) in Leave::ALL.into_iter().enumerate() {
            worker.leave_days[i] = self.days(leave.field()).unwrap_or(Decimal::ZERO);
        }
    }

    /// A quantity of pieces: a number at least zero; empty is none.
    pub(super) fn quantity(&mut self, col: usize) -> Option<Decimal> {
        let text = self.cell(col);
        if text.is_empty() {
            return None;
        }
        match number(text) {
            Ok(q) if !q.is_sign_negative() && q <= crate::money::LIMIT => Some(q),
            Err(NumberError::Misgrouped(how)) => {
                self.fail(
                    Some(col),
                    crate::money::misgrouped(text, how),
                    String::new(),
                );
                None
            }
            _ => {
                self.fail(
                    Some(col),
                    crate::t!("pay-roster-quantity", text = text),
                    crate::i18n::hint(crate::t!("pay-roster-quantity-hint")),
                );
                None
            }
        }
    }

    /// Days in a month: at least zero and at most 31.
    pub(super) fn days(&mut self, field: Field) -> Option<Decimal> {
        let (col, text) = self.get(field);
        let days = self.non_negative(col, text, "days")?;
        if days > Decimal::from(31) {
            self.fail(
                col,
                crate::t!("pay-roster-days-too-many", text = text),
                crate::i18n::hint(crate::t!("pay-roster-days-too-many-hint")),
            );
            return None;
        }
        Some(days)
    }

    /// Hours in a month: at least zero and at most the 744 hours of a 31-day month.
    pub(super) fn hours(&mut self, field: Field) -> Option<Decimal> {
        let (col, text) = self.get(field);
        // The common cell (`11.9`): plain digits within the month, read as
        // the general path below reads them, without its checks.
        if let Some((mantissa, scale)) = plain(text) {
            let within = crate::rounding::pow10(scale)
                .and_then(|p| p.checked_mul(744))
                .is_some_and(|limit| i128::from(mantissa) <= limit);
            if within {
                return Some(Decimal::new(mantissa, scale));
            }
        }
        let hours = self.non_negative(col, text, "hours")?;
        // 744 = 31 x 24, compared on the mantissa: hours are never negative here.
        let limit = crate::rounding::pow10(hours.scale()).and_then(|p| p.checked_mul(744));
        if limit.is_none_or(|limit| hours.mantissa() > limit) {
            self.fail(
                col,
                t!("roster-hours-beyond-month", text = text),
                crate::i18n::hint(t!("roster-hours-beyond-month-hint")),
            );
            return None;
        }
        Some(hours)
    }

    pub(super) fn non_negative(
        &mut self,
        col: Option<usize>,
        text: &str,
        what: &str,
    ) -> Option<Decimal> {
        if text.is_empty() {
            return None;
        }
        let (message, hint) = match number(text) {
            Ok(v) if v.is_sign_negative() && !v.is_zero() => (
                crate::t!("input-negative-number", what = what, text = text),
                crate::t!("input-negative-number-hint", what = what),
            ),
            // Twelve characters cannot reach the limit of 1e12.
            Ok(v) if text.len() > 12 && v > crate::money::LIMIT => (
                crate::t!("input-number-too-large", what = what, text = text),
                crate::t!("input-number-too-large-hint"),
            ),
            Ok(v) => return Some(v),
            Err(NumberError::Misgrouped(how)) => {
                (crate::money::misgrouped(text, how), String::new())
            }
            Err(NumberError::TooLong) => (
                crate::t!("input-number-too-large", what = what, text = text),
                crate::t!("input-number-too-large-hint"),
            ),
            Err(NumberError::NotANumber) => (
                crate::t!("input-not-number", text = text, what = what),
                crate::t!("input-not-number-hint"),
            ),
        };
        let hint = if hint.is_empty() {
            hint
        } else {
            crate::i18n::hint(hint)
        };
        self.fail(col, message, hint);
        None
    }

    /// A table key, or an error naming the table's keys.
    pub(super) fn key(
        &mut self,
        col: usize,
        text: &str,
        table: &crate::exact::Table,
        rule: &str,
    ) -> Option<u32> {
        match table.position(text) {
            Some(k) => Some(k as u32),
            None => {
                let hint = suggest::hint(text, table.keys());
                let hint = if hint.is_empty() {
                    crate::i18n::hint(t!(
                        "roster-expected-one-of",
                        names = table.keys().collect::<Vec<_>>().join(", ")
                    ))
                } else {
                    hint
                };
                self.fail(
                    Some(col),
                    t!("roster-unknown-value", text = text, rule = rule),
                    hint,
                );
                None
            }
        }
    }

    pub(super) fn slot(
        &mut self,
        kind: &RuleKind,
        columns: &[usize],
        worker: &mut Worker,
        rule: &str,
    ) -> Slot {
        let first = columns.first().copied().unwrap_or(0);
        match kind {
            RuleKind::Fixed { .. } | RuleKind::Percent { .. } | RuleKind::ByGrade { .. } => {
                Slot::Empty
            }
            RuleKind::Lookup { table, .. } => {
                let text = self.cell(first);
                if text.is_empty() {
                    return Slot::Empty;
                }
                self.key(first, text, table, rule)
                    .map_or(Slot::Empty, Slot::Key)
            }
            RuleKind::PerYear { .. }
                if Some(first) == self.columns.fields[Field::HireDate.index()] =>
            {
                // Already read (and any error reported) as the hire date.
                worker.hire_date.map_or(Slot::Empty, Slot::Date)
            }
            RuleKind::PerYear { .. } => {
                let text = self.cell(first);
                self.parse_date(Some(first), text)
                    .map_or(Slot::Empty, Slot::Date)
            }
            RuleKind::ListSum {
                table, separator, ..
            } => {
                let start = worker.keys.len() as u32;
                for item in self.cell(first).split(*separator) {
                    let item = item.trim();
                    if !item.is_empty() {
                        if let Some(k) = self.key(first, item, table, rule) {
                            worker.keys.push(k);
                        }
                    }
                }
                Slot::Keys {
                    start,
                    len: worker.keys.len() as u32 - start,
                }
            }
            RuleKind::PerUnit { .. } => {
                let start = worker.numbers.len() as u32;
                for &c in columns {
                    let text = self.cell(c);
                    let mut n = self
                        .non_negative(Some(c), text, "units")
                        .unwrap_or(Decimal::ZERO);
                    if n.scale() > 0 && !n.fract().is_zero() {
                        self.fail(
                            Some(c),
                            t!("roster-not-whole-units", text = text),
                            crate::i18n::hint(t!("roster-not-whole-units-hint")),
                        );
                        n = Decimal::ZERO;
                    }
                    worker.numbers.push(n);
                }
                Slot::Numbers {
                    start,
                    len: columns.len() as u32,
                }
            }
            RuleKind::MonthlyAward { table, .. } => {
                let (key_col, date_col) = (first, columns.get(1).copied().unwrap_or(first));
                self.award(key_col, Some(table), date_col, rule)
            }
            RuleKind::OneOff { table, .. } => {
                let date_col = first;
                match (table, columns.get(1)) {
                    (Some(table), Some(&key_col)) => {
                        self.award(key_col, Some(table), date_col, rule)
                    }
                    _ => {
                        let text = self.cell(date_col);
                        self.parse_date(Some(date_col), text)
                            .map_or(Slot::Empty, |d| Slot::KeyDate(u32::MAX, d))
                    }
                }
            }
            RuleKind::Pool { weight_column, .. } => {
                if weight_column.is_none() {
                    return Slot::Empty;
                }
                let text = self.cell(first);
                match self.non_negative(Some(first), text, "weight") {
                    Some(w) => Slot::Number(w),
                    None => Slot::Empty,
                }
            }
        }
    }

    /// An award: a key and the date it was won; both or neither.
    pub(super) fn award(
        &mut self,
        key_col: usize,
        table: Option<&crate::exact::Table>,
        date_col: usize,
        rule: &str,
    ) -> Slot {
        let key_text = self.cell(key_col);
        let date_text = self.cell(date_col);
        let key = match (table, key_text.is_empty()) {
            (Some(t), false) => self.key(key_col, key_text, t, rule),
            _ => None,
        };
        let date = self.parse_date(Some(date_col), date_text);
        match (key, date) {
            (Some(k), Some(d)) => Slot::KeyDate(k, d),
            (Some(_), None) if date_text.is_empty() => {
                let name = self.columns.headers[date_col].clone();
                self.fail(
                    Some(date_col),
                    t!("roster-award-no-date", award = key_text),
                    crate::i18n::hint(t!("roster-award-no-date-hint", column = name.as_str())),
                );
                Slot::Empty
            }
            _ => Slot::Empty,
        }
    }
}
