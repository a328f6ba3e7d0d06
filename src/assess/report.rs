//! `AssessmentReport`: the assessment's results for the command line: text for
//! the committee (every worker's decision and reason, the promotions and
//! demotions, the quotas and the pay effect), CSV and JSON for machines, and
//! the CSV's rows as an .xlsx workbook (Chinese headers and reasons, scores and
//! amounts as numbers, the pay effect totalled).

use std::io::{self, Write};

use crate::assess::{
    AssessFormat, Assessment, AssessmentRules, Change, Evidence, Lang, PayEffect, RosterTable,
    ScoreSheet,
};
use crate::io::csv_to_xlsx_totalled;
use crate::Schedule;

mod csv_rows;
mod json;
mod pay_text;
mod text;

pub use json::JsonPart;

/// An assessment with what it read, ready to write.
#[derive(Debug, Clone, Copy)]
pub struct AssessmentReport<'a> {
    /// The assessment rules.
    pub rules: &'a AssessmentRules,
    /// The roster assessed.
    pub roster: &'a RosterTable,
    /// The committee's scores.
    pub scores: &'a ScoreSheet,
    /// What the rules read about every worker, checked.
    pub evidence: &'a Evidence,
    /// The decisions.
    pub assessment: &'a Assessment,
    /// The pay schedule and the assessment's pay effect, when a schedule was given.
    pub pay: Option<(&'a Schedule, &'a PayEffect)>,
}

impl AssessmentReport<'_> {
    /// Writes the assessment in `format` to `out`.
    pub fn write<W: Write>(&self, format: AssessFormat, out: W) -> io::Result<()> {
        match format {
            AssessFormat::Text => self.write_text(out),
            AssessFormat::Csv => self.write_csv(out, Lang::English).map_err(io::Error::other),
            AssessFormat::Xlsx => {
                let mut csv = Vec::new();
                self.write_csv(&mut csv, Lang::Chinese)
                    .map_err(io::Error::other)?;
                let (bytes, _) = csv_to_xlsx_totalled(csv.as_slice(), "能级认定", |header| {
                    self.xlsx_columns(header.len())
                })
                .map_err(io::Error::other)?;
                let mut out = out;
                out.write_all(&bytes)
            }
            AssessFormat::Json => {
                let mut out = out;
                let (mut workers, mut promoted, mut demoted) = (Vec::new(), Vec::new(), Vec::new());
                self.json_parts([&mut workers, &mut promoted, &mut demoted])?;
                self.write_json_with(&mut out, &mut [&mut workers, &mut promoted, &mut demoted])
            }
        }
    }

    pub(super) fn grade(&self, g: usize) -> &str {
        self.rules.grades.get(g).map_or("", |r| r.name.as_str())
    }

    /// How many decisions make `change`.
    pub fn count(&self, change: Change) -> usize {
        self.assessment
            .decisions
            .iter()
            .filter(|d| d.change() == change)
            .count()
    }

    /// How many workers a quota held back.
    pub fn held_count(&self) -> usize {
        self.assessment
            .decisions
            .iter()
            .filter(|d| d.quotas.iter().any(|q| !q.admitted))
            .count()
    }
}
