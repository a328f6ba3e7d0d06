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
    /// The sink `-o` asks for, in its format.
    pub(super) fn create(args: &Args, format: RosterFormat) -> Result<RosterSink> {
        Ok(match (&args.output, format) {
            (Some(path), RosterFormat::Csv) => RosterSink::Csv(Box::new(args.csv.wrap(
                Output::create(Some(path))?,
                Some(path),
                true,
            ))),
            (Some(_), RosterFormat::Xlsx) => RosterSink::Xlsx(Vec::new()),
            (None, _) => RosterSink::None(std::io::sink()),
        })
    }

    pub(super) fn writer(&mut self) -> &mut (dyn Write + Send) {
        match self {
            RosterSink::Csv(out) => out.as_mut(),
            RosterSink::Xlsx(bytes) => bytes,
            RosterSink::None(sink) => sink,
        }
    }
}

/// Every output of a run, complete and staged: none appears before all are.
pub(super) struct Kept {
    /// The record and the new roster.
    files: Vec<Output>,
    /// The report.
    stdout: EncodedWriter<Output>,
}

impl Kept {
    /// Puts every output in its place.
    pub(super) fn commit(self) -> Result<Outcome> {
        for out in self.files {
            out.commit()?;
        }
        self.stdout.finish()?.commit()?;
        Ok(Outcome::Clean)
    }
}

/// The outputs of a streamed run: the record, the new roster (its rows in
/// `new_roster`) and the report, whose head reads the whole roster's sums.
pub(super) fn keep_outputs(
    args: &Args,
    setup: &Setup,
    sheet: &ScoreSheet,
    header: &crate::assess::RosterTable,
    mut streamed: Streamed,
    new_roster: RosterSink,
) -> Result<Kept> {
    let effect = streamed.effect.take();
    let roster = header.emptied();
    let scores_head = sheet.emptied(&roster);
    let evidence = Evidence::of_tie_kinds(&streamed.tie_kinds);
    let assessment = Assessment {
        decisions: Vec::new(),
    };
    let report = AssessmentReport {
        rules: &setup.rules,
        roster: &roster,
        scores: &scores_head,
        evidence: &evidence,
        assessment: &assessment,
        pay: setup.schedule.as_ref().zip(effect.as_ref()),
    };
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
    let mut stdout = args
        .csv
        .wrap(stdout, None, setup.format == AssessFormat::Csv);
    write_report(&report, setup.format, &mut streamed, &mut stdout)?;
    Ok(Kept { files, stdout })
}

/// The report from its head (`report`, over no workers) and the parts the
/// stream put aside, in the order the whole report has them.
fn write_report(
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
