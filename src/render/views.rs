//! The views a document template prints: amounts and dates in their printed
//! forms, the schedule, grades, allowances, overtime and the rules of law that
//! apply (findings in finding_view.rs, the roster's figures in roster_view.rs).
//! `DocumentContext` gathers them.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::schedule::{OvertimeRounding, Scope};
use crate::{Money, Schedule};

use super::capital::capital;
use super::numerals::chinese_date;
use super::reply_deadline::ReplyRule;
use super::rule_words::{self, short};

/// An amount in the forms documents print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoneyView {
    /// 2490.00
    pub plain: String,
    /// 2,490.00
    pub grouped: String,
    /// 2,490 (no .00)
    pub short: String,
    /// 贰仟肆佰玖拾元整, or null for an amount with no capital form.
    pub capital: Option<String>,
}

impl From<Money> for MoneyView {
    fn from(m: Money) -> Self {
        MoneyView {
            plain: m.to_string(),
            grouped: m.grouped(),
            short: short(m),
            capital: capital(m).ok(),
        }
    }
}

/// A date in the forms documents print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateView {
    /// 2026-01-01
    pub iso: String,
    /// 2026年1月1日
    pub text: String,
}

impl From<NaiveDate> for DateView {
    fn from(d: NaiveDate) -> Self {
        DateView {
            iso: d.to_string(),
            text: chinese_date(d),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    /// contract, industry-agreement, offer or notice.
    pub kind: &'static str,
    /// The document's Chinese name: 能级工资专项集体合同 ...
    pub name: &'static str,
    /// The date written on the document (`--date`), or null to leave blank.
    pub date: Option<DateView>,
    /// Whether the document is dated after the schedule takes effect: a
    /// contract signed then applies retroactively (追溯执行) and owes the
    /// difference from the effective date.
    pub retroactive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScheduleView {
    pub title: String,
    /// enterprise or industry.
    pub scope: Scope,
    /// 企业 or 行业.
    pub scope_name: &'static str,
    /// What the document calls itself: 合同 (enterprise) or 协议 (industry).
    pub noun: &'static str,
    pub employer: String,
    pub union: String,
    /// Who pays the workers: 甲方 in an enterprise contract, 本行业企业 in an
    /// industry agreement (the association signs, the bound enterprises pay).
    pub payer: &'static str,
    pub region: String,
    /// The region's name (温岭市; GB/T 2260), or its code when unknown.
    pub region_name: String,
    pub industry: Option<String>,
    pub effective: DateView,
    pub expires: DateView,
    /// The term in words when it is a whole number of months (一年, 十八个月).
    pub term: Option<String>,
    /// Whole months from effective to expiry, if whole.
    pub term_months: Option<u32>,
    pub pay_day: Option<u32>,
    /// 四舍五入到分.
    pub rounding: String,
    /// The lowest pay of the table (lowest grade, step 1).
    pub lowest_pay: MoneyView,
    pub highest_pay: MoneyView,
}

/// One skill grade (能级) of the pay table as a document prints it.
#[derive(Debug, Clone, Serialize)]
pub struct GradeView {
    /// 1 for the lowest grade.
    pub number: usize,
    /// The grade's name: 高级工.
    pub name: String,
    /// Other names the schedule accepts for the grade (a certificate's 三级).
    pub aliases: Vec<String>,
    /// Pay per step, step 1 first.
    pub pay: Vec<MoneyView>,
    /// Number of steps.
    pub steps: u32,
    /// For a grade written as base plus increment: the increment per step.
    pub increment: Option<MoneyView>,
}

/// One allowance (津补贴) or award as the contract states it.
#[derive(Debug, Clone, Serialize)]
pub struct AllowanceView {
    /// The allowance's id in the schedule (`skill`, `contest`), the pay-sheet column id.
    pub id: String,
    /// The allowance's name as the contract prints it: 技术技能津补贴.
    pub name: String,
    /// skill, contest, honour, education, innovation, profit-sharing or other.
    pub category: crate::schedule::Category,
    /// 技术技能津补贴 ...
    pub category_name: &'static str,
    /// The clause the schedule says the rule implements (第十条), as written.
    pub clause: Option<String>,
    /// Whether it counts toward the minimum-wage comparison (最低工资规定 Art 12 excludes shift and hardship allowances).
    pub counts_toward_minimum: bool,
    /// fixed, lookup, per-year, list-sum, per-unit, percent, monthly-award, one-off, pool.
    pub kind: &'static str,
    /// The rule in words, without a final 。.
    pub text: String,
    /// Who it applies to in words, or "" for all workers.
    pub conditions: String,
    /// The amounts in a few words (100–1,000元/月), for the one-page notice.
    pub summary: String,
    /// Grade names it is limited to (empty: all).
    pub grades: Vec<String>,
    /// Post categories it is limited to (empty: all).
    pub post_categories: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OvertimeView {
    /// 150%
    pub weekday: String,
    pub restday: String,
    pub holiday: String,
    /// 174
    pub standard_hours: String,
    /// The components whose sum is the overtime base, by name.
    pub base: Vec<String>,
    /// 能级工资与技术技能津贴之和
    pub base_text: String,
    /// hourly-rate or amount: where overtime pay is rounded.
    pub rounding: crate::schedule::OvertimeRounding,
    /// The rounding in the words of the overtime clause.
    pub rounding_text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReplyView {
    /// national or zhejiang.
    pub rule: ReplyRule,
    /// 二十日 or 十个工作日.
    pub period: &'static str,
    /// 《浙江省集体合同条例》第七条 ...
    pub basis: &'static str,
    /// The last day to reply, counted from the document's date on the holiday
    /// calendar.
    pub deadline: Option<DateView>,
    /// For a calendar-day period that ended on a rest day: that day, before
    /// 民法典 Art 203 moved the deadline to the next working day.
    pub moved_from: Option<DateView>,
    /// A sentence saying which years the calendar lacked (the deadline then
    /// skips only weekends in them), or "".
    pub calendar_note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LawView {
    /// Whether Zhejiang's rules apply (region code 33xxxx).
    pub zhejiang: bool,
    /// Whether Hangzhou's regulation (杭州市企业工资集体协商条例) applies (3301xx).
    pub hangzhou: bool,
    pub reply: ReplyView,
}

pub(super) fn overtime(schedule: &Schedule) -> OvertimeView {
    let ot = &schedule.overtime;
    let percent = |m: Decimal| format!("{}%", (m * Decimal::ONE_HUNDRED).normalize());
    let base: Vec<String> = ot
        .base
        .iter()
        .filter_map(|id| {
            let i = schedule.component_index(id)?;
            schedule.component_names().nth(i).map(str::to_string)
        })
        .collect();
    let base_text = match base.len() {
        0 => String::new(),
        1 => base[0].clone(),
        _ => format!("{}之和", base.join("与")),
    };
    OvertimeView {
        weekday: percent(ot.weekday),
        restday: percent(ot.restday),
        holiday: percent(ot.holiday),
        standard_hours: ot.standard_hours.normalize().to_string(),
        base,
        base_text,
        rounding: ot.rounding,
        rounding_text: match ot.rounding {
            OvertimeRounding::HourlyRate => format!(
                "小时工资先{}，再乘以加班小时数和支付比例，加班工资{}",
                rule_words::rounding(schedule),
                rule_words::rounding(schedule)
            ),
            OvertimeRounding::Amount => format!(
                "小时工资不先取整，加班工资按计算基数乘以加班小时数和支付比例再除以{}小时计算，结果{}",
                ot.standard_hours.normalize(),
                rule_words::rounding(schedule)
            ),
        },
    }
}
