//! `AssessJob`: the assessment's pipeline job. On a worker thread each chunk
//! of whole enterprises is read as the assessment reads a roster, matched to
//! the rows of scores the reader attached, decided (the quotas per
//! enterprise within the chunk), priced before and after when there is a
//! schedule, and rendered: the report's lines, the new roster's rows and the
//! record's views, for the writer to put out in roster order.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use csv::StringRecord;

use crate::assess::roster_quota::{self, WideChunk, WidePlan};
use crate::assess::{
    write_rows, AssessFormat, AssessmentReport, AssessmentRules, Change, Evidence, Inputs, Lang,
    PayEffect, PayJob, RecordContext, RosterTable, ScoreSheet,
};
use crate::assess::{Binding, Matcher};
use crate::pay::PayError;
use crate::pipeline::{Job, Parser, Rows};
use crate::roster::{Columns, RosterError, RosterErrors};

/// Why a streamed assessment stopped.
#[derive(Debug, thiserror::Error)]
pub enum AssessError {
    /// Bad rows or columns of the roster or the scores: every problem found.
    #[error("{0}")]
    Input(RosterErrors),
    /// The roster does not load under the schedule the pay effect uses.
    #[error("{0}")]
    PayRoster(RosterErrors),
    /// The roster with the assessed grades does not load under the schedule.
    #[error("{0}")]
    NewRoster(RosterErrors),
    /// The roster read under the schedule is not the roster assessed.
    #[error("{}", crate::t!("assess-job-order"))]
    Order,
    /// Pay that cannot be computed.
    #[error(transparent)]
    Pay(#[from] PayError),
    /// An output that could not be written.
    #[error(transparent)]
    Write(#[from] std::io::Error),
}

impl From<RosterError> for AssessError {
    fn from(e: RosterError) -> Self {
        let mut errors = RosterErrors::default();
        errors.push(e);
        AssessError::Input(errors)
    }
}

impl From<csv::Error> for AssessError {
    fn from(e: csv::Error) -> Self {
        AssessError::Write(std::io::Error::other(e))
    }
}

/// What a worker thread made of one chunk (buffers reused).
#[derive(Debug, Default)]
pub struct AssessChunk {
    /// The rows of scores the reader attached, `records[..records_len]`.
    pub(crate) records: Vec<StringRecord>,
    pub(crate) records_len: usize,
    /// The chunk's first row's place among the roster's rows (0-based).
    pub(crate) first_row: u64,
    /// Workers on the chunk's rows.
    pub workers: usize,
    /// How many of them have scores.
    pub scored: usize,
    /// Per tie-break, what the chunk's column held first (a date or not).
    pub tie_kinds: Vec<Option<bool>>,
    /// The report's parts, by format: text (results, promoted, demoted,
    /// held back), CSV rows (first), JSON elements (workers, promoted ids,
    /// demoted ids).
    pub parts: [Vec<u8>; 4],
    /// Promoted, demoted and held-back workers.
    pub counts: [usize; 3],
    /// The new roster's rows (CSV, no header).
    pub new_roster: Vec<u8>,
    /// The chunk's pay effect (its sums), with a schedule.
    pub effect: Option<PayEffect>,
    /// The chunk's part of the committee's record.
    pub record: Option<RecordContext>,
    /// The chunk's problems; nothing is decided when there are any.
    pub errors: RosterErrors,
    /// The quotas over the whole roster: the chunk's ranks (roster_quota.rs).
    pub wide: WideChunk,
}

/// The assessment of a streamed roster, chunk by chunk.
#[derive(Debug)]
pub struct AssessJob<'a> {
    /// The assessment rules.
    pub rules: &'a AssessmentRules,
    /// The schedule's `[columns]`, which name the roster's columns.
    pub columns: &'a BTreeMap<String, String>,
    /// The scores' header (no rows).
    pub scores: &'a ScoreSheet,
    /// Where the scores' columns are (`None` when the header cannot be used).
    pub binding: Option<&'a Binding>,
    /// Problems of the scores found before the roster was read, told with
    /// the first chunk's (after its roster rows', as when read whole).
    pub scores_errors: &'a RosterErrors,
    /// The report's format.
    pub format: AssessFormat,
    /// Whether the committee's record is made.
    pub record: bool,
    /// Whether the new roster is written.
    pub new_roster: bool,
    /// The pay effect, with a schedule.
    pub pay: Option<PayJob<'a>>,
    /// The quotas over the whole roster ranked so far (roster_quota.rs).
    pub wide: WidePlan,
    /// The roster's header, bound by the first chunk that needs it.
    header: OnceLock<Result<RosterTable, RosterErrors>>,
    /// The new roster's header bound to the schedule.
    pub(super) after: OnceLock<Result<Columns, RosterErrors>>,
}

impl<'a> AssessJob<'a> {
    /// A job of these parts.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        rules: &'a AssessmentRules,
        columns: &'a BTreeMap<String, String>,
        scores: &'a ScoreSheet,
        binding: Option<&'a Binding>,
        scores_errors: &'a RosterErrors,
        format: AssessFormat,
        record: bool,
        new_roster: bool,
        pay: Option<PayJob<'a>>,
    ) -> AssessJob<'a> {
        AssessJob {
            rules,
            columns,
            scores,
            binding,
            scores_errors,
            format,
            record,
            new_roster,
            pay,
            wide: WidePlan::default(),
            header: OnceLock::new(),
            after: OnceLock::new(),
        }
    }

    /// The roster's header as bound, once a chunk was read.
    pub fn header(&self) -> Option<&RosterTable> {
        self.header.get().and_then(|h| h.as_ref().ok())
    }

    /// Checks rows of scores no roster enterprise took (of enterprises after
    /// the roster's last): each is a worker not on the roster.
    pub fn unmatched(&self, records: &[StringRecord], errors: &mut RosterErrors) {
        let (Some(header), Some(binding)) = (self.header(), self.binding) else {
            return;
        };
        let roster = header.emptied();
        let mut scores = self.scores.emptied(&roster);
        let mut matcher = Matcher::new(&roster);
        for record in records {
            scores.push(record, binding, self.rules, &roster, &mut matcher, errors);
        }
    }
}

