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

use crate::batch::{table_xlsx, Batch, BatchInput, BatchOutputs, DocumentSet, Documents};
use crate::check::Severity;
use crate::cmd::check::load_standards;
use crate::cmd::io::Output;
use crate::cmd::progress::Progress;
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{CsvEncoding, CsvEncodingArg, EncodedWriter, SheetChoice, Staging};
use crate::render::{Document, Format, Renderer};
use crate::roster::Encoding;
use crate::t;
use crate::Period;

mod inputs;
mod tables;
use inputs::{load_schedules, refuse_overlaps, roster_files, Hashing};
use tables::{regional_summary, write_grades, write_manifest, write_regions, write_rejected};

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
