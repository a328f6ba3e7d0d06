//! `nengji assess`: the grade-assessment committee's decisions (能级认定) from its
//! rules, the roster and the scores: every worker's assessed grade and the reason,
//! the promotions and demotions, the roster with the new grades, and with a
//! schedule the pay effect; and the committee's record in Markdown, HTML or DOCX.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};

use crate::assess::roster_quota::WideRanks;
use crate::assess::scores_by_id::ScoresById;
use crate::assess::{
    roster_quota, stream, AssessError, AssessFormat, AssessJob, Assessment, AssessmentReport,
    AssessmentRules, Binding, Evidence, PayEffect, PayJob, QuotaScope, RecordContext, ScoreSheet,
    ScoresCursor, ScoresIndex, ScoresInput, Streamed,
};
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{
    csv_to_xlsx_by_content, csv_to_xlsx_totalled, format, CsvEncodingArg, EncodedWriter,
    FileFormat, SheetChoice, TableOptions, TableReader,
};
use crate::pipeline::{Input, Pipeline};
use crate::render::Format;
use crate::roster::{Encoding, RosterErrors};
use crate::{t, Period};

mod outputs;
use outputs::*;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    rules: PathBuf,
    #[arg(long)]
    roster: String,
    #[arg(long)]
    scores: String,
    #[arg(long)]
    schedule: Option<PathBuf>,
    #[arg(long, requires = "schedule")]
    period: Option<Period>,
    #[arg(long, value_enum)]
    format: Option<AssessFormat>,
    #[arg(long, short)]
    output: Option<String>,
    #[arg(long, value_name = "FILE")]
    record: Option<String>,
    #[arg(long, value_enum, default_value_t, requires = "record")]
    record_format: Format,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    #[arg(long)]
    scores_sheet: Option<SheetChoice>,
    #[command(flatten)]
    csv: CsvEncodingArg,
    /// Standards that carry the wage guideline a guideline raise follows.
    #[arg(long, requires = "schedule")]
    standards: Vec<String>,
    /// Worker threads for the roster (default: one per core); the outputs
    /// are the same whatever the number.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
}

/// The new roster's formats, told by `-o`'s extension: CSV, or a workbook of
/// one sheet that compute reads as it reads the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum RosterFormat {
    Csv,
    Xlsx,
}

impl FileFormat for RosterFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            RosterFormat::Csv => &["csv"],
            RosterFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == RosterFormat::Xlsx
    }
}

/// Rows per chunk at most (whole enterprises are never split).
const CHUNK_ROWS: usize = 1024;

/// The new roster's sheet.
const ROSTER_SHEET: &str = "花名册";

pub fn run(args: Args) -> Result<Outcome> {
    let mut tried = Tried::default();
    let mode = ById::from_env();
    match run_as(&args, mode != ById::Whole, &mut tried) {
        // Scores joined by id (src/assess/scores_by_id.rs) that fail in any
        // way before an output is kept are assessed again whole: that path
        // tells every problem in the words and at the place it always did.
        Err(_) if tried.by_id && !tried.committing && mode == ById::Auto => {
            run_as(&args, false, &mut Tried::default())
        }
        ran => ran,
    }
}

/// `NENGJI_SCORES_BY_ID`, for tests: `whole` assesses scores without an
/// enterprise column as one chunk (the path before the join by id), `strict`
/// fails where the join by id would give way to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ById {
    Auto,
    Whole,
    Strict,
}

impl ById {
    fn from_env() -> ById {
        match std::env::var("NENGJI_SCORES_BY_ID").as_deref() {
            Ok("whole") => ById::Whole,
            Ok("strict") => ById::Strict,
            _ => ById::Auto,
        }
    }
}

/// What a run went through, to tell whether it may run again whole.
#[derive(Debug, Default)]
struct Tried {
    /// The scores were joined by id in bounded memory.
    by_id: bool,
    /// Outputs were being kept.
    committing: bool,
}

