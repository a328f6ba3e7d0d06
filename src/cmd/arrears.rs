//! `nengji arrears`: month by month, what each worker was entitled to under the
//! new schedule, what was paid (under the previous schedule, from the actual
//! payrolls, or nothing), and what is owed; or its statement (工资补发明细表,
//! 欠薪核算表) in md, html or docx.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Result};

use crate::arrears::{self, ArrearsFormat, Month, Statement};
use crate::audit::Payroll;
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::{format, CsvEncodingArg, SheetChoice, TableOptions};
use crate::render::Format;
use crate::roster::{Encoding, Roster};
use crate::{t, Period, Schedule};

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
}

/// `YYYY-MM=FILE`, split.
fn month_file(value: &str) -> Option<(Period, &str)> {
    let (month, file) = value.split_once('=')?;
    Some((month.parse().ok()?, file))
}

/// One roster read against both schedules.
struct Read {
    new: Roster,
    old: Option<Roster>,
}

fn read(path: &str, table: &TableOptions, new: &Schedule, old: Option<&Schedule>) -> Result<Read> {
    Ok(Read {
        new: io::load_roster(path, table, new)?,
        old: old.map(|o| io::load_roster(path, table, o)).transpose()?,
    })
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

    let table = TableOptions::new(args.encoding, args.sheet.clone());
    // Rosters: one for every month, or one per month.
    let mut shared: Option<Read> = None;
    let mut by_month: BTreeMap<Period, Read> = BTreeMap::new();
    for value in &args.roster {
        match month_file(value) {
            Some((p, file)) => {
                if !periods.contains(&p) {
                    return Err(outside(p));
                }
                by_month.insert(p, read(file, &table, &new, old.as_ref())?);
            }
            None if shared.is_none() && !value.contains('=') => {
                shared = Some(read(value, &table, &new, old.as_ref())?);
            }
            None => {
                return Err(anyhow!(t!(
                    "pay-arrears-roster-month",
                    value = value.as_str()
                )))
            }
        }
    }
    let payroll_table = table.other("--payroll-sheet", args.payroll_sheet.clone());
    let mut payrolls: BTreeMap<Period, Payroll> = BTreeMap::new();
    for value in &args.payroll {
        let (p, file) = month_file(value)
            .ok_or_else(|| anyhow!(t!("pay-arrears-payroll-month", value = value.as_str())))?;
        if !periods.contains(&p) {
            return Err(outside(p));
        }
        let input = io::open(file).map_err(|e| {
            anyhow!(t!(
                "audit-cannot-read",
                payroll = file,
                error = crate::i18n::Arg::display(e)
            ))
        })?;
        let payroll = Payroll::read(file, input, &payroll_table, &new).map_err(|e| {
            anyhow!(t!(
                "audit-invalid-payroll",
                count = e.total,
                errors = crate::i18n::Arg::display(&e)
            ))
        })?;
        payrolls.insert(p, payroll);
    }

    let mut months = Vec::with_capacity(periods.len());
    for &period in &periods {
        let roster = by_month.get(&period).or(shared.as_ref()).ok_or_else(|| {
            anyhow!(t!(
                "pay-arrears-roster-missing",
                period = period.to_string()
            ))
        })?;
        months.push(Month {
            period,
            new: &roster.new.workers,
            old: roster.old.as_ref().map(|r| r.workers.as_slice()),
            payroll: payrolls.get(&period),
        });
    }
    // One roster for several months: its monthly figures (leave days,
    // overtime hours, days worked, piece quantities) count in each of them.
    let served = periods.iter().filter(|p| !by_month.contains_key(p)).count();
    if let Some(read) = shared.as_ref().filter(|_| served > 1) {
        let monthly = read
            .new
            .workers
            .iter()
            .filter(|w| has_monthly_figures(w))
            .count();
        if monthly > 0 && !super::quiet() {
            eprintln!(
                "nengji arrears: {}",
                t!(
                    "pay-arrears-shared-monthly",
                    workers = monthly,
                    months = served
                )
            );
        }
    }
    let reckoning = arrears::reckon(&new, old.as_ref(), from, to, &months)?;
    if reckoning.rows.is_empty() {
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
            let markdown = arrears::statement(kind, &reckoning, &new);
            let bytes = doc_format.write(&markdown, kind.title())?;
            std::io::Write::write_all(&mut output, &bytes)?;
        }
        (None, table_format) => {
            let table_format = table_format.unwrap_or_default();
            if table_format == ArrearsFormat::Xlsx {
                // As the writer does, with a word when the rows went over sheets.
                let (bytes, summary) = arrears::workbook::workbook(&reckoning)?;
                if let Some(note) = summary.continuation_note().filter(|_| !super::quiet()) {
                    eprintln!("nengji arrears: {note}");
                }
                std::io::Write::write_all(&mut output, &bytes)?;
            } else {
                arrears::write(&reckoning, table_format, &mut output)?;
            }
        }
    }
    output.finish()?.commit()?;
    Ok(Outcome::Clean)
}

/// Whether a roster row gives figures that belong to one month: leave days,
/// overtime hours, days worked or piece quantities.
fn has_monthly_figures(w: &crate::roster::Worker) -> bool {
    w.days_worked.is_some()
        || w.leave_days.iter().any(|d| !d.is_zero())
        || w.overtime_hours.iter().any(|h| !h.is_zero())
        || w.pieces.iter().any(|q| !q.is_zero())
}
