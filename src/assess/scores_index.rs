//! `ScoresIndex` and `ScoresCursor`: how a streamed assessment joins the
//! scores to the roster by enterprise without holding either, as audit joins
//! its payroll (src/audit/index.rs). A first pass over the scores notes their
//! enterprises in file order (one entry per enterprise, not per worker); a
//! second pass reads them again beside the roster, handing each roster
//! enterprise its rows of scores. The cells are checked in the second pass,
//! beside the roster rows they are matched to.
//!
//! What this asks of the scores: each enterprise's rows together, and the
//! enterprises in the roster's order (either file may have enterprises the
//! other lacks; workers may be in any order within an enterprise).

use std::collections::HashMap;
use std::io::Read;

use csv::StringRecord;

use crate::io::{line_of, TableOptions, TableReader};
use crate::pipeline::Rows;
use crate::roster::{RosterError, RosterErrors};
use crate::{t, Location};

/// One enterprise's rows of the scores.
#[derive(Debug, Clone)]
struct Group {
    id: String,
    /// The line of its first row.
    line: u64,
    /// Records in the group, as the file has them (the second pass reads as
    /// many again).
    records: usize,
}

/// The scores' enterprises in file order.
#[derive(Debug)]
pub struct ScoresIndex {
    /// The scores file (and sheet), to place errors.
    origin: Location,
    /// The enterprise column (0-based) and its header.
    column: usize,
    header: String,
    groups: Vec<Group>,
    position: HashMap<String, usize>,
}

impl ScoresIndex {
    /// Reads the scores through once, noting each enterprise's rows. An
    /// enterprise whose rows are not together is an error placed at
    /// file:line:column; so is a row that cannot be read.
    pub fn scan<R: Read>(
        file: &str,
        input: R,
        options: &TableOptions,
        column: usize,
    ) -> Result<ScoresIndex, RosterErrors> {
        let mut table = TableReader::open(file, input, options)?;
        let origin = table.origin().clone();
        let header = table.headers().get(column).unwrap_or("").trim().to_string();
        let mut errors = RosterErrors::default();
        let mut groups: Vec<Group> = Vec::new();
        let mut position: HashMap<String, usize> = HashMap::new();
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
            let id = record.get(column).unwrap_or("").trim();
            let line = line_of(record.as_byte_record());
            if groups.last().is_some_and(|g| g.id == id) {
                if let Some(g) = groups.last_mut() {
                    g.records += 1;
                }
                continue;
            }
            if let Some(&at) = position.get(id) {
                let first = groups[at].line;
                let other = groups.last().map_or(0, |g| g.line);
                errors.push(RosterError {
                    location: origin.at(line, Some(column as u64 + 1)).with_field(&header),
                    message: t!(
                        "assess-scores-apart",
                        enterprise = id,
                        first = first,
                        other = other
                    ),
                    hint: t!("assess-scores-apart-hint"),
                });
                continue;
            }
            position.insert(id.to_string(), groups.len());
            groups.push(Group {
                id: id.to_string(),
                line,
                records: 1,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ScoresIndex {
            origin,
            column,
            header,
            groups,
            position,
        })
    }
}

/// The scores' second pass, one enterprise after another, in step with the
/// roster.
pub struct ScoresCursor<'a> {
    index: ScoresIndex,
    table: TableReader<'a>,
    /// The next group not yet read.
    next: usize,
    /// Rows of the temporary scores of src/assess/scores_by_id.rs, given back
    /// their original cells and line as they are read.
    relined: bool,
}

impl std::fmt::Debug for ScoresCursor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScoresCursor")
            .field("next", &self.next)
            .finish_non_exhaustive()
    }
}

impl<'a> ScoresCursor<'a> {
    /// Opens the second pass over the scores the index was made from.
    pub fn open<R: Read + 'a>(
        index: ScoresIndex,
        file: &str,
        input: R,
        options: &TableOptions,
    ) -> Result<ScoresCursor<'a>, RosterErrors> {
        let table = TableReader::open(file, input, options)?;
        Ok(ScoresCursor {
            index,
            table,
            next: 0,
            relined: false,
        })
    }

    /// The cursor over scores joined by id (src/assess/scores_by_id.rs).
    pub fn relined(mut self) -> Self {
        self.relined = true;
        self
    }

    /// Puts into `records[..n]` (reused) the rows of scores of the chunk's
    /// enterprises, with those of any enterprise the roster skipped, in file
    /// order, and returns `n`. An enterprise whose scores were passed already
    /// (the files are not in the same enterprise order) is an error naming
    /// both places.
    pub fn attach(
        &mut self,
        rows: &Rows,
        records: &mut Vec<StringRecord>,
    ) -> Result<usize, RosterError> {
        let mut len = 0;
        for range in rows.enterprises() {
            let id = String::from_utf8_lossy(rows.enterprise(range.start));
            let Some(&at) = self.index.position.get(id.as_ref()) else {
                continue;
            };
            if at < self.next {
                let group = &self.index.groups[at];
                let after = &self.index.groups[self.next - 1];
                let roster = rows.file().map_or("", |f| &f.name);
                let col = Some(self.index.column as u64 + 1);
                return Err(RosterError {
                    location: self
                        .index
                        .origin
                        .at(group.line, col)
                        .with_field(&self.index.header),
                    message: t!(
                        "assess-scores-order",
                        enterprise = id.as_ref(),
                        other = &after.id,
                        roster = roster,
                        line = rows.line(range.start)
                    ),
                    hint: t!("assess-scores-order-hint"),
                });
            }
            while self.next <= at {
                self.read_group(records, &mut len)?;
            }
        }
        Ok(len)
    }

    /// Every row of the enterprises after the roster's last, into
    /// `records[..n]`; returns `n`.
    pub fn rest(&mut self, records: &mut Vec<StringRecord>) -> Result<usize, RosterError> {
        let mut len = 0;
        while self.next < self.index.groups.len() {
            self.read_group(records, &mut len)?;
        }
        Ok(len)
    }

    /// Reads the next group's records into `records[*len..]`.
    fn read_group(
        &mut self,
        records: &mut Vec<StringRecord>,
        len: &mut usize,
    ) -> Result<(), RosterError> {
        let want = self.index.groups[self.next].records;
        self.next += 1;
        let mut read = 0;
        while read < want {
            if records.len() <= *len {
                records.push(StringRecord::new());
            }
            match self.table.read_record(&mut records[*len]) {
                Ok(true) if self.relined => {
                    crate::assess::scores_by_id::restore(&mut records[*len])
                }
                Ok(true) => {}
                Ok(false) => {
                    return Err(RosterError {
                        location: self.index.origin.at(0, None),
                        message: t!("assess-scores-changed"),
                        hint: String::new(),
                    })
                }
                // The first pass found no bad row; one now means a change.
                Err(e) => return Err(e.into()),
            }
            read += 1;
            *len += 1;
        }
        Ok(())
    }
}
