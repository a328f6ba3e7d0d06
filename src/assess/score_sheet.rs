//! `ScoreSheet`: the committee's scores (评分表), one row per worker assessed:
//! the employee id (and the enterprise, when ids repeat across enterprises) and
//! one column per dimension, headed by its Chinese name or its id.

use std::io::Read;
use std::sync::Arc;

use csv::StringRecord;

use crate::assess::roster_table::cell_error;
use crate::assess::{AssessmentRules, Binding, Matcher, RosterTable, Score, ScoreRow};
use crate::io::line_text::control_problem;
use crate::io::{line_of, TableOptions, TableReader};
use crate::roster::{Field, RosterError, RosterErrors};
use crate::{suggest, t, Location};

/// Scores may carry at most this many decimals.
const MAX_DECIMALS: u32 = 4;

/// A whole scores file, matched to the roster.
#[derive(Debug, Clone)]
pub struct ScoreSheet {
    /// The scores file's name as given.
    pub file: Arc<str>,
    /// The file (and sheet) its rows are in, and the header's row in it.
    pub origin: Location,
    /// The header's line in the file.
    pub header_line: u64,
    /// The header row.
    pub headers: Vec<String>,
    /// The rows, in file order.
    pub rows: Vec<ScoreRow>,
    /// Per roster candidate, its row in `rows`.
    pub by_candidate: Vec<Option<usize>>,
}

