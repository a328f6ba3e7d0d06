//! `nengji render`: the contract, industry agreement, offer or notice of a
//! schedule, with a roster's figures when one is given, as Markdown, HTML or DOCX.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;

use crate::check;
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::format;
use crate::pay::PayEngine;
use crate::render::{
    self, Document, DocumentContext, FindingView, Format, RosterFigures, Severity,
};
use crate::roster::Encoding;
use crate::Period;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The schedule (TOML).
    #[arg(long)]
    schedule: PathBuf,
    /// A roster (CSV) whose figures the document states: headcount, women, wage bill,
    /// average pay and its change.
    #[arg(long)]
    roster: Option<String>,
    /// The document to write.
    #[arg(long, value_enum)]
    document: Document,
    /// The format; default: what -o's extension says (.md, .html, .docx), else md.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Where to write; `-` or nothing for stdout.
    #[arg(long, short)]
    output: Option<String>,
    /// A template file to render instead of the built-in one; it may
    /// `{% extends "builtin/contract.md" %}` and override single blocks.
    #[arg(long)]
    template: Option<PathBuf>,
    /// The date written on the document, YYYY-MM-DD (an offer's reply deadline is
    /// counted from it). Default: today for an offer; left blank on the others.
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// The pay month of the roster's figures, YYYY-MM; default: the month the
    /// schedule takes effect.
    #[arg(long, requires = "roster")]
    period: Option<Period>,
    /// Standards to check the schedule (and the roster's pay) against, as
    /// `nengji check --standards` takes them; when a check finds an error the
    /// document is marked 草案：未通过检查 with the findings listed. Repeat to combine.
    #[arg(long)]
    standards: Vec<String>,
    /// Write the document without the draft mark even when checks find errors
    /// (they are still printed, and the exit code is still 1).
    #[arg(long = "final")]
    final_: bool,
    /// The roster's text encoding.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date; write YYYY-MM-DD, such as 2026-01-01"))
}

pub fn run(args: Args) -> Result<Outcome> {
    let format = format::choose(args.format, args.output.as_deref(), Format::Md)?;
    let schedule = io::load_schedule(&args.schedule)?;
    if let Some(why) = args.document.scope_mismatch(schedule.meta.scope) {
        bail!("{why}");
    }
    let mut renderer = render::Renderer::new().context("the built-in templates are broken")?;
    let template = match &args.template {
        Some(path) => {
            let name = path.display().to_string();
            let source = io::read_text(&name, "template")?;
            renderer.add_template(&name, &source)?;
            name
        }
        None => args.document.template().to_string(),
    };
    let period = schedule.pay_period(args.period);
    let roster = match &args.roster {
        Some(path) => {
            let roster = io::load_roster(path, args.encoding, &schedule)?;
            if roster.workers.is_empty() {
                bail!("the roster '{path}' has no workers");
            }
            Some(roster)
        }
        None => None,
    };
    let workers = roster.as_ref().map_or(&[][..], |r| r.workers.as_slice());
    let sheets = PayEngine::new(&schedule, period).compute_all(workers)?;
    let figures = roster.as_ref().map(|_| {
        let mut figures = RosterFigures::new(&schedule, period);
        for (worker, sheet) in workers.iter().zip(&sheets) {
            figures.add(worker, sheet);
        }
        figures
    });
    let checked: Vec<FindingView> = if args.standards.is_empty() {
        Vec::new()
    } else {
        let standards = super::check::load_standards(&args.standards)?;
        let periods = match args.period {
            Some(p) => vec![p],
            None => check::Context::term_periods(&schedule, &standards),
        };
        let ctx = check::Context::new(&schedule, &standards, period)
            .at_periods(periods)
            .with_roster(workers, &sheets);
        check::check(&ctx)
            .findings
            .iter()
            .map(FindingView::from)
            .collect()
    };
    let date = args
        .date
        .or_else(|| (args.document == Document::Offer).then(|| chrono::Local::now().date_naive()));
    let mut context = DocumentContext::build(
        args.document,
        &schedule,
        figures.as_ref(),
        date,
        checked.clone(),
    );
    if args.final_ {
        context.draft = false;
    }
    let document = render::render(
        &renderer,
        &template,
        args.document,
        &schedule,
        context,
        !args.final_,
    )?;
    let findings: Vec<&FindingView> = checked.iter().chain(&document.findings).collect();
    let bytes = format.write_document(&document.markdown)?;
    let mut output = Output::create(args.output.as_deref())?;
    output.write_all(&bytes)?;
    output.commit()?;
    for f in &findings {
        eprintln!(
            "{} {}: {}: {}",
            f.severity_name, f.rule, f.subject, f.message
        );
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        if !args.final_ {
            eprintln!(
                "the document is marked 草案：未通过检查 (a draft that has not passed the checks)"
            );
        }
        return Ok(Outcome::Violations);
    }
    Ok(Outcome::Clean)
}
