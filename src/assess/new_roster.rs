//! The roster after the assessment: the same columns and rows, with the grade
//! replaced by the grade assessed, the step set by the rules' stated step on a
//! promotion or demotion, and (where the rules say) the current-grade date set to
//! the assessment date. It is written as UTF-8 CSV, which `nengji compute` reads.
//! Text cells are neutralised for spreadsheets like every CSV nengji writes; a
//! cell that is a number (hours, an amount) is not text and stays as it is. The
//! header is the user's own column names, which the schedule maps, and is kept.

use std::io::Write;

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::assess::{Assessment, AssessmentRules, Candidate, Decision, RosterTable};
use crate::io::cell::neutralise;

/// A roster cell as written: a number as it is, text neutralised.
fn cell(raw: &str) -> String {
    if Decimal::from_str(raw).is_ok() {
        return raw.to_string();
    }
    neutralise(raw).into_owned()
}

/// Writes the new roster.
pub fn write_roster<W: Write>(
    rules: &AssessmentRules,
    roster: &RosterTable,
    assessment: &Assessment,
    out: W,
) -> csv::Result<()> {
    let mut csv = csv::WriterBuilder::new().flexible(true).from_writer(out);
    csv.write_record(&roster.headers)?;
    write_rows(rules, roster, assessment, &mut csv)?;
    csv.flush()?;
    Ok(())
}

/// Writes the new roster's rows (no header): a streamed roster writes each
/// chunk's rows after the one header.
pub fn write_rows<W: Write>(
    rules: &AssessmentRules,
    roster: &RosterTable,
    assessment: &Assessment,
    csv: &mut csv::Writer<W>,
) -> csv::Result<()> {
    let mut cells: Vec<String> = Vec::with_capacity(roster.headers.len());
    for (candidate, decision) in roster.candidates.iter().zip(&assessment.decisions) {
        new_cells(rules, roster, candidate, decision, &mut cells);
        csv.write_record(&cells)?;
    }
    Ok(())
}

/// A worker's row of the new roster, into `cells` (reused).
pub fn new_cells(
    rules: &AssessmentRules,
    roster: &RosterTable,
    candidate: &Candidate,
    decision: &Decision,
    cells: &mut Vec<String>,
) {
    let date_column = rules.time_in_grade.as_ref().and_then(|t| {
        roster
            .column(&t.column)
            .map(|c| (c, t.set_on_promotion, t.set_on_demotion))
    });
    let width = roster.headers.len();
    cells.clear();
    cells.extend(candidate.record.iter().map(cell));
    if cells.len() < width {
        cells.resize(width, String::new());
    }
    let promoted = decision.assessed > decision.current;
    let demoted = decision.assessed < decision.current;
    if promoted || demoted {
        cells[roster.keys.grade] = rules.grades[decision.assessed].name.clone();
        if let (Some(col), Some(step)) = (roster.keys.step, decision.step) {
            cells[col] = step.to_string();
        }
        if let Some((col, on_promotion, on_demotion)) = date_column {
            if (promoted && on_promotion) || (demoted && on_demotion) {
                cells[col] = rules.meta.date.format("%Y-%m-%d").to_string();
            }
        }
    }
}
