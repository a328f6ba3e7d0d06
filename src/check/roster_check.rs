//! `RosterCheck`: `check --roster` over a roster of any size, on the roster
//! [`pipeline`](crate::pipeline). Each chunk's enterprises are computed and
//! checked on a worker thread; the writer files the findings by rule (on disk
//! past a limit) and adds up what the roster-wide checks need (market groups,
//! the skill-linked share, regions without a minimum). The report is the one
//! the in-memory [`check`](crate::check::check) writes, byte for byte,
//! whatever the number of threads.

use crate::check::piece_rate::QuotaTally;
use crate::check::{
    check_contract, guideline, market::MarketTally, minimum_wage, overtime_cap, skill_minimum,
    structure::SkillShare, Context, FindingGroups, Minimums, MissingCounts, Report, ReportFormat,
    SkillTally,
};
use crate::pay::{PayEngine, PayError, PaySheet};
use crate::pipeline::{Input, Job, Parser, Pipeline, Rows};
use crate::roster::{RosterError, RosterErrors};
use crate::standards::Standards;
use crate::{Period, Schedule};

/// The phases of a sequential check, in its order; a rule's place in the
/// report is where that order first finds it.
const CONTRACT: u8 = 0;
const WORKERS: [u8; 3] = [1, 2, 3];
const MARKET: u8 = 4;
const SHARE: u8 = 5;
const QUOTA: u8 = 6;
const MISSING: u8 = 7;

/// Why a streamed roster check stopped.
#[derive(Debug, thiserror::Error)]
pub enum RosterCheckError {
    /// Bad rows or columns: every problem found.
    #[error("{0}")]
    Roster(RosterErrors),
    /// The pay engine could not compute a worker's pay.
    #[error(transparent)]
    Pay(#[from] PayError),
    /// The findings could not be spilled to a temporary file.
    #[error("cannot keep the findings: {0}")]
    Spill(#[from] std::io::Error),
}

impl From<RosterError> for RosterCheckError {
    fn from(e: RosterError) -> Self {
        let mut errors = RosterErrors::default();
        errors.push(e);
        RosterCheckError::Roster(errors)
    }
}

/// A check of a schedule and a streamed roster against standards.
#[derive(Debug)]
pub struct RosterCheck<'a> {
    /// The negotiated pay schedule checked.
    pub schedule: &'a Schedule,
    /// The standards checked against.
    pub standards: &'a Standards,
    /// The pay period the workers are checked for.
    pub period: Period,
    /// The periods the contract is checked at.
    pub contract_periods: Vec<Period>,
}

/// The report's head and notes, its findings by rule, and the workers checked.
#[derive(Debug)]
pub struct CheckedRoster {
    /// The report's head and notes (its findings are in `findings`).
    pub report: Report,
    /// The findings, grouped by rule, formatted.
    pub findings: FindingGroups,
    /// How many roster workers were checked.
    pub workers: u64,
}

/// What a worker thread made of one chunk.
#[derive(Debug, Default)]
pub struct ChunkChecks {
    phases: [Report; 3],
    skill: SkillTally,
    market: MarketTally,
    share: SkillShare,
    quota: QuotaTally,
    missing: MissingCounts,
    any_last_year: bool,
    workers: u64,
    errors: RosterErrors,
}

/// A worker thread's reused buffers.
#[derive(Debug, Default)]
pub struct CheckScratch {
    parser: Parser,
    sheets: Vec<PaySheet>,
}

struct CheckJob<'a> {
    check: &'a RosterCheck<'a>,
    engine: PayEngine<'a>,
}

impl Job for CheckJob<'_> {
    type Out = ChunkChecks;
    type Scratch = CheckScratch;
    type Error = RosterCheckError;

    fn output(&self) -> ChunkChecks {
        ChunkChecks::default()
    }

    fn reset(&self, out: &mut ChunkChecks) {
        *out = ChunkChecks::default();
    }

    fn process(
        &self,
        rows: &Rows,
        out: &mut ChunkChecks,
        scratch: &mut CheckScratch,
    ) -> Result<(), RosterCheckError> {
        let Some(file) = rows.file() else {
            return Ok(());
        };
        let schedule = self.check.schedule;
        let columns = file
            .columns(0, schedule)
            .as_ref()
            .map_err(|e| RosterCheckError::Roster(e.clone()))?;
        for range in rows.enterprises() {
            let group = scratch
                .parser
                .parse(rows, range, columns, schedule, &mut out.errors);
            if !out.errors.is_empty() {
                // Keep reading to report every problem, but check nothing more.
                continue;
            }
            let group = &*group;
            let shares = self.engine.pool_shares(group)?;
            if scratch.sheets.len() < group.len() {
                scratch.sheets.resize_with(group.len(), PaySheet::default);
            }
            for ((w, share), sheet) in group.iter().zip(&shares).zip(&mut scratch.sheets) {
                self.engine.compute(w, *share, sheet)?;
            }
            let sheets = &scratch.sheets[..group.len()];
            let ctx = Context::new(schedule, self.check.standards, self.check.period)
                .with_roster(group, sheets);
            let mut minimums = Minimums::new(&ctx);
            let [wages, skills, guide] = &mut out.phases;
            minimum_wage::check_workers(&ctx, &mut minimums, wages);
            overtime_cap::check(&ctx, wages);
            skill_minimum::check_workers(&ctx, &mut minimums, &mut out.skill, skills);
            out.any_last_year |= guideline::check_enterprises(&ctx, guide);
            out.market.add(&ctx);
            out.share.add(&ctx);
            out.quota.add(&ctx);
            for (key, (why, n)) in minimums.into_missing() {
                out.missing.entry(key).or_insert((why, 0)).1 += n;
            }
            out.workers += group.len() as u64;
        }
        Ok(())
    }
}

