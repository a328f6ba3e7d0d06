//! `RosterTable`: the roster as the assessment reads it: each worker's id, grade
//! and step, and the whole row as it was, so the new roster keeps every column
//! and changes only the grade (and step, and the grade date where the rules say).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::sync::Arc;

use csv::StringRecord;

use crate::assess::AssessmentRules;
use crate::io::line_text::control_problem;
use crate::io::{line_of, TableOptions, TableReader};
use crate::roster::{Field, RosterError, RosterErrors};
use crate::{suggest, Location};

/// One roster row: a worker the committee may assess.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The row's line in the roster.
    pub line: u64,
    /// The worker's 工号.
    pub employee_id: String,
    /// The worker's name (empty when the roster has no name column).
    pub name: String,
    /// The enterprise's id (empty when the roster has none).
    pub enterprise_id: String,
    /// Index in the rules' ladder.
    pub grade: usize,
    /// The step (档次) within the grade, when the roster has steps.
    pub step: Option<u32>,
    /// The whole row, for conditions and tie-breaks on other columns.
    pub record: StringRecord,
}

/// Where the roster keeps the fields the assessment needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyColumns {
    /// The column of the 工号.
    pub id: usize,
    /// The column of the current grade.
    pub grade: usize,
    /// The column of the step, if any.
    pub step: Option<usize>,
    /// The column of the enterprise id, if any.
    pub enterprise: Option<usize>,
    /// The column of the name, if any.
    pub name: Option<usize>,
}

/// A whole roster, read for assessment.
#[derive(Debug, Clone)]
pub struct RosterTable {
    /// The roster's name as given.
    pub file: Arc<str>,
    /// The file (and sheet) its rows are in.
    pub origin: Location,
    /// The header's line (or sheet row), where a missing column is reported.
    pub header_line: u64,
    /// The header row.
    pub headers: Vec<String>,
    /// Where the key fields are.
    pub keys: KeyColumns,
    /// The workers, in roster order.
    pub candidates: Vec<Candidate>,
    /// Field of each header, as bound.
    fields: Vec<Option<Field>>,
}

impl RosterTable {
    /// Reads a roster. `columns` maps other header names to canonical fields (a
    /// schedule's `[columns]`). Rows with bad cells are kept (so that the scores
    /// can still be matched) and their problems pushed to `errors`; `Err` only when
    /// the header itself cannot be used.
    pub fn read<R: Read>(
        file: &str,
        input: R,
        options: impl Into<TableOptions>,
        rules: &AssessmentRules,
        columns: &BTreeMap<String, String>,
        errors: &mut RosterErrors,
    ) -> Result<RosterTable, RosterErrors> {
        let mut reader = TableReader::open(file, input, &options.into())?;
        let header_line = line_of(reader.headers().as_byte_record()).max(1);
        let mut table = RosterTable::bind(
            reader.origin().clone(),
            header_line,
            reader.headers(),
            columns,
        )?;
        let mut first_line = HashMap::new();
        reader.each_record(|row| match row {
            Ok(record) => {
                let line = line_of(record.as_byte_record());
                table.push(record, line, rules, &mut first_line, errors);
            }
            Err(e) => errors.push(e.into()),
        });
        Ok(table)
    }

    /// A roster of no rows yet, its header bound: `columns` maps other header
    /// names to canonical fields (a schedule's `[columns]`). `Err` when the
    /// header lacks the id or the grade.
    pub fn bind(
        origin: Location,
        header_line: u64,
        header: &StringRecord,
        columns: &BTreeMap<String, String>,
    ) -> Result<RosterTable, RosterErrors> {
        let file = Arc::clone(&origin.file);
        let headers: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        let fields: Vec<Option<Field>> = headers
            .iter()
            .map(|h| match columns.get(h) {
                Some(name) => Field::from_name(name),
                None => Field::from_header(h),
            })
            .collect();
        let find = |field: Field| fields.iter().position(|f| *f == Some(field));
        let mut header_errors = RosterErrors::default();
        for required in [Field::EmployeeId, Field::Grade] {
            if find(required).is_none() {
                let names: Vec<&str> = std::iter::once(required.name())
                    .chain(required.chinese().iter().copied())
                    .collect();
                header_errors.push(RosterError {
                    location: origin.at(header_line, None),
                    message: crate::t!(
                        "assess-roster-no-column",
                        field = required.name(),
                        expected = names.join(&crate::t!("assess-roster-or"))
                    ),
                    hint: String::new(),
                });
            }
        }
        let (Some(id), Some(grade)) = (find(Field::EmployeeId), find(Field::Grade)) else {
            return Err(header_errors);
        };
        let keys = KeyColumns {
            id,
            grade,
            step: find(Field::Step),
            enterprise: find(Field::EnterpriseId),
            name: find(Field::Name),
        };
        Ok(RosterTable {
            file,
            origin,
            header_line,
            headers,
            keys,
            candidates: Vec::new(),
            fields,
        })
    }

    /// The same header with no rows, for one chunk of the roster's rows.
    pub fn emptied(&self) -> RosterTable {
        RosterTable {
            file: Arc::clone(&self.file),
            origin: self.origin.clone(),
            header_line: self.header_line,
            headers: self.headers.clone(),
            keys: self.keys,
            candidates: Vec::new(),
            fields: self.fields.clone(),
        }
    }

