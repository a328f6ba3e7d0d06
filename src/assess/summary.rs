//! The rules in words, for the report and the committee's record: the total's
//! formula, each grade's requirements, promotion, demotion, exceptional rules,
//! quotas and the ranking.

use crate::assess::{AssessmentRules, Evidence, Lang, QuotaScope, TieBreak};

impl AssessmentRules {
    /// `品德 x 20% + 能力 x 30% + ...`
    pub fn formula(&self) -> String {
        self.dimensions
            .iter()
            .map(|d| format!("{} x {}", d.name, d.weight))
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// What promotion into grade `g` requires, or `None` when this assessment
    /// does not promote into it.
    pub fn requirements(&self, g: usize, lang: Lang) -> Option<String> {
        let rule = self.grades.get(g)?;
        let min = rule.min_score?;
        let en = lang == Lang::English;
        let mut parts = vec![if en {
            format!("total >= {min}")
        } else {
            format!("总分不低于 {min}")
        }];
        if let (Some(level), Some(c)) = (rule.min_certificate, &self.certificate) {
            let level = c.levels.get(level).map_or("", String::as_str);
            parts.push(if en {
                format!("{} at least {level}", c.column)
            } else {
                format!("{}不低于{level}", c.column)
            });
        }
        if let (Some(years), Some(t)) = (rule.min_years, &self.time_in_grade) {
            parts.push(if en {
                format!("{} years since {}", years.years, t.column)
            } else {
                format!("{}起满 {} 年", t.column, years.years)
            });
        }
        if rule.no_discipline {
            parts.push(if en {
                "no disciplinary record".into()
            } else {
                "考核期内无处分".into()
            });
        }
        for c in &rule.require {
            parts.push(if en { c.to_string() } else { c.chinese() });
        }
        Some(parts.join(if en { "; " } else { "；" }))
    }

    /// The ranking for quotas in words; `evidence` tells date columns from numbers.
    pub fn ranking_text(&self, evidence: &Evidence, lang: Lang) -> String {
        let en = lang == Lang::English;
        let mut parts = vec![if en {
            "total (higher first)".to_string()
        } else {
            "总分高者优先".to_string()
        }];
        for (t, tie) in self.tie_break.iter().enumerate() {
            parts.push(match (tie, en) {
                (TieBreak::Dimension(d), true) => {
                    format!("{} score (higher first)", self.dimensions[*d].name)
                }
                (TieBreak::Dimension(d), false) => {
                    format!("{}得分高者优先", self.dimensions[*d].name)
                }
                (TieBreak::Column(c), _) => {
                    let dates = evidence.tie_dates.get(t).copied().unwrap_or(false);
                    match (dates, en) {
                        (true, true) => format!("{c} (earlier first)"),
                        (false, true) => format!("{c} (higher first)"),
                        (true, false) => format!("{c}较早者优先"),
                        (false, false) => format!("{c}较大者优先"),
                    }
                }
                (TieBreak::EmployeeId, true) => "employee id (ascending)".into(),
                (TieBreak::EmployeeId, false) => "工号顺序".into(),
            });
        }
        parts.join(if en { ", then " } else { "，其次" })
    }

    /// The scope of a quota in words.
    pub fn quota_scope(per: QuotaScope, lang: Lang) -> &'static str {
        match (per, lang) {
            (QuotaScope::Roster, Lang::English) => "over the whole roster",
            (QuotaScope::Enterprise, Lang::English) => "per enterprise",
            (QuotaScope::Roster, Lang::Chinese) => "按全部职工计",
            (QuotaScope::Enterprise, Lang::Chinese) => "按企业分别计",
        }
    }
}
