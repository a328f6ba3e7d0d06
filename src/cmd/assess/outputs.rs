//! What `nengji assess` writes besides its chunks: the new roster's sink, the report,
//! and the helpers that read its whole inputs and tell its errors.

use super::*;

/// Where the new roster's rows go as they are decided.
pub(super) enum RosterSink {
    /// A CSV file, staged.
    Csv(Box<EncodedWriter<Output>>),
    /// A workbook: the rows are kept, to be laid out at the end.
    Xlsx(Vec<u8>),
    /// No new roster asked for.
    None(std::io::Sink),
}

impl RosterSink {
    pub(super) fn writer(&mut self) -> &mut (dyn Write + Send) {
        match self {
            RosterSink::Csv(out) => out.as_mut(),
            RosterSink::Xlsx(bytes) => bytes,
            RosterSink::None(sink) => sink,
        }
    }
}

/// The report from its head (`report`, over no workers) and the parts the
/// stream put aside, in the order the whole report has them.
pub(super) fn write_report(
    report: &AssessmentReport<'_>,
    format: AssessFormat,
    streamed: &mut Streamed,
    out: &mut dyn Write,
) -> Result<()> {
    let [first, second, third, fourth] = &mut streamed.parts;
    match format {
        AssessFormat::Text => {
            report.write_text_head(out, streamed.workers, streamed.scored)?;
            report.write_results_title(out)?;
            first.copy_to(0, out)?;
            let [promoted, demoted, held] = streamed.counts;
            report.write_list_title(out, crate::assess::Change::Promoted, promoted)?;
            second.copy_to(0, out)?;
            report.write_list_title(out, crate::assess::Change::Demoted, demoted)?;
            third.copy_to(0, out)?;
            if !report.rules.quotas.is_empty() {
                report.write_held_title(out, held)?;
                fourth.copy_to(0, out)?;
            }
            if let Some((schedule, effect)) = report.pay {
                report.write_pay_text(out, schedule, effect)?;
            }
        }
        AssessFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut *out);
            report.write_csv_header(&mut csv)?;
            csv.flush()?;
            drop(csv);
            first.copy_to(0, out)?;
        }
        AssessFormat::Xlsx => {
            let mut bytes = Vec::new();
            let mut csv = csv::Writer::from_writer(&mut bytes);
            report.write_csv_header(&mut csv)?;
            csv.flush()?;
            drop(csv);
            first.copy_to(0, &mut bytes)?;
            let (xlsx, _) = csv_to_xlsx_totalled(bytes.as_slice(), "能级认定", |header| {
                report.xlsx_columns(header.len())
            })?;
            out.write_all(&xlsx)?;
        }
        AssessFormat::Json => {
            report.write_json_with(out, &mut [first, second, third])?;
        }
    }
    Ok(())
}

/// The first month of the pay effect: `--period`, else the month of the
/// assessment date, or the month the schedule takes effect if later.
pub(super) fn first_month(
    args: &Args,
    rules: &AssessmentRules,
    schedule: &crate::Schedule,
) -> Period {
    args.period
        .unwrap_or_else(|| Period::of(rules.meta.date).max(Period::of(schedule.meta.effective)))
}

/// Refuses a record name that would hide what the file holds: stdout (it carries
/// the report), or an extension that is not the record's format (Markdown in
/// `record.html`, a zip in `record.md`).
pub(super) fn check_record_name(name: &str, format: Format) -> Result<()> {
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
pub(super) fn read_bytes(path: &str, what: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    // The roster and the scores are read through a progress line.
    io::open(path)
        .and_then(|r| {
            crate::cmd::progress::track(path, r)
                .0
                .read_to_end(&mut bytes)
        })
        .with_context(|| t!("assess-cannot-read", what = what, path = path))?;
    Ok(bytes)
}

/// A streamed assessment's error, for the person running it.
pub(super) fn stream_error(e: AssessError, roster: &str) -> anyhow::Error {
    match e {
        AssessError::Input(errors) => input_errors(&errors),
        AssessError::PayRoster(errors) => io::roster_errors(errors),
        AssessError::NewRoster(errors) => anyhow!(t!(
            "assess-new-roster-misfit",
            errors = Arg::display(errors)
        )),
        AssessError::Order => anyhow!(t!("assess-roster-order", roster = roster)),
        AssessError::Pay(e) => e.into(),
        AssessError::Write(e) => anyhow::Error::from(e).context(t!("assess-cannot-write-roster")),
    }
}

/// Standard input copied to an anonymous temporary file, to be read again.
pub(super) fn copy_stdin(name: &str) -> Result<std::fs::File> {
    let mut file = tempfile::tempfile().context(t!("assess-wide-no-temp"))?;
    let mut input = io::open(name).with_context(|| {
        t!(
            "assess-cannot-read",
            what = t!("assess-what-roster"),
            path = name
        )
    })?;
    std::io::copy(&mut input, &mut file).with_context(|| {
        t!(
            "assess-cannot-read",
            what = t!("assess-what-roster"),
            path = name
        )
    })?;
    Ok(file)
}

pub(super) fn input_errors(errors: &RosterErrors) -> anyhow::Error {
    anyhow!(t!(
        "assess-invalid-input",
        count = errors.total,
        errors = Arg::display(errors)
    ))
}
