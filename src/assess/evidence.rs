//! `Evidence`: what the prerequisites and tie-breaks read about each worker, taken
//! from the roster or, for a column the roster lacks, from the scores file (a
//! committee's sheet may record 处分 itself). Every cell is checked once, here,
//! and each problem placed at file:line:column.

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::assess::roster_table::cell_error;
use crate::assess::{AssessmentRules, RosterTable, ScoreSheet, SortKey, TieBreak};
use crate::roster::{parse_date, RosterError, RosterErrors};
use crate::{suggest, Location};

/// Which file a column is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Roster,
    Scores,
}

/// A column a rule reads, bound to a file and a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRef {
    pub source: Source,
    pub index: usize,
}

/// What the named prerequisites read about one worker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Certificate level (index in `[certificate] levels`); `None` for an empty cell.
    pub certificate: Option<usize>,
    /// The date the worker entered the current grade.
    pub grade_since: Option<NaiveDate>,
    /// The disciplinary record, if any.
    pub discipline: Option<String>,
}

/// Everything the rules read about every worker, checked.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Per roster candidate.
    pub facts: Vec<Facts>,
    /// Columns read by conditions, by name.
    condition_columns: HashMap<String, usize>,
    /// Per candidate, the cell of each condition column.
    condition_cells: Vec<Vec<String>>,
    /// Per candidate, per tie-break: the key of a column tie-break (others `Empty`).
    pub tie_keys: Vec<Vec<SortKey>>,
    /// Per tie-break: whether a column tie-break compares dates (else numbers).
    pub tie_dates: Vec<bool>,
    /// Per tie-break: what its column's first value was (a date or not), if
    /// any row had one; a streamed roster takes the first chunk's.
    pub tie_kinds: Vec<Option<bool>>,
}

impl Evidence {
    /// Binds every column the rules read and checks every cell, pushing problems
    /// to `errors`.
    pub fn gather(
        rules: &AssessmentRules,
        roster: &RosterTable,
        scores: &ScoreSheet,
        errors: &mut RosterErrors,
    ) -> Evidence {
        Evidence::gather_rows(rules, roster, scores, errors, true)
    }

    /// As [`Evidence::gather`], for one chunk of a streamed roster: a column
    /// a rule names but neither file has is reported only when
    /// `report_columns` (by the first chunk), not once per chunk.
    pub fn gather_rows(
        rules: &AssessmentRules,
        roster: &RosterTable,
        scores: &ScoreSheet,
        errors: &mut RosterErrors,
        report_columns: bool,
    ) -> Evidence {
        let reader = Reader {
            roster,
            scores,
            report: report_columns,
        };
        let n = roster.candidates.len();
        let mut evidence = Evidence {
            facts: vec![Facts::default(); n],
            condition_cells: vec![Vec::new(); n],
            tie_keys: vec![vec![SortKey::Empty; rules.tie_break.len()]; n],
            tie_dates: vec![false; rules.tie_break.len()],
            tie_kinds: vec![None; rules.tie_break.len()],
            condition_columns: HashMap::new(),
        };

        if let Some(rule) = &rules.certificate {
            if let Some(col) = reader.bind(&rule.column, "[certificate]", errors) {
                for i in 0..n {
                    let Some((text, place)) = reader.cell(i, &col) else {
                        continue;
                    };
                    if text.is_empty() {
                        continue;
                    }
                    match rule.level(text) {
                        Some(level) => evidence.facts[i].certificate = Some(level),
                        None => {
                            let mut hint =
                                suggest::hint(text, rule.levels.iter().map(String::as_str));
                            if hint.is_empty() {
                                hint = crate::i18n::hint(crate::t!(
                                    "roster-expected-one-of",
                                    names = rule.levels.join(", ")
                                ));
                            }
                            errors.push(place.error(
                                crate::t!("assess-roster-unknown-certificate", level = text),
                                hint,
                            ));
                        }
                    }
                }
            }
        }
        if let Some(rule) = &rules.time_in_grade {
            if let Some(col) = reader.bind(&rule.column, "[time_in_grade]", errors) {
                for i in 0..n {
                    let Some((text, place)) = reader.cell(i, &col) else {
                        continue;
                    };
                    if text.is_empty() {
                        continue;
                    }
                    match parse_date(text) {
                        Some(d) => evidence.facts[i].grade_since = Some(d),
                        None => errors.push(place.error(
                            crate::t!("input-not-date", text = text),
                            crate::i18n::hint(crate::t!("assess-roster-date-hint")),
                        )),
                    }
                }
            }
        }
        if let Some(rule) = &rules.discipline {
            if let Some(col) = reader.bind(&rule.column, "[discipline]", errors) {
                for i in 0..n {
                    if let Some((text, _)) = reader.cell(i, &col) {
                        if rule.is_record(text) {
                            evidence.facts[i].discipline = Some(text.to_string());
                        }
                    }
                }
            }
        }

        for condition in rules.conditions() {
            let name = condition.column.as_str();
            let known = evidence.condition_columns.get(name).copied();
            let slot = match known {
                Some(slot) => slot,
                None => {
                    let Some(col) = reader.bind(name, "a condition", errors) else {
                        continue;
                    };
                    let slot = evidence.condition_columns.len();
                    evidence.condition_columns.insert(name.to_string(), slot);
                    for i in 0..n {
                        let text = reader.cell(i, &col).map_or("", |(t, _)| t);
                        evidence.condition_cells[i].push(text.to_string());
                    }
                    slot
                }
            };
            for i in 0..n {
                let text = &evidence.condition_cells[i][slot];
                if let Err(message) = condition.check_cell(text) {
                    if let Some(col) = reader.find(name) {
                        if let Some((_, place)) = reader.cell(i, &col) {
                            errors.push(place.error(message, String::new()));
                        }
                    }
                }
            }
        }

        for (t, tie) in rules.tie_break.iter().enumerate() {
            let TieBreak::Column(name) = tie else {
                continue;
            };
            let Some(col) = reader.bind(name, "[ranking] tie_break", errors) else {
                continue;
            };
            let mut dates: Option<bool> = None;
            for i in 0..n {
                let Some((text, place)) = reader.cell(i, &col) else {
                    continue;
                };
                if text.is_empty() {
                    continue;
                }
                let is_date = *dates.get_or_insert_with(|| parse_date(text).is_some());
                let key = if is_date {
                    parse_date(text).map(SortKey::Date)
                } else {
                    text.parse::<Decimal>().ok().map(SortKey::Number)
                };
                match key {
                    Some(k) => evidence.tie_keys[i][t] = k,
                    None => errors.push(place.error(
                        if is_date {
                            crate::t!("assess-roster-tie-not-date", text = text, column = name)
                        } else {
                            crate::t!("assess-roster-tie-not-number", text = text, column = name)
                        },
                        String::new(),
                    )),
                }
            }
            evidence.tie_dates[t] = dates.unwrap_or(false);
            evidence.tie_kinds[t] = dates;
        }
        evidence
    }

