//! `DocumentContext`: everything a document template may print, built from the
//! schedule, the roster's figures (optional) and the findings of checks. Every
//! figure is one the pay engine computed or the schedule states; templates only
//! lay them out. README.md documents the fields one by one.

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::calendar::Calendar;
use crate::region_names::region_label;
use crate::schedule::{Scope, StepForm};
use crate::{Money, Schedule};

use super::document::Document;
use super::finding_view::{FindingView, Severity};
use super::numerals::{chinese_date, chinese_number};
use super::piece_rates::{piece_rates, PieceRateView};
use super::reply_deadline::{is_zhejiang, ReplyRule};
use super::roster_figures::RosterFigures;
use super::roster_view::{roster_view, RosterView};
use super::rule_words::{self, RuleWords};
use super::views::{
    overtime, AllowanceView, DateView, DocumentView, GradeView, LawView, MoneyView, OvertimeView,
    ReplyView, ScheduleView,
};

/// The template context.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentContext {
    /// The document's kind, title, parties and date.
    pub document: DocumentView,
    /// Whether the document is marked 草案：未通过检查.
    pub draft: bool,
    /// The findings the document lists (check's, and the renderer's own).
    pub findings: Vec<FindingView>,
    /// The schedule's title, scope, term and totals.
    pub schedule: ScheduleView,
    /// The pay table, one grade at a time, lowest first.
    pub grades: Vec<GradeView>,
    /// 1..=the most steps any grade has: the pay table's columns.
    pub steps: Vec<u32>,
    /// The allowances and awards, in the schedule's order.
    pub allowances: Vec<AllowanceView>,
    /// The overtime rates and cap (劳动法 Art 41, 44).
    pub overtime: OvertimeView,
    /// The piece rates and quotas (Art 19's first item), empty if none.
    pub piece_rates: Vec<PieceRateView>,
    /// The pay adjustments during the term (工资调整办法), in date order.
    pub adjustments: Vec<super::AdjustmentView>,
    /// The roster's figures, when a roster was given.
    pub roster: Option<RosterView>,
    /// Which regulations apply (Zhejiang, Hangzhou) and the reply deadline they set.
    pub law: LawView,
}

