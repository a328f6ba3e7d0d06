//! `PayJob`: the pay effect's part of an [`AssessJob`]: a chunk's rows priced
//! as they are and as the new roster has them. Without a pool each worker is
//! priced on their own, row by row into reused workers; with one, each
//! enterprise's rows are parsed whole first (pool shares need them all).

use std::sync::Arc;

use csv::StringRecord;

use crate::assess::new_roster::new_cells;
use crate::assess::{
    Alike, AssessError, AssessJob, Assessment, Candidate, Change, PayEffect, RosterTable,
    WorkerCost,
};
use crate::pay::PayEngine;
use crate::pipeline::{Parser, RosterFile, Rows};
use crate::roster::{Columns, RosterError, RosterErrors, Row, Worker};
use crate::{Location, Period, Schedule};

/// The pay effect's part of the job: the schedule and one engine a month.
#[derive(Debug)]
pub struct PayJob<'a> {
    /// The schedule the roster is priced by, before and after.
    pub schedule: &'a Schedule,
    /// The pay engine of each month, the first month first.
    pub engines: Vec<PayEngine<'a>>,
    /// Which pay sheet components are one-off awards.
    pub one_off: Vec<bool>,
    /// The first month priced.
    pub first: Period,
    /// Whether the schedule shares a pool: each enterprise's workers are then
    /// priced together, else each worker on their own.
    pub pooled: bool,
}