impl Job for AssessJob<'_> {
    type Out = AssessChunk;
    type Scratch = Parser;
    type Error = AssessError;

    fn output(&self) -> AssessChunk {
        AssessChunk::default()
    }

    fn reset(&self, out: &mut AssessChunk) {
        out.records_len = 0;
        out.workers = 0;
        out.scored = 0;
        out.tie_kinds.clear();
        for part in &mut out.parts {
            part.clear();
        }
        out.counts = [0; 3];
        out.new_roster.clear();
        out.effect = None;
        out.record = None;
        out.errors = RosterErrors::default();
        out.wide.clear();
    }

    fn process(
        &self,
        rows: &Rows,
        out: &mut AssessChunk,
        parser: &mut Parser,
    ) -> Result<(), AssessError> {
        let Some(file) = rows.file() else {
            return Ok(());
        };
        let header = self
            .header
            .get_or_init(|| {
                let line = crate::io::line_of(file.headers.as_byte_record()).max(1);
                RosterTable::bind(file.origin.clone(), line, &file.headers, self.columns)
            })
            .as_ref()
            .map_err(|e| AssessError::Input(e.clone()))?;
        let rules = self.rules;
        let mut roster = header.emptied();
        let mut first_line = HashMap::new();
        for i in 0..rows.len() {
            let line = rows.line(i);
            match rows.row(i) {
                Some(row) => {
                    let record: StringRecord =
                        (0..row.len()).map(|j| row.get(j).unwrap_or("")).collect();
                    roster.push(&record, line, rules, &mut first_line, &mut out.errors);
                }
                None => out.errors.push(RosterError {
                    location: file.origin.at(line, None),
                    message: crate::t!("table-not-utf8"),
                    hint: format!("; {}", crate::t!("table-not-utf8-hint")),
                }),
            }
        }
        if rows.seq() == 0 {
            for e in &self.scores_errors.errors {
                out.errors.push(e.clone());
            }
        }
        let mut scores = self.scores.emptied(&roster);
        if let Some(binding) = self.binding {
            let mut matcher = Matcher::new(&roster);
            for record in &out.records[..out.records_len] {
                scores.push(
                    record,
                    binding,
                    rules,
                    &roster,
                    &mut matcher,
                    &mut out.errors,
                );
            }
        }
        let evidence =
            Evidence::gather_rows(rules, &roster, &scores, &mut out.errors, rows.seq() == 0);
        out.workers = roster.candidates.len();
        out.scored = scores.rows.len();
        out.tie_kinds.clone_from(&evidence.tie_kinds);
        if !out.errors.is_empty() || !rows.skipped.is_empty() {
            // Keep reading to report every problem, but decide nothing.
            return Ok(());
        }
        let inputs = Inputs {
            rules,
            roster: &roster,
            scores: &scores,
            evidence: &evidence,
        };
        // A pass that ranks a quota over the whole roster keeps its
        // competitors only (roster_quota.rs).
        if let Some(q) = self.wide.collect {
            out.wide.collected = Some(roster_quota::collect(inputs, &self.wide, &out.wide, q)?);
            return Ok(());
        }
        let assessment = roster_quota::run(inputs, &self.wide, &out.wide)?;
        if self.new_roster {
            let mut csv = csv::WriterBuilder::new()
                .flexible(true)
                .from_writer(&mut out.new_roster);
            write_rows(rules, &roster, &assessment, &mut csv)?;
            csv.flush()?;
        }
        if let Some(pay) = &self.pay {
            out.effect =
                Some(self.price(pay, rows, &roster, &assessment, out.first_row, parser)?);
        }
        let report = AssessmentReport {
            rules,
            roster: &roster,
            scores: &scores,
            evidence: &evidence,
            assessment: &assessment,
            pay: self
                .pay
                .as_ref()
                .zip(out.effect.as_ref())
                .map(|(p, e)| (p.schedule, e)),
        };
        let [first, second, third, fourth] = &mut out.parts;
        match self.format {
            AssessFormat::Text => {
                report.write_results(first)?;
                report.write_changes(second, Change::Promoted)?;
                report.write_changes(third, Change::Demoted)?;
                report.write_held(fourth)?;
                out.counts = [
                    report.count(Change::Promoted),
                    report.count(Change::Demoted),
                    report.held_count(),
                ];
            }
            AssessFormat::Csv | AssessFormat::Xlsx => {
                let lang = match self.format {
                    AssessFormat::Xlsx => Lang::Chinese,
                    _ => Lang::English,
                };
                let mut csv = csv::Writer::from_writer(first);
                report.write_csv_rows(&mut csv, lang)?;
                csv.flush()?;
            }
            AssessFormat::Json => report.json_parts([first, second, third])?,
        }
        if self.record {
            out.record = Some(RecordContext::new(&AssessmentReport {
                pay: None,
                ..report
            }));
        }
        Ok(())
    }
}
