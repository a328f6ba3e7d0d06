//! `RosterCompare`: the base and every offer over a roster of any size in one
//! pass of the roster [`pipeline`](crate::pipeline). Worker threads read each
//! chunk against every schedule, price it and add it to a [`CompareTally`]
//! (see `compare_job.rs`); the writer merges the tallies in input order and
//! keeps each offer's per-worker rows (CSV or JSON) in a [`Spill`]. The output
//! is the in-memory comparison's, byte for byte, whatever the number of threads.

use std::io;

use crate::compare::by_worker::priced_alone;
use crate::compare::compare_job::{ChunkCompare, CompareJob, ROWS_IN_MEMORY};
use crate::compare::tally::{CompareTally, TallyScenario};
use crate::compare::{CompareError, CompareFormat, CompareOptions, Comparison, StreamedComparison};
use crate::io::spill::Spill;
use crate::pay::{adjusts_within_term, run_starts, PayEngine, PayError, TermCost};
use crate::pipeline::{Input, Pipeline, Rows};
use crate::roster::{RosterError, RosterErrors};
use crate::{Money, Period, Schedule};

/// Why a streamed comparison stopped.
#[derive(Debug, thiserror::Error)]
pub enum RosterCompareError {
    /// The roster's problems as read against schedule `schedule` (the first
    /// schedule that found any).
    #[error("{errors}")]
    Roster {
        /// The index of the schedule (0 = base) the roster was read against.
        schedule: usize,
        /// Every problem found.
        errors: RosterErrors,
    },
    /// The scenarios cannot be compared.
    #[error("{0}")]
    Compare(#[from] CompareError),
    /// A worker's pay could not be computed.
    #[error(transparent)]
    Pay(#[from] PayError),
    /// The workers' rows could not be kept in a temporary file.
    #[error("{}", crate::t!("compare-error-rows-spill", error = .0.to_string()))]
    Spill(#[from] io::Error),
}

impl From<RosterError> for RosterCompareError {
    fn from(e: RosterError) -> Self {
        let mut errors = RosterErrors::default();
        errors.push(e);
        RosterCompareError::Roster {
            schedule: 0,
            errors,
        }
    }
}

/// A comparison of schedules (base first) over a streamed roster.
#[derive(Debug)]
pub struct RosterCompare<'a> {
    /// The base schedule first, then each offer.
    pub schedules: &'a [Schedule],
    /// Their labels, in the same order.
    pub labels: &'a [String],
    /// The pay month compared.
    pub period: Period,
    /// The threshold, on-cost and guideline options.
    pub options: &'a CompareOptions,
    /// The output format, which decides whether worker rows are kept.
    pub format: CompareFormat,
}

impl RosterCompare<'_> {
    /// Reads the inputs once, computing every schedule's pay.
    pub fn run(
        &self,
        inputs: Vec<Input<'_>>,
        pipeline: &Pipeline<'_>,
    ) -> Result<StreamedComparison, RosterCompareError> {
        self.run_as(inputs, pipeline, priced_alone(self.schedules))
    }

    /// As [`RosterCompare::run`], each enterprise read worker by worker when
    /// `by_worker` (while nothing is wrong), else whole.
    fn run_as(
        &self,
        inputs: Vec<Input<'_>>,
        pipeline: &Pipeline<'_>,
        by_worker: bool,
    ) -> Result<StreamedComparison, RosterCompareError> {
        let scenarios: Vec<TallyScenario> = self
            .schedules
            .iter()
            .zip(self.labels)
            .map(|(schedule, label)| TallyScenario { label, schedule })
            .collect();
        let job = CompareJob {
            run: self,
            scenarios: scenarios.clone(),
            engines: self
                .schedules
                .iter()
                .map(|s| PayEngine::new(s, self.period))
                .collect(),
            term_engines: self
                .schedules
                .iter()
                .enumerate()
                // Beside every scenario when any term has adjustments, so
                // the costs over the term compare.
                .filter(|_| self.schedules.iter().any(adjusts_within_term))
                .flat_map(|(k, s)| {
                    run_starts(s)
                        .into_iter()
                        .map(move |start| (k, PayEngine::with_table_of(s, self.period, start)))
                })
                .collect(),
            by_worker,
        };
        let mut term_bills = vec![Money::ZERO; job.term_engines.len()];
        let offers = self.schedules.len() - 1;
        let mut tally = CompareTally::new(&self.schedules[0], offers, self.options.largest_losses);
        let mut errors = vec![RosterErrors::default(); self.schedules.len()];
        let mut rows: Vec<Spill> = (0..offers)
            .map(|_| Spill::with_limit(ROWS_IN_MEMORY))
            .collect();
        let ran = pipeline.run(
            inputs,
            &job,
            &mut |chunk: &mut Rows, out: &mut ChunkCompare| {
                // A row not read whole (wrong field count, no enterprise) is
                // refused under every schedule: it is reported once, with the base.
                errors[0].append(&mut chunk.skipped);
                for (all, part) in errors.iter_mut().zip(&mut out.errors) {
                    all.append(part);
                }
                if errors.iter().any(|e| !e.is_empty()) {
                    return Ok(());
                }
                tally.merge(&mut out.tally)?;
                for ((all, part), (k, _)) in term_bills
                    .iter_mut()
                    .zip(&out.term_bills)
                    .zip(&job.term_engines)
                {
                    *all = all
                        .checked_add(*part)
                        .ok_or_else(|| CompareError::Overflow {
                            label: self.labels[*k].clone(),
                        })?;
                }
                for (spill, part) in rows.iter_mut().zip(&mut out.rows) {
                    part.copy_to(0, spill)?;
                }
                Ok(())
            },
        );
        match ran {
            Ok(()) => {}
            // A file that cannot be read further ends the list of problems.
            Err(RosterCompareError::Roster {
                schedule,
                errors: mut more,
            }) => errors[schedule].append(&mut more),
            Err(e) => return Err(e),
        }
        if let Some(schedule) = errors.iter().position(|e| !e.is_empty()) {
            let errors = std::mem::take(&mut errors[schedule]);
            return Err(RosterCompareError::Roster { schedule, errors });
        }
        let mut comparison =
            Comparison::from_tally(self.period, &scenarios, &mut tally, self.options)?;
        // The cost over each term with adjustments, from its runs' bills.
        let mut bills = term_bills.into_iter();
        for (k, (schedule, label)) in self.schedules.iter().zip(self.labels).enumerate() {
            if !job.term_engines.iter().any(|(j, _)| *j == k) {
                continue;
            }
            let runs: Vec<Money> = bills.by_ref().take(run_starts(schedule).len()).collect();
            let cost = TermCost::from_bills(label, schedule, &runs).ok_or_else(|| {
                CompareError::Overflow {
                    label: label.clone(),
                }
            })?;
            comparison.term_costs.push(cost);
        }
        Ok(StreamedComparison {
            comparison,
            rows,
            format: self.format,
        })
    }
}

#[cfg(test)]
#[path = "roster_compare_tests.rs"]
mod tests;
