//! The assessment report as JSON: the committee's decisions, each worker's
//! attempts with the checks they met or failed, the quotas and the pay effect,
//! in the shapes `assess --format json` writes.

use serde::Serialize;

use super::AssessmentReport;
use crate::assess::{Blocked, Change, Cost, Lang};

impl AssessmentReport<'_> {
    /// The JSON report, its lists streamed: `workers`, `promotions` and
    /// `demotions` are the parts [`AssessmentReport::json_parts`] wrote (of
    /// every chunk, joined), spliced into the head this report gives.
    pub fn write_json_with(
        &self,
        out: &mut dyn std::io::Write,
        parts: &mut [&mut dyn JsonPart; 3],
    ) -> std::io::Result<()> {
        let head = serde_json::to_string_pretty(&self.json(false))?;
        let hole = "\n  \"workers\": [],\n  \"promotions\": [],\n  \"demotions\": []";
        let at = head.find(hole).unwrap_or(head.len());
        out.write_all(&head.as_bytes()[..at])?;
        for (i, (key, part)) in ["workers", "promotions", "demotions"]
            .iter()
            .zip(parts.iter_mut())
            .enumerate()
        {
            let comma = if i == 0 { "" } else { "," };
            if part.is_empty() {
                write!(out, "{comma}\n  \"{key}\": []")?;
            } else {
                write!(out, "{comma}\n  \"{key}\": [\n")?;
                part.copy_into(out)?;
                write!(out, "\n  ]")?;
            }
        }
        out.write_all(&head.as_bytes()[(at + hole.len()).min(head.len())..])?;
        writeln!(out)
    }

    /// This report's elements of the JSON lists, each indented as in the
    /// whole report and joined by `,\n`: the workers, the promoted ids and the
    /// demoted ids.
    pub fn json_parts(&self, parts: [&mut Vec<u8>; 3]) -> std::io::Result<()> {
        use std::io::Write;
        let [workers, promoted, demoted] = parts;
        for d in &self.assessment.decisions {
            let text = serde_json::to_string_pretty(&self.json_worker(d))?;
            if !workers.is_empty() {
                workers.extend_from_slice(b",\n");
            }
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    workers.push(b'\n');
                }
                write!(workers, "    {line}")?;
            }
            let list = match d.change() {
                Change::Promoted => &mut *promoted,
                Change::Demoted => &mut *demoted,
                _ => continue,
            };
            if !list.is_empty() {
                list.extend_from_slice(b",\n");
            }
            let id = &self.roster.candidates[d.candidate].employee_id;
            write!(list, "    {}", serde_json::to_string(id)?)?;
        }
        Ok(())
    }

    pub(super) fn json(&self, lists: bool) -> JsonReport<'_> {
        let r = self.rules;
        let workers = if lists {
            self.assessment
                .decisions
                .iter()
                .map(|d| self.json_worker(d))
                .collect()
        } else {
            Vec::new()
        };
        let ids = |change: Change| -> Vec<&str> {
            if !lists {
                return Vec::new();
            }
            self.assessment
                .decisions
                .iter()
                .filter(|d| d.change() == change)
                .map(|d| self.roster.candidates[d.candidate].employee_id.as_str())
                .collect()
        };
        JsonReport {
            title: &r.meta.title,
            committee: &r.meta.committee,
            date: r.meta.date.format("%Y-%m-%d").to_string(),
            cycle: r.meta.cycle.as_deref(),
            rules: &r.file,
            roster: &self.roster.file,
            scores: &self.scores.file,
            formula: r.formula(),
            ranking: r.ranking_text(self.evidence, Lang::English),
            workers,
            promotions: ids(Change::Promoted),
            demotions: ids(Change::Demoted),
            pay_effect: self.pay.map(|(schedule, e)| JsonPay {
                schedule: &schedule.meta.title,
                first: e.first.to_string(),
                last: e.last.to_string(),
                grades: e
                    .grades
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| g.promoted.headcount + g.demoted.headcount > 0)
                    .map(|(i, g)| JsonGradeCost {
                        grade: self.grade(i),
                        promoted: g.promoted,
                        demoted: g.demoted,
                    })
                    .collect(),
                promotions: e.promotions,
                demotions: e.demotions,
                others: e.others,
                total: e.total,
            }),
        }
    }

    fn json_worker<'s>(&'s self, d: &'s crate::assess::Decision) -> JsonWorker<'s> {
        let r = self.rules;
        {
            {
                let c = &self.roster.candidates[d.candidate];
                let scores = self.scores.row_of(d.candidate).map(|row| {
                    Pairs(
                        r.dimensions
                            .iter()
                            .zip(&row.scores)
                            .map(|(dim, s)| (dim.id.clone(), s.to_string()))
                            .collect(),
                    )
                });
                let mut attempts: Vec<JsonAttempt> = d
                    .qualified
                    .iter()
                    .map(|a| JsonAttempt::new(self, a, true))
                    .collect();
                if let Some(Blocked::Failed(a)) = &d.blocked {
                    attempts.push(JsonAttempt::new(self, a, false));
                }
                JsonWorker {
                    employee_id: &c.employee_id,
                    name: &c.name,
                    enterprise_id: &c.enterprise_id,
                    current_grade: self.grade(d.current),
                    assessed_grade: self.grade(d.assessed),
                    change: d.change(),
                    step: d.step,
                    total: d.total.map(|t| t.to_string()),
                    scores,
                    reason: d.reason(r, Lang::English),
                    reason_zh: d.reason(r, Lang::Chinese),
                    attempts,
                    exceptional: d
                        .exceptional
                        .filter(|_| d.qualified.iter().any(|a| a.by_exception))
                        .and_then(|e| r.exceptional.get(e))
                        .map(|e| e.name.as_str()),
                    demotion_line: d.demotion.map(|s| s.to_string()),
                    quotas: d
                        .quotas
                        .iter()
                        .map(|q| JsonQuota {
                            quota: r.quotas.get(q.quota).map_or("", |x| x.name.as_str()),
                            group: &q.group,
                            headcount: q.headcount,
                            limit: q.limit,
                            incumbents: q.incumbents,
                            places: q.places,
                            candidates: q.candidates,
                            rank: q.rank,
                            admitted: q.admitted,
                            tie: q.tie.as_ref(),
                        })
                        .collect(),
                    pay: self
                        .pay
                        .and_then(|(_, e)| e.workers.get(d.candidate).copied()),
                }
            }
        }
    }
}

