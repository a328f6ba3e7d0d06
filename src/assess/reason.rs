//! The reason for a decision in words: which threshold or prerequisite decided,
//! which exceptional rule applied, which quota held the worker back and which
//! tie-break ordered them. English for the command line, Chinese for the record.

use crate::assess::{AssessmentRules, Blocked, Check, Decision, Lang, QuotaNote};

impl Decision {
    /// Why the worker is at the assessed grade.
    pub fn reason(&self, rules: &AssessmentRules, lang: Lang) -> String {
        let en = lang == Lang::English;
        let grade = |g: usize| rules.grades.get(g).map_or("", |r| r.name.as_str());
        let sep = if en { "; " } else { "；" };
        let join = |checks: &mut dyn Iterator<Item = &Check>| {
            checks
                .map(|c| c.describe(lang))
                .collect::<Vec<_>>()
                .join(sep)
        };
        let Some(total) = self.total else {
            return if en {
                "not scored: grade unchanged".into()
            } else {
                "未参评，能级不变".into()
            };
        };
        if let Some(below) = self.demotion {
            return match (self.current == 0, en) {
                (false, true) => format!("total {total} < demotion line {below}: down one grade"),
                (true, true) => {
                    format!("total {total} < demotion line {below}, already at the lowest grade")
                }
                (false, false) => format!("总分 {total} 低于降级线 {below}，降一级"),
                (true, false) => format!("总分 {total} 低于降级线 {below}，已是最低能级"),
            };
        }
        let mut parts: Vec<String> = Vec::new();
        for attempt in &self.qualified {
            if attempt.grade >= self.assessed {
                let head = if en {
                    format!("qualifies for {}: ", grade(attempt.grade))
                } else {
                    format!("达到{}认定条件：", grade(attempt.grade))
                };
                let mut text = head + &join(&mut attempt.checks.iter());
                if attempt.by_exception {
                    if let Some(e) = self.exceptional.and_then(|e| rules.exceptional.get(e)) {
                        text += &if en {
                            format!(" (exceptional promotion: {})", e.name)
                        } else {
                            format!("（按“{}”破格晋升）", e.name)
                        };
                    }
                }
                parts.push(text);
            }
        }
        match &self.blocked {
            None if self.current + 1 >= rules.grades.len() => parts.push(if en {
                "already at the top grade".into()
            } else {
                "已是最高能级".into()
            }),
            None => {}
            Some(Blocked::Failed(attempt)) => {
                let failed = join(&mut attempt.checks.iter().filter(|c| !c.clears()));
                parts.push(if en {
                    format!("not {}: {failed}", grade(attempt.grade))
                } else {
                    format!("未达到{}认定条件：{failed}", grade(attempt.grade))
                });
            }
            Some(Blocked::NotAssessed(g)) => parts.push(if en {
                format!(
                    "promotion to {} is not decided by this assessment",
                    grade(*g)
                )
            } else {
                format!("{}不在本次认定范围", grade(*g))
            }),
        }
        for note in &self.quotas {
            parts.push(quota_text(rules, total, note, lang));
        }
        parts.join(sep)
    }
}

fn quota_text(
    rules: &AssessmentRules,
    total: crate::assess::Score,
    n: &QuotaNote,
    lang: Lang,
) -> String {
    let Some(quota) = rules.quotas.get(n.quota) else {
        return String::new();
    };
    let mut text = match lang {
        Lang::English => {
            let within = if n.group.is_empty() {
                String::new()
            } else {
                format!(" in {}", n.group)
            };
            let verdict = if n.admitted {
                "within quota"
            } else {
                "held back by quota"
            };
            format!(
                "{verdict} '{}'{within}: rank {} of {} for {} place{} (limit {} of {} workers, {} already at or above)",
                quota.name,
                n.rank,
                n.candidates,
                n.places,
                if n.places == 1 { "" } else { "s" },
                n.limit,
                n.headcount,
                n.incumbents
            )
        }
        Lang::Chinese => {
            let within = if n.group.is_empty() {
                String::new()
            } else {
                format!("（{}）", n.group)
            };
            let verdict = if n.admitted {
                "在名额内"
            } else {
                "受名额限制未能晋升"
            };
            format!(
                "“{}”{within}{verdict}：{} 人竞争 {} 个名额，排名第 {}（上限 {} 人 / 职工 {} 人，已有 {} 人）",
                quota.name, n.candidates, n.places, n.rank, n.limit, n.headcount, n.incumbents
            )
        }
    };
    if let Some(tie) = &n.tie {
        let key = match (tie.key.as_str(), lang) {
            ("employee_id", Lang::English) => "employee id".to_string(),
            ("employee_id", Lang::Chinese) => "工号".to_string(),
            ("enterprise_id", Lang::English) => "enterprise id".to_string(),
            ("enterprise_id", Lang::Chinese) => "企业编号".to_string(),
            (k, _) => k.to_string(),
        };
        text += &match lang {
            Lang::English => format!(
                ", tie at {total} with {} broken by {key} ({} vs {})",
                tie.other, tie.ours, tie.theirs
            ),
            Lang::Chinese => format!(
                "；与 {} 同为 {total} 分，按{key}区分（{} 对 {}）",
                tie.other, tie.ours, tie.theirs
            ),
        };
    }
    text
}
