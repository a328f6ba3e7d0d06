//! `nengji render`: the contract, industry agreement, offer or notice of a
//! schedule, with a roster's figures when one is given, as Markdown, HTML or DOCX.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::check;
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::{format, SheetChoice, TableOptions};
use crate::pay::PayEngine;
use crate::render::{
    self, Document, DocumentContext, FindingView, Format, RosterFigures, Severity, Style,
};
use crate::roster::{Encoding, Worker};
use crate::standards::Standards;
use crate::t;
use crate::{Period, Schedule};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    schedule: PathBuf,
    #[arg(long)]
    roster: Option<String>,
    #[arg(long, value_enum)]
    document: Document,
    #[arg(long, value_enum)]
    format: Option<Format>,
    #[arg(long, value_enum, default_value_t)]
    style: Style,
    #[arg(long, short)]
    output: Option<String>,
    #[arg(long)]
    template: Option<PathBuf>,
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    #[arg(long, requires = "roster")]
    period: Option<Period>,
    #[arg(long)]
    standards: Vec<String>,
    #[arg(long = "final")]
    final_: bool,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    /// A holiday calendar file adding years to the built-in one (2025 and
    /// 2026), in the form of data/calendar/cn-holidays.toml. Repeat to combine.
    #[arg(long)]
    calendar: Vec<PathBuf>,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| t!("render-bad-date", text = text))
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs = vec![args.schedule.as_path()];
    inputs.extend(args.roster.as_deref().map(Path::new));
    inputs.extend(args.template.as_deref());
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    let format = format::choose(args.format, args.output.as_deref(), Format::Md)?;
    let mut schedule = io::load_schedule(&args.schedule)?;
    if let Some(why) = args.document.scope_mismatch(schedule.meta.scope) {
        bail!("{why}");
    }
    let mut renderer =
        render::Renderer::new().with_context(|| t!("cmd-builtin-templates-broken"))?;
    let template = match &args.template {
        Some(path) => {
            let name = path.display().to_string();
            let source = io::read_text(&name, &t!("render-what-template"))?;
            renderer.add_template(&name, &source)?;
            name
        }
        None => args.document.template().to_string(),
    };
    let period = schedule.pay_period(args.period);
    let roster = match &args.roster {
        Some(path) => {
            let roster = io::load_roster(
                path,
                &TableOptions::new(args.encoding, args.sheet.clone()),
                &schedule,
            )?;
            if roster.workers.is_empty() {
                bail!(t!("cmd-roster-empty", roster = path));
            }
            Some(roster)
        }
        None => None,
    };
    let workers = roster.as_ref().map_or(&[][..], |r| r.workers.as_slice());
    let standards = if args.standards.is_empty() {
        None
    } else {
        Some(super::check::load_standards(&args.standards)?)
    };
    // A guideline raise (工资调整办法) states its year's base line when known.
    if let Some(standards) = &standards {
        schedule.resolve_guidelines(standards);
    }
    let date = args
        .date
        .or_else(|| (args.document == Document::Offer).then(|| chrono::Local::now().date_naive()));
    let calendar = super::check::load_calendar(&args.calendar)?;
    let Rendered {
        bytes,
        findings,
        said,
    } = document(&Request {
        renderer: &renderer,
        template: &template,
        document: args.document,
        format,
        style: args.style,
        schedule: &schedule,
        workers: roster.as_ref().map(|_| workers),
        period,
        asked_period: args.period,
        standards: standards.as_ref(),
        date,
        final_: args.final_,
        calendar: &calendar,
    })?;
    let mut output = Output::create(args.output.as_deref())?;
    output.write_all(&bytes)?;
    output.commit()?;
    for line in &said {
        eprintln!("{line}");
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        if !args.final_ {
            eprintln!("{}", t!("render-marked-draft"));
        }
        return Ok(Outcome::Violations);
    }
    Ok(Outcome::Clean)
}

/// What one document is rendered from, once the inputs are loaded.
#[derive(Debug)]
pub(crate) struct Request<'a> {
    pub renderer: &'a render::Renderer,
    pub template: &'a str,
    pub document: Document,
    pub format: Format,
    /// The page style of HTML and DOCX (`--style`).
    pub style: Style,
    pub schedule: &'a Schedule,
    /// The roster's workers, when a roster is given.
    pub workers: Option<&'a [Worker]>,
    pub period: Period,
    /// `--period`, which also fixes the periods the contract is checked at.
    pub asked_period: Option<Period>,
    pub standards: Option<&'a Standards>,
    pub date: Option<NaiveDate>,
    pub final_: bool,
    /// Working days and holidays for the reply deadline and the checks.
    pub calendar: &'a Calendar,
}

/// A written document and what its checks found.
#[derive(Debug)]
pub(crate) struct Rendered {
    pub bytes: Vec<u8>,
    /// As the document lists them (in Chinese).
    pub findings: Vec<FindingView>,
    /// The same, one line each for a person, in the language in use.
    pub said: Vec<String>,
}

/// Renders a document as `nengji render` writes it: the roster's figures, the
/// checks' findings (a draft mark when one is an error, unless final), then the
/// chosen format.
pub(crate) fn document(req: &Request) -> Result<Rendered> {
    let schedule = req.schedule;
    let workers = req.workers.unwrap_or(&[]);
    let sheets = PayEngine::new(schedule, req.period).compute_all(workers)?;
    let figures = req.workers.map(|_| {
        let mut figures = RosterFigures::new(schedule, req.period);
        for (worker, sheet) in workers.iter().zip(&sheets) {
            figures.add(worker, sheet);
        }
        figures
    });
    let checks: Vec<check::Finding> = match req.standards {
        None => Vec::new(),
        Some(standards) => {
            let periods = match req.asked_period {
                Some(p) => vec![p],
                None => check::Context::term_periods(schedule, standards),
            };
            let ctx = check::Context::new(schedule, standards, req.period)
                .at_periods(periods)
                .with_roster(workers, &sheets)
                .with_calendar(req.calendar);
            check::check(&ctx).findings
        }
    };
    // The document lists the findings in Chinese; a person reads them in the
    // language in use.
    let checked: Vec<FindingView> = checks.iter().map(FindingView::from).collect();
    let mut said: Vec<String> = checks
        .iter()
        .map(|f| {
            format!(
                "{} {}: {}: {}",
                f.severity.name(),
                f.rule,
                f.subject,
                f.message
            )
        })
        .collect();
    let mut context = DocumentContext::build(
        req.document,
        schedule,
        figures.as_ref(),
        req.date,
        checked.clone(),
        req.calendar,
    );
    if req.final_ {
        context.draft = false;
    }
    // The document's own warnings (a retroactive date, a year the calendar lacks).
    let own: Vec<FindingView> = context
        .findings
        .iter()
        .skip(checked.len())
        .cloned()
        .collect();
    let document = render::render(
        req.renderer,
        req.template,
        req.document,
        schedule,
        context,
        !req.final_,
    )?;
    let bytes = req
        .format
        .write_document_styled(&document.markdown, req.style)?;
    for f in own.iter().chain(&document.findings) {
        said.push(format!(
            "{} {}: {}: {}",
            f.severity_name, f.rule, f.subject, f.message
        ));
    }
    let findings = checked
        .into_iter()
        .chain(own)
        .chain(document.findings)
        .collect();
    Ok(Rendered {
        bytes,
        findings,
        said,
    })
}
