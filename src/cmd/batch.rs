//! `nengji batch`: regional rosters at provincial scale, streamed and parallel. The
//! whole output set, documents included, is staged inside `--out` and moved into
//! place only when the run has finished (`crate::io::Staging`).

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};

use crate::batch::{
    table_xlsx, Batch, BatchInput, BatchOutputs, BatchReport, DocumentSet, Documents, Registry,
};
use crate::check::Severity;
use crate::cmd::check::load_standards;
use crate::cmd::io::{load_schedule, read_text, Output};
use crate::cmd::progress::Progress;
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{CsvEncoding, CsvEncodingArg, EncodedWriter, SheetChoice, Staging, TableOptions};
use crate::render::{Document, Format, Renderer};
use crate::roster::Encoding;
use crate::t;
use crate::{Period, Rounding, Schedule};
use rust_decimal::Decimal;

mod tables;
use tables::{write_grades, write_manifest, write_regions, write_rejected};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, required = true, num_args = 1..)]
    roster: Vec<PathBuf>,
    #[arg(short = 'o', long = "output", alias = "out")]
    out: PathBuf,
    #[arg(long)]
    registry: Option<PathBuf>,
    #[arg(long)]
    schedule: Option<PathBuf>,
    #[arg(long)]
    standards: Vec<String>,
    #[arg(long)]
    period: Option<Period>,
    #[arg(long)]
    jobs: Option<usize>,
    #[arg(long)]
    fail_fast: bool,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    #[arg(long)]
    registry_sheet: Option<SheetChoice>,
    #[command(flatten)]
    csv: CsvEncodingArg,
    #[arg(long)]
    xlsx: bool,
    #[arg(long, value_enum, value_delimiter = ',')]
    documents: Vec<Document>,
    #[arg(long, value_enum, default_value_t)]
    document_format: Format,
    // The pipeline's own chunk: 8192 rows kept some 17 MB more in flight
    // on the workload for no CPU time saved (a comment, not a doc comment:
    // clap would make it the hidden flag's help, in English).
    #[arg(long, default_value_t = crate::pipeline::CHUNK_ROWS, hide = true)]
    chunk_rows: usize,
}

/// A reader that hashes what passes through it and counts the bytes.
struct Hashing<R> {
    inner: R,
    hasher: Arc<Mutex<blake3::Hasher>>,
    bytes: Arc<AtomicU64>,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut h) = self.hasher.lock() {
            h.update(&buf[..n]);
        }
        self.bytes.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