fn run_as(args: &Args, by_id_wanted: bool, tried: &mut Tried) -> Result<Outcome> {
    let mut inputs = vec![
        args.rules.as_path(),
        Path::new(&args.roster),
        Path::new(&args.scores),
    ];
    inputs.extend(args.schedule.as_deref());
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref(), args.record.as_deref()])?;
    let format = format::choose(args.format, None, AssessFormat::Text)?;
    let roster_format = format::choose(None, args.output.as_deref(), RosterFormat::Csv)?;
    if args.roster == "-" && args.scores == "-" {
        bail!(t!("assess-one-stdin"));
    }
    if let Some(record) = &args.record {
        check_record_name(record, args.record_format)?;
    }
    let rules_name = args.rules.display().to_string();
    let text = io::read_text(&rules_name, &t!("assess-what-rules"))?;
    let mut rules = AssessmentRules::parse(&rules_name, &text)
        .map_err(|e| anyhow!(t!("assess-invalid-rules", error = Arg::display(e))))?;
    let schedule = match &args.schedule {
        Some(path) => {
            let mut schedule = io::load_schedule(path)?;
            let last = PayEffect::months(first_month(args, &rules, &schedule)).last();
            if let Some(last) = last {
                super::compute::resolve_adjustments(&mut schedule, &args.standards, last)?;
            }
            rules.adopt_schedule(&schedule).map_err(|e| {
                anyhow!(t!(
                    "assess-rules-misfit",
                    rules = &rules_name,
                    schedule = path,
                    error = Arg::display(e)
                ))
            })?;
            Some(schedule)
        }
        None => None,
    };
    let columns = schedule
        .as_ref()
        .map(|s| s.columns.clone())
        .unwrap_or_default();

    let table = TableOptions::new(args.encoding, args.sheet.clone());
    let scores_options = table.other("--scores-sheet", args.scores_sheet.clone());
    // Standard input is read once, so the scores can be read again.
    let stdin = match args.scores.as_str() {
        "-" => Some(read_bytes(&args.scores, &t!("assess-what-scores"))?),
        _ => None,
    };
    let scores_file = || -> Result<Box<dyn Read + '_>> {
        match &stdin {
            Some(bytes) => Ok(Box::new(bytes.as_slice())),
            None => io::open(&args.scores).with_context(|| {
                t!(
                    "assess-cannot-read",
                    what = t!("assess-what-scores"),
                    path = &args.scores
                )
            }),
        }
    };
    // The scores' header first: problems of it are told with the roster's.
    let mut scores_errors = RosterErrors::default();
    let (sheet, binding) = match TableReader::open(&args.scores, scores_file()?, &scores_options) {
        Ok(t) => ScoreSheet::bind_header(t.origin(), t.headers(), &rules, &mut scores_errors),
        Err(e) => {
            scores_errors.push(e.into());
            (ScoreSheet::named(&args.scores), None)
        }
    };
    let schedules: &[crate::Schedule] = schedule.as_slice();
    let sheet_choice = args.sheet.clone().unwrap_or_default();
    let mut pipeline = Pipeline {
        sheet: &sheet_choice,
        ..Pipeline::new(schedules, args.encoding, io::jobs(args.jobs))
    };
    // Scores without an enterprise column, joined to the roster by id on disk
    // into temporary scores grouped by enterprise (src/assess/scores_by_id.rs).
    // Not for an input on standard input: a run that fails is read again whole.
    let piped = args.roster == "-" || args.scores == "-";
    let by_id = match (binding.as_ref(), by_id_wanted && !piped) {
        (Some(b), true) if b.enterprise().is_none() => {
            match (io::open(&args.roster), scores_file()) {
                (Ok(reader), Ok(scores)) => {
                    let roster = vec![Input {
                        name: args.roster.clone(),
                        reader,
                    }];
                    ScoresById::prepare(
                        &pipeline,
                        roster,
                        &columns,
                        &args.scores,
                        scores,
                        &scores_options,
                        b.id(),
                    )?
                }
                _ => None,
            }
        }
        _ => None,
    };
    tried.by_id = by_id.is_some();
    let wanted = binding.as_ref().is_some_and(|b| b.enterprise().is_none());
    if wanted && by_id_wanted && !piped && by_id.is_none() && ById::from_env() == ById::Strict {
        bail!(t!("assess-ids-declined"));
    }
    let by_id_options = ScoresById::options();
    let (scores_options, joined) = match &by_id {
        Some(_) => (&by_id_options, true),
        None => (&scores_options, false),
    };
    let scores_file = || -> Result<Box<dyn Read + '_>> {
        match &by_id {
            Some(joined) => Ok(joined.open()?),
            None => scores_file(),
        }
    };
    // Scores naming enterprises: read twice, the second time beside the roster
    // (once more for each pass a quota over the whole roster needs).
    let grouped = |col: usize| -> Result<Result<ScoresCursor<'_>, RosterErrors>> {
        let first = scores_file()?;
        Ok(
            ScoresIndex::scan(&args.scores, first, scores_options, col).and_then(|index| {
                let again = scores_file().map_err(|e| {
                    let mut errors = RosterErrors::default();
                    errors.push(crate::roster::RosterError {
                        location: sheet.origin.at(0, None),
                        message: format!("{e:#}"),
                        hint: String::new(),
                    });
                    errors
                })?;
                ScoresCursor::open(index, &args.scores, again, scores_options).map(|cursor| {
                    if joined {
                        cursor.relined()
                    } else {
                        cursor
                    }
                })
            }),
        )
    };
    let scores_column = match joined {
        true => Some(ScoresById::COLUMN),
        false => binding.as_ref().and_then(Binding::enterprise),
    };
    let scores = match scores_column.filter(|_| binding.is_some()) {
        Some(col) => match grouped(col)? {
            Ok(cursor) => ScoresInput::Grouped(cursor),
            Err(mut e) => {
                scores_errors.append(&mut e);
                ScoresInput::Held(None)
            }
        },
        None if binding.is_some() => {
            ScoresInput::Held(TableReader::open(&args.scores, scores_file()?, scores_options).ok())
        }
        None => ScoresInput::Held(None),
    };
    let binding = match &scores {
        ScoresInput::Held(None) => None,
        _ => binding.as_ref(),
    };
    // Scores that name no enterprise match ids across the whole roster: the
    // roster is then one chunk. A quota over the whole roster is ranked by a
    // pass of its own first (src/assess/roster_quota.rs).
    let whole = matches!(scores, ScoresInput::Held(Some(_)));
    let wide_quotas: Vec<usize> = match &scores {
        ScoresInput::Grouped(_) => (rules.quotas.iter().enumerate())
            .filter(|(_, q)| q.per == QuotaScope::Roster)
            .map(|(i, _)| i)
            .collect(),
        ScoresInput::Held(_) => Vec::new(),
    };

    // An assessment keeps more per worker than a pay sheet (the row, the
    // decision and its checks, the worker priced before and after), and the
    // pipeline keeps a few chunks in flight: smaller chunks keep memory down
    // (at 481,000 rows, 139 MB with 1,024 rows against 220 MB with 4,096).
    pipeline.chunk_rows = pipeline.chunk_rows.min(CHUNK_ROWS);
    if whole {
        pipeline.chunk_rows = usize::MAX;
    }
    let pay = schedule.as_ref().map(|schedule| {
        let first = first_month(args, &rules, schedule);
        PayJob {
            schedule,
            engines: PayEffect::engines(schedule, first),
            one_off: PayEffect::one_off(schedule),
            first,
            pooled: PayEffect::pooled(schedule),
        }
    });
    let mut job = AssessJob::new(
        &rules,
        &columns,
        &sheet,
        binding,
        &scores_errors,
        format,
        args.record.is_some(),
        args.output.is_some(),
        pay,
    );
    // A roster on standard input read more than once is kept in a temporary file.
    let roster_copy = match (args.roster.as_str(), wide_quotas.is_empty()) {
        ("-", false) => Some(copy_stdin(&args.roster)?),
        _ => None,
    };
    let open_roster = || -> Result<Vec<Input<'static>>> {
        let reader: Box<dyn Read> = match &roster_copy {
            Some(file) => {
                let mut file = file.try_clone()?;
                file.seek(SeekFrom::Start(0))?;
                Box::new(std::io::BufReader::new(file))
            }
            None => io::open(&args.roster).with_context(|| {
                t!(
                    "assess-cannot-read",
                    what = t!("assess-what-roster"),
                    path = &args.roster
                )
            })?,
        };
        Ok(vec![Input {
            name: args.roster.clone(),
            reader,
        }])
    };
    let mut ranks = WideRanks::default();
    let mut scores = scores;
    for &q in &wide_quotas {
        // This pass's scores are the cursor opened above; each later pass opens its own.
        let cursor = match std::mem::replace(&mut scores, ScoresInput::Held(None)) {
            ScoresInput::Grouped(cursor) => cursor,
            _ => break,
        };
        let mut inputs = open_roster()?;
        let (reader, progress) = crate::cmd::progress::track(&args.roster, inputs.remove(0).reader);
        let inputs = vec![Input {
            name: args.roster.clone(),
            reader,
        }];
        let ranked =
            roster_quota::rank_pass(&pipeline, inputs, &mut job, Some(cursor), &mut ranks, q);
        drop(progress);
        let ranked = match ranked {
            Ok(ranked) => ranked,
            Err(e) => return Err(stream_error(e, &args.roster)),
        };
        scores = match scores_column.map(grouped).transpose()? {
            Some(Ok(cursor)) => ScoresInput::Grouped(cursor),
            Some(Err(e)) => return Err(input_errors(&e)),
            None => ScoresInput::Held(None),
        };
        if !ranked {
            // The pass that writes tells the problems found.
            break;
        }
    }
    ranks.rewind()?;
    let mut inputs = open_roster()?;
    let (reader, progress) = crate::cmd::progress::track(&args.roster, inputs.remove(0).reader);
    let inputs = vec![Input {
        name: args.roster.clone(),
        reader,
    }];
    // The new roster goes to its (staged) output as it is decided.
    let mut new_roster = match (&args.output, roster_format) {
        (Some(path), RosterFormat::Csv) => RosterSink::Csv(Box::new(args.csv.wrap(
            Output::create(Some(path))?,
            Some(path),
            true,
        ))),
        (Some(_), RosterFormat::Xlsx) => RosterSink::Xlsx(Vec::new()),
        (None, _) => RosterSink::None(std::io::sink()),
    };
    let streamed = stream(
        &pipeline,
        inputs,
        &job,
        scores,
        new_roster.writer(),
        &mut ranks,
    );
    drop(progress);
    let mut streamed = streamed.map_err(|e| stream_error(e, &args.roster))?;
    let Some(header) = job.header().filter(|_| streamed.workers > 0) else {
        bail!(t!("cmd-roster-empty", roster = &args.roster));
    };

    // The report's head reads the whole roster's sums.
    let effect = streamed.effect.take();
    let roster = header.emptied();
    let scores_head = sheet.emptied(&roster);
    let evidence = Evidence::of_tie_kinds(&streamed.tie_kinds);
    let assessment = Assessment {
        decisions: Vec::new(),
    };
    let report = AssessmentReport {
        rules: &rules,
        roster: &roster,
        scores: &scores_head,
        evidence: &evidence,
        assessment: &assessment,
        pay: schedule.as_ref().zip(effect.as_ref()),
    };
    // Every output is complete before any appears.
    let mut files = Vec::new();
    if let Some(path) = &args.record {
        let mut record = RecordContext::new(&report);
        if let Some(parts) = streamed.record.take() {
            record.take_workers(parts);
        }
        let markdown = record.to_markdown()?;
        let bytes = args.record_format.write_document(&markdown)?;
        let mut out = Output::create(Some(path))?;
        out.write_all(&bytes)?;
        files.push(out);
    }
    match new_roster {
        RosterSink::Csv(out) => files.push(out.finish()?),
        RosterSink::Xlsx(csv) => {
            // The ids stay text (a leading zero, an ID number); the other
            // columns are numbers or dates where every field is one.
            let text: Vec<usize> = std::iter::once(roster.keys.id)
                .chain(roster.keys.enterprise)
                .collect();
            let (xlsx, _) = csv_to_xlsx_by_content(&csv, ROSTER_SHEET, &text)?;
            let mut out = Output::create(args.output.as_deref())?;
            out.write_all(&xlsx)?;
            files.push(out);
        }
        RosterSink::None(_) => {}
    }
    let stdout = Output::create(None)?;
    let mut stdout = args.csv.wrap(stdout, None, format == AssessFormat::Csv);
    write_report(&report, format, &mut streamed, &mut stdout)?;
    tried.committing = true;
    for out in files {
        out.commit()?;
    }
    stdout.finish()?.commit()?;
    Ok(Outcome::Clean)
}
