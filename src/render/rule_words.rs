//! `RuleWords`: an allowance or award rule said in the words of a contract
//! clause ("按职工证书等级每月发放：五级100元，四级200元……"), with its conditions.
//!
//! Amounts are written short (1,100) with the sum in capital numerals where the
//! rule states a single sum (人民币壹仟壹佰元整), as contract texts do.

use rust_decimal::Decimal;

use crate::exact::Table;
use crate::roster::Field;
use crate::schedule::{Allowance, RuleKind};
use crate::{Money, Schedule};

use super::capital::capital;
use super::numerals::chinese_number;

/// A rule in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleWords {
    /// What is paid and how much: one sentence without a final 。.
    pub text: String,
    /// Who it applies to, or empty for every worker.
    pub conditions: String,
    /// The amounts in a few words, for a one-page notice: 100–1,000元/月.
    pub summary: String,
}

impl RuleWords {
    /// The rule in words; `enterprise` names an enterprise by its id (the
    /// roster's 企业名称), so a document never prints an id.
    pub fn of(
        rule: &Allowance,
        schedule: &Schedule,
        enterprise: &dyn Fn(&str) -> String,
    ) -> RuleWords {
        RuleWords {
            text: text(rule, schedule, enterprise),
            conditions: conditions(rule, schedule),
            summary: summary(rule, schedule),
        }
    }
}

/// An amount short: 1,100 or 2,490.50 (no .00).
pub fn short(amount: Money) -> String {
    let grouped = amount.grouped();
    match grouped.strip_suffix(".00") {
        Some(whole) => whole.to_string(),
        None => grouped,
    }
}

/// "300元（人民币叁佰元整）", or "300元" when the amount has no capital form.
pub fn sum(amount: Money) -> String {
    match capital(amount) {
        Ok(words) => format!("{}元（人民币{words}）", short(amount)),
        Err(_) => format!("{}元", short(amount)),
    }
}

/// The Chinese name of a roster column, when it is one nengji knows.
fn column(name: &str) -> &str {
    Field::from_name(name)
        .and_then(|f| f.chinese().first().copied())
        .unwrap_or(name)
}

fn money(d: Decimal) -> Money {
    Money::new(d)
}

/// "五级100元，四级200元"; keys paying nothing are named once at the end.
fn items(table: &Table) -> String {
    let paid: Vec<String> = table
        .0
        .iter()
        .filter(|(_, v)| !v.is_zero())
        .map(|(k, v)| format!("{k}{}元", short(money(*v))))
        .collect();
    let unpaid: Vec<&str> = table
        .0
        .iter()
        .filter(|(_, v)| v.is_zero())
        .map(|(k, _)| k.as_str())
        .collect();
    let mut out = paid.join("，");
    if !unpaid.is_empty() {
        if !out.is_empty() {
            out.push('；');
        }
        out.push_str(&unpaid.join("、"));
        out.push_str("不发放");
    }
    out
}

fn cap(cap: Option<Money>) -> String {
    cap.map(|c| format!("，每月合计最高{}", sum(c)))
        .unwrap_or_default()
}

fn text(rule: &Allowance, schedule: &Schedule, enterprise: &dyn Fn(&str) -> String) -> String {
    match &rule.kind {
        RuleKind::Fixed { amount } => format!("每月发放{}", sum(*amount)),
        RuleKind::Lookup { column: c, table } => {
            format!("按职工{}每月发放：{}", column(c), items(table))
        }
        RuleKind::ByGrade { table } => format!("按职工能级每月发放：{}", items(table)),
        RuleKind::PerYear {
            column: c,
            amount,
            cap: limit,
        } => format!(
            "自职工{}起计算，每满一年每月发放{}{}",
            column(c),
            sum(*amount),
            cap(*limit)
        ),
        RuleKind::ListSum {
            column: c,
            table,
            cap: limit,
            ..
        } => format!(
            "按职工{}所列各项每月累计发放：{}{}",
            column(c),
            items(table),
            cap(*limit)
        ),
        RuleKind::PerUnit { units, cap: limit } => {
            let each: Vec<String> = units
                .0
                .iter()
                .map(|(k, v)| format!("{}每{}{}元", column(k), unit_of(k).0, short(money(*v))))
                .collect();
            format!("每月按{}计发{}", each.join("，"), cap(*limit))
        }
        RuleKind::Percent { of, rate } => {
            let names: Vec<&str> = of
                .iter()
                .filter_map(|id| {
                    let i = schedule.component_index(id)?;
                    schedule.component_names().nth(i)
                })
                .collect();
            let base = if names.len() > 1 {
                format!("{}之和", names.join("与"))
            } else {
                names.concat()
            };
            format!("按{base}的{rate}计发，计算结果{}", rounding_words(schedule))
        }
        RuleKind::MonthlyAward {
            column: c,
            date_column,
            table,
            months,
        } => format!(
            "按{}每月发放：{}；自{}的次月起按月发放，共{}个月",
            column(c),
            items(table),
            column(date_column),
            chinese_number(*months)
        ),
        RuleKind::OneOff {
            date_column,
            column: c,
            table,
            amount,
        } => {
            let what = match (amount, c, table) {
                (Some(a), _, _) => sum(*a),
                (None, Some(c), Some(t)) => format!("，按{}：{}", column(c), items(t)),
                _ => String::new(),
            };
            format!("于{}所在月份一次性发放{what}", column(date_column))
        }
        RuleKind::Pool {
            amount,
            by_enterprise,
            weights,
            step_weight,
            weight_column,
        } => {
            let mut out = format!("设立收益共享奖金池，每月{}", sum(*amount));
            if !by_enterprise.0.is_empty() {
                let each: Vec<String> = by_enterprise
                    .0
                    .iter()
                    .map(|(k, v)| format!("{}为{}元", enterprise(k), short(money(*v))))
                    .collect();
                out.push_str(&format!("（其中{}）", each.join("，")));
            }
            out.push_str("，在企业内按职工权重分配");
            if !weights.0.is_empty() {
                let each: Vec<String> = weights
                    .0
                    .iter()
                    .map(|(k, v)| format!("{k}{}", v.normalize()))
                    .collect();
                out.push_str(&format!("，能级权重为{}（未列能级为1）", each.join("，")));
            }
            if let Some(rate) = step_weight {
                out.push_str(&format!("，档次每高一档权重增加{rate}"));
            }
            if let Some(c) = weight_column {
                out.push_str(&format!("，并乘以职工{}", column(c)));
            }
            out.push_str(
                "；各份额按分截取后，余下的分依次分给截去部分最大的职工，确保各份额之和等于奖金池",
            );
            out
        }
    }
}

