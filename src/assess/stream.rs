//! `stream`: an assessment of a roster read through the roster
//! [`pipeline`](crate::pipeline), chunks of whole enterprises decided on
//! worker threads, their parts put out in roster order: the new roster's rows
//! to its output as they come, the report's lists and sections to spills
//! (memory, then a temporary file), the pay effect and the counts as sums.
//! Memory follows the largest enterprise, not the roster.
//!
//! The scores are joined by enterprise ([`ScoresCursor`]): a scores file
//! with an enterprise column must have each enterprise's rows together and in
//! the roster's order. Scores without one are held whole and given to the
//! roster read as one chunk. A quota over the whole roster is ranked by a
//! pass before ([`roster_quota`](crate::assess::roster_quota)); this pass
//! reads its ranks in step with the roster.

use std::io::Write;

use csv::StringRecord;

use crate::assess::job::{AssessChunk, AssessError, AssessJob};
use crate::assess::roster_quota::WideRanks;
use crate::assess::{AssessFormat, PayEffect, RecordContext, ScoresCursor};
use crate::io::spill::Spill;
use crate::io::TableReader;
use crate::pipeline::{Input, Pipeline, Rows};
use crate::roster::RosterErrors;

/// How the scores reach the roster's chunks.
#[derive(Debug)]
pub enum ScoresInput<'a> {
    /// Scores naming each row's enterprise, read again in step with the roster.
    Grouped(ScoresCursor<'a>),
    /// Scores without an enterprise column, every row given to the roster's
    /// one chunk; `None` when their header cannot be used.
    Held(Option<TableReader<'a>>),
}

/// What a streamed assessment put aside for the report.
#[derive(Debug, Default)]
pub struct Streamed {
    /// Workers on the roster.
    pub workers: usize,
    /// How many of them have scores.
    pub scored: usize,
    /// Per tie-break, what its column held first (a date or not), if any.
    pub tie_kinds: Vec<Option<bool>>,
    /// The report's parts, as [`AssessChunk::parts`], of every chunk in order.
    pub parts: [Spill; 4],
    /// Promoted, demoted and held-back workers.
    pub counts: [usize; 3],
    /// The pay effect's sums, with a schedule.
    pub effect: Option<PayEffect>,
    /// The committee's record, when asked for.
    pub record: Option<RecordContext>,
}

/// Assesses every worker of the inputs; `new_roster` gets the new roster's
/// rows in order (after the header, which the caller writes). Bad rows fail
/// the run with all of them (up to the list's limit), as reading the roster
/// whole does.
pub fn stream(
    pipeline: &Pipeline<'_>,
    inputs: Vec<Input<'_>>,
    job: &AssessJob<'_>,
    scores: ScoresInput<'_>,
    new_roster: &mut (dyn Write + Send),
    wide: &mut WideRanks,
) -> Result<Streamed, AssessError> {
    let mut streamed = Streamed::default();
    let mut errors = RosterErrors::default();
    let json = job.format == AssessFormat::Json;
    let (mut cursor, mut held) = match scores {
        ScoresInput::Grouped(cursor) => (Some(cursor), None),
        ScoresInput::Held(table) => (None, table),
    };
    let mut row = 0u64;
    let mut headed = false;
    let ran = pipeline.run_with(
        inputs,
        job,
        &mut |rows: &Rows, out: &mut AssessChunk| {
            out.first_row = row;
            row += rows.len() as u64;
            // The ranks of the quotas over the whole roster (roster_quota.rs).
            wide.attach(out.first_row, rows.len(), &mut out.wide)?;
            if let Some(cursor) = cursor.as_mut() {
                out.records_len = cursor.attach(rows, &mut out.records)?;
            } else if let Some(mut table) = held.take() {
                // Scores without an enterprise column: all to the one chunk.
                let mut len = 0;
                loop {
                    if out.records.len() <= len {
                        out.records.push(StringRecord::new());
                    }
                    match table.read_record(&mut out.records[len]) {
                        Ok(false) => break,
                        Ok(true) => len += 1,
                        Err(e) if !e.is_fatal() => out.errors.push(e.into()),
                        Err(e) => {
                            return Err(AssessError::from(crate::roster::RosterError::from(e)))
                        }
                    }
                }
                out.records_len = len;
            }
            Ok(())
        },
        &mut |rows, out: &mut AssessChunk| {
            errors.append(&mut rows.skipped);
            errors.append(&mut out.errors);
            if !errors.is_empty() {
                return Ok(());
            }
            streamed.workers += out.workers;
            streamed.scored += out.scored;
            if streamed.tie_kinds.is_empty() {
                streamed.tie_kinds = vec![None; out.tie_kinds.len()];
            }
            for (kind, chunk) in streamed.tie_kinds.iter_mut().zip(&out.tie_kinds) {
                if kind.is_none() {
                    *kind = *chunk;
                }
            }
            for (spill, part) in streamed.parts.iter_mut().zip(&out.parts) {
                if json && !spill.is_empty() && !part.is_empty() {
                    spill.write_all(b",\n")?;
                }
                spill.write_all(part)?;
            }
            for (sum, n) in streamed.counts.iter_mut().zip(out.counts) {
                *sum += n;
            }
            if job.new_roster && !headed {
                headed = true;
                if let Some(header) = job.header() {
                    let mut csv = csv::WriterBuilder::new()
                        .flexible(true)
                        .from_writer(&mut *new_roster);
                    csv.write_record(&header.headers)?;
                    csv.flush()?;
                }
            }
            new_roster.write_all(&out.new_roster)?;
            if let Some(effect) = &out.effect {
                match &mut streamed.effect {
                    Some(sum) => sum.absorb(effect),
                    None => {
                        let mut sum = effect.clone();
                        sum.workers = Vec::new();
                        streamed.effect = Some(sum);
                    }
                }
            }
            if let Some(record) = out.record.take() {
                match &mut streamed.record {
                    Some(sum) => sum.absorb(record),
                    None => streamed.record = Some(record),
                }
            }
            Ok(())
        },
    );
    match ran {
        Ok(()) => {}
        // A file that cannot be read further ends the list of problems.
        Err(AssessError::Input(mut more)) => errors.append(&mut more),
        Err(e) => return Err(e),
    }
    // The rows of scores of enterprises after the roster's last.
    if let (Some(cursor), true) = (cursor.as_mut(), errors.is_empty()) {
        let mut records = Vec::new();
        let len = cursor.rest(&mut records)?;
        job.unmatched(&records[..len], &mut errors);
    }
    if !errors.is_empty() {
        return Err(AssessError::Input(errors));
    }
    Ok(streamed)
}