impl ScoreSheet {
    /// Reads every row, pushing each problem (placed at file:line:column) to
    /// `errors`; rows with problems are left out.
    pub fn read<R: Read>(
        file: &str,
        input: R,
        options: impl Into<TableOptions>,
        rules: &AssessmentRules,
        roster: &RosterTable,
        errors: &mut RosterErrors,
    ) -> ScoreSheet {
        let name: Arc<str> = Arc::from(file);
        let mut table = match TableReader::open(file, input, &options.into()) {
            Ok(table) => table,
            Err(e) => {
                errors.push(e.into());
                let mut sheet = ScoreSheet::empty(name);
                sheet.by_candidate = vec![None; roster.candidates.len()];
                return sheet;
            }
        };
        let (mut sheet, binding) =
            ScoreSheet::bind_header(table.origin(), table.headers(), rules, errors);
        sheet.by_candidate = vec![None; roster.candidates.len()];
        let Some(binding) = binding else {
            return sheet;
        };
        let mut matcher = Matcher::new(roster);
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
            sheet.push(&record, &binding, rules, roster, &mut matcher, errors);
        }
        sheet
    }

    /// A sheet of no rows and no header, named `file` (one that cannot be read).
    pub fn named(file: &str) -> ScoreSheet {
        ScoreSheet::empty(Arc::from(file))
    }

    /// A sheet of no rows, named `name`.
    fn empty(name: Arc<str>) -> ScoreSheet {
        ScoreSheet {
            file: Arc::clone(&name),
            origin: Location::new(&name, 0, None),
            header_line: 1,
            headers: Vec::new(),
            rows: Vec::new(),
            by_candidate: Vec::new(),
        }
    }

    /// A sheet of no rows with the header read, and the header bound (`None`
    /// when it cannot be: every problem is in `errors`).
    pub fn bind_header(
        origin: &Location,
        header: &StringRecord,
        rules: &AssessmentRules,
        errors: &mut RosterErrors,
    ) -> (ScoreSheet, Option<Binding>) {
        let mut sheet = ScoreSheet::empty(Arc::clone(&origin.file));
        sheet.origin = origin.clone();
        sheet.header_line = line_of(header.as_byte_record()).max(1);
        sheet.headers = header.iter().map(|h| h.trim().to_string()).collect();
        let binding = sheet.bind(rules, errors);
        (sheet, binding)
    }

    /// The same header with no rows, for the rows of one chunk of `roster`.
    pub fn emptied(&self, roster: &RosterTable) -> ScoreSheet {
        ScoreSheet {
            file: Arc::clone(&self.file),
            origin: self.origin.clone(),
            header_line: self.header_line,
            headers: self.headers.clone(),
            rows: Vec::new(),
            by_candidate: vec![None; roster.candidates.len()],
        }
    }

    /// Checks one row and matches it to a worker of `roster`, pushing each
    /// problem to `errors`; a row with problems is left out.
    pub fn push(
        &mut self,
        record: &StringRecord,
        binding: &Binding,
        rules: &AssessmentRules,
        roster: &RosterTable,
        matcher: &mut Matcher<'_>,
        errors: &mut RosterErrors,
    ) {
        let sheet = self;
        let by_id = &matcher.by_id;
        let first_line = &mut matcher.first_line;
        let line = line_of(record.as_byte_record());
        let before = errors.total;
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        let id = cell(binding.id);
        let enterprise = binding.enterprise.map(cell);
        let fail = |errors: &mut RosterErrors, col: usize, message: String, hint: String| {
            errors.push(cell_error(
                &sheet.origin,
                &sheet.headers,
                line,
                col,
                message,
                hint,
            ));
        };
        if let Some((message, hint)) = control_problem("employee_id", id) {
            fail(errors, binding.id, message, hint);
            return;
        }
        let candidate = if id.is_empty() {
            fail(
                errors,
                binding.id,
                t!("assess-scores-empty-id"),
                t!("assess-scores-empty-id-hint"),
            );
            None
        } else {
            let matches: Vec<usize> = by_id
                .get(id)
                .map(|v| {
                    v.iter()
                        .copied()
                        .filter(|&i| {
                            enterprise.is_none_or(|e| roster.candidates[i].enterprise_id == e)
                        })
                        .collect()
                })
                .unwrap_or_default();
            match matches.as_slice() {
                [i] => Some(*i),
                [] => {
                    let ids = roster.candidates.iter().map(|c| c.employee_id.as_str());
                    let within = enterprise
                        .map(|e| t!("assess-scores-of-enterprise", enterprise = e))
                        .unwrap_or_default();
                    fail(
                        errors,
                        binding.id,
                        t!(
                            "assess-scores-unknown-worker",
                            id = id,
                            within = within,
                            roster = &*roster.file
                        ),
                        suggest::hint(id, ids),
                    );
                    None
                }
                _ => {
                    fail(
                        errors,
                        binding.id,
                        t!(
                            "assess-scores-id-in-enterprises",
                            id = id,
                            count = matches.len()
                        ),
                        t!("assess-scores-id-in-enterprises-hint"),
                    );
                    None
                }
            }
        };
        if let Some(i) = candidate {
            if let Some(first) = first_line.get(&i) {
                fail(
                    errors,
                    binding.id,
                    t!("assess-scores-twice", id = id),
                    t!("assess-scores-twice-hint", line = *first),
                );
            } else {
                first_line.insert(i, line);
            }
            if let Some(col) = binding.name {
                let name = cell(col);
                let on_roster = &roster.candidates[i].name;
                if !name.is_empty() && !on_roster.is_empty() && name != on_roster {
                    fail(
                        errors,
                        col,
                        t!(
                            "assess-scores-name",
                            name = name,
                            roster = on_roster,
                            id = id
                        ),
                        t!("assess-scores-name-hint"),
                    );
                }
            }
        }
        let mut scores = Vec::with_capacity(rules.dimensions.len());
        for (d, &col) in rules.dimensions.iter().zip(&binding.dimensions) {
            let text = cell(col);
            let score = match Score::parse(text) {
                _ if text.is_empty() => {
                    fail(
                        errors,
                        col,
                        t!("assess-scores-missing", dimension = &d.name),
                        t!("assess-scores-missing-hint"),
                    );
                    None
                }
                None => {
                    fail(
                        errors,
                        col,
                        t!("assess-scores-not-a-score", text = text),
                        t!(
                            "assess-scores-not-a-score-hint",
                            min = d.min.to_string(),
                            max = d.max.to_string()
                        ),
                    );
                    None
                }
                Some(s) if s.value().scale() > MAX_DECIMALS => {
                    fail(
                        errors,
                        col,
                        t!(
                            "assess-scores-decimals",
                            text = text,
                            decimals = MAX_DECIMALS
                        ),
                        String::new(),
                    );
                    None
                }
                Some(s) if !d.admits(s) => {
                    fail(
                        errors,
                        col,
                        t!("assess-scores-range", text = text, dimension = &d.name),
                        t!(
                            "assess-scores-range-hint",
                            dimension = &d.name,
                            min = d.min.to_string(),
                            max = d.max.to_string()
                        ),
                    );
                    None
                }
                Some(s) => Some(s),
            };
            scores.extend(score);
        }
        if let (Some(candidate), true) = (candidate, errors.total == before) {
            sheet.by_candidate[candidate] = Some(sheet.rows.len());
            sheet.rows.push(ScoreRow {
                line,
                candidate,
                scores,
                record: record.clone(),
            });
        }
    }

    /// Binds the header: the id, optional enterprise and name, and every dimension.
    fn bind(&self, rules: &AssessmentRules, errors: &mut RosterErrors) -> Option<Binding> {
        let find = |field: Field| {
            self.headers
                .iter()
                .position(|h| Field::from_header(h) == Some(field))
        };
        let at_header = || self.origin.at(self.header_line, None);
        let id = find(Field::EmployeeId);
        if id.is_none() {
            errors.push(RosterError {
                location: at_header(),
                message: t!("assess-scores-no-id"),
                hint: String::new(),
            });
        }
        let mut dimensions = Vec::with_capacity(rules.dimensions.len());
        for d in &rules.dimensions {
            let named: Vec<usize> = (0..self.headers.len())
                .filter(|&i| d.is_called(&self.headers[i]))
                .collect();
            match named.as_slice() {
                [i] => dimensions.push(*i),
                [] => errors.push(RosterError {
                    location: at_header(),
                    message: t!(
                        "assess-scores-no-dimension",
                        dimension = &d.name,
                        id = &d.id
                    ),
                    hint: [d.name.as_str(), d.id.as_str()]
                        .iter()
                        .find_map(|w| {
                            suggest::did_you_mean(w, self.headers.iter().map(String::as_str))
                        })
                        .map(|h| t!("assess-scores-did-you-mean", column = h))
                        .unwrap_or_default(),
                }),
                [_, again, ..] => errors.push(cell_error(
                    &self.origin,
                    &self.headers,
                    self.header_line,
                    *again,
                    t!("assess-scores-two-columns", dimension = &d.name),
                    t!("assess-scores-two-columns-hint"),
                )),
            }
        }
        let id = id?;
        if dimensions.len() != rules.dimensions.len() {
            return None;
        }
        Some(Binding {
            id,
            enterprise: find(Field::EnterpriseId),
            name: find(Field::Name),
            dimensions,
        })
    }

    /// The scores of a roster candidate, if scored.
    pub fn row_of(&self, candidate: usize) -> Option<&ScoreRow> {
        self.by_candidate
            .get(candidate)
            .copied()
            .flatten()
            .and_then(|r| self.rows.get(r))
    }

    /// The column of a header, for rules that read the scores file.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }
}
