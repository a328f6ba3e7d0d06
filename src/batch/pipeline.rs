//! `Batch`: the streaming, parallel pass over regional rosters.
//!
//! The calling thread reads CSV records into chunks of whole enterprises (chunk
//! buffers are recycled, so memory stays flat); worker threads parse, compute and
//! format each chunk; one writer thread puts the chunks' outputs in input order.
//! Chunk boundaries depend only on the input, so the output is byte-identical
//! whatever the number of threads.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use crossbeam_channel::{bounded, Receiver, Sender};
use csv::{ByteRecord, StringRecord};

use crate::batch::{PayStats, Registry};
use crate::check::{
    self, write_csv_rows, Context, Minimums, Report, Severity, Subject, CSV_HEADER,
};
use crate::io::cell::csv_text as csv_field;
use crate::pay::{PayEngine, PaySheet};
use crate::render::{
    self, Document, DocumentContext, FindingView, Format, Renderer, RosterFigures,
};
use crate::roster::{Columns, Encoding, Field, RosterError, RosterErrors, Row, Worker};
use crate::standards::Standards;
use crate::{Location, Money, Period, Schedule};

/// The rule id of a worker paid below the minimum wage.
const MINIMUM_WAGE_RULE: &str = "minimum-wage";

/// The columns of `pay.csv` before the components.
pub const PAY_HEADER_FIXED: &str = "enterprise_id,employee_id,name,region,grade,step";

/// One roster input: its name (for messages and the manifest) and its bytes.
pub struct BatchInput<'a> {
    pub name: String,
    pub reader: Box<dyn Read + 'a>,
}

impl std::fmt::Debug for BatchInput<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BatchInput")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// Where the run writes its tables.
pub struct BatchOutputs<'w> {
    pub pay: &'w mut (dyn Write + Send),
    pub enterprises: &'w mut (dyn Write + Send),
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
    #[error("{0}")]
    Input(RosterError),
    #[error("stopped at the first bad row (--fail-fast): {0}")]
    FailFast(RosterError),
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    #[error("{0}")]
    Pay(#[from] crate::pay::PayError),
    #[error("cannot render a document: {0}")]
    Render(#[from] render::RenderError),
    #[error("cannot write a document: {0}")]
    Docx(#[from] render::DocxError),
}

/// Receives (enterprise id, file name, bytes) of one rendered document; the
/// command layer decides the path and writes it atomically.
pub type DocumentSink<'a> = dyn Fn(&str, &str, &[u8]) -> std::io::Result<()> + Sync + 'a;

/// Documents to render for every enterprise, and where they go.
pub struct Documents<'a> {
    pub kinds: Vec<Document>,
    pub format: Format,
    pub renderer: &'a Renderer,
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
    pub enterprises: u64,
    /// Enterprises with no error finding (when standards were given).
    pub compliant: u64,
    /// Enterprises seen that the registry names.
    pub registered: u64,
    /// Worker-level findings (the contracts' are in `contracts`).
    pub errors: u64,
    pub warnings: u64,
    /// Per schedule, the contract checks' findings.
    pub contracts: Vec<Report>,
    /// Per schedule, per grade.
    pub by_grade: Vec<Vec<PayStats>>,
    pub by_region: BTreeMap<String, PayStats>,
    pub total: PayStats,
}

/// A batch run's settings.
#[derive(Debug)]
pub struct Batch<'a> {
    pub schedules: &'a [Schedule],
    /// The schedule of enterprises the registry does not name.
    pub default_schedule: Option<usize>,
    pub registry: &'a Registry,
    /// The standards to check against; `None` computes pay only.
    pub standards: Option<&'a Standards>,
    /// Documents per enterprise, when asked for.
    pub documents: Option<Documents<'a>>,
    /// The schedule index of each enterprise the registry names.
    pub schedule_of: HashMap<String, usize>,
    pub period: Period,
    pub encoding: Encoding,
    pub jobs: usize,
    pub fail_fast: bool,
    /// Rows per chunk (whole enterprises are never split).
    pub chunk_rows: usize,
}

/// A roster file as the workers see it: its name, header and bindings.
struct FileContext {
    name: Arc<str>,
    headers: StringRecord,
    /// Per schedule, the header bound to it, bound on first use.
    columns: Vec<OnceLock<Result<Columns, RosterErrors>>>,
}

