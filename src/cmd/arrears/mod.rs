//! `nengji arrears`: month by month, what each worker was entitled to under the
//! new schedule, what was paid (under the previous schedule, from the actual
//! payrolls, or nothing), and what is owed; or its statement (工资补发明细表,
//! 欠薪核算表) in md, html or docx.

mod join;
mod kept;
mod payrolls;
mod stdin;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context as _, Result};

use crate::arrears::job::{
    ArrearsChunk, ArrearsError, ArrearsJob, ArrearsScratch, MonthPaid, MonthPlan, MonthRoster,
};
use crate::arrears::{self, ArrearsFormat, Statement, StatementSink};
use crate::audit::PayrollCursor;
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{format, CsvEncodingArg, SheetChoice, TableOptions};
use crate::pay::PayEngine;
use crate::pipeline::{Input, Job, Pipeline, Rows};
use crate::render::Format;
use crate::roster::{Encoding, RosterErrors};
use crate::{t, Period, Schedule};

use join::{Joiner, MonthRosterJoin, PayrollJoin};
use kept::Kept;
use payrolls::FirstPasses;
use stdin::Stdin;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new schedule: what each worker was entitled to.
    #[arg(long)]
    schedule: PathBuf,
    /// The previous schedule: what was paid, where no payroll says.
    #[arg(long)]
    previous: Option<PathBuf>,
    /// The roster: FILE for every month (hire and leave dates decide who is in
    /// which month), or YYYY-MM=FILE once per month.
    #[arg(long, required = true)]
    roster: Vec<String>,
    /// The first month, YYYY-MM.
    #[arg(long)]
    from: Period,
    /// The last month, YYYY-MM.
    #[arg(long)]
    to: Period,
    /// What was actually paid in a month: YYYY-MM=FILE (employee_id and gross
    /// 应发工资, or component columns); repeat per month.
    #[arg(long)]
    payroll: Vec<String>,
    /// The table's format; default: what -o's extension says, else text.
    #[arg(long, value_enum)]
    format: Option<ArrearsFormat>,
    /// Write a statement instead of the table.
    #[arg(long, value_enum)]
    document: Option<Statement>,
    /// The statement's format; default: what -o's extension says, else md.
    #[arg(long, value_enum)]
    document_format: Option<Format>,
    /// Where to write; `-` or nothing for stdout.
    #[arg(long, short)]
    output: Option<String>,
    /// The text encoding of the rosters and payrolls.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    /// The sheet of each workbook roster.
    #[arg(long)]
    sheet: Option<SheetChoice>,
    /// The sheet of each workbook payroll.
    #[arg(long)]
    payroll_sheet: Option<SheetChoice>,
    /// Standards that carry the wage guideline a guideline raise follows.
    #[arg(long)]
    standards: Vec<String>,
    #[command(flatten)]
    csv: CsvEncodingArg,
    /// Worker threads for the roster (default: one per core); the output is
    /// the same whatever the number.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
}

/// `YYYY-MM=FILE`, split.
fn month_file(value: &str) -> Option<(Period, &str)> {
    let (month, file) = value.split_once('=')?;
    Some((month.parse().ok()?, file))
}

/// Every file the run reads, as given: the schedules, the rosters and the
/// payrolls (a `YYYY-MM=FILE` value names its file) and the standards files.
fn inputs(args: &Args) -> Vec<&Path> {
    fn file(value: &str) -> &Path {
        Path::new(month_file(value).map_or(value, |(_, file)| file))
    }
    let mut inputs = vec![args.schedule.as_path()];
    inputs.extend(args.previous.as_deref());
    inputs.extend(args.roster.iter().map(|v| file(v)));
    inputs.extend(args.payroll.iter().map(|v| file(v)));
    inputs.extend(args.standards.iter().map(Path::new));
    inputs
}

