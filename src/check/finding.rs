//! `Finding`: one thing a check found, as data: which rule, how bad, on what
//! legal or agreed basis, about whom, the figures compared and the exact remedy.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::said::{InChinese, Text};
use crate::{Money, Period};

/// How bad a finding is. Errors come first when sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Unlawful or against a binding agreement: the exit code is 1.
    Error,
    /// Below guidance or the market, or a rule stated as "generally".
    Warning,
}

impl Severity {
    /// The severity's machine name, as JSON and CSV write it: `error` or `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Subject {
    /// The contract as a whole (its term, procedure, overtime rules).
    Contract,
    /// One skill grade (能级) of the schedule.
    Grade {
        /// The grade's name in the schedule: 高级工.
        grade: String,
    },
    /// One cell of the pay table.
    Step {
        /// The grade's name in the schedule.
        grade: String,
        /// The step (档) within the grade, from 1.
        step: u32,
    },
    /// One worker of the roster.
    Worker {
        /// The worker's 工号.
        employee_id: String,
        /// The worker's name.
        name: String,
        /// The enterprise the worker belongs to.
        enterprise_id: String,
    },
    /// One enterprise (an audit's owed pay, an industry contract's member).
    Enterprise {
        /// The enterprise's id, as the roster writes it.
        enterprise_id: String,
    },
    /// A region code, with the number of roster workers in it.
    Region {
        /// The six-digit region code (GB/T 2260).
        region: String,
        /// How many roster workers are in the region.
        workers: u64,
    },
    /// The workers of one occupation and grade.
    Occupation {
        /// The occupation (职业), as the roster writes it.
        occupation: String,
        /// The grade's name in the schedule.
        grade: String,
    },
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // In the language in use (the catalogue's report-subject-*).
            Subject::Contract => f.write_str(&crate::t!("report-subject-contract")),
            Subject::Grade { grade } => f.write_str(grade),
            Subject::Step { grade, step } => f.write_str(&crate::t!(
                "report-subject-step",
                grade = grade,
                step = *step
            )),
            Subject::Worker {
                employee_id,
                name,
                enterprise_id,
            } => {
                write!(f, "{employee_id}")?;
                if !name.is_empty() {
                    write!(f, " {name}")?;
                }
                if !enterprise_id.is_empty() {
                    write!(f, " ({enterprise_id})")?;
                }
                Ok(())
            }
            Subject::Enterprise { enterprise_id } => f.write_str(&crate::t!(
                "report-subject-enterprise",
                enterprise = enterprise_id
            )),
            Subject::Region { region, workers } => f.write_str(&if *workers > 0 {
                crate::t!(
                    "report-subject-region-workers",
                    region = region,
                    workers = *workers
                )
            } else {
                crate::t!("report-subject-region", region = region)
            }),
            Subject::Occupation { occupation, grade } => write!(f, "{occupation} {grade}"),
        }
    }
}

/// The figures a finding compared, by name, in order: `actual`, `minimum`, ...
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures(pub Vec<(&'static str, String)>);

impl Figures {
    /// Adds the figure `name` (`actual`, `minimum`, ...) with its value as text.
    pub fn with(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.0.push((name, value.to_string()));
        self
    }
}

impl fmt::Display for Figures {
    /// `agreed_pay=2490.00; minimum_wage=2490.00`, the form CSV carries.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (name, value)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{name}={value}")?;
        }
        Ok(())
    }
}

impl Serialize for Figures {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// One finding of `nengji check` or `nengji audit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's id, such as `agreed-above-minimum`.
    pub rule: &'static str,
    /// Error (a violation: exit code 1) or warning.
    pub severity: Severity,
    /// The legal or agreed basis: `浙江省集体合同条例 Art 5`.
    pub basis: String,
    /// What the finding is about: the contract, a grade, a step, a worker...
    pub subject: Subject,
    /// The pay period the standard was taken for, where one was.
    #[serde(serialize_with = "period")]
    pub period: Option<Period>,
    /// What is wrong, in a sentence with the figures.
    pub message: String,
    /// The figures compared, by name, for JSON and CSV.
    pub figures: Figures,
    /// The exact amount that settles it (a raise, or pay owed), where money does.
    pub shortfall: Option<Money>,
    /// What to do, exactly.
    pub remedy: String,
    /// The message and remedy in Chinese, for the documents (a 草案 box lists
    /// the findings in the document's language).
    #[serde(skip)]
    pub message_zh: InChinese,
    /// The remedy in Chinese, for the documents.
    #[serde(skip)]
    pub remedy_zh: InChinese,
}

impl Finding {
    /// A finding with no figures, period or shortfall yet.
    pub fn new(
        rule: &'static str,
        severity: Severity,
        basis: impl Into<String>,
        subject: Subject,
        message: impl Into<Text>,
        remedy: impl Into<Text>,
    ) -> Finding {
        let (message, message_zh) = message.into().split();
        let (remedy, remedy_zh) = remedy.into().split();
        Finding {
            rule,
            severity,
            basis: basis.into(),
            subject,
            period: None,
            message,
            figures: Figures::default(),
            shortfall: None,
            remedy,
            message_zh,
            remedy_zh,
        }
    }

    /// The same finding, for the pay period `period`.
    pub fn period(mut self, period: Period) -> Self {
        self.period = Some(period);
        self
    }

    /// The same finding, with the figures it compared.
    pub fn figures(mut self, figures: Figures) -> Self {
        self.figures = figures;
        self
    }

    /// The same finding, with the exact `amount` that settles it, in yuan.
    pub fn shortfall(mut self, amount: Money) -> Self {
        self.shortfall = Some(amount);
        self
    }
}

fn period<S: Serializer>(period: &Option<Period>, s: S) -> Result<S::Ok, S::Error> {
    match period {
        Some(p) => s.collect_str(p),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_read_as_a_person_writes_them() {
        let step = Subject::Step {
            grade: "学徒工".into(),
            step: 1,
        };
        assert_eq!(step.to_string(), "学徒工 step 1");
        let worker = Subject::Worker {
            employee_id: "S005".into(),
            name: "李海波".into(),
            enterprise_id: String::new(),
        };
        assert_eq!(worker.to_string(), "S005 李海波");
        let region = Subject::Region {
            region: "331081".into(),
            workers: 1,
        };
        assert_eq!(region.to_string(), "region 331081 (1 worker)");
    }

    #[test]
    fn errors_sort_before_warnings() {
        assert!(Severity::Error < Severity::Warning);
    }

    #[test]
    fn figures_keep_their_order_in_json() {
        let f = Figures::default()
            .with("paid", "1.00")
            .with("entitled", "2.00");
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            r#"{"paid":"1.00","entitled":"2.00"}"#
        );
        assert_eq!(f.to_string(), "paid=1.00; entitled=2.00");
    }
}