impl RosterCheck<'_> {
    fn context(&self) -> Context<'_> {
        Context::new(self.schedule, self.standards, self.period)
            .at_periods(self.contract_periods.clone())
    }

    /// Checks the contract and every worker of the inputs. Bad rows fail the
    /// run with all of them (up to the list's limit), as reading the roster
    /// whole does.
    pub fn run(
        &self,
        inputs: Vec<Input<'_>>,
        pipeline: &Pipeline<'_>,
        format: ReportFormat,
    ) -> Result<CheckedRoster, RosterCheckError> {
        let ctx = self.context();
        let mut report = ctx.report("check");
        let mut findings = FindingGroups::new(format);
        // The contract's findings come first within each rule, as in a
        // sequential check.
        let mut minimums = Minimums::new(&ctx);
        let mut contract = Report::default();
        check_contract(&ctx, &mut minimums, &mut contract);
        for f in &contract.findings {
            findings.add(CONTRACT, f)?;
        }
        for n in contract.notes {
            report.note(n);
        }
        report.tables_in_force = contract.tables_in_force;

        let job = CheckJob {
            check: self,
            engine: PayEngine::new(self.schedule, self.period),
        };
        let mut errors = RosterErrors::default();
        let mut notes: [Vec<String>; 3] = Default::default();
        let mut skill = SkillTally::default();
        let mut market = MarketTally::default();
        let mut share = SkillShare::default();
        let mut quota = QuotaTally::default();
        let mut missing = MissingCounts::new();
        let mut any_last_year = false;
        let mut workers = 0;
        let ran = pipeline.run(inputs, &job, &mut |rows, out: &mut ChunkChecks| {
            errors.append(&mut rows.skipped);
            errors.append(&mut out.errors);
            if !errors.is_empty() {
                return Ok(());
            }
            for ((phase, part), notes) in WORKERS.iter().zip(&out.phases).zip(&mut notes) {
                for f in &part.findings {
                    findings.add(*phase, f)?;
                }
                for n in &part.notes {
                    if !notes.contains(n) {
                        notes.push(n.clone());
                    }
                }
            }
            skill.merge(&out.skill);
            market.merge(&out.market);
            share.merge(&out.share);
            quota.merge(&out.quota);
            for (key, (why, n)) in std::mem::take(&mut out.missing) {
                missing.entry(key).or_insert((why, 0)).1 += n;
            }
            any_last_year |= out.any_last_year;
            workers += out.workers;
            Ok(())
        });
        match ran {
            Ok(()) => {}
            // A file that cannot be read further ends the list of problems.
            Err(RosterCheckError::Roster(mut more)) => errors.append(&mut more),
            Err(e) => return Err(e),
        }
        if !errors.is_empty() {
            return Err(RosterCheckError::Roster(errors));
        }

        // What the sequential check finds after the workers, in its order.
        let [wages, skills, guide] = notes;
        for n in wages.into_iter().chain(skills) {
            report.note(n);
        }
        skill.notes(&ctx, &mut report);
        for n in guide {
            report.note(n);
        }
        if !any_last_year {
            guideline::note_no_last_year(&mut report);
        }
        let mut tail = Report::default();
        market.finish(&ctx, &mut tail);
        for f in &tail.findings {
            findings.add(MARKET, f)?;
        }
        for n in tail.notes {
            report.note(n);
        }
        let mut tail = Report::default();
        share.finish(&ctx, &mut tail);
        for f in &tail.findings {
            findings.add(SHARE, f)?;
        }
        let mut tail = Report::default();
        quota.finish(&ctx, &mut tail);
        for f in &tail.findings {
            findings.add(QUOTA, f)?;
        }
        let mut tail = Report::default();
        minimums.absorb(missing);
        minimums.finish(&mut tail);
        for f in &tail.findings {
            findings.add(MISSING, f)?;
        }
        findings.sort();
        Ok(CheckedRoster {
            report,
            findings,
            workers,
        })
    }
}

#[cfg(test)]
#[path = "roster_check_tests.rs"]
mod tests;