impl AssessJob<'_> {
    /// The chunk's pay effect: its rows priced as they are and as the new
    /// roster has them, over the months of the effect. Without a pool each
    /// worker is priced on their own, row by row into reused workers, so the
    /// chunk keeps no priced rows; problems are told as [`Self::price_whole`]
    /// tells them (the rows before, then after, then the order, then pay).
    pub(super) fn price(
        &self,
        pay: &PayJob<'_>,
        rows: &Rows,
        roster: &RosterTable,
        assessment: &Assessment,
        first_row: u64,
        parser: &mut Parser,
    ) -> Result<PayEffect, AssessError> {
        let whole = |parser: &mut Parser| {
            self.price_whole(pay, rows, roster, assessment, first_row, parser)
        };
        let schedule = pay.schedule;
        let (Some(file), false) = (rows.file(), pay.pooled) else {
            return whole(parser);
        };
        let Some(mut alike) = Alike::new(&pay.engines, &pay.one_off) else {
            return whole(parser);
        };
        let columns = file
            .columns(0, schedule)
            .as_ref()
            .map_err(|e| AssessError::PayRoster(e.clone()))?;
        let after_columns = self.after_columns(roster, schedule);
        let (mut before_errors, mut after_errors) =
            (RosterErrors::default(), RosterErrors::default());
        let (mut old, mut new) = (Worker::default(), Worker::default());
        let mut cells = Vec::new();
        let mut record = StringRecord::new();
        let mut costs = Vec::with_capacity(roster.candidates.len());
        let (mut in_order, mut priced) = (true, true);
        let same = |w: &Worker, c: &Candidate| {
            w.employee_id == c.employee_id && w.enterprise_id == c.enterprise_id
        };
        for (i, (c, d)) in roster
            .candidates
            .iter()
            .zip(&assessment.decisions)
            .enumerate()
        {
            let line = rows.line(i);
            let was = match rows.row(i) {
                Some(row) => columns.parse_row(row, line, schedule, &mut old, &mut before_errors),
                None => {
                    before_errors.push(not_utf8(file, line));
                    false
                }
            };
            new_cells(self.rules, roster, c, d, &mut cells);
            // Without a pool a worker's pay follows from their own row alone:
            // a row the assessment left as it was costs nothing.
            let changed =
                c.record.len() != cells.len() || c.record.iter().zip(&cells).any(|(a, b)| a != b);
            record.clear();
            for cell in &cells {
                record.push_field(cell);
            }
            // The new roster's line: its header, then one line a worker.
            let is = after_columns.as_ref().is_ok_and(|columns| {
                let line = first_row + i as u64 + 2;
                columns.parse_row(
                    Row::of(&record),
                    line,
                    schedule,
                    &mut new,
                    &mut after_errors,
                )
            });
            in_order &= !(was && is) || (same(&old, c) && same(&new, c));
            let mut cost = WorkerCost::default();
            if changed && was && is && priced {
                match alike.price(&old, &new) {
                    Some(w) => cost = w,
                    None => priced = false,
                }
            }
            costs.push(cost);
        }
        if !before_errors.is_empty() {
            return Err(AssessError::PayRoster(before_errors));
        }
        after_columns
            .as_ref()
            .map_err(|e| AssessError::NewRoster(e.clone()))?;
        if !after_errors.is_empty() {
            return Err(AssessError::NewRoster(after_errors));
        }
        if !in_order || roster.candidates.len() != rows.len() {
            return Err(AssessError::Order);
        }
        if !priced {
            // The error pricing every month finds first.
            return whole(parser);
        }
        Ok(self.effect(pay, costs, assessment))
    }

    /// The new roster's header bound to the schedule (bound once).
    fn after_columns(
        &self,
        roster: &RosterTable,
        schedule: &Schedule,
    ) -> &Result<Columns, RosterErrors> {
        self.after.get_or_init(|| {
            let name: Arc<str> = Arc::from("(new roster)");
            let header = StringRecord::from(roster.headers.clone());
            Columns::bind(&Location::new(&name, 0, None), &header, schedule)
        })
    }

    /// The chunk's effect of its workers' costs.
    fn effect(
        &self,
        pay: &PayJob<'_>,
        costs: Vec<WorkerCost>,
        assessment: &Assessment,
    ) -> PayEffect {
        let assessed: Vec<usize> = assessment.decisions.iter().map(|d| d.assessed).collect();
        let changes: Vec<Change> = assessment.decisions.iter().map(|d| d.change()).collect();
        let mut effect = PayEffect::empty(pay.schedule, pay.first);
        effect.add(costs, &assessed, &changes);
        effect
    }

    /// The chunk's pay effect from its whole rows before and after (a pool
    /// shares among each enterprise's workers): every row parsed first, then
    /// priced together.
    fn price_whole(
        &self,
        pay: &PayJob<'_>,
        rows: &Rows,
        roster: &RosterTable,
        assessment: &Assessment,
        first_row: u64,
        parser: &mut Parser,
    ) -> Result<PayEffect, AssessError> {
        let schedule = pay.schedule;
        let Some(file) = rows.file() else {
            return Ok(PayEffect::empty(schedule, pay.first));
        };
        let columns = file
            .columns(0, schedule)
            .as_ref()
            .map_err(|e| AssessError::PayRoster(e.clone()))?;
        let mut errors = RosterErrors::default();
        let mut before: Vec<Worker> = Vec::with_capacity(roster.candidates.len());
        for range in rows.enterprises() {
            before.extend(
                parser
                    .parse(rows, range, columns, schedule, &mut errors)
                    .iter()
                    .cloned(),
            );
        }
        if !errors.is_empty() {
            return Err(AssessError::PayRoster(errors));
        }
        let after_columns = self
            .after_columns(roster, schedule)
            .as_ref()
            .map_err(|e| AssessError::NewRoster(e.clone()))?;
        let mut after: Vec<Worker> = Vec::with_capacity(roster.candidates.len());
        let mut cells = Vec::new();
        // Rows the assessment changed; without a pool, only they can cost.
        let mut changed = Vec::with_capacity(roster.candidates.len());
        for (i, (c, d)) in roster
            .candidates
            .iter()
            .zip(&assessment.decisions)
            .enumerate()
        {
            new_cells(self.rules, roster, c, d, &mut cells);
            changed.push(
                c.record.len() != cells.len() || c.record.iter().zip(&cells).any(|(a, b)| a != b),
            );
            let record: StringRecord = cells.iter().map(String::as_str).collect();
            let mut worker = Worker::default();
            // The new roster's line: its header, then one line a worker.
            let line = first_row + i as u64 + 2;
            if after_columns.parse_row(Row::of(&record), line, schedule, &mut worker, &mut errors) {
                after.push(worker);
            }
        }
        if !errors.is_empty() {
            return Err(AssessError::NewRoster(errors));
        }
        let same_order = |workers: &[Worker]| {
            workers.len() == roster.candidates.len()
                && workers.iter().zip(&roster.candidates).all(|(w, c)| {
                    w.employee_id == c.employee_id && w.enterprise_id == c.enterprise_id
                })
        };
        if !same_order(&before) || !same_order(&after) {
            return Err(AssessError::Order);
        }
        let costs = if pay.pooled {
            PayEffect::costs(&pay.engines, &pay.one_off, &before, &after)?
        } else {
            // Without a pool a worker's pay follows from their own row alone:
            // a row the assessment left as it was costs nothing.
            let pick = |workers: &[Worker]| -> Vec<Worker> {
                workers
                    .iter()
                    .zip(&changed)
                    .filter(|(_, c)| **c)
                    .map(|(w, _)| w.clone())
                    .collect()
            };
            let mut some =
                PayEffect::costs_alike(&pay.engines, &pay.one_off, &pick(&before), &pick(&after))?
                    .into_iter();
            changed
                .iter()
                .map(|&c| {
                    if c {
                        some.next().unwrap_or_default()
                    } else {
                        WorkerCost::default()
                    }
                })
                .collect()
        };
        Ok(self.effect(pay, costs, assessment))
    }
}

/// A row that is not UTF-8, as the pipeline's parser tells it.
fn not_utf8(file: &RosterFile, line: u64) -> RosterError {
    RosterError {
        location: file.origin.at(line, None),
        message: crate::t!("table-not-utf8"),
        hint: crate::i18n::hint(crate::t!("table-not-utf8-hint")),
    }
}
