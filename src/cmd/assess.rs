//! `nengji assess`: the grade-assessment committee's decisions (能级认定) from its
//! rules, the roster and the scores: every worker's assessed grade and the reason,
//! the promotions and demotions, the roster with the new grades, and with a
//! schedule the pay effect; and the committee's record in Markdown, HTML or DOCX.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};

use crate::assess::{
    write_roster, AssessFormat, Assessment, AssessmentReport, AssessmentRules, Evidence, Inputs,
    PayEffect, RecordContext, RosterTable, ScoreSheet,
};
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{
    csv_to_xlsx_by_content, format, CsvEncodingArg, FileFormat, SheetChoice, TableOptions,
};
use crate::render::Format;
use crate::roster::{Encoding, Roster, RosterErrors};
use crate::{t, Period};

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

/// The new roster's sheet.
const ROSTER_SHEET: &str = "花名册";

pub fn run(args: Args) -> Result<Outcome> {
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
            let last = PayEffect::months(first_month(&args, &rules, &schedule)).last();
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
    let roster_bytes = read_bytes(&args.roster, &t!("assess-what-roster"))?;
    let mut errors = RosterErrors::default();
    let roster = RosterTable::read(
        &args.roster,
        roster_bytes.as_slice(),
        &table,
        &rules,
        &columns,
        &mut errors,
    )
    .map_err(|e| input_errors(&e))?;
    let scores_bytes = read_bytes(&args.scores, &t!("assess-what-scores"))?;
    let scores = ScoreSheet::read(
        &args.scores,
        scores_bytes.as_slice(),
        table.other("--scores-sheet", args.scores_sheet.clone()),
        &rules,
        &roster,
        &mut errors,
    );
    let evidence = Evidence::gather(&rules, &roster, &scores, &mut errors);
    if !errors.is_empty() {
        return Err(input_errors(&errors));
    }
    if roster.candidates.is_empty() {
        bail!(t!("cmd-roster-empty", roster = &args.roster));
    }
    let assessment = Assessment::run(Inputs {
        rules: &rules,
        roster: &roster,
        scores: &scores,
        evidence: &evidence,
    });

    let mut new_roster = Vec::new();
    write_roster(&rules, &roster, &assessment, &mut new_roster)
        .with_context(|| t!("assess-cannot-write-roster"))?;

    let effect = match &schedule {
        None => None,
        Some(schedule) => {
            let before = Roster::read(&args.roster, roster_bytes.as_slice(), &table, schedule)
                .map_err(io::roster_errors)?;
            let after = Roster::read(
                "(new roster)",
                new_roster.as_slice(),
                Encoding::Utf8,
                schedule,
            )
            .map_err(|e| anyhow!(t!("assess-new-roster-misfit", errors = Arg::display(e))))?;
            let same_order = |workers: &[crate::roster::Worker]| {
                workers.len() == roster.candidates.len()
                    && workers.iter().zip(&roster.candidates).all(|(w, c)| {
                        w.employee_id == c.employee_id && w.enterprise_id == c.enterprise_id
                    })
            };
            if !same_order(&before.workers) || !same_order(&after.workers) {
                bail!(t!("assess-roster-order", roster = &args.roster));
            }
            let first = first_month(&args, &rules, schedule);
            let assessed: Vec<usize> = assessment.decisions.iter().map(|d| d.assessed).collect();
            let changes: Vec<_> = assessment.decisions.iter().map(|d| d.change()).collect();
            Some(PayEffect::compute(
                schedule,
                &before.workers,
                &after.workers,
                &assessed,
                &changes,
                first,
            )?)
        }
    };

    let report = AssessmentReport {
        rules: &rules,
        roster: &roster,
        scores: &scores,
        evidence: &evidence,
        assessment: &assessment,
        pay: schedule.as_ref().zip(effect.as_ref()),
    };
    // Every output is complete before any appears.
    let mut files = Vec::new();
    if let Some(path) = &args.record {
        let markdown = RecordContext::new(&report).to_markdown()?;
        let bytes = args.record_format.write_document(&markdown)?;
        let mut out = Output::create(Some(path))?;
        out.write_all(&bytes)?;
        files.push(out);
    }
    if let Some(path) = &args.output {
        if roster_format == RosterFormat::Xlsx {
            // The ids stay text (a leading zero, an ID number); the other
            // columns are numbers or dates where every field is one.
            let text: Vec<usize> = std::iter::once(roster.keys.id)
                .chain(roster.keys.enterprise)
                .collect();
            let (bytes, _) = csv_to_xlsx_by_content(&new_roster, ROSTER_SHEET, &text)?;
            let mut out = Output::create(Some(path))?;
            out.write_all(&bytes)?;
            files.push(out);
        } else {
            let mut out = args.csv.wrap(Output::create(Some(path))?, Some(path), true);
            out.write_all(&new_roster)?;
            files.push(out.finish()?);
        }
    }
    let stdout = Output::create(None)?;
    let mut stdout = args.csv.wrap(stdout, None, format == AssessFormat::Csv);
    report.write(format, &mut stdout)?;
    for out in files {
        out.commit()?;
    }
    stdout.finish()?.commit()?;
    Ok(Outcome::Clean)
}

/// The first month of the pay effect: `--period`, else the month of the
/// assessment date, or the month the schedule takes effect if later.
fn first_month(args: &Args, rules: &AssessmentRules, schedule: &crate::Schedule) -> Period {
    args.period
        .unwrap_or_else(|| Period::of(rules.meta.date).max(Period::of(schedule.meta.effective)))
}

/// Refuses a record name that would hide what the file holds: stdout (it carries
/// the report), or an extension that is not the record's format (Markdown in
/// `record.html`, a zip in `record.md`).
fn check_record_name(name: &str, format: Format) -> Result<()> {
    let want = format.name();
    if name == "-" {
        bail!(t!("assess-record-stdout", want = want));
    }
    match Format::of_file(name) {
        Some(f) if f == format => Ok(()),
        Some(f) => {
            let named = f.name();
            bail!(t!(
                "assess-record-other-extension",
                want = want,
                name = name,
                named = named
            ))
        }
        None => bail!(t!("assess-record-no-extension", want = want, name = name)),
    }
}

/// Reads a whole input, `-` for stdin.
fn read_bytes(path: &str, what: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    // The roster and the scores are read through a progress line.
    io::open(path)
        .and_then(|r| super::progress::track(path, r).0.read_to_end(&mut bytes))
        .with_context(|| t!("assess-cannot-read", what = what, path = path))?;
    Ok(bytes)
}

fn input_errors(errors: &RosterErrors) -> anyhow::Error {
    anyhow!(t!(
        "assess-invalid-input",
        count = errors.total,
        errors = Arg::display(errors)
    ))
}