pub fn run(args: Args) -> Result<Outcome> {
    let started = Instant::now();
    let files = roster_files(&args.roster)?;
    let (mut schedules, schedule_files, default_schedule, registry, schedule_of) =
        load_schedules(&args)?;
    let period = schedules[default_schedule.unwrap_or(0)].pay_period(args.period);
    let standards = if args.standards.is_empty() {
        None
    } else {
        Some(load_standards(&args.standards)?)
    };
    for (schedule, file) in schedules.iter_mut().zip(&schedule_files) {
        schedule
            .fill_guidelines(standards.as_ref(), period)
            .with_context(|| file.clone())?;
    }
    refuse_overlaps(&args, &files, &schedule_files)?;
    let staging = Staging::begin(&args.out)?;

    let bytes = Arc::new(AtomicU64::new(0));
    let mut hashers = Vec::new();
    let mut inputs = Vec::new();
    let mut total_bytes = 0;
    for path in &files {
        // `-` is stdin, as wherever a roster is read.
        let file: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(io::stdin())
        } else {
            let file =
                File::open(path).with_context(|| t!("cmd-cannot-read-roster", roster = path))?;
            total_bytes += file.metadata().map_or(0, |m| m.len());
            Box::new(file)
        };
        let hasher = Arc::new(Mutex::new(blake3::Hasher::new()));
        hashers.push(Arc::clone(&hasher));
        inputs.push(BatchInput {
            name: path.display().to_string(),
            reader: Box::new(Hashing {
                inner: io::BufReader::with_capacity(1 << 20, file),
                hasher,
                bytes: Arc::clone(&bytes),
            }),
        });
    }

    let out = |name: &str| -> Result<Output> {
        Ok(Output::create(Some(&staging.path(name).to_string_lossy()))?.hashed())
    };
    // Every table is a file, so UTF-8 with a BOM unless --csv-encoding says otherwise.
    let csv_out = |name: &str| -> Result<EncodedWriter<Output>> {
        Ok(EncodedWriter::new(
            out(name)?,
            args.csv.for_path(Some(name)),
        ))
    };
    let mut pay = csv_out("pay.csv")?;
    let mut enterprises = csv_out("enterprises.csv")?;
    let mut findings = csv_out("findings.csv")?;
    let bar = Progress::new(total_bytes);
    let rows_done = AtomicU64::new(0);
    let progress = |rows: u64| {
        let rows = rows_done.fetch_add(rows, Ordering::Relaxed) + rows;
        bar.update(bytes.load(Ordering::Relaxed), rows);
    };
    // The templates are parsed only when documents are asked for.
    let renderer = if args.documents.is_empty() {
        None
    } else {
        Some(Renderer::new().with_context(|| t!("cmd-builtin-templates-broken"))?)
    };
    let documents = DocumentSet::default();
    let write_document = |enterprise: &str, name: &str, bytes: &[u8]| -> io::Result<()> {
        let path = documents.claim(enterprise, name, bytes)?;
        staging.write(&path, bytes)
    };
    let batch = Batch {
        schedules: &schedules,
        default_schedule,
        registry: &registry,
        standards: standards.as_ref(),
        documents: renderer.as_ref().map(|renderer| Documents {
            kinds: args.documents.clone(),
            format: args.document_format,
            renderer,
            sink: &write_document,
        }),
        schedule_of,
        period,
        encoding: args.encoding,
        sheet: args.sheet.clone().unwrap_or_default(),
        jobs: args
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        fail_fast: args.fail_fast,
        chunk_rows: args.chunk_rows.max(1),
    };
    let report = batch
        .run(
            inputs,
            BatchOutputs {
                pay: &mut pay,
                enterprises: &mut enterprises,
                findings: &mut findings,
            },
            &progress,
        )
        .map_err(|e| anyhow!("{e}"))?;
    bar.finish();

    let mut rejected = csv_out("rejected.csv")?;
    write_rejected(&mut rejected, &report)?;
    let mut grades = csv_out("grades.csv")?;
    write_grades(&mut grades, &report, &schedules)?;
    let mut regions = csv_out("regions.csv")?;
    write_regions(
        &mut regions,
        &report,
        &schedules[default_schedule.unwrap_or(0)],
    )?;
    let hashes: Vec<String> = hashers
        .iter()
        .map(|h| {
            h.lock()
                .map(|h| h.finalize().to_hex().to_string())
                .unwrap_or_default()
        })
        .collect();
    let mut summary = out("summary.json")?;
    let summary_json = regional_summary(&report, &registry, standards.is_some(), period);
    serde_json::to_writer_pretty(&mut summary, &summary_json)?;
    writeln!(summary)?;
    // Each table is complete in the staging directory, with its hash.
    let mut outputs = Vec::new();
    let mut tables = Vec::new();
    for table in [pay, enterprises, findings, rejected, grades, regions] {
        tables.push(table.finish()?);
    }
    for output in tables.into_iter().chain([summary]) {
        let name = Path::new(output.name())
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let hash = output.commit()?.map(|h| h.to_hex().to_string());
        outputs.push(serde_json::json!({"file": name, "blake3": hash}));
    }
    let mut names = OUTPUTS.to_vec();
    if args.xlsx {
        // Each table again as a workbook, from its staged CSV, row by row.
        let text = match args.csv.for_path(Some("pay.csv")) {
            CsvEncoding::Gb18030 => Encoding::Gb18030,
            _ => Encoding::Utf8,
        };
        let components: HashMap<String, String> = schedules
            .iter()
            .flat_map(|s| s.component_ids().zip(s.component_names()))
            .map(|(id, name)| (id.to_string(), name.to_string()))
            .collect();
        for (table, book) in XLSX_OUTPUTS {
            let csv = File::open(staging.path(&format!("{table}.csv")))?;
            let (csv, _) = text
                .decode(io::BufReader::new(csv))
                .map_err(|e| anyhow!("{e}"))?;
            let (bytes, summary) = table_xlsx(table, csv, &components)?;
            if let Some(note) = summary.continuation_note() {
                if !super::quiet() {
                    eprintln!("{book}: {note}");
                }
            }
            let mut output = out(book)?;
            output.write_all(&bytes)?;
            let hash = output.commit()?.map(|h| h.to_hex().to_string());
            outputs.push(serde_json::json!({"file": book, "blake3": hash}));
            names.push(book);
        }
    }
    let documented = !args.documents.is_empty();
    outputs.extend(documents.manifest());
    let mut manifest = out("manifest.json")?;
    write_manifest(
        &mut manifest,
        &files,
        &hashes,
        &schedule_files,
        &args,
        period,
        &report,
        outputs,
    )?;
    manifest.commit()?;
    if documented && staging.path("documents").exists() {
        names.push("documents");
    }
    staging.commit(&names)?;

    let tenths = started.elapsed().as_millis() / 100; // a duration for the summary line
    if !super::quiet() {
        println!(
            "{}",
            t!(
                "batch-summary",
                period = Arg::display(period),
                rows = report.rows,
                enterprises = report.enterprises,
                workers = report.workers,
                rejected = report.rejected.total,
                wage_bill = report.total.gross.grouped(),
                out = &args.out,
                seconds = format!("{}.{}", tenths / 10, tenths % 10)
            )
        );
    }
    if standards.is_some() {
        let errors = report.errors
            + report
                .contracts
                .iter()
                .map(|r| r.count(Severity::Error) as u64)
                .sum::<u64>();
        if !super::quiet() {
            println!(
                "{}",
                t!(
                    "batch-checked",
                    compliant = report.compliant,
                    enterprises = report.enterprises,
                    below = report.total.below_minimum,
                    errors = errors
                )
            );
        }
    }
    if report.rejected.total > 0 {
        for e in report.rejected.errors.iter().take(20) {
            eprintln!("{}", t!("batch-rejected", error = Arg::display(e)));
        }
        if report.rejected.total > 20 {
            eprintln!(
                "{}",
                t!(
                    "batch-rejected-more",
                    count = report.rejected.total,
                    file = args.out.join("rejected.csv")
                )
            );
        }
        bail!(t!("batch-rows-unread", count = report.rejected.total));
    }
    let contract_errors = report.contracts.iter().any(|r| r.has_errors());
    Ok(if report.errors > 0 || contract_errors {
        Outcome::Violations
    } else {
        Outcome::Clean
    })
}

