//! `Batch`: the streaming, parallel pass over regional rosters, on the shared
//! roster [`pipeline`](crate::pipeline): whole enterprises per chunk, computed
//! on worker threads, written in input order, so the output is byte-identical
//! whatever the number of threads.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use crate::batch::enterprise::{self, BatchJob, Out, Shared};
use crate::batch::{PayStats, Registry};
use crate::check::{self, write_csv_rows, Context, Minimums, Report, Severity, CSV_HEADER};
use crate::io::cell::csv_text as csv_field;
use crate::io::SheetChoice;
use crate::pay::PayEngine;
use crate::pipeline::{Input, Pipeline, Rows};
use crate::render::{self, Document, FindingView, Format, Renderer};
use crate::roster::{Encoding, RosterError, RosterErrors};
use crate::standards::Standards;
use crate::{Period, Schedule};

/// The columns of `pay.csv` before the components.
pub const PAY_HEADER_FIXED: &str = "enterprise_id,employee_id,name,region,grade,step";

/// One roster input: its name (for messages and the manifest) and its bytes.
pub type BatchInput<'a> = Input<'a>;

/// Where the run writes its tables.
pub struct BatchOutputs<'w> {
    /// Where each worker's pay sheet goes (`pay.csv`).
    pub pay: &'w mut (dyn Write + Send),
    /// Where each enterprise's summary goes (`enterprises.csv`).
    pub enterprises: &'w mut (dyn Write + Send),
    /// Where the findings go (`findings.csv`).
    pub findings: &'w mut (dyn Write + Send),
}

impl std::fmt::Debug for BatchOutputs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BatchOutputs")
    }
}

/// A run that could not finish.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// A bad roster row or column.
    #[error("{0}")]
    Input(#[from] RosterError),
    /// A bad row with `--fail-fast`: the run stopped there.
    #[error("stopped at the first bad row (--fail-fast): {0}")]
    FailFast(RosterError),
    /// An output could not be written.
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    /// A worker's pay could not be computed.
    #[error(transparent)]
    Pay(#[from] crate::pay::PayError),
    /// An enterprise's document could not be rendered.
    #[error("cannot render a document: {0}")]
    Render(#[from] render::RenderError),
    /// A rendered document could not be written as .docx.
    #[error("cannot write a document: {0}")]
    Docx(#[from] render::DocxError),
}

/// Receives (enterprise id, file name, bytes) of one rendered document; the
/// command layer decides the path and writes it atomically.
pub type DocumentSink<'a> = dyn Fn(&str, &str, &[u8]) -> std::io::Result<()> + Sync + 'a;

/// Documents to render for every enterprise, and where they go.
pub struct Documents<'a> {
    /// The documents to render for each enterprise.
    pub kinds: Vec<Document>,
    /// Their format.
    pub format: Format,
    /// The templates they are rendered with.
    pub renderer: &'a Renderer,
    /// Where each rendered document goes.
    pub sink: &'a DocumentSink<'a>,
}

impl std::fmt::Debug for Documents<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Documents")
            .field("kinds", &self.kinds)
            .field("format", &self.format)
            .finish_non_exhaustive()
    }
}

/// What a finished run counted.
#[derive(Debug, Clone, Default)]
pub struct BatchReport {
    /// Data rows read, good and bad.
    pub rows: u64,
    /// Workers on `pay.csv`.
    pub workers: u64,
    /// Rows left out, each with its place and reason.
    pub rejected: RosterErrors,
    /// Enterprises seen in the rosters.
    pub enterprises: u64,
    /// Enterprises with no error finding (when standards were given).
    pub compliant: u64,
    /// Enterprises seen that the registry names.
    pub registered: u64,
    /// Worker-level findings (the contracts' are in `contracts`).
    pub errors: u64,
    /// Worker-level warnings.
    pub warnings: u64,
    /// Per schedule, the contract checks' findings.
    pub contracts: Vec<Report>,
    /// Per schedule, per grade.
    pub by_grade: Vec<Vec<PayStats>>,
    /// Pay by region code, for the federation's overview.
    pub by_region: BTreeMap<String, PayStats>,
    /// Pay over all workers.
    pub total: PayStats,
}

/// A batch run's settings.
#[derive(Debug)]
pub struct Batch<'a> {
    /// The schedules enterprises are paid under.
    pub schedules: &'a [Schedule],
    /// The schedule of enterprises the registry does not name.
    pub default_schedule: Option<usize>,
    /// The enterprises the federation knows: names, regions, schedules.
    pub registry: &'a Registry,
    /// The standards to check against; `None` computes pay only.
    pub standards: Option<&'a Standards>,
    /// Documents per enterprise, when asked for.
    pub documents: Option<Documents<'a>>,
    /// The schedule index of each enterprise the registry names.
    pub schedule_of: HashMap<String, usize>,
    /// The pay month computed and checked.
    pub period: Period,
    /// The text encoding of CSV rosters (`--encoding`).
    pub encoding: Encoding,
    /// The sheet of each workbook roster (and of a workbook registry).
    pub sheet: SheetChoice,
    /// Worker threads (`--jobs`).
    pub jobs: usize,
    /// Stop at the first bad row (`--fail-fast`) rather than leave it out and go on.
    pub fail_fast: bool,
    /// Rows per chunk (whole enterprises are never split).
    pub chunk_rows: usize,
}