/// "100–1,000" over the non-zero amounts of a table ("300" when all alike).
fn range(table: &Table) -> String {
    let paid = table.0.iter().map(|(_, v)| *v).filter(|v| !v.is_zero());
    let (Some(low), Some(high)) = (paid.clone().min(), paid.max()) else {
        return "0".to_string();
    };
    if low == high {
        short(money(low))
    } else {
        format!("{}–{}", short(money(low)), short(money(high)))
    }
}

fn up_to(cap: Option<Money>) -> String {
    cap.map(|c| format!("，最高{}元", short(c)))
        .unwrap_or_default()
}

fn summary(rule: &Allowance, schedule: &Schedule) -> String {
    match &rule.kind {
        RuleKind::Fixed { amount } => format!("{}元/月", short(*amount)),
        RuleKind::Lookup { table, .. } | RuleKind::ByGrade { table } => {
            format!("{}元/月", range(table))
        }
        RuleKind::ListSum { table, cap, .. } => format!("每项{}元/月{}", range(table), up_to(*cap)),
        RuleKind::PerYear { amount, cap, .. } => {
            format!("每满一年{}元/月{}", short(*amount), up_to(*cap))
        }
        RuleKind::PerUnit { units, cap } => {
            // A count of days or shifts worked in the month is paid per day or
            // shift (每班30元); a count of things held (patents) per item a month.
            let per: Vec<&str> = units.0.iter().map(|(k, _)| unit_of(k).0).collect();
            let monthly = units.0.iter().any(|(k, _)| unit_of(k).1);
            let unit = if per.windows(2).all(|w| w[0] == w[1]) {
                per.first().copied().unwrap_or("项")
            } else {
                "项"
            };
            let month = if monthly { "/月" } else { "" };
            format!("每{unit}{}元{month}{}", range(units), up_to(*cap))
        }
        RuleKind::Percent { .. } => text(rule, schedule, &|id| id.to_string())
            .split('，')
            .next()
            .unwrap_or_default()
            .to_string(),
        RuleKind::MonthlyAward { table, months, .. } => {
            format!("{}元/月，发放{}个月", range(table), months)
        }
        RuleKind::OneOff { amount, table, .. } => match (amount, table) {
            (Some(a), _) => format!("一次性{}元", short(*a)),
            (None, Some(t)) => format!("一次性{}元", range(t)),
            _ => "一次性".to_string(),
        },
        RuleKind::Pool { amount, .. } => format!("奖金池{}元/月，按权重分配", short(*amount)),
    }
}

/// The unit a per-unit column counts, and whether the amount is paid for each
/// unit every month (a patent held) rather than once for each unit in the
/// month (a night shift worked): 夜班天数 counts days (天), 次数 times (次),
/// 小时 hours; anything else items (项) held.
fn unit_of(column_name: &str) -> (&'static str, bool) {
    let name = column(column_name);
    if name.ends_with("天数") || name.ends_with("日数") {
        ("天", false)
    } else if name.ends_with("班数") || name.ends_with("班次") {
        ("班", false)
    } else if name.ends_with("次数") {
        ("次", false)
    } else if name.ends_with("小时") || name.ends_with("时数") {
        ("小时", false)
    } else {
        ("项", true)
    }
}

