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
use crate::io::{format, CsvEncodingArg};
use crate::render::Format;
use crate::roster::{Encoding, Roster, RosterErrors};
use crate::Period;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The assessment rules (TOML).
    #[arg(long)]
    rules: PathBuf,
    /// The roster (CSV); `-` for stdin.
    #[arg(long)]
    roster: String,
    /// The committee's scores (CSV): 工号 and one column per dimension; `-` for stdin.
    #[arg(long)]
    scores: String,
    /// A pay schedule (TOML): adds the monthly and annual cost of the decisions.
    #[arg(long)]
    schedule: Option<PathBuf>,
    /// The first month of the pay effect, YYYY-MM; default: the month of the
    /// assessment date, or the month the schedule takes effect if later.
    #[arg(long, requires = "schedule")]
    period: Option<Period>,
    /// The format of the report on standard output.
    #[arg(long, value_enum)]
    format: Option<AssessFormat>,
    /// Write the roster with the assessed grades to this file (CSV that
    /// `nengji compute` reads).
    #[arg(long, short)]
    output: Option<String>,
    /// Write the committee's record (能级认定委员会评审结果) to this file, in the
    /// format of --record-format (its extension must say the same).
    #[arg(long, value_name = "FILE")]
    record: Option<String>,
    /// The record's format, as `nengji render --format` writes documents:
    /// Markdown, a self-contained HTML page for A4, or a Word document.
    #[arg(long, value_enum, default_value_t, requires = "record")]
    record_format: Format,
    /// The text encoding of the roster and the scores.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[command(flatten)]
    csv: CsvEncodingArg,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs = vec![
        args.rules.as_path(),
        Path::new(&args.roster),
        Path::new(&args.scores),
    ];
    inputs.extend(args.schedule.as_deref());
    io::refuse_overlaps(&inputs, &[args.output.as_deref(), args.record.as_deref()])?;
    let format = format::choose(args.format, None, AssessFormat::Text)?;
    if args.roster == "-" && args.scores == "-" {
        bail!("only one of --roster and --scores can be read from stdin");
    }
    if let Some(record) = &args.record {
        check_record_name(record, args.record_format)?;
    }
    let rules_name = args.rules.display().to_string();
    let text = io::read_text(&rules_name, "rules")?;
    let mut rules =
        AssessmentRules::parse(&rules_name, &text).map_err(|e| anyhow!("invalid rules: {e}"))?;
    let schedule = match &args.schedule {
        Some(path) => {
            let schedule = io::load_schedule(path)?;
            rules.adopt_schedule(&schedule).map_err(|e| {
                anyhow!(
                    "the rules '{rules_name}' do not fit the schedule '{}': {e}",
                    path.display()
                )
            })?;
            Some(schedule)
        }
        None => None,
    };
    let columns = schedule
        .as_ref()
        .map(|s| s.columns.clone())
        .unwrap_or_default();

    let roster_bytes = read_bytes(&args.roster, "roster")?;
    let mut errors = RosterErrors::default();
    let roster = RosterTable::read(
        &args.roster,
        roster_bytes.as_slice(),
        args.encoding,
        &rules,
        &columns,
        &mut errors,
    )
    .map_err(|e| input_errors(&e))?;
    let scores_bytes = read_bytes(&args.scores, "scores")?;
    let scores = ScoreSheet::read(
        &args.scores,
        scores_bytes.as_slice(),
        args.encoding,
        &rules,
        &roster,
        &mut errors,
    );
    let evidence = Evidence::gather(&rules, &roster, &scores, &mut errors);
    if !errors.is_empty() {
        return Err(input_errors(&errors));
    }
    if roster.candidates.is_empty() {
        bail!("the roster '{}' has no workers", args.roster);
    }
    let assessment = Assessment::run(Inputs {
        rules: &rules,
        roster: &roster,
        scores: &scores,
        evidence: &evidence,
    });

    let mut new_roster = Vec::new();
    write_roster(&rules, &roster, &assessment, &mut new_roster)
        .context("cannot write the new roster")?;

    let effect = match &schedule {
        None => None,
        Some(schedule) => {
            let before = Roster::read(
                &args.roster,
                roster_bytes.as_slice(),
                args.encoding,
                schedule,
            )
            .map_err(io::roster_errors)?;
            let after = Roster::read("(new roster)", new_roster.as_slice(), Encoding::Utf8, schedule)
                .map_err(|e| {
                    anyhow!(
                        "the roster with the assessed grades does not load under the schedule \
                         (check [promotion] step and [demotion] step against the grades' steps):\n{e}"
                    )
                })?;
            let same_order = |workers: &[crate::roster::Worker]| {
                workers.len() == roster.candidates.len()
                    && workers.iter().zip(&roster.candidates).all(|(w, c)| {
                        w.employee_id == c.employee_id && w.enterprise_id == c.enterprise_id
                    })
            };
            if !same_order(&before.workers) || !same_order(&after.workers) {
                bail!(
                    "the roster '{}' reads differently under the schedule; sort it by enterprise",
                    args.roster
                );
            }
            let first = args.period.unwrap_or_else(|| {
                Period::of(rules.meta.date).max(Period::of(schedule.meta.effective))
            });
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
        let mut out = args.csv.wrap(Output::create(Some(path))?, Some(path), true);
        out.write_all(&new_roster)?;
        files.push(out.finish()?);
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

/// Refuses a record name that would hide what the file holds: stdout (it carries
/// the report), or an extension that is not the record's format (Markdown in
/// `record.html`, a zip in `record.md`).
fn check_record_name(name: &str, format: Format) -> Result<()> {
    let want = format.name();
    if name == "-" {
        bail!(
            "the record cannot be written to stdout, which carries the report: \
             name a file, such as record.{want}"
        );
    }
    match Format::of_file(name) {
        Some(f) if f == format => Ok(()),
        Some(f) => {
            let named = f.name();
            bail!(
                "the record is written as {want} (--record-format {want}), but '{name}' \
                 names a .{named} file; add --record-format {named} or name it *.{want}"
            )
        }
        None => bail!(
            "the record is written as {want} (--record-format {want}): \
             name it *.{want} (got '{name}')"
        ),
    }
}

/// Reads a whole input, `-` for stdin.
fn read_bytes(path: &str, what: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::open(path)
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .with_context(|| format!("cannot read the {what} '{path}'"))?;
    Ok(bytes)
}

fn input_errors(errors: &RosterErrors) -> anyhow::Error {
    anyhow!(
        "invalid input ({} problem{}):\n{errors}",
        errors.total,
        if errors.total == 1 { "" } else { "s" }
    )
}