    /// The evidence of no worker whose tie-breaks compare what `kinds` says
    /// (a date, or else a number): a streamed roster's report head.
    pub fn of_tie_kinds(kinds: &[Option<bool>]) -> Evidence {
        Evidence {
            tie_dates: kinds.iter().map(|k| k.unwrap_or(false)).collect(),
            tie_kinds: kinds.to_vec(),
            ..Evidence::default()
        }
    }

    /// The cell a condition reads for a worker.
    pub fn condition_cell(&self, candidate: usize, column: &str) -> &str {
        self.condition_columns
            .get(column)
            .and_then(|&slot| self.condition_cells.get(candidate)?.get(slot))
            .map_or("", String::as_str)
    }
}

/// Reads cells from the roster or the scores.
struct Reader<'a> {
    roster: &'a RosterTable,
    scores: &'a ScoreSheet,
    /// Whether a missing column is reported.
    report: bool,
}

/// Where a cell is, to place an error.
struct Place<'a> {
    origin: &'a Location,
    headers: &'a [String],
    line: u64,
    column: usize,
}

impl Place<'_> {
    fn error(&self, message: String, hint: String) -> RosterError {
        cell_error(
            self.origin,
            self.headers,
            self.line,
            self.column,
            message,
            hint,
        )
    }
}

impl<'a> Reader<'a> {
    fn find(&self, name: &str) -> Option<ColumnRef> {
        if let Some(index) = self.roster.column(name) {
            return Some(ColumnRef {
                source: Source::Roster,
                index,
            });
        }
        self.scores.column(name).map(|index| ColumnRef {
            source: Source::Scores,
            index,
        })
    }

    /// The column a rule reads, or an error naming the rule.
    fn bind(&self, name: &str, rule: &str, errors: &mut RosterErrors) -> Option<ColumnRef> {
        let found = self.find(name);
        if found.is_none() && self.report {
            let headers = self.roster.headers.iter().map(String::as_str);
            errors.push(RosterError {
                location: self.roster.origin.at(self.roster.header_line, None),
                message: crate::t!(
                    "assess-roster-no-rule-column",
                    column = name,
                    rule = rule,
                    scores = self.scores.file.to_string()
                ),
                hint: suggest::hint(name, headers),
            });
        }
        found
    }

    /// A worker's cell and its place; `None` when read from the scores and the
    /// worker has no scores.
    fn cell(&self, candidate: usize, column: &ColumnRef) -> Option<(&'a str, Place<'a>)> {
        match column.source {
            Source::Roster => {
                let c = self.roster.candidates.get(candidate)?;
                Some((
                    c.record.get(column.index).unwrap_or("").trim(),
                    Place {
                        origin: &self.roster.origin,
                        headers: &self.roster.headers,
                        line: c.line,
                        column: column.index,
                    },
                ))
            }
            Source::Scores => {
                let row = self.scores.row_of(candidate)?;
                Some((
                    row.record.get(column.index).unwrap_or("").trim(),
                    Place {
                        origin: &self.scores.origin,
                        headers: &self.scores.headers,
                        line: row.line,
                        column: column.index,
                    },
                ))
            }
        }
    }
}
