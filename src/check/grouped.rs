//! `FindingGroups`: findings formatted as they are found and kept by rule and
//! severity (in memory up to a limit, then on disk), so a check over millions
//! of workers writes its report grouped and counted without holding every
//! finding.

use std::io::{self, Write};

use crate::check::report_writer::write_row;
use crate::check::{Finding, ReportFormat, Severity};
use crate::io::spill::Spill;
use crate::t;

/// One rule's findings of one severity, formatted, in the order found.
#[derive(Debug)]
pub struct FindingGroup {
    /// Error or warning.
    pub severity: Severity,
    /// The rule's id: `agreed-above-minimum`.
    pub rule: &'static str,
    /// How many findings the group holds.
    pub count: usize,
    /// The findings, already formatted in the report's format, one after another.
    pub bytes: Spill,
    /// (phase, first seen): the checks run in phases, and a rule's place is
    /// where the sequential run would first have found it.
    rank: (u8, usize),
}

/// Findings grouped for a report in one format.
#[derive(Debug)]
pub struct FindingGroups {
    format: ReportFormat,
    groups: Vec<FindingGroup>,
    line: Vec<u8>,
}

impl FindingGroups {
    /// No findings yet, formatted as `format` when they come.
    pub fn new(format: ReportFormat) -> FindingGroups {
        FindingGroups {
            format,
            groups: Vec::new(),
            line: Vec::new(),
        }
    }

    /// The format the findings are written in.
    pub fn format(&self) -> ReportFormat {
        self.format
    }

    /// Appends a finding of an already sorted list: one of another rule or
    /// severity than the last starts a group.
    pub fn push(&mut self, f: &Finding) -> io::Result<()> {
        let last = self
            .groups
            .last()
            .is_some_and(|g| g.severity == f.severity && g.rule == f.rule);
        if !last {
            self.start(f, (0, self.groups.len()));
        }
        let i = self.groups.len() - 1;
        self.append(i, f)
    }

    /// Adds a finding to its rule's group, found in check phase `phase`
    /// (phases in the order a sequential check runs them).
    pub fn add(&mut self, phase: u8, f: &Finding) -> io::Result<()> {
        let i = match self
            .groups
            .iter()
            .position(|g| g.severity == f.severity && g.rule == f.rule)
        {
            Some(i) => i,
            None => {
                self.start(f, (phase, self.groups.len()));
                self.groups.len() - 1
            }
        };
        self.append(i, f)
    }

    /// Puts the groups in report order: errors first, then rules in the order
    /// a sequential check would first have found them ([`Report::sort`]).
    ///
    /// [`Report::sort`]: crate::check::Report::sort
    pub fn sort(&mut self) {
        self.groups.sort_by_key(|g| (g.severity, g.rank));
    }

    /// (errors, warnings).
    pub fn counts(&self) -> (usize, usize) {
        let of = |s: Severity| {
            self.groups
                .iter()
                .filter(|g| g.severity == s)
                .map(|g| g.count)
                .sum()
        };
        (of(Severity::Error), of(Severity::Warning))
    }

    /// How many findings in all groups.
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.count).sum()
    }

    /// True when any group holds an error (the check exits with 1).
    pub fn has_errors(&self) -> bool {
        self.counts().0 > 0
    }

    /// Each group, to be written out or emptied, in the order the sequential run would find them.
    pub(crate) fn groups_mut(&mut self) -> impl Iterator<Item = &mut FindingGroup> {
        self.groups.iter_mut()
    }

    fn start(&mut self, f: &Finding, rank: (u8, usize)) {
        self.groups.push(FindingGroup {
            severity: f.severity,
            rule: f.rule,
            count: 0,
            bytes: Spill::new(),
            rank,
        });
    }

    fn append(&mut self, i: usize, f: &Finding) -> io::Result<()> {
        self.line.clear();
        format_finding(f, self.format, &mut self.line)?;
        let g = &mut self.groups[i];
        g.count += 1;
        g.bytes.write_all(&self.line)
    }
}

/// One finding as its report format writes it: text lines, a JSON list
/// element (after `,\n`, indented as the report's `findings` list), a CSV row.
fn format_finding(f: &Finding, format: ReportFormat, out: &mut Vec<u8>) -> io::Result<()> {
    match format {
        ReportFormat::Text => {
            write!(out, "  {}", f.subject)?;
            if let Some(p) = f.period {
                write!(out, " [{p}]")?;
            }
            // The citation as a Chinese reader writes it (《条例》第五条) in Chinese.
            let basis = match crate::i18n::lang() {
                crate::i18n::Lang::Zh => crate::render::finding_words::basis_zh(&f.basis),
                _ => f.basis.clone(),
            };
            writeln!(out, " · {basis}")?;
            writeln!(out, "    {}", f.message)?;
            if !f.remedy.is_empty() {
                writeln!(out, "    {}", t!("report-remedy", remedy = &f.remedy))?;
            }
        }
        ReportFormat::Json => {
            let text = serde_json::to_string_pretty(f)?;
            out.extend_from_slice(b",\n");
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    out.push(b'\n');
                }
                out.extend_from_slice(b"    ");
                out.extend_from_slice(line.as_bytes());
            }
        }
        ReportFormat::Csv | ReportFormat::Xlsx => {
            let mut csv = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut *out);
            write_row(f, &mut csv)?;
            csv.flush()?;
        }
    }
    Ok(())
}
