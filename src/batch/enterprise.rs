//! The batch's work on a chunk: each enterprise's rows parsed, its pay
//! computed and checked, its `pay.csv`, `enterprises.csv` and findings rows
//! formatted and its documents rendered (enterprise_documents.rs), on a
//! pipeline worker thread.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

use crate::batch::{Batch, BatchError, PayStats};
use crate::check::{self, write_csv_rows, Context, Minimums, Severity, Subject};
use crate::io::cell::csv_text as csv_field;
use crate::pay::{PayEngine, PaySheet, PoolShare};
use crate::pipeline::{Job, Parser, RosterFile, Rows};
use crate::render::FindingView;
use crate::roster::{RosterError, RosterErrors};
use crate::Money;

/// The rule id of a worker paid below the minimum wage.
const MINIMUM_WAGE_RULE: &str = "minimum-wage";

/// What a worker made of one chunk.
pub(super) struct Out {
    /// `pay.csv` rows, written straight in (a String, for `fmt::Write`).
    pub pay: String,
    pub enterprises: Vec<u8>,
    pub findings: Vec<u8>,
    pub rejected: RosterErrors,
    pub stats: ChunkStats,
}

#[derive(Default)]
pub(super) struct ChunkStats {
    pub rows: u64,
    pub workers: u64,
    pub enterprises: u64,
    pub compliant: u64,
    pub registered: u64,
    pub errors: u64,
    pub warnings: u64,
    pub by_grade: Vec<Vec<PayStats>>,
    pub by_region: BTreeMap<String, PayStats>,
}

/// A worker thread's reused buffers.
#[derive(Default)]
pub(super) struct Scratch {
    parser: Parser,
    shares: Vec<PoolShare>,
    sheets: Vec<PaySheet>,
    /// Ids of the enterprise's workers below the minimum wage, sorted.
    below: Vec<String>,
    /// The enterprise's figures by grade.
    grades: Vec<PayStats>,
    text: String,
    /// The enterprise id last written to pay.csv, and its cell as written
    /// (with the comma after it): formatted once for the enterprise's rows.
    id: Option<String>,
    id_cell: String,
}

/// What every worker thread reads: the engines, the pay.csv layout and the
/// contract checks' (errors, warnings) per schedule.
pub(super) struct Shared<'e> {
    pub engines: Vec<PayEngine<'e>>,
    pub layout: Vec<Vec<Option<usize>>>,
    pub contract_counts: Vec<(u64, u64)>,
    /// Per schedule, the contract findings as documents list them.
    pub contract_findings: Vec<Vec<FindingView>>,
    /// Per schedule, each grade's name as a pay.csv cell with the comma
    /// after it: formatted once, not for every worker.
    pub grade_cells: Vec<Vec<String>>,
}

/// A text cell of pay.csv and the comma after it.
pub(super) fn cell(text: &str) -> String {
    let mut cell = String::new();
    csv_field(&mut cell, text);
    cell.push(',');
    cell
}

/// The batch as a pipeline job.
pub(super) struct BatchJob<'b, 'e> {
    pub batch: &'b Batch<'b>,
    pub shared: Shared<'e>,
}

impl Job for BatchJob<'_, '_> {
    type Out = Out;
    type Scratch = Scratch;
    type Error = BatchError;

    fn output(&self) -> Out {
        Out {
            pay: String::new(),
            enterprises: Vec::new(),
            findings: Vec::new(),
            rejected: RosterErrors::with_limit(usize::MAX),
            stats: ChunkStats {
                by_grade: self
                    .batch
                    .schedules
                    .iter()
                    .map(|s| vec![PayStats::default(); s.grades.len()])
                    .collect(),
                ..ChunkStats::default()
            },
        }
    }

    fn reset(&self, out: &mut Out) {
        out.pay.clear();
        out.enterprises.clear();
        out.findings.clear();
        out.rejected = RosterErrors::with_limit(usize::MAX);
        let stats = &mut out.stats;
        stats.rows = 0;
        stats.workers = 0;
        stats.enterprises = 0;
        stats.compliant = 0;
        stats.registered = 0;
        stats.errors = 0;
        stats.warnings = 0;
        stats
            .by_grade
            .iter_mut()
            .flatten()
            .for_each(|s| *s = PayStats::default());
        stats.by_region.clear();
    }

