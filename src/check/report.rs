//! `Report`: the findings of one run of `check` or `audit`, sorted worst first,
//! with what was checked, what could not be, and (for an audit) what is owed.

use serde::Serialize;

use crate::check::{Finding, Severity};
use crate::Money;

/// Pay owed by one enterprise (履约监督).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Owed {
    /// The enterprise owing pay.
    pub enterprise_id: String,
    /// Workers paid less than the contract entitles them to.
    pub workers: u64,
    /// The total owed to its workers, in yuan.
    pub amount: Money,
}

/// A grade table raised by pay adjustments (工资调整办法), and the contract
/// periods checked on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TableInForce {
    /// The contract periods checked on this table.
    pub periods: Vec<String>,
    /// The `from` date of each adjustment the table reflects.
    pub adjustments: Vec<String>,
    /// The line for the text report.
    #[serde(skip)]
    pub text: String,
}

/// Everything one run found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// `check` or `audit`.
    pub command: &'static str,
    /// The schedule's title and file.
    pub schedule: String,
    /// The schedule's file, as given on the command line.
    pub(crate) schedule_file: String,
    /// The pay period workers were checked for.
    pub period: String,
    /// The periods the contract's own figures were checked at (the start of its
    /// term and each change of a standard within it).
    pub contract_periods: Vec<String>,
    /// The standards files (or built-in names) used.
    pub standards: Vec<String>,
    /// The raised grade tables the contract was checked on, by period.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tables_in_force: Vec<TableInForce>,
    /// The findings, in the order the checks found them.
    pub findings: Vec<Finding>,
    /// What could not be checked, and why.
    pub notes: Vec<String>,
    /// Audit only: owed per enterprise, and in all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub owed: Vec<Owed>,
    /// The pay owed by all enterprises together, in yuan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_owed: Option<Money>,
}

impl Report {
    /// Adds a finding.
    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// Adds a note of what could not be checked, once however often it is said.
    pub fn note(&mut self, note: impl Into<String>) {
        let note = note.into();
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// True when any finding is an error (the exit code is then 1).
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Groups findings by rule, errors first; rules keep the order the checks
    /// ran in, and findings within a rule the order they were found in.
    pub fn sort(&mut self) {
        let mut order: Vec<(Severity, &'static str)> = Vec::new();
        for f in &self.findings {
            if !order.contains(&(f.severity, f.rule)) {
                order.push((f.severity, f.rule));
            }
        }
        let rank = |f: &Finding| {
            let first = order
                .iter()
                .position(|k| *k == (f.severity, f.rule))
                .unwrap_or(usize::MAX);
            (f.severity, first)
        };
        self.findings.sort_by_key(|f| rank(f));
    }

    /// Drops a finding that repeats an earlier one (same rule, subject and
    /// message), as happens when the contract is checked at several periods
    /// under the same standard.
    pub fn dedup(&mut self) {
        let mut seen: Vec<(&'static str, crate::check::Subject, String)> = Vec::new();
        self.findings.retain(|f| {
            let key = (f.rule, f.subject.clone(), f.message.clone());
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Subject;

    fn finding(rule: &'static str, severity: Severity, message: &str) -> Finding {
        Finding::new(
            rule,
            severity,
            "basis",
            Subject::Contract,
            message,
            "remedy",
        )
    }

    #[test]
    fn sorts_errors_first_keeping_rule_order() {
        let mut r = Report::default();
        r.push(finding("b", Severity::Warning, "1"));
        r.push(finding("a", Severity::Error, "2"));
        r.push(finding("b", Severity::Warning, "3"));
        r.push(finding("c", Severity::Error, "4"));
        r.push(finding("a", Severity::Error, "5"));
        r.sort();
        let got: Vec<&str> = r.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(got, ["2", "5", "4", "1", "3"]);
        assert_eq!(r.count(Severity::Error), 3);
        assert!(r.has_errors());
    }

    #[test]
    fn dedup_keeps_the_first() {
        let mut r = Report::default();
        r.push(finding("a", Severity::Error, "same"));
        r.push(finding("a", Severity::Error, "same"));
        r.push(finding("a", Severity::Error, "other"));
        r.dedup();
        assert_eq!(r.findings.len(), 2);
    }
}