impl Batch<'_> {
    /// The `pay.csv` component columns: every schedule's ids, first seen first.
    pub fn component_columns(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for s in self.schedules {
            for id in s.component_ids() {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    /// Runs the batch. `progress` is called with the rows each finished chunk held.
    pub fn run(
        &self,
        inputs: Vec<BatchInput<'_>>,
        outputs: BatchOutputs<'_>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<BatchReport, BatchError> {
        let engines: Vec<PayEngine<'_>> = self
            .schedules
            .iter()
            .map(|s| PayEngine::new(s, self.period))
            .collect();
        let columns = self.component_columns();
        // Per schedule: where each pay.csv component column comes from.
        let layout: Vec<Vec<Option<usize>>> = self
            .schedules
            .iter()
            .map(|s| columns.iter().map(|c| s.component_index(c)).collect())
            .collect();
        let BatchOutputs {
            pay,
            enterprises,
            findings,
        } = outputs;
        write!(pay, "{PAY_HEADER_FIXED}")?;
        let mut header = String::new();
        for c in &columns {
            header.push(',');
            csv_field(&mut header, c);
        }
        pay.write_all(header.as_bytes())?;
        writeln!(pay, ",gross,minimum_wage_base,below_minimum")?;
        writeln!(
            enterprises,
            "enterprise_id,enterprise_name,region,industry,schedule,headcount,wage_bill,average,minimum,maximum,below_minimum,errors,warnings,status,rejected_rows"
        )?;
        writeln!(findings, "{}", CSV_HEADER.join(","))?;
        // The contracts are checked once per schedule; their findings come first.
        let contracts = self.check_contracts();
        for report in &contracts {
            write_csv_rows(report, findings)?;
        }
        let job = BatchJob {
            batch: self,
            shared: Shared {
                engines,
                layout,
                contract_counts: contracts
                    .iter()
                    .map(|r| {
                        (
                            r.count(Severity::Error) as u64,
                            r.count(Severity::Warning) as u64,
                        )
                    })
                    .collect(),
                contract_findings: contracts
                    .iter()
                    .map(|r| r.findings.iter().map(FindingView::from).collect())
                    .collect(),
                grade_cells: (self.schedules.iter())
                    .map(|s| s.grades.iter().map(|g| enterprise::cell(&g.name)).collect())
                    .collect(),
            },
        };
        let mut report = BatchReport {
            rejected: RosterErrors::with_limit(usize::MAX),
            by_grade: self
                .schedules
                .iter()
                .map(|s| vec![PayStats::default(); s.grades.len()])
                .collect(),
            ..BatchReport::default()
        };
        let mut outputs = [pay, enterprises, findings];
        let pipeline = Pipeline {
            chunk_rows: self.chunk_rows,
            require_enterprise: true,
            sheet: &self.sheet,
            period: Some(self.period),
            ..Pipeline::new(self.schedules, self.encoding, self.jobs)
        };
        pipeline.run(inputs, &job, &mut |rows: &mut Rows, out: &mut Out| {
            write_chunk(rows, out, &mut report, &mut outputs)?;
            if self.fail_fast {
                if let Some(first) = report.rejected.errors.first() {
                    return Err(BatchError::FailFast(first.clone()));
                }
            }
            progress(out.stats.rows);
            Ok(())
        })?;
        for out in outputs {
            out.flush()?;
        }
        report.contracts = contracts;
        Ok(report)
    }

    /// Checks each schedule's contract once, at the period and at each change
    /// of a standard within its term.
    fn check_contracts(&self) -> Vec<Report> {
        let Some(standards) = self.standards else {
            return self.schedules.iter().map(|_| Report::default()).collect();
        };
        self.schedules
            .iter()
            .map(|schedule| {
                let mut periods = Context::term_periods(schedule, standards);
                if !periods.contains(&self.period) {
                    periods.push(self.period);
                }
                let ctx = Context::new(schedule, standards, self.period).at_periods(periods);
                let mut report = ctx.report("batch");
                let mut minimums = Minimums::new(&ctx);
                check::check_contract(&ctx, &mut minimums, &mut report);
                minimums.finish(&mut report);
                report.sort();
                report
            })
            .collect()
    }
}

/// Writes a finished chunk's outputs and adds its figures to the report.
fn write_chunk(
    rows: &mut Rows,
    out: &mut Out,
    report: &mut BatchReport,
    outputs: &mut [&mut (dyn Write + Send); 3],
) -> std::io::Result<()> {
    let [pay, enterprises, findings] = outputs;
    pay.write_all(out.pay.as_bytes())?;
    enterprises.write_all(&out.enterprises)?;
    findings.write_all(&out.findings)?;
    let stats = &out.stats;
    // Rows the reader left out (no enterprise id) count as read.
    report.rows += stats.rows + rows.skipped.total as u64;
    report.workers += stats.workers;
    report.enterprises += stats.enterprises;
    report.compliant += stats.compliant;
    report.registered += stats.registered;
    report.errors += stats.errors;
    report.warnings += stats.warnings;
    for (mine, theirs) in report
        .by_grade
        .iter_mut()
        .flatten()
        .zip(stats.by_grade.iter().flatten())
    {
        mine.merge(theirs);
        report.total.merge(theirs);
    }
    for (region, s) in &stats.by_region {
        report.by_region.entry(region.clone()).or_default().merge(s);
    }
    report.rejected.append(&mut rows.skipped);
    report.rejected.append(&mut out.rejected);
    Ok(())
}