    /// Parses, computes and formats one chunk.
    fn process(&self, rows: &Rows, out: &mut Out, scratch: &mut Scratch) -> Result<(), BatchError> {
        let Some(file) = rows.file().cloned() else {
            return Ok(());
        };
        for range in rows.enterprises() {
            // Rows are grouped by the id's bytes, as the reader grouped them.
            let enterprise = String::from_utf8_lossy(rows.enterprise(range.start)).into_owned();
            self.process_enterprise(rows, out, &file, range, &enterprise, scratch)?;
        }
        Ok(())
    }
}

impl BatchJob<'_, '_> {
    fn process_enterprise(
        &self,
        rows: &Rows,
        out: &mut Out,
        file: &RosterFile,
        range: Range<usize>,
        enterprise: &str,
        scratch: &mut Scratch,
    ) -> Result<(), BatchError> {
        let shared = &self.shared;
        let row_count = range.len();
        out.stats.rows += row_count as u64;
        out.stats.enterprises += 1;
        let registered = self.batch.registry.get(enterprise);
        out.stats.registered += u64::from(registered.is_some());
        let Some(s) = self
            .batch
            .schedule_of
            .get(enterprise)
            .copied()
            .or(self.batch.default_schedule)
        else {
            for i in range {
                out.rejected.push(RosterError {
                    location: file.origin.at(rows.line(i), None),
                    message: crate::t!("batch-run-no-schedule", enterprise = enterprise),
                    hint: crate::i18n::hint(crate::t!("batch-run-no-schedule-hint")),
                });
            }
            return Ok(());
        };
        let schedule = &self.batch.schedules[s];
        let columns = match file.columns(s, schedule) {
            Ok(c) => c,
            Err(errors) => {
                for i in range {
                    let first = errors
                        .errors
                        .first()
                        .map_or(String::new(), |e| e.message.clone());
                    out.rejected.push(RosterError {
                        location: file.origin.at(rows.line(i), None),
                        message: crate::t!(
                            "batch-run-columns-misfit",
                            schedule = schedule.meta.title.as_str(),
                            first = first.as_str()
                        ),
                        hint: String::new(),
                    });
                }
                return Ok(());
            }
        };

        // Parse the enterprise's rows into reused workers; a worker without a
        // region is in the registry's.
        let group = scratch
            .parser
            .parse(rows, range, columns, schedule, &mut out.rejected);
        if let Some(e) = registered {
            for w in group.iter_mut().filter(|w| w.region.is_empty()) {
                w.region.push_str(&e.region);
            }
        }
        let group = &*group;
        let n = group.len();

        let engine = &shared.engines[s];
        let shares = &mut scratch.shares;
        match engine.pool_shares_into(group, shares) {
            Ok(()) => {}
            // The enterprise's rows are refused, the run goes on.
            Err(e) => {
                for w in group {
                    out.rejected.push(RosterError {
                        location: file.origin.at(w.line, None),
                        message: e.message(),
                        hint: String::new(),
                    });
                }
                return Ok(());
            }
        };
        if scratch.sheets.len() < n {
            scratch.sheets.resize_with(n, PaySheet::default);
        }
        for ((w, share), sheet) in group.iter().zip(shares.iter()).zip(&mut scratch.sheets) {
            engine.compute(w, *share, sheet)?;
        }
        let sheets = &scratch.sheets[..n];

        // The worker checks, when standards are given; the contract's own were
        // checked once per schedule and count toward each enterprise under it.
        let mut counts = shared.contract_counts.get(s).copied().unwrap_or_default();
        scratch.below.clear();
        let mut enterprise_findings: Vec<FindingView> = Vec::new();
        if let Some(standards) = self.batch.standards {
            let ctx =
                Context::new(schedule, standards, self.batch.period).with_roster(group, sheets);
            let mut report = ctx.report("batch");
            let mut minimums = Minimums::new(&ctx);
            check::check_workers(&ctx, &mut minimums, &mut report);
            minimums.finish(&mut report);
            report.sort();
            for f in &report.findings {
                match f.severity {
                    Severity::Error => {
                        counts.0 += 1;
                        out.stats.errors += 1;
                    }
                    Severity::Warning => {
                        counts.1 += 1;
                        out.stats.warnings += 1;
                    }
                }
                if let (MINIMUM_WAGE_RULE, Subject::Worker { employee_id, .. }) =
                    (f.rule, &f.subject)
                {
                    scratch.below.push(employee_id.clone());
                }
            }
            scratch.below.sort_unstable();
            write_csv_rows(&report, &mut out.findings)?;
            if self.batch.documents.is_some() {
                enterprise_findings = report.findings.iter().map(FindingView::from).collect();
            }
        }
        if let Some(documents) = &self.batch.documents {
            let mut findings = shared.contract_findings.get(s).cloned().unwrap_or_default();
            findings.append(&mut enterprise_findings);
            self.write_documents(documents, enterprise, schedule, group, sheets, findings)?;
        }

        // The enterprise's figures by grade, one addition a worker; the totals,
        // the chunk's grades and the regions are merged from them.
        let grades = &mut scratch.grades;
        grades.clear();
        grades.resize(schedule.grades.len(), PayStats::default());
        let first_region = group.first().map_or("", |w| w.region.as_str());
        let mut one_region = true;
        let text = &mut out.pay;
        let grade_cells = &shared.grade_cells[s];
        for (w, sheet) in group.iter().zip(sheets) {
            // The enterprise's rows share its id as a rule: the cell is the
            // same text, formatted again only when the id changes.
            if scratch.id.as_deref() != Some(w.enterprise_id.as_str()) {
                scratch.id = Some(w.enterprise_id.clone());
                scratch.id_cell = cell(&w.enterprise_id);
            }
            text.push_str(&scratch.id_cell);
            for field in [&w.employee_id, &w.name, &w.region] {
                csv_field(text, field);
                text.push(',');
            }
            text.push_str(grade_cells.get(w.grade).map_or(",", String::as_str));
            text.push_str(itoa::Buffer::new().format(w.step));
            for source in &shared.layout[s] {
                text.push(',');
                if let Some(c) = source {
                    let _ = sheet.components[*c].write_plain(text);
                }
            }
            text.push(',');
            let _ = sheet.gross.write_plain(text);
            text.push(',');
            let _ = sheet.minimum_wage_base.write_plain(text);
            let below = scratch.below.binary_search(&w.employee_id).is_ok();
            text.push_str(match (self.batch.standards.is_some(), below) {
                (false, _) => ",\n",
                (true, false) => ",false\n",
                (true, true) => ",true\n",
            });
            grades[w.grade].add(sheet.gross, below);
            one_region &= w.region == first_region;
        }
        let mut totals = PayStats::default();
        for (grade, all) in grades.iter().zip(&mut out.stats.by_grade[s]) {
            totals.merge(grade);
            all.merge(grade);
        }
        if one_region {
            // An enterprise's workers share its region as a rule.
            add_region(&mut out.stats.by_region, first_region, &totals);
        } else {
            for (w, sheet) in group.iter().zip(sheets) {
                let mut one = PayStats::default();
                let below = scratch.below.binary_search(&w.employee_id).is_ok();
                one.add(sheet.gross, below);
                add_region(&mut out.stats.by_region, &w.region, &one);
            }
        }
        out.stats.workers += totals.headcount;
        let text = &mut scratch.text;

        let rejected = row_count as u64 - totals.headcount;
        let name = registered
            .map(|e| e.name.as_str())
            .filter(|n| !n.is_empty())
            .or_else(|| group.first().map(|w| w.enterprise_name.as_str()))
            .unwrap_or("");
        let region = group
            .first()
            .map(|w| w.region.as_str())
            .or(registered.map(|e| e.region.as_str()))
            .unwrap_or("");
        let industry = registered
            .map(|e| e.industry.as_str())
            .filter(|i| !i.is_empty())
            .or(schedule.meta.industry.as_deref())
            .unwrap_or("");
        text.clear();
        for field in [enterprise, name, region, industry, &schedule.meta.title] {
            csv_field(text, field);
            text.push(',');
        }
        let show = |m: Option<Money>| m.map(|m| m.to_string()).unwrap_or_default();
        let status = match (self.batch.standards.is_some(), counts.0) {
            (false, _) => "unchecked",
            (true, 0) => "compliant",
            (true, _) => "violations",
        };
        out.stats.compliant += u64::from(status == "compliant");
        let below = if self.batch.standards.is_some() {
            totals.below_minimum.to_string()
        } else {
            String::new()
        };
        let _ = writeln!(
            text,
            "{},{},{},{},{},{below},{},{},{status},{rejected}",
            totals.headcount,
            totals.gross,
            show(totals.average(schedule.rounding)),
            show(totals.minimum),
            show(totals.maximum),
            counts.0,
            counts.1,
        );
        out.enterprises.extend_from_slice(text.as_bytes());
        Ok(())
    }
}

/// Adds workers of one region to the regional figures.
fn add_region(by_region: &mut BTreeMap<String, PayStats>, region: &str, run: &PayStats) {
    if run.headcount == 0 {
        return;
    }
    match by_region.get_mut(region) {
        Some(r) => r.merge(run),
        None => {
            by_region.insert(region.to_string(), run.clone());
        }
    }
}