    /// Adds a row (its problems to `errors`; a row with bad cells is kept so
    /// that the scores can still be matched). `first_line` holds the line each
    /// (enterprise, id) was first on, to find repeated ids.
    pub fn push(
        &mut self,
        record: &StringRecord,
        line: u64,
        rules: &AssessmentRules,
        first_line: &mut HashMap<(String, String), u64>,
        errors: &mut RosterErrors,
    ) {
        let candidate = self.candidate(record, line, rules, errors);
        let key = (
            candidate.enterprise_id.clone(),
            candidate.employee_id.clone(),
        );
        if !candidate.employee_id.is_empty() {
            if let Some(first) = first_line.get(&key) {
                errors.push(self.error(
                    line,
                    self.keys.id,
                    crate::t!("roster-duplicate-id", id = candidate.employee_id.as_str()),
                    crate::i18n::hint(crate::t!("roster-duplicate-id-hint", line = *first)),
                ));
            } else {
                first_line.insert(key, line);
            }
        }
        self.candidates.push(candidate);
    }

    fn candidate(
        &self,
        record: &StringRecord,
        line: u64,
        rules: &AssessmentRules,
        errors: &mut RosterErrors,
    ) -> Candidate {
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").trim();
        let keys = self.keys;
        let employee_id = cell(Some(keys.id));
        for (field, col) in [
            ("employee_id", Some(keys.id)),
            ("name", keys.name),
            ("enterprise_id", keys.enterprise),
        ] {
            let control = col.and_then(|c| Some((c, control_problem(field, cell(Some(c)))?)));
            if let Some((col, (message, hint))) = control {
                errors.push(self.error(line, col, message, hint));
            }
        }
        if employee_id.is_empty() {
            errors.push(self.error(
                line,
                keys.id,
                crate::t!("roster-empty-id"),
                crate::i18n::hint(crate::t!("roster-empty-id-hint")),
            ));
        }
        let grade_text = cell(Some(keys.grade));
        let grade = rules.grade_index(grade_text).unwrap_or_else(|| {
            let names = rules
                .grades
                .iter()
                .flat_map(|g| std::iter::once(&g.name).chain(&g.aliases))
                .map(String::as_str);
            let mut hint = suggest::hint(grade_text, names);
            if hint.is_empty() {
                let ladder: Vec<&str> = rules.grades.iter().map(|g| g.name.as_str()).collect();
                hint = crate::i18n::hint(crate::t!(
                    "roster-expected-one-of",
                    names = ladder.join(", ")
                ));
            }
            errors.push(self.error(
                line,
                keys.grade,
                crate::t!("roster-unknown-grade", grade = grade_text),
                hint,
            ));
            0
        });
        let step_text = cell(keys.step);
        let step = match (keys.step, step_text.parse::<u32>()) {
            (None, _) => None,
            (Some(_), Ok(s)) if s >= 1 => Some(s),
            (Some(col), _) => {
                errors.push(self.error(
                    line,
                    col,
                    crate::t!("assess-roster-bad-step", step = step_text),
                    crate::i18n::hint(crate::t!("assess-roster-bad-step-hint")),
                ));
                None
            }
        };
        Candidate {
            line,
            employee_id: employee_id.to_string(),
            name: cell(keys.name).to_string(),
            enterprise_id: cell(keys.enterprise).to_string(),
            grade,
            step,
            record: exact(record),
        }
    }

    /// An error at a cell of this roster.
    pub fn error(&self, line: u64, column: usize, message: String, hint: String) -> RosterError {
        cell_error(&self.origin, &self.headers, line, column, message, hint)
    }

    /// The column a rule names: a header as written, or a canonical field name
    /// (`hire_date`) of a bound column.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name).or_else(|| {
            let field = Field::from_name(name)?;
            self.fields.iter().position(|f| *f == Some(field))
        })
    }

    /// A cell of a candidate's row, trimmed.
    pub fn cell(&self, candidate: usize, column: usize) -> &str {
        self.candidates
            .get(candidate)
            .and_then(|c| c.record.get(column))
            .unwrap_or("")
            .trim()
    }

    /// Whether workers come from more than one enterprise.
    pub fn has_enterprises(&self) -> bool {
        self.candidates.first().is_some_and(|f| {
            self.candidates
                .iter()
                .any(|c| c.enterprise_id != f.enterprise_id)
        })
    }
}

/// A copy of a row in buffers of its own size: the reader's record keeps
/// room to spare, which a chunk of tens of thousands of rows would hold twice.
fn exact(record: &StringRecord) -> StringRecord {
    let mut copy = StringRecord::with_capacity(record.as_slice().len(), record.len());
    for field in record {
        copy.push_field(field);
    }
    copy.set_position(record.position().cloned());
    copy
}

/// An error at a cell of a CSV file or a sheet (`origin` names the file and
/// sheet).
pub(crate) fn cell_error(
    origin: &Location,
    headers: &[String],
    line: u64,
    column: usize,
    message: String,
    hint: String,
) -> RosterError {
    let mut location = origin.at(line, Some(column as u64 + 1));
    if let Some(h) = headers.get(column) {
        location = location.with_field(h);
    }
    RosterError {
        location,
        message,
        hint,
    }
}