/// Coverage, compliance and the headline figures of the region.
fn regional_summary(
    report: &BatchReport,
    registry: &Registry,
    checked: bool,
    period: Period,
) -> serde_json::Value {
    let rate = |part: u64, whole: u64| {
        (whole > 0).then(|| {
            let percent = Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(whole);
            format!("{}%", Rounding::default().apply(percent))
        })
    };
    let contract_errors: u64 = report
        .contracts
        .iter()
        .map(|r| r.count(Severity::Error) as u64)
        .sum();
    let contract_warnings: u64 = report
        .contracts
        .iter()
        .map(|r| r.count(Severity::Warning) as u64)
        .sum();
    serde_json::json!({
        "period": period.to_string(),
        "rows": report.rows,
        "rejected_rows": report.rejected.total,
        "enterprises": report.enterprises,
        "workers": report.workers,
        "wage_bill": report.total.gross,
        "average": report.total.average(Rounding::default()),
        "coverage": {
            "registry_enterprises": registry.enterprises.len(),
            "registry_enterprises_in_rosters": report.registered,
            "share": rate(report.registered, registry.enterprises.len() as u64),
        },
        "compliance": if checked {
            serde_json::json!({
                "compliant_enterprises": report.compliant,
                "rate": rate(report.compliant, report.enterprises),
                "workers_below_minimum": report.total.below_minimum,
                "errors": report.errors + contract_errors,
                "warnings": report.warnings + contract_warnings,
            })
        } else {
            serde_json::Value::Null
        },
    })
}