fn rounding_words(schedule: &Schedule) -> String {
    let unit = match schedule.rounding.scale {
        0 => "元",
        1 => "角",
        2 => "分",
        _ => "厘",
    };
    let how = match schedule.rounding.mode {
        crate::RoundingMode::HalfUp => "四舍五入",
        crate::RoundingMode::HalfEven => "四舍六入五成双",
        crate::RoundingMode::Down => "舍去",
        crate::RoundingMode::Up => "进位",
    };
    format!("{how}到{unit}")
}

/// The rounding rule in words: 四舍五入到分.
pub fn rounding(schedule: &Schedule) -> String {
    rounding_words(schedule)
}

fn conditions(rule: &Allowance, schedule: &Schedule) -> String {
    let mut parts = Vec::new();
    if !rule.grades.is_empty() {
        let names: Vec<&str> = rule
            .grades
            .iter()
            .filter_map(|&g| schedule.grades.get(g).map(|g| g.name.as_str()))
            .collect();
        parts.push(format!("能级为{}", names.join("、")));
    }
    if !rule.post_categories.is_empty() {
        parts.push(format!("岗位类别为{}", rule.post_categories.join("、")));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("适用于{}的职工", parts.join("、"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule(rules: &str) -> Schedule {
        let text = format!(
            "[schedule]\ntitle='t'\nscope='enterprise'\nemployer='e'\nunion='u'\nregion='331081'\n\
             effective=2026-01-01\nexpires=2026-12-31\n[[grade]]\nname='初级'\npay=['3000']\n\
             [[grade]]\nname='高级'\npay=['4000', '4100']\n{rules}"
        );
        Schedule::parse("s.toml", &text).unwrap()
    }

    fn words(rules: &str) -> RuleWords {
        let s = schedule(rules);
        RuleWords::of(&s.allowances[0], &s, &|id| id.to_string())
    }

    #[test]
    fn amounts_short_and_in_capitals() {
        assert_eq!(short(Money::from(1100)), "1,100");
        assert_eq!(short(Money::new(Decimal::new(249050, 2))), "2,490.50");
        assert_eq!(sum(Money::from(300)), "300元（人民币叁佰元整）");
    }

    #[test]
    fn each_kind_in_words() {
        let w = words("[[allowance]]\nid='heat'\nname='高温津贴'\ncategory='other'\nkind='fixed'\namount='300'\npost_categories=['关键类']\ngrades=['高级']");
        assert_eq!(w.text, "每月发放300元（人民币叁佰元整）");
        assert_eq!(w.conditions, "适用于能级为高级、岗位类别为关键类的职工");

        let w = words("[[allowance]]\nid='skill'\nname='技能津贴'\ncategory='skill'\nkind='lookup'\ncolumn='证书'\ntable={'无'=0,'五级'=100,'一级'=1000}");
        assert_eq!(
            w.text,
            "按职工证书每月发放：五级100元，一级1,000元；无不发放"
        );
        assert_eq!(w.conditions, "");

        let w = words("[[allowance]]\nid='g'\nname='技能津贴'\ncategory='skill'\nkind='by-grade'\ntable={'初级'=0,'高级'=500}");
        assert_eq!(w.text, "按职工能级每月发放：高级500元；初级不发放");

        let w = words("[[allowance]]\nid='x'\nname='证书'\ncategory='skill'\nkind='lookup'\ncolumn='c'\ntable={'无'=0,'五级'=100,'一级'=1000}");
        assert_eq!(w.summary, "100–1,000元/月");

        let w = words("[[allowance]]\nid='sen'\nname='工龄津贴'\ncategory='other'\nkind='per-year'\ncolumn='hire_date'\namount='20'\ncap='400'");
        assert_eq!(
            w.text,
            "自职工入职日期起计算，每满一年每月发放20元（人民币贰拾元整），每月合计最高400元（人民币肆佰元整）"
        );
        assert_eq!(w.summary, "每满一年20元/月，最高400元");

        let w = words("[[allowance]]\nid='p'\nname='绩效'\ncategory='other'\nkind='percent'\nof=['grade_pay']\nrate='5%'");
        assert_eq!(w.text, "按能级工资的5%计发，计算结果四舍五入到分");

        let w = words("[[allowance]]\nid='c'\nname='竞赛奖励'\ncategory='contest'\nkind='monthly-award'\ncolumn='竞赛'\ndate_column='获奖日期'\ntable={'省一等'=1200}\nmonths=36");
        assert_eq!(
            w.text,
            "按竞赛每月发放：省一等1,200元；自获奖日期的次月起按月发放，共三十六个月"
        );

        let w = words("[[allowance]]\nid='pool'\nname='收益共享'\ncategory='profit-sharing'\nkind='pool'\namount='10000'\nweights={'高级'='1.5'}\nstep_weight='10%'");
        assert!(w.text.starts_with("设立收益共享奖金池，每月10,000元（人民币壹万元整），在企业内按职工权重分配，能级权重为高级1.5（未列能级为1），档次每高一档权重增加10%"), "{}", w.text);
    }
}
