//! The committee's record (能级认定委员会评审结果): the results, the rules applied
//! and a signature block, rendered with tera from the built-in template
//! `templates/assess-record.md` into Markdown.
//!
//! [`RecordContext`] is the whole context and [`TEMPLATE_NAME`]/[`TEMPLATE`] the
//! template, escaped for Markdown as the render machinery's templates are. The
//! Markdown becomes HTML or DOCX the way `nengji render`'s documents do, through
//! [`crate::render::Format::write_document`] (`nengji assess --record-format`).

use serde::Serialize;

use crate::assess::{AssessmentReport, Change, Cost, Decision, Lang};
use crate::t;

/// The template's name among built-in templates.
pub const TEMPLATE_NAME: &str = "builtin/assess-record.md";
/// The template's source, compiled into the binary.
pub const TEMPLATE: &str = include_str!("../../templates/assess-record.md");

/// A record that could not be rendered: tera's message with its causes.
#[derive(Debug, thiserror::Error)]
pub struct RecordError(String);

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "assess-record-error",
            template = TEMPLATE_NAME,
            error = &self.0
        ))
    }
}

impl From<tera::Error> for RecordError {
    fn from(e: tera::Error) -> Self {
        let mut message = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        RecordError(message)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionView {
    pub name: String,
    pub id: String,
    pub weight: String,
    pub scale: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GradeView {
    pub name: String,
    pub requirements: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkerView {
    pub employee_id: String,
    pub name: String,
    pub enterprise_id: String,
    pub current: String,
    pub assessed: String,
    /// The highest grade qualified for (differs from `assessed` when a quota held
    /// the worker back).
    pub qualified: String,
    pub total: String,
    /// 晋升 / 降级 / 维持 / 未参评
    pub result: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PayRow {
    pub grade: String,
    pub kind: String,
    pub headcount: u64,
    pub monthly: String,
    pub one_off: String,
    pub annual: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PayView {
    pub schedule: String,
    pub first: String,
    pub last: String,
    pub rows: Vec<PayRow>,
}

/// Everything the record shows, as text ready to print. Figures nengji formats
/// itself (money, scores, weights) are printed as they are (`| safe`); every
/// other value (names, ids, reasons) is escaped for Markdown.
#[derive(Debug, Clone, Serialize)]
pub struct RecordContext {
    /// The assessment's title: 2026年度能级认定.
    pub title: String,
    /// The committee (能级认定委员会).
    pub committee: String,
    /// The period assessed (考核周期), if named.
    pub cycle: Option<String>,
    /// 2026年1月10日
    pub date: String,
    /// Workers on the roster.
    pub headcount: usize,
    /// Workers with scores.
    pub scored: usize,
    /// Whether the roster names enterprises (the tables then show them).
    pub(crate) has_enterprises: bool,
    /// The dimensions with their weights and scales.
    pub dimensions: Vec<DimensionView>,
    /// The total's formula: `品德 × 20% + 能力 × 30% + ...`.
    pub formula: String,
    /// The lowest and highest total possible: `0 – 100`.
    pub(crate) total_range: String,
    /// Each grade above the lowest with its requirements in Chinese.
    pub grades: Vec<GradeView>,
    /// The promotion rule in a sentence: grades per cycle and starting step.
    pub promotion: String,
    /// The exceptional-promotion rules (破格晋升), one sentence each.
    pub(crate) exceptional: Vec<String>,
    /// The demotion rule in a sentence, if any.
    pub demotion: Option<String>,
    /// The quotas (名额), one sentence each.
    pub quotas: Vec<String>,
    /// How ties are broken, in a sentence.
    pub(crate) ranking: String,
    /// Every worker's result, in roster order.
    pub workers: Vec<WorkerView>,
    /// The workers promoted.
    pub promotions: Vec<WorkerView>,
    /// The workers demoted.
    pub demotions: Vec<WorkerView>,
    /// The workers a quota held below a grade they qualified for.
    pub(crate) held_back: Vec<WorkerView>,
    /// The change in pay, when a schedule was given.
    pub pay: Option<PayView>,
    /// The roles that sign the record (主任委员, 委员).
    pub(crate) signatories: Vec<String>,
}

impl RecordContext {
    /// The record's context from an assessment and what it read.
    pub fn new(report: &AssessmentReport<'_>) -> RecordContext {
        let r = report.rules;
        // The record is a Chinese document whatever the interface's language.
        let zh = crate::i18n::Lang::Zh;
        let grade = |g: usize| r.grades.get(g).map_or(String::new(), |x| x.name.clone());
        let date = {
            use chrono::Datelike;
            let d = r.meta.date;
            format!("{}年{}月{}日", d.year(), d.month(), d.day())
        };
        let view = |d: &Decision| {
            let c = &report.roster.candidates[d.candidate];
            WorkerView {
                employee_id: c.employee_id.clone(),
                name: c.name.clone(),
                enterprise_id: c.enterprise_id.clone(),
                current: grade(d.current),
                assessed: grade(d.assessed),
                qualified: grade(d.qualified.last().map_or(d.current, |a| a.grade)),
                total: d.total.map(|t| t.to_string()).unwrap_or_default(),
                result: d.change().words(Lang::Chinese),
                reason: d.reason(r, Lang::Chinese),
            }
        };
        let decisions = &report.assessment.decisions;
        let of = |change: Change| -> Vec<WorkerView> {
            decisions
                .iter()
                .filter(|d| d.change() == change)
                .map(view)
                .collect()
        };
        let (low, high) = r.total_range();
        let grades = (1..r.grades.len())
            .map(|g| GradeView {
                name: grade(g),
                requirements: r
                    .requirements(g, Lang::Chinese)
                    .unwrap_or_else(|| t!(in zh; "assess-not-assessed-grade")),
            })
            .collect();
        let promotion = r.promotion_text(Lang::Chinese);
        let exceptional = r
            .exceptional
            .iter()
            .map(|e| r.exceptional_text(e, Lang::Chinese))
            .collect();
        let demotion = r.demotion_text(Lang::Chinese);
        let quotas = r
            .quotas
            .iter()
            .map(|q| r.quota_text(q, Lang::Chinese))
            .collect();
        let pay = report.pay.map(|(schedule, e)| {
            let money = |c: &Cost| (c.monthly.grouped(), c.one_off.grouped(), c.annual.grouped());
            let mut rows = Vec::new();
            let mut push = |grade: String, kind: &str, c: &Cost| {
                let (monthly, one_off, annual) = money(c);
                rows.push(PayRow {
                    grade,
                    kind: kind.to_string(),
                    headcount: c.headcount,
                    monthly,
                    one_off,
                    annual,
                });
            };
            for (g, cost) in e.grades.iter().enumerate() {
                if cost.promoted.headcount > 0 {
                    push(grade(g), &t!(in zh; "assess-pay-promoted"), &cost.promoted);
                }
            }
            push(
                t!(in zh; "assess-pay-total"),
                &t!(in zh; "assess-pay-promoted"),
                &e.promotions,
            );
            for (g, cost) in e.grades.iter().enumerate() {
                if cost.demoted.headcount > 0 {
                    push(grade(g), &t!(in zh; "assess-pay-demoted"), &cost.demoted);
                }
            }
            if e.demotions.headcount > 0 {
                push(
                    t!(in zh; "assess-pay-total"),
                    &t!(in zh; "assess-pay-demoted"),
                    &e.demotions,
                );
            }
            if e.others.headcount > 0 {
                push(
                    t!(in zh; "assess-pay-others-row"),
                    &t!(in zh; "assess-pay-others"),
                    &e.others,
                );
            }
            push(
                t!(in zh; "assess-pay-bill-row"),
                &t!(in zh; "assess-pay-bill"),
                &e.total,
            );
            PayView {
                schedule: schedule.meta.title.clone(),
                first: e.first.to_string(),
                last: e.last.to_string(),
                rows,
            }
        });
        RecordContext {
            title: r.meta.title.clone(),
            committee: r.meta.committee.clone(),
            cycle: r.meta.cycle.clone(),
            date,
            headcount: report.roster.candidates.len(),
            scored: report.scores.rows.len(),
            has_enterprises: report.roster.has_enterprises(),
            dimensions: r
                .dimensions
                .iter()
                .map(|d| DimensionView {
                    name: d.name.clone(),
                    id: d.id.clone(),
                    weight: d.weight.to_string(),
                    scale: format!("{} – {}", d.min, d.max),
                })
                .collect(),
            formula: r
                .dimensions
                .iter()
                .map(|d| format!("{} × {}", d.name, d.weight))
                .collect::<Vec<_>>()
                .join(" + "),
            total_range: format!("{low} – {high}"),
            grades,
            promotion,
            exceptional,
            demotion,
            quotas,
            ranking: r.ranking_text(report.evidence, Lang::Chinese),
            workers: decisions.iter().map(view).collect(),
            promotions: of(Change::Promoted),
            demotions: of(Change::Demoted),
            held_back: decisions
                .iter()
                .filter(|d| d.quotas.iter().any(|q| !q.admitted))
                .map(view)
                .collect(),
            pay,
            signatories: r.meta.signatories.clone(),
        }
    }

    /// Adds the record of the next chunk of a streamed roster: its workers
    /// after these, its counts to these.
    pub fn absorb(&mut self, next: RecordContext) {
        let other_enterprise = match (self.workers.first(), next.workers.first()) {
            (Some(a), Some(b)) => a.enterprise_id != b.enterprise_id,
            _ => false,
        };
        self.has_enterprises |= next.has_enterprises || other_enterprise;
        self.headcount += next.headcount;
        self.scored += next.scored;
        self.workers.extend(next.workers);
        self.promotions.extend(next.promotions);
        self.demotions.extend(next.demotions);
        self.held_back.extend(next.held_back);
    }

    /// Takes the parts a streamed roster adds up (the workers and their
    /// counts) from `parts`, keeping the rest of this record (the rules, the
    /// ranking and the pay effect of the whole roster).
    pub fn take_workers(&mut self, parts: RecordContext) {
        self.headcount = parts.headcount;
        self.scored = parts.scored;
        self.has_enterprises = parts.has_enterprises;
        self.workers = parts.workers;
        self.promotions = parts.promotions;
        self.demotions = parts.demotions;
        self.held_back = parts.held_back;
    }

    /// The record as Markdown.
    pub fn to_markdown(&self) -> Result<String, RecordError> {
        let mut tera = tera::Tera::default();
        tera.add_raw_template(TEMPLATE_NAME, TEMPLATE)?;
        tera.autoescape_on(vec![".md"]);
        // The same escaping as every rendered document.
        tera.set_escape_fn(crate::render::escape::markdown);
        let context = tera::Context::from_serialize(self)?;
        let text = tera.render(TEMPLATE_NAME, &context)?;
        // The template opens with a comment; start at the title.
        Ok(format!("{}\n", text.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_values() {
        let escape = crate::render::escape::markdown;
        assert_eq!(escape("王*伟 | A_1"), "王\\*伟 \\| A\\_1");
        assert_eq!(escape("-5\nx"), "\\-5 x");
        assert_eq!(escape("岗位类别 ≥ 1.00"), "岗位类别 ≥ 1.00");
        assert_eq!(escape("1. 委员会"), "1\\. 委员会");
    }

    #[test]
    fn the_template_parses() {
        let mut tera = tera::Tera::default();
        tera.add_raw_template(TEMPLATE_NAME, TEMPLATE).unwrap();
    }
}