impl DocumentContext {
    /// Builds the context. The document is a draft when any finding is an error.
    pub fn build(
        document: Document,
        schedule: &Schedule,
        roster: Option<&RosterFigures>,
        date: Option<NaiveDate>,
        findings: Vec<FindingView>,
        calendar: &Calendar,
    ) -> DocumentContext {
        let meta = &schedule.meta;
        let rule = ReplyRule::for_region(&meta.region);
        let deadline = date.and_then(|d| rule.deadline(d, calendar));
        let mut findings = findings;
        findings.extend(own_findings(document, schedule, date, deadline.as_ref()));
        let zhejiang = is_zhejiang(&meta.region);
        let (lowest, highest) = pay_range(schedule);
        let term_months = whole_months(meta.effective, meta.expires);
        let steps = schedule.grades.iter().map(|g| g.steps()).max().unwrap_or(1);
        let enterprise_name = |id: &str| -> String {
            roster
                .and_then(|r| r.enterprises.get(id))
                .filter(|name| !name.trim().is_empty())
                .map_or_else(|| id.to_string(), Clone::clone)
        };
        DocumentContext {
            document: DocumentView {
                kind: document.id(),
                name: document.chinese(),
                date: date.map(DateView::from),
                retroactive: date.is_some_and(|d| d > meta.effective),
            },
            draft: findings.iter().any(|f| f.severity == Severity::Error),
            findings,
            schedule: ScheduleView {
                title: meta.title.clone(),
                scope: meta.scope,
                scope_name: match meta.scope {
                    Scope::Enterprise => "企业",
                    Scope::Industry => "行业",
                },
                noun: match meta.scope {
                    Scope::Enterprise => "合同",
                    Scope::Industry => "协议",
                },
                employer: meta.employer.clone(),
                union: meta.union.clone(),
                payer: match meta.scope {
                    Scope::Enterprise => "甲方",
                    Scope::Industry => "本行业企业",
                },
                region: meta.region.clone(),
                region_name: region_label(&meta.region),
                industry: meta.industry.clone(),
                effective: meta.effective.into(),
                expires: meta.expires.into(),
                term: term_months.map(term_words),
                term_months,
                pay_day: meta.pay_day,
                rounding: rule_words::rounding(schedule),
                lowest_pay: lowest.into(),
                highest_pay: highest.into(),
            },
            grades: schedule
                .grades
                .iter()
                .enumerate()
                .map(|(i, g)| GradeView {
                    number: i + 1,
                    name: g.name.clone(),
                    aliases: g.aliases.clone(),
                    pay: g.pay.iter().map(|p| MoneyView::from(*p)).collect(),
                    steps: g.steps(),
                    increment: match g.form {
                        StepForm::BasePlusIncrement { increment, .. } => Some(increment.into()),
                        StepForm::Table => None,
                    },
                })
                .collect(),
            steps: (1..=steps).collect(),
            allowances: schedule
                .allowances
                .iter()
                .map(|a| {
                    let words = RuleWords::of(a, schedule, &enterprise_name);
                    AllowanceView {
                        id: a.id.clone(),
                        name: a.name.clone(),
                        category: a.category,
                        category_name: a.category.chinese(),
                        clause: a.clause.clone(),
                        counts_toward_minimum: a.counts_toward_minimum,
                        kind: a.kind_name(),
                        text: words.text,
                        conditions: words.conditions,
                        summary: words.summary,
                        grades: a
                            .grades
                            .iter()
                            .filter_map(|&g| schedule.grades.get(g).map(|g| g.name.clone()))
                            .collect(),
                        post_categories: a.post_categories.clone(),
                    }
                })
                .collect(),
            overtime: overtime(schedule),
            piece_rates: piece_rates(schedule),
            adjustments: super::adjustment_words::adjustments(schedule),
            roster: roster.map(|r| roster_view(schedule, r)),
            law: LawView {
                zhejiang,
                hangzhou: meta.region.trim().starts_with("3301"),
                reply: ReplyView {
                    rule,
                    period: rule.period_text(),
                    basis: rule.basis(),
                    deadline: deadline.as_ref().map(|c| c.date.into()),
                    moved_from: deadline
                        .as_ref()
                        .filter(|c| c.moved())
                        .map(|c| c.unmoved.into()),
                    calendar_note: deadline
                        .as_ref()
                        .map_or_else(String::new, |c| calendar_note(&c.unknown_years)),
                },
            },
        }
    }
}

/// 节假日安排未载入2027年……, for a deadline counted across years the calendar
/// lacks, or "".
pub fn calendar_note(years: &[i32]) -> String {
    if years.is_empty() {
        return String::new();
    }
    let years: Vec<String> = years.iter().map(|y| format!("{y}年")).collect();
    format!(
        "本程序所载节假日安排不含{}，该年度仅扣除了周六、周日，请按国务院办公厅公布的当年节假日安排核对上述日期。",
        years.join("、")
    )
}

