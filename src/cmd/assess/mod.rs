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
mod roster_passes;
mod scores;
mod setup;
use outputs::*;
use roster_passes::*;
use scores::*;
use setup::*;

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

/// One run: the scores reach the roster's chunks by one of three paths
/// (src/cmd/assess/scores.rs), quotas over the whole roster are ranked by
/// passes of their own, and the pass that writes streams every output.
fn run_as(args: &Args, by_id_wanted: bool, tried: &mut Tried) -> Result<Outcome> {
    let setup = Setup::load(args)?;
    let mut scores_errors = RosterErrors::default();
    let mut scores_file = ScoresFile::new(args, &setup.rules, &mut scores_errors)?;
    let sheet_choice = args.sheet.clone().unwrap_or_default();
    let mut pipeline = Pipeline {
        sheet: &sheet_choice,
        ..Pipeline::new(
            setup.schedule.as_slice(),
            args.encoding,
            io::jobs(args.jobs),
        )
    };
    tried.by_id = scores_file.join_by_id(args, &pipeline, &setup.columns, by_id_wanted)?;
    let scores = scores_file.input(&mut scores_errors)?;
    let binding = match &scores {
        ScoresInput::Held(None) => None,
        _ => scores_file.binding.as_ref(),
    };
    let wide_quotas = wide_quotas(&setup.rules, &scores);

    // An assessment keeps more per worker than a pay sheet (the row, the
    // decision and its checks, the worker priced before and after), and the
    // pipeline keeps a few chunks in flight: smaller chunks keep memory down
    // (at 481,000 rows, 139 MB with 1,024 rows against 220 MB with 4,096).
    pipeline.chunk_rows = pipeline.chunk_rows.min(CHUNK_ROWS);
    // Scores that name no enterprise match ids across the whole roster: the
    // roster is then one chunk.
    if matches!(scores, ScoresInput::Held(Some(_))) {
        pipeline.chunk_rows = usize::MAX;
    }
    let mut job = AssessJob::new(
        &setup.rules,
        &setup.columns,
        &scores_file.sheet,
        binding,
        &scores_errors,
        setup.format,
        args.record.is_some(),
        args.output.is_some(),
        setup.pay_job(args),
    );
    let roster = RosterFile::new(args, !wide_quotas.is_empty())?;
    let mut ranked = rank_wide(
        &pipeline,
        &roster,
        &mut job,
        &scores_file,
        scores,
        &wide_quotas,
    )?;

    let (inputs, progress) = roster.open()?;
    // The new roster goes to its (staged) output as it is decided.
    let mut new_roster = RosterSink::create(args, setup.roster_format)?;
    let streamed = stream(
        &pipeline,
        inputs,
        &job,
        ranked.scores,
        new_roster.writer(),
        &mut ranked.ranks,
    );
    drop(progress);
    let streamed = streamed.map_err(|e| stream_error(e, &args.roster))?;
    let Some(header) = job.header().filter(|_| streamed.workers > 0) else {
        bail!(t!("cmd-roster-empty", roster = &args.roster));
    };
    let kept = keep_outputs(
        args,
        &setup,
        &scores_file.sheet,
        header,
        streamed,
        new_roster,
    )?;
    tried.committing = true;
    kept.commit()
}