/// A streamed list of JSON elements: its bytes, copied out in order.
pub trait JsonPart {
    /// True when the list has no element.
    fn is_empty(&self) -> bool;
    /// Writes the elements to `out`.
    fn copy_into(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()>;
}

impl JsonPart for Vec<u8> {
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }

    fn copy_into(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self)
    }
}

impl JsonPart for crate::io::spill::Spill {
    fn is_empty(&self) -> bool {
        crate::io::spill::Spill::is_empty(self)
    }

    fn copy_into(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        self.copy_to(0, out)
    }
}

#[derive(Serialize)]
pub(super) struct JsonReport<'a> {
    title: &'a str,
    committee: &'a str,
    date: String,
    cycle: Option<&'a str>,
    rules: &'a str,
    roster: &'a str,
    scores: &'a str,
    formula: String,
    ranking: String,
    workers: Vec<JsonWorker<'a>>,
    promotions: Vec<&'a str>,
    demotions: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pay_effect: Option<JsonPay<'a>>,
}

#[derive(Serialize)]
struct JsonWorker<'a> {
    employee_id: &'a str,
    name: &'a str,
    enterprise_id: &'a str,
    current_grade: &'a str,
    assessed_grade: &'a str,
    change: Change,
    step: Option<u32>,
    total: Option<String>,
    scores: Option<Pairs>,
    reason: String,
    reason_zh: String,
    attempts: Vec<JsonAttempt<'a>>,
    exceptional: Option<&'a str>,
    demotion_line: Option<String>,
    quotas: Vec<JsonQuota<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pay: Option<crate::assess::WorkerCost>,
}

/// An object whose keys keep the rules' order: `{"conduct": "90.00", ...}`.
struct Pairs(Vec<(String, String)>);

impl Serialize for Pairs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonAttempt<'a> {
    grade: &'a str,
    cleared: bool,
    by_exception: bool,
    checks: Vec<JsonCheck>,
}

impl<'a> JsonAttempt<'a> {
    fn new(report: &AssessmentReport<'a>, a: &crate::assess::Attempt, cleared: bool) -> Self {
        JsonAttempt {
            grade: report
                .rules
                .grades
                .get(a.grade)
                .map_or("", |g| g.name.as_str()),
            cleared,
            by_exception: a.by_exception,
            checks: a
                .checks
                .iter()
                .map(|c| JsonCheck {
                    check: c.describe(Lang::English),
                    passed: c.passed,
                    waived: c.waived,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct JsonCheck {
    check: String,
    passed: bool,
    waived: bool,
}

#[derive(Serialize)]
struct JsonQuota<'a> {
    quota: &'a str,
    group: &'a str,
    headcount: usize,
    limit: usize,
    incumbents: usize,
    places: usize,
    candidates: usize,
    rank: usize,
    admitted: bool,
    tie: Option<&'a crate::assess::TieNote>,
}

#[derive(Serialize)]
struct JsonPay<'a> {
    schedule: &'a str,
    first: String,
    last: String,
    grades: Vec<JsonGradeCost<'a>>,
    promotions: Cost,
    demotions: Cost,
    others: Cost,
    total: Cost,
}

#[derive(Serialize)]
struct JsonGradeCost<'a> {
    grade: &'a str,
    promoted: Cost,
    demoted: Cost,
}