/// Whole enterprises' raw rows, and what a worker made of them.
struct Chunk {
    seq: u64,
    file: Option<Arc<FileContext>>,
    enterprise_col: usize,
    /// Raw rows: the reader splits fields only; workers check the UTF-8, in parallel.
    records: Vec<ByteRecord>,
    len: usize,
    /// `pay.csv` rows, written straight in (a String, for `fmt::Write`).
    pay: String,
    enterprises: Vec<u8>,
    findings: Vec<u8>,
    rejected: RosterErrors,
    stats: ChunkStats,
}

#[derive(Default)]
struct ChunkStats {
    rows: u64,
    workers: u64,
    enterprises: u64,
    compliant: u64,
    registered: u64,
    errors: u64,
    warnings: u64,
    by_grade: Vec<Vec<PayStats>>,
    by_region: BTreeMap<String, PayStats>,
}

impl Chunk {
    fn new() -> Chunk {
        Chunk {
            seq: 0,
            file: None,
            enterprise_col: 0,
            records: Vec::new(),
            len: 0,
            pay: String::new(),
            enterprises: Vec::new(),
            findings: Vec::new(),
            rejected: RosterErrors::with_limit(usize::MAX),
            stats: ChunkStats::default(),
        }
    }

    /// Empties the chunk for reuse, keeping its buffers.
    fn recycle(&mut self) {
        self.len = 0;
        self.file = None;
        self.pay.clear();
        self.enterprises.clear();
        self.findings.clear();
        self.rejected = RosterErrors::with_limit(usize::MAX);
        self.stats.rows = 0;
        self.stats.workers = 0;
        self.stats.enterprises = 0;
        self.stats.compliant = 0;
        self.stats.registered = 0;
        self.stats.errors = 0;
        self.stats.warnings = 0;
        self.stats
            .by_grade
            .iter_mut()
            .flatten()
            .for_each(|s| *s = PayStats::default());
        self.stats.by_region.clear();
    }

    fn slot(&mut self) -> &mut ByteRecord {
        if self.records.len() <= self.len {
            // Room for a typical row, so a new slot does not grow field by field.
            self.records.push(ByteRecord::with_capacity(256, 32));
        }
        &mut self.records[self.len]
    }

    fn enterprise(&self, i: usize) -> &[u8] {
        self.records[i]
            .get(self.enterprise_col)
            .unwrap_or(b"")
            .trim_ascii()
    }
}

/// A worker thread's reused buffers.
#[derive(Default)]
struct Scratch {
    workers: Vec<Worker>,
    order: Vec<usize>,
    repeats: Vec<usize>,
    sheets: Vec<PaySheet>,
    /// Ids of the enterprise's workers below the minimum wage, sorted.
    below: Vec<String>,
    /// The enterprise's figures by grade.
    grades: Vec<PayStats>,
    text: String,
}