/// Refuses, before anything is written, an output of the run that is one of its
/// inputs, and an output directory that is a roster directory (the next run
/// would read the outputs as rosters).
fn refuse_overlaps(args: &Args, files: &[PathBuf], schedules: &[String]) -> Result<()> {
    // A file or a device (/dev/null) cannot hold the output set.
    if args.out.exists() && !args.out.is_dir() {
        return Err(crate::io::StagingError::NotADirectory {
            dir: args.out.display().to_string(),
        }
        .into());
    }
    let dirs: Vec<&Path> = args
        .roster
        .iter()
        .filter(|p| p.is_dir())
        .map(PathBuf::as_path)
        .collect();
    if crate::io::same_file::same_dir(&args.out, &dirs) {
        bail!(t!(
            "staging-out-is-rosters",
            dir = args.out.display().to_string()
        ));
    }
    let mut inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    inputs.extend(schedules.iter().map(Path::new));
    inputs.extend(args.registry.as_deref());
    inputs.extend(args.standards.iter().map(Path::new));
    let outputs: Vec<String> = OUTPUTS
        .iter()
        .map(|name| args.out.join(name).display().to_string())
        .collect();
    crate::io::refuse_overlaps(&inputs, &outputs)?;
    // A roster inside the documents directory would be replaced with it.
    let documents = args.out.join("documents");
    if let Some(file) = inputs
        .iter()
        .find(|p| crate::io::same_file::is_within(p, &documents))
    {
        bail!(t!(
            "staging-input-in-documents",
            file = file.display().to_string(),
            documents = documents.display().to_string()
        ));
    }
    Ok(())
}

/// The tables every run writes, in the order they are published.
const OUTPUTS: [&str; 8] = [
    "pay.csv",
    "enterprises.csv",
    "findings.csv",
    "rejected.csv",
    "grades.csv",
    "regions.csv",
    "summary.json",
    "manifest.json",
];

/// The tables `--xlsx` writes again as workbooks: (CSV stem, workbook).
const XLSX_OUTPUTS: [(&str, &str); 6] = [
    ("pay", "pay.xlsx"),
    ("enterprises", "enterprises.xlsx"),
    ("findings", "findings.xlsx"),
    ("rejected", "rejected.xlsx"),
    ("grades", "grades.xlsx"),
    ("regions", "regions.xlsx"),
];

/// The roster files: each file given, and the `.csv` files of each directory, sorted.
fn roster_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            if files.iter().any(|f: &PathBuf| f.as_os_str() == "-") {
                bail!(t!("batch-stdin-twice"));
            }
            files.push(path.clone());
        } else if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| t!("batch-cannot-list", path = path))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|x| {
                        ["csv", "xlsx", "xls", "ods"]
                            .iter()
                            .any(|k| x.eq_ignore_ascii_case(k))
                    })
                })
                .collect();
            found.sort();
            if found.is_empty() {
                bail!(t!("batch-no-rosters", path = path));
            }
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

type Schedules = (
    Vec<Schedule>,
    Vec<String>,
    Option<usize>,
    Registry,
    HashMap<String, usize>,
);

/// The default schedule, the registry, and every schedule the registry names.
fn load_schedules(args: &Args) -> Result<Schedules> {
    let mut schedules = Vec::new();
    let mut names = Vec::new();
    let default = match &args.schedule {
        Some(path) => {
            schedules.push(load_schedule(path)?);
            names.push(path.display().to_string());
            Some(0)
        }
        None => None,
    };
    let registry = match &args.registry {
        Some(path) => {
            let name = path.display().to_string();
            let parsed = if path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("toml"))
            {
                Registry::from_toml(&name, &read_text(&name, "registry")?)
            } else {
                // A CSV in any encoding, or a workbook's sheet.
                let bytes = std::fs::read(path).with_context(|| {
                    t!(
                        "assess-cannot-read",
                        what = t!("batch-run-what-registry"),
                        path = name.as_str()
                    )
                })?;
                let table = TableOptions::new(args.encoding, None)
                    .other("--registry-sheet", args.registry_sheet.clone());
                Registry::from_table(&name, &bytes, &table)
            };
            parsed.map_err(|e| anyhow!(t!("table-invalid-registry", error = e.to_string())))?
        }
        None => Registry::default(),
    };
    let base = args
        .registry
        .as_deref()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for file in registry.schedule_files() {
        let path = base.join(file);
        index_of.insert(file.to_string(), schedules.len());
        let schedule =
            load_schedule(&path).with_context(|| match registry.schedule_place(file) {
                Some((place, enterprise)) => t!(
                    "input-registry-schedule",
                    schedule = file,
                    place = place.to_string(),
                    enterprise = enterprise
                ),
                None => t!("input-registry-schedule-unplaced", schedule = file),
            })?;
        schedules.push(schedule);
        names.push(path.display().to_string());
    }
    let mut schedule_of = HashMap::new();
    for e in &registry.enterprises {
        if let Some(&i) = index_of.get(&e.schedule) {
            schedule_of.insert(e.id.clone(), i);
        }
    }
    if schedules.is_empty() {
        bail!(t!("batch-no-schedule"));
    }
    Ok((schedules, names, default, registry, schedule_of))
}
