//! `nengji render`: the contract, industry agreement, offer or notice of a
//! schedule, with a roster's figures when one is given, as Markdown, HTML or DOCX.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;

use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::pay::{PayEngine, PaySheet};
use crate::render::{self, Document, DocumentContext, Format, RosterFigures, Severity};
use crate::roster::{Encoding, EnterpriseGroups, RosterErrors};
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
    #[arg(long, value_enum, default_value_t)]
    format: Format,
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
    /// The roster's text encoding.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date; write YYYY-MM-DD, such as 2026-01-01"))
}

pub fn run(args: Args) -> Result<Outcome> {
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
    let period = args
        .period
        .unwrap_or_else(|| Period::of(schedule.meta.effective));
    let figures = match &args.roster {
        Some(path) => Some(roster_figures(path, args.encoding, &schedule, period)?),
        None => None,
    };
    let date = args
        .date
        .or_else(|| (args.document == Document::Offer).then(|| chrono::Local::now().date_naive()));
    // Findings of `check` join here once it lands (see README, "Drafts").
    let context =
        DocumentContext::build(args.document, &schedule, figures.as_ref(), date, Vec::new());
    let document = render::render(&renderer, &template, args.document, &schedule, context)?;
    let bytes = args
        .format
        .write(&document.markdown, &title(&document.markdown))?;
    let mut output = Output::create(args.output.as_deref())?;
    output.write_all(&bytes)?;
    output.commit()?;
    for f in &document.findings {
        eprintln!("{}: {}: {}", f.severity_name, f.subject, f.message);
    }
    if document
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error)
    {
        eprintln!(
            "the document is marked 草案：未通过检查 (a draft that has not passed the checks)"
        );
        return Ok(Outcome::Violations);
    }
    Ok(Outcome::Clean)
}

/// The text of the document's first heading, for the HTML title and DOCX
/// properties.
fn title(markdown: &str) -> String {
    let heading = markdown
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .unwrap_or("");
    let mut out = String::with_capacity(heading.len());
    let mut chars = heading.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Streams the roster through the pay engine into the figures a document states.
fn roster_figures(
    path: &str,
    encoding: Encoding,
    schedule: &crate::Schedule,
    period: Period,
) -> Result<RosterFigures> {
    let engine = PayEngine::new(schedule, period);
    let mut reader = io::roster_reader(path, encoding, schedule)?;
    let mut figures = RosterFigures::new(schedule, period);
    let mut errors = RosterErrors::default();
    let mut groups = EnterpriseGroups::new(&mut reader);
    let mut sheet = PaySheet::default();
    loop {
        let group = match groups.next_group(schedule, &mut errors) {
            Ok(Some(group)) => group,
            Ok(None) => break,
            Err(e) => {
                errors.push(e);
                break;
            }
        };
        if !errors.is_empty() {
            continue;
        }
        let shares = engine.pool_shares(group);
        for (worker, share) in group.iter().zip(&shares) {
            engine.compute(worker, *share, &mut sheet)?;
            figures.add(worker, &sheet);
        }
    }
    if !errors.is_empty() {
        return Err(io::roster_errors(errors));
    }
    if figures.summary.headcount == 0 {
        return Err(anyhow!("the roster '{path}' has no workers"));
    }
    Ok(figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_drops_markdown_escapes() {
        assert_eq!(title("> x\n\n# 示例\\<公司\\>合同\n"), "示例<公司>合同");
        assert_eq!(title("no heading"), "");
    }
}
