//! `ScoresIndex` and `ScoresCursor`: how a streamed assessment joins the
//! scores to the roster by enterprise without holding either, by the join
//! audit's payroll and arrears' files use ([`crate::audit::join`]). A first
//! pass over the scores notes their enterprises in file order (one entry per
//! enterprise, not per worker); a
//! second pass reads them again beside the roster, handing each roster
//! enterprise its rows of scores. The cells are checked in the second pass,
//! beside the roster rows they are matched to.
//!
//! What this asks of the scores: each enterprise's rows together, and the
//! enterprises in the roster's order (either file may have enterprises the
//! other lacks; workers may be in any order within an enterprise).

use std::io::Read;

use csv::StringRecord;

use crate::audit::join::{Groups, Join, JoinMessages, Place, Segment};
use crate::io::{line_of, TableOptions, TableReader};
use crate::pipeline::Rows;
use crate::roster::{RosterError, RosterErrors};
use crate::t;

/// The scores' order and changed-file messages.
const SCORES_JOIN: JoinMessages = JoinMessages {
    order: |enterprise, other, place: Place<'_>| {
        (
            t!(
                "assess-scores-order",
                enterprise = enterprise,
                other = other,
                roster = place.roster,
                line = place.line
            ),
            t!("assess-scores-order-hint"),
        )
    },
    changed: || t!("assess-scores-changed"),
};

/// The scores' enterprises in file order.
#[derive(Debug)]
pub struct ScoresIndex {
    /// The enterprise column (0-based) and its header.
    column: usize,
    header: String,
    groups: Groups,
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
        let mut groups = Groups::default();
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
            match groups.note(id, line) {
                Ok(_) => groups.count(),
                Err(apart) => errors.push(RosterError {
                    location: origin.at(line, Some(column as u64 + 1)).with_field(&header),
                    message: t!(
                        "assess-scores-apart",
                        enterprise = id,
                        first = apart.first,
                        other = apart.other
                    ),
                    hint: t!("assess-scores-apart-hint"),
                }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ScoresIndex {
            column,
            header,
            groups,
        })
    }
}

/// The scores' second pass, one enterprise after another, in step with the
/// roster.
#[derive(Debug)]
pub struct ScoresCursor<'a> {
    join: Box<Join<'a, StringRecord>>,
    /// The join's segments of a chunk (the rows are taken in file order).
    segments: Vec<Segment>,
    /// Rows of the temporary scores of src/assess/scores_by_id.rs, given back
    /// their original cells and line as they are read.
    relined: bool,
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
        let join = Box::new(
            Join::new(index.groups, table, Some(index.column), SCORES_JOIN)
                .with_field(&index.header),
        );
        Ok(ScoresCursor {
            join,
            segments: Vec::new(),
            relined: false,
        })
    }

    /// The cursor over scores joined by id (src/assess/scores_by_id.rs).
    pub fn relined(mut self) -> Self {
        self.relined = true;
        self
    }

    /// Gives the joined rows read into `records[..n]` back their original
    /// cells and line (after the join has read their enterprise column).
    fn restore(&self, records: &mut [StringRecord], n: usize) {
        if self.relined {
            for record in records.iter_mut().take(n) {
                crate::assess::scores_by_id::restore(record);
            }
        }
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
        self.segments.clear();
        let n = self.join.attach(rows, records, &mut self.segments)?;
        self.restore(records, n);
        Ok(n)
    }

    /// Every row of the enterprises after the roster's last, into
    /// `records[..n]`; returns `n`.
    pub fn rest(&mut self, records: &mut Vec<StringRecord>) -> Result<usize, RosterError> {
        let mut len = 0;
        while !self.join.is_done() {
            self.join.read_group(&mut (&mut *records, &mut len))?;
        }
        self.restore(records, len);
        Ok(len)
    }
}