/// What every worker thread reads: the engines, the pay.csv layout and the
/// contract checks' (errors, warnings) per schedule.
struct Shared<'e> {
    engines: Vec<PayEngine<'e>>,
    layout: Vec<Vec<Option<usize>>>,
    contract_counts: Vec<(u64, u64)>,
    /// Per schedule, the contract findings as documents list them.
    contract_findings: Vec<Vec<FindingView>>,
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
        let shared = Shared {
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
        };

        let jobs = self.jobs.max(1);
        let in_flight = jobs * 2 + 2;
        let (pool_tx, pool_rx) = bounded::<Chunk>(in_flight);
        for _ in 0..in_flight {
            let _ = pool_tx.send(Chunk::new());
        }
        let (work_tx, work_rx) = bounded::<Chunk>(in_flight);
        let (done_tx, done_rx) = bounded::<Chunk>(in_flight);
        let stop = AtomicBool::new(false);

        std::thread::scope(|scope| {
            let mut handles = Vec::new();
            for _ in 0..jobs {
                let (work_rx, done_tx) = (work_rx.clone(), done_tx.clone());
                let (shared, stop) = (&shared, &stop);
                handles.push(scope.spawn(move || -> Result<(), BatchError> {
                    let mut scratch = Scratch::default();
                    for mut chunk in work_rx {
                        if !stop.load(Ordering::Relaxed) {
                            self.process(&mut chunk, shared, &mut scratch)?;
                        }
                        if done_tx.send(chunk).is_err() {
                            break;
                        }
                    }
                    Ok(())
                }));
            }
            drop(done_tx);
            drop(work_rx);
            let writer = {
                let (pool_tx, stop) = (pool_tx.clone(), &stop);
                scope.spawn(move || {
                    self.write(
                        done_rx,
                        pool_tx,
                        [pay, enterprises, findings],
                        progress,
                        stop,
                    )
                })
            };
            let read = self.read(inputs, &pool_rx, &work_tx, &stop);
            drop(work_tx);
            drop(pool_tx);
            let mut first_error: Option<BatchError> = read.err();
            for h in handles {
                if let Ok(Err(e)) = h.join() {
                    first_error.get_or_insert(e);
                }
            }
            let report = match writer.join() {
                Ok(r) => r,
                Err(_) => Err(BatchError::Output(std::io::Error::other(
                    "the writer thread failed",
                ))),
            };
            match (first_error, report) {
                (Some(e), _) => Err(e),
                (None, report) => report.map(|mut r| {
                    r.contracts = contracts;
                    r
                }),
            }
        })
    }

    /// Reads every input into chunks of whole enterprises.
    fn read(
        &self,
        inputs: Vec<BatchInput<'_>>,
        pool: &Receiver<Chunk>,
        work: &Sender<Chunk>,
        stop: &AtomicBool,
    ) -> Result<(), BatchError> {
        let mut seq = 0;
        let mut finished: HashSet<Vec<u8>> = HashSet::new();
        let mut current: Vec<u8> = Vec::new();
        for input in inputs {
            let file: Arc<str> = Arc::from(input.name.as_str());
            let at = |line: u64, col: Option<u64>| Location::new(&file, line, col);
            let fail = |line, col, message: String, hint: &str| {
                BatchError::Input(RosterError {
                    location: at(line, col),
                    message,
                    hint: hint.to_string(),
                })
            };
            let (text, _) = self
                .encoding
                .decode(input.reader)
                .map_err(|e| fail(1, None, format!("cannot read the roster: {e}"), ""))?;
            // A large buffer: fewer reads through the hashing reader per row.
            let mut csv = csv::ReaderBuilder::new()
                .flexible(true)
                .buffer_capacity(1 << 20)
                .from_reader(text);
            let headers = csv
                .headers()
                .map_err(|e| fail(1, None, format!("malformed CSV: {e}"), ""))?
                .clone();
            let enterprise_col = self.enterprise_column(&headers).ok_or_else(|| {
                fail(
                    1,
                    None,
                    "the roster has no enterprise_id (企业) column".into(),
                    "; a batch roster names each row's enterprise",
                )
            })?;
            let context = Arc::new(FileContext {
                name: Arc::clone(&file),
                headers,
                columns: self.schedules.iter().map(|_| OnceLock::new()).collect(),
            });
            let Ok(mut chunk) = pool.recv() else {
                return Ok(());
            };
            chunk.file = Some(Arc::clone(&context));
            chunk.enterprise_col = enterprise_col;
            current.clear();
            loop {
                if stop.load(Ordering::Relaxed) {
                    return Ok(());
                }
                let record = chunk.slot();
                match csv.read_byte_record(record) {
                    Ok(false) => break,
                    Ok(true) => {}
                    Err(e) => {
                        let line = e.position().map_or(0, |p| p.line());
                        return Err(fail(line, None, format!("malformed CSV: {e}"), ""));
                    }
                }
                let enterprise = chunk.enterprise(chunk.len);
                if enterprise.is_empty() {
                    // A worker of no enterprise cannot be counted or checked anywhere.
                    let line = chunk.records[chunk.len].position().map_or(0, |p| p.line());
                    chunk.rejected.push(RosterError {
                        location: at(line, Some(enterprise_col as u64 + 1)),
                        message: "the enterprise id is empty".into(),
                        hint: "; every row of a batch roster names its enterprise".into(),
                    });
                    chunk.stats.rows += 1;
                    continue;
                }
                if chunk.len == 0 && current.is_empty() || enterprise != current {
                    if finished.contains(enterprise) {
                        let line = chunk.records[chunk.len].position().map_or(0, |p| p.line());
                        return Err(fail(
                            line,
                            Some(enterprise_col as u64 + 1),
                            format!(
                                "the rows of enterprise '{}' are not together",
                                String::from_utf8_lossy(enterprise)
                            ),
                            "; sort the rosters by enterprise_id",
                        ));
                    }
                    if !current.is_empty() || chunk.len > 0 {
                        finished.insert(std::mem::take(&mut current));
                    }
                    current.extend_from_slice(enterprise);
                    if chunk.len >= self.chunk_rows {
                        // The new enterprise starts the next chunk.
                        let Ok(mut next) = pool.recv() else {
                            return Ok(());
                        };
                        next.file = Some(Arc::clone(&context));
                        next.enterprise_col = enterprise_col;
                        std::mem::swap(next.slot(), &mut chunk.records[chunk.len]);
                        next.len = 1;
                        chunk.seq = seq;
                        seq += 1;
                        if work.send(std::mem::replace(&mut chunk, next)).is_err() {
                            return Ok(());
                        }
                        continue;
                    }
                }
                chunk.len += 1;
            }
            if !current.is_empty() {
                finished.insert(std::mem::take(&mut current));
            }
            chunk.seq = seq;
            seq += 1;
            if work.send(chunk).is_err() {
                return Ok(());
            }
        }
        Ok(())
    }

    /// The enterprise column, by the default schedule's mapping or by name.
    fn enterprise_column(&self, headers: &StringRecord) -> Option<usize> {
        headers.iter().position(|h| {
            let h = h.trim();
            let mapped = self
                .schedules
                .iter()
                .find_map(|s| s.columns.get(h))
                .and_then(|f| Field::from_name(f));
            mapped.or_else(|| Field::from_header(h)) == Some(Field::EnterpriseId)
        })
    }

    /// Parses, computes and formats one chunk.
    fn process(
        &self,
        chunk: &mut Chunk,
        shared: &Shared<'_>,
        scratch: &mut Scratch,
    ) -> Result<(), BatchError> {
        let Some(file) = chunk.file.clone() else {
            return Ok(());
        };
        if chunk.stats.by_grade.is_empty() {
            chunk.stats.by_grade = self
                .schedules
                .iter()
                .map(|s| vec![PayStats::default(); s.grades.len()])
                .collect();
        }
        let mut start = 0;
        while start < chunk.len {
            // Rows are grouped by the id's bytes, as the reader grouped them.
            let id = chunk.enterprise(start);
            let mut end = start + 1;
            while end < chunk.len && chunk.enterprise(end) == id {
                end += 1;
            }
            let enterprise = String::from_utf8_lossy(id).into_owned();
            self.process_enterprise(chunk, &file, start..end, &enterprise, shared, scratch)?;
            start = end;
        }
        Ok(())
    }

    fn process_enterprise(
        &self,
        chunk: &mut Chunk,
        file: &FileContext,
        rows: std::ops::Range<usize>,
        enterprise: &str,
        shared: &Shared<'_>,
        scratch: &mut Scratch,
    ) -> Result<(), BatchError> {
        let row_count = rows.len();
        chunk.stats.rows += row_count as u64;
        chunk.stats.enterprises += 1;
        let registered = self.registry.get(enterprise);
        chunk.stats.registered += u64::from(registered.is_some());
        let line_of = |r: &ByteRecord| r.position().map_or(0, |p| p.line());
        let Some(s) = self
            .schedule_of
            .get(enterprise)
            .copied()
            .or(self.default_schedule)
        else {
            for r in &chunk.records[rows] {
                chunk.rejected.push(RosterError {
                    location: Location::new(&file.name, line_of(r), None),
                    message: format!("enterprise '{enterprise}' is not in the registry and there is no default schedule"),
                    hint: "; add it to the registry or pass --schedule".into(),
                });
            }
            return Ok(());
        };
        let schedule = &self.schedules[s];
        let bound =
            file.columns[s].get_or_init(|| Columns::bind(&file.name, &file.headers, schedule));
        let columns = match bound {
            Ok(c) => c,
            Err(errors) => {
                for r in &chunk.records[rows] {
                    let first = errors
                        .errors
                        .first()
                        .map_or(String::new(), |e| e.message.clone());
                    chunk.rejected.push(RosterError {
                        location: Location::new(&file.name, line_of(r), None),
                        message: format!(
                            "the roster's columns do not fit schedule '{}': {first}",
                            schedule.meta.title
                        ),
                        hint: String::new(),
                    });
                }
                return Ok(());
            }
        };

        // Parse the enterprise's rows into reused workers.
        let mut n = 0;
        for i in rows {
            if scratch.workers.len() <= n {
                scratch.workers.push(Worker::default());
            }
            let w = &mut scratch.workers[n];
            let raw = &chunk.records[i];
            let line = line_of(raw);
            let parsed = match Row::checked(raw) {
                Some(row) => columns.parse_row(row, line, schedule, w, &mut chunk.rejected),
                None => {
                    chunk.rejected.push(RosterError {
                        location: Location::new(&file.name, line, None),
                        message: "the row is not valid UTF-8".into(),
                        hint: "; if Excel saved it, try --encoding gb18030".into(),
                    });
                    false
                }
            };
            if parsed {
                if w.region.is_empty() {
                    if let Some(e) = registered {
                        w.region.push_str(&e.region);
                    }
                }
                n += 1;
            }
        }
        scratch.repeats.clear();
        columns.find_duplicates(
            &scratch.workers[..n],
            &mut scratch.order,
            &mut chunk.rejected,
            &mut scratch.repeats,
        );
        // Leave the repeated ids out: keep the first row of each id, in order.
        if !scratch.repeats.is_empty() {
            scratch.repeats.sort_unstable();
            let mut kept = 0;
            for i in 0..n {
                if scratch.repeats.binary_search(&i).is_err() {
                    scratch.workers.swap(kept, i);
                    kept += 1;
                }
            }
            n = kept;
        }
        let group = &scratch.workers[..n];

        let engine = &shared.engines[s];
        let shares = engine.pool_shares(group);
        if scratch.sheets.len() < n {
            scratch.sheets.resize_with(n, PaySheet::default);
        }
        for ((w, share), sheet) in group.iter().zip(&shares).zip(&mut scratch.sheets) {
            engine.compute(w, *share, sheet)?;
        }
        let sheets = &scratch.sheets[..n];

        // The worker checks, when standards are given; the contract's own were
        // checked once per schedule and count toward each enterprise under it.
        let mut counts = shared.contract_counts.get(s).copied().unwrap_or_default();
        scratch.below.clear();
        let mut enterprise_findings: Vec<FindingView> = Vec::new();
        if let Some(standards) = self.standards {
            let ctx = Context::new(schedule, standards, self.period).with_roster(group, sheets);
            let mut report = ctx.report("batch");
            let mut minimums = Minimums::new(&ctx);
            check::check_workers(&ctx, &mut minimums, &mut report);
            minimums.finish(&mut report);
            report.sort();
            for f in &report.findings {
                match f.severity {
                    Severity::Error => {
                        counts.0 += 1;
                        chunk.stats.errors += 1;
                    }
                    Severity::Warning => {
                        counts.1 += 1;
                        chunk.stats.warnings += 1;
                    }
                }
                if let (MINIMUM_WAGE_RULE, Subject::Worker { employee_id, .. }) =
                    (f.rule, &f.subject)
                {
                    scratch.below.push(employee_id.clone());
                }
            }
            scratch.below.sort_unstable();
            write_csv_rows(&report, &mut chunk.findings)?;
            if self.documents.is_some() {
                enterprise_findings = report.findings.iter().map(FindingView::from).collect();
            }
        }
        if let Some(documents) = &self.documents {
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
        let text = &mut chunk.pay;
        for (w, sheet) in group.iter().zip(sheets) {
            let grade = schedule.grades.get(w.grade).map_or("", |g| g.name.as_str());
            for field in [
                w.enterprise_id.as_str(),
                &w.employee_id,
                &w.name,
                &w.region,
                grade,
            ] {
                csv_field(text, field);
                text.push(',');
            }
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
            text.push_str(match (self.standards.is_some(), below) {
                (false, _) => ",\n",
                (true, false) => ",false\n",
                (true, true) => ",true\n",
            });
            grades[w.grade].add(sheet.gross, below);
            one_region &= w.region == first_region;
        }
        let mut totals = PayStats::default();
        for (grade, all) in grades.iter().zip(&mut chunk.stats.by_grade[s]) {
            totals.merge(grade);
            all.merge(grade);
        }
        if one_region {
            // An enterprise's workers share its region as a rule.
            add_region(&mut chunk.stats.by_region, first_region, &totals);
        } else {
            for (w, sheet) in group.iter().zip(sheets) {
                let mut one = PayStats::default();
                let below = scratch.below.binary_search(&w.employee_id).is_ok();
                one.add(sheet.gross, below);
                add_region(&mut chunk.stats.by_region, &w.region, &one);
            }
        }
        chunk.stats.workers += totals.headcount;
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
        let status = match (self.standards.is_some(), counts.0) {
            (false, _) => "unchecked",
            (true, 0) => "compliant",
            (true, _) => "violations",
        };
        chunk.stats.compliant += u64::from(status == "compliant");
        let below = if self.standards.is_some() {
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
        chunk.enterprises.extend_from_slice(text.as_bytes());
        Ok(())
    }

    /// Puts finished chunks in input order, writes them and sums the figures.
    fn write(
        &self,
        done: Receiver<Chunk>,
        pool: Sender<Chunk>,
        outputs: [&mut (dyn Write + Send); 3],
        progress: &(dyn Fn(u64) + Sync),
        stop: &AtomicBool,
    ) -> Result<BatchReport, BatchError> {
        let mut outputs = outputs;
        let mut report = BatchReport {
            rejected: RosterErrors::with_limit(usize::MAX),
            by_grade: self
                .schedules
                .iter()
                .map(|s| vec![PayStats::default(); s.grades.len()])
                .collect(),
            ..BatchReport::default()
        };
        let mut waiting: BTreeMap<u64, Chunk> = BTreeMap::new();
        let mut next = 0;
        let mut failed: Option<BatchError> = None;
        for chunk in done {
            waiting.insert(chunk.seq, chunk);
            while let Some(mut chunk) = waiting.remove(&next) {
                next += 1;
                if failed.is_none() {
                    if let Err(e) = write_chunk(&mut chunk, &mut report, &mut outputs) {
                        failed = Some(e.into());
                        stop.store(true, Ordering::Relaxed);
                    } else if self.fail_fast && !report.rejected.is_empty() {
                        stop.store(true, Ordering::Relaxed);
                        let first = report.rejected.errors.first().cloned();
                        failed = first.map(BatchError::FailFast);
                    }
                    progress(chunk.stats.rows);
                }
                chunk.recycle();
                let _ = pool.send(chunk);
            }
        }
        if let Some(e) = failed {
            return Err(e);
        }
        for out in outputs {
            out.flush()?;
        }
        Ok(report)
    }

    /// Renders an enterprise's documents with its own figures and findings.
    fn write_documents(
        &self,
        documents: &Documents<'_>,
        enterprise: &str,
        schedule: &Schedule,
        workers: &[Worker],
        sheets: &[PaySheet],
        findings: Vec<FindingView>,
    ) -> Result<(), BatchError> {
        let mut figures = RosterFigures::new(schedule, self.period);
        for (w, sheet) in workers.iter().zip(sheets) {
            figures.add(w, sheet);
        }
        for &asked in &documents.kinds {
            // An industry schedule's contract is its industry agreement.
            let kind = match (asked, schedule.meta.scope) {
                (Document::Contract, crate::schedule::Scope::Industry) => {
                    Document::IndustryAgreement
                }
                (Document::IndustryAgreement, crate::schedule::Scope::Enterprise) => {
                    Document::Contract
                }
                (kind, _) => kind,
            };
            let context =
                DocumentContext::build(kind, schedule, Some(&figures), None, findings.clone());
            let output = render::render(
                documents.renderer,
                kind.template(),
                kind,
                schedule,
                context,
                true,
            )?;
            let bytes = documents
                .format
                .write(&output.markdown, &render::document_title(&output.markdown))?;
            let name = format!("{}.{}", kind.id(), documents.format.name());
            (documents.sink)(enterprise, &name, &bytes)?;
        }
        Ok(())
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
    chunk: &mut Chunk,
    report: &mut BatchReport,
    outputs: &mut [&mut (dyn Write + Send); 3],
) -> std::io::Result<()> {
    let [pay, enterprises, findings] = outputs;
    pay.write_all(chunk.pay.as_bytes())?;
    enterprises.write_all(&chunk.enterprises)?;
    findings.write_all(&chunk.findings)?;
    let stats = &chunk.stats;
    report.rows += stats.rows;
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
    report.rejected.append(&mut chunk.rejected);
    Ok(())
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