pub fn run(args: Args) -> Result<Outcome> {
    io::refuse_overlaps(&inputs(&args), &[args.output.as_deref()])?;
    let (from, to) = (args.from, args.to);
    if from > to {
        return Err(anyhow!(t!(
            "pay-arrears-no-months",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    let periods = arrears::months_between(from, to);
    let outside = |p: Period| {
        anyhow!(t!(
            "pay-arrears-month-outside",
            period = p.to_string(),
            from = from.to_string(),
            to = to.to_string()
        ))
    };
    let mut new = io::load_schedule(&args.schedule)?;
    let mut old = args
        .previous
        .as_deref()
        .map(io::load_schedule)
        .transpose()?;
    // The months run to `to`: a guideline raise in force by then needs its year.
    super::compute::resolve_adjustments(&mut new, &args.standards, to)?;
    if let Some(old) = old.as_mut() {
        super::compute::resolve_adjustments(old, &args.standards, to)?;
    }

    // Rosters: one for every month, or one per month.
    let mut shared: Option<&str> = None;
    let mut by_month: BTreeMap<Period, &str> = BTreeMap::new();
    for value in &args.roster {
        match month_file(value) {
            Some((p, file)) => {
                if !periods.contains(&p) {
                    return Err(outside(p));
                }
                by_month.insert(p, file);
            }
            None if shared.is_none() && !value.contains('=') => shared = Some(value),
            None => {
                return Err(anyhow!(t!(
                    "pay-arrears-roster-month",
                    value = value.as_str()
                )))
            }
        }
    }
    let mut payroll_files: BTreeMap<Period, &str> = BTreeMap::new();
    for value in &args.payroll {
        let (p, file) = month_file(value)
            .ok_or_else(|| anyhow!(t!("pay-arrears-payroll-month", value = value.as_str())))?;
        if !periods.contains(&p) {
            return Err(outside(p));
        }
        payroll_files.insert(p, file);
    }
    if let Some(&period) = periods
        .iter()
        .find(|p| shared.is_none() && !by_month.contains_key(p))
    {
        return Err(anyhow!(t!(
            "pay-arrears-roster-missing",
            period = period.to_string()
        )));
    }
    // The driving roster streams through the pipeline: the one for every
    // month, else the first month's own.
    let driving = match shared {
        Some(file) => file,
        None => by_month.remove(&periods[0]).unwrap_or_default(),
    };
    let served = periods.iter().filter(|p| !by_month.contains_key(p)).count();

    let schedules: Vec<Schedule> = std::iter::once(new.clone()).chain(old.clone()).collect();
    let sheet = args.sheet.clone().unwrap_or_default();
    let pipeline = Pipeline {
        sheet: &sheet,
        ..Pipeline::new(&schedules, args.encoding, io::jobs(args.jobs))
    };
    let table = TableOptions::new(args.encoding, args.sheet.clone());
    let payroll_table = table.other("--payroll-sheet", args.payroll_sheet.clone());
    let stdin = Stdin::default();

    // The payrolls' first passes: each checked whole, and one that names
    // enterprises noted to be joined; one without is held.
    let FirstPasses {
        scanned,
        held,
        bad_payroll,
    } = payrolls::first_passes(&payroll_files, &stdin, &payroll_table, &new)?;

    // The month rosters' first passes, and the join of every file.
    let mut joiner = Joiner::default();
    let mut own: BTreeMap<Period, usize> = BTreeMap::new();
    for (&p, &file) in &by_month {
        let month = MonthRosterJoin::open(
            file,
            stdin.open_roster(file)?,
            || stdin.open(file),
            &table,
            &pipeline,
        )
        .map_err(error)?;
        own.insert(p, joiner.rosters.len());
        joiner.rosters.push(month);
    }
    let roster_of = |p: Period| {
        own.get(&p)
            .map_or(MonthRoster::Driving, |&k| MonthRoster::Own(k))
    };
    let mut columns = Vec::new();
    let mut joined: BTreeMap<Period, usize> = BTreeMap::new();
    if bad_payroll.is_none() {
        for (p, file, index) in scanned {
            let Some(index) = index else { continue };
            let cursor = PayrollCursor::open(index, file, stdin.open(file)?, &payroll_table)
                .map_err(|e| error(ArrearsError::Payroll(e)))?;
            columns.push(cursor.columns().clone());
            joined.insert(p, joiner.payrolls.len());
            joiner.payrolls.push(PayrollJoin {
                cursor,
                follows: roster_of(p),
            });
        }
    }

    let (new_s, old_s) = (&schedules[0], schedules.get(1));
    let months: Vec<MonthPlan> = periods
        .iter()
        .map(|&p| MonthPlan {
            engine: PayEngine::new(new_s, p),
            old: old_s.map(|o| PayEngine::new(o, p)),
            roster: roster_of(p),
            paid: match (joined.get(&p), held.get(&p)) {
                (Some(&k), _) => MonthPaid::Joined(k),
                (None, Some(paid)) => MonthPaid::Held(paid),
                (None, None) => MonthPaid::Schedule,
            },
        })
        .collect();
    let job = ArrearsJob {
        new: new_s,
        old: old_s,
        tables: ArrearsJob::tables(&months),
        months,
        rosters: joiner.rosters.len(),
        payrolls: columns,
        shared: shared.is_some() && served > 1,
    };
    let reader =
        io::open(driving).with_context(|| format!("cannot read the roster '{driving}'"))?;
    let (reader, _progress) = super::progress::track(driving, reader);
    let inputs = vec![Input {
        name: driving.to_string(),
        reader,
    }];
    let mut kept = Kept::new(periods.len());
    let mut errors = RosterErrors::default();
    let mut keep = |rows: &mut Rows, out: &mut ArrearsChunk| -> Result<(), ArrearsError> {
        errors.append(&mut rows.skipped);
        errors.append(&mut out.errors);
        if errors.is_empty() && bad_payroll.is_none() {
            kept.keep(out)?;
        }
        Ok(())
    };
    let ran = pipeline.run_with(
        inputs,
        &job,
        &mut |rows: &Rows, out: &mut ArrearsChunk| joiner.attach(Some(rows), out),
        &mut keep,
    );
    // The enterprises only month rosters have, after the driving roster's last.
    let ran = ran.and_then(|()| {
        let mut out = job.output();
        let mut scratch = ArrearsScratch::default();
        let mut none = Rows::new();
        while joiner.has_rest() {
            job.reset(&mut out);
            joiner.attach(None, &mut out)?;
            job.reckon(None, &mut out, &mut scratch)?;
            keep(&mut none, &mut out)?;
        }
        Ok(())
    });
    match ran {
        Ok(()) => {}
        // A file that cannot be read further ends the list of problems.
        Err(ArrearsError::Roster(mut more)) => errors.append(&mut more),
        Err(e) => return Err(error(e)),
    }
    if !errors.is_empty() {
        return Err(io::roster_errors(errors));
    }
    if let Some(e) = bad_payroll {
        return Err(e);
    }
    // One roster for several months: its monthly figures (leave days,
    // overtime hours, days worked, piece quantities) count in each of them.
    if kept.monthly > 0 && !super::quiet() {
        eprintln!(
            "nengji arrears: {}",
            t!(
                "pay-arrears-shared-monthly",
                workers = kept.monthly,
                months = served
            )
        );
    }
    if kept.rows_kept == 0 {
        return Err(anyhow!(t!(
            "pay-arrears-no-rows",
            from = from.to_string(),
            to = to.to_string()
        )));
    }

    let path = args.output.as_deref();
    let table_format = match args.document {
        Some(_) => None,
        None => Some(format::choose(args.format, path, ArrearsFormat::Text)?),
    };
    let is_csv = table_format == Some(ArrearsFormat::Csv);
    let mut output = args.csv.wrap(Output::create(path)?, path, is_csv);
    match (args.document, table_format) {
        (Some(kind), _) => {
            let doc_format = format::choose(args.document_format, path, Format::Md)?;
            // A statement is rendered whole: its Markdown is held.
            let mut markdown = Vec::new();
            kept.write(from, to, &mut StatementSink::new(kind, &new), &mut markdown)?;
            let bytes = doc_format.write(&String::from_utf8_lossy(&markdown), kind.title())?;
            std::io::Write::write_all(&mut output, &bytes)?;
        }
        (None, table_format) => {
            let mut sink = arrears::sink(table_format.unwrap_or_default());
            kept.write(from, to, sink.as_mut(), &mut output)?;
            // As the writer does, with a word when the rows went over sheets.
            if let Some(note) = sink.note().filter(|_| !super::quiet()) {
                eprintln!("nengji arrears: {note}");
            }
        }
    }
    output.finish()?.commit()?;
    Ok(Outcome::Clean)
}

/// A stopped run as the command's error.
fn error(e: ArrearsError) -> anyhow::Error {
    match e {
        ArrearsError::Roster(errors) => io::roster_errors(errors),
        ArrearsError::Payroll(errors) => anyhow!(t!(
            "audit-invalid-payroll",
            count = errors.total,
            errors = Arg::display(&errors)
        )),
        e => e.into(),
    }
}