/// What the document itself warns of: a reply deadline counted across years
/// the holiday calendar lacks (民法典 Art 203), and a contract dated after its
/// term starts, which then applies retroactively (浙江省集体合同条例 Art 34).
fn own_findings(
    document: Document,
    schedule: &Schedule,
    date: Option<NaiveDate>,
    deadline: Option<&crate::calendar::Counted>,
) -> Vec<FindingView> {
    let mut out = Vec::new();
    if let Some(c) = deadline.filter(|c| !c.is_certain() && document == Document::Offer) {
        let mut f = FindingView::new(
            Severity::Warning,
            "calendar-year-missing",
            "本要约书",
            calendar_note(&c.unknown_years),
        );
        f.basis = Some("《中华人民共和国民法典》第二百零三条".to_string());
        out.push(f);
    }
    let effective = schedule.meta.effective;
    if let Some(d) = date.filter(|d| *d > effective && document.has_rule_clauses()) {
        let mut f = FindingView::new(
            Severity::Warning,
            "contract-retroactive",
            "本合同",
            format!(
                "本合同于{}签订，晚于期限起始日{}，已写入追溯执行条款：应自{}起按本合同标准补发工资差额",
                chinese_date(d),
                chinese_date(effective),
                chinese_date(effective)
            ),
        );
        f.basis = Some("《浙江省集体合同条例》第三十四条".to_string());
        out.push(f);
    }
    out
}

fn pay_range(schedule: &Schedule) -> (Money, Money) {
    let all = schedule.grades.iter().flat_map(|g| g.pay.iter().copied());
    let lowest = all.clone().min().unwrap_or(Money::ZERO);
    let highest = all.max().unwrap_or(Money::ZERO);
    (lowest, highest)
}

/// Months from `effective` to the day after `expires`, when that is whole.
fn whole_months(effective: NaiveDate, expires: NaiveDate) -> Option<u32> {
    let end = expires.succ_opt()?;
    let months =
        (end.year() - effective.year()) * 12 + end.month() as i32 - effective.month() as i32;
    let months = u32::try_from(months).ok().filter(|m| *m > 0)?;
    (effective.checked_add_months(Months::new(months)) == Some(end)).then_some(months)
}

/// 一年, 两年, 十八个月.
fn term_words(months: u32) -> String {
    match (months / 12, months % 12) {
        (2, 0) => "两年".to_string(),
        (y, 0) => format!("{}年", chinese_number(y)),
        _ => format!("{}个月", chinese_number(months)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn term_in_words() {
        assert_eq!(whole_months(d(2026, 1, 1), d(2026, 12, 31)), Some(12));
        assert_eq!(whole_months(d(2026, 1, 1), d(2027, 12, 31)), Some(24));
        assert_eq!(whole_months(d(2026, 7, 1), d(2027, 12, 31)), Some(18));
        assert_eq!(whole_months(d(2026, 1, 1), d(2026, 12, 30)), None);
        assert_eq!(term_words(12), "一年");
        assert_eq!(term_words(24), "两年");
        assert_eq!(term_words(36), "三年");
        assert_eq!(term_words(18), "十八个月");
    }

    #[test]
    fn money_view_forms() {
        let v = MoneyView::from(Money::from(2490));
        assert_eq!(v.plain, "2490.00");
        assert_eq!(v.grouped, "2,490.00");
        assert_eq!(v.short, "2,490");
        assert_eq!(v.capital.as_deref(), Some("贰仟肆佰玖拾元整"));
    }

    #[test]
    fn errors_make_a_draft() {
        let schedule = Schedule::parse(
            "s.toml",
            "[schedule]\ntitle='t'\nscope='enterprise'\nemployer='e'\nunion='u'\nregion='331081'\n\
             effective=2026-01-01\nexpires=2026-12-31\n[[grade]]\nname='初'\npay=['3000']\n",
        )
        .unwrap();
        let warning = FindingView::new(Severity::Warning, "w", "s", "m".into());
        let c = DocumentContext::build(
            Document::Contract,
            &schedule,
            None,
            None,
            vec![warning.clone()],
            Calendar::builtin(),
        );
        assert!(!c.draft);
        let error = FindingView::new(Severity::Error, "e", "s", "m".into());
        let c = DocumentContext::build(
            Document::Offer,
            &schedule,
            None,
            Some(d(2025, 11, 3)),
            vec![warning, error],
            Calendar::builtin(),
        );
        assert!(c.draft);
        assert!(c.law.zhejiang);
        assert_eq!(c.law.reply.deadline.unwrap().text, "2025年11月17日");
    }
}
