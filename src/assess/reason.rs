//! The reason for a decision in words: which threshold or prerequisite decided,
//! which exceptional rule applied, which quota held the worker back and which
//! tie-break ordered them; in the language asked for (the catalogue's
//! `assess-*` messages).

use crate::assess::{AssessmentRules, Blocked, Check, Decision, Lang, QuotaNote};
use crate::t;

impl Decision {
    /// Why the worker is at the assessed grade.
    pub fn reason(&self, rules: &AssessmentRules, lang: Lang) -> String {
        let l = lang.ui();
        let grade = |g: usize| rules.grades.get(g).map_or("", |r| r.name.as_str());
        let sep = t!(in l; "assess-separator");
        let join = |checks: &mut dyn Iterator<Item = &Check>| {
            checks
                .map(|c| c.describe(lang))
                .collect::<Vec<_>>()
                .join(&sep)
        };
        let Some(total) = self.total else {
            return t!(in l; "assess-not-scored");
        };
        if let Some(below) = self.demotion {
            let id = if self.current == 0 {
                "assess-demoted-lowest"
            } else {
                "assess-demoted"
            };
            return t!(in l; id, total = total.to_string(), below = below.to_string());
        }
        let mut parts: Vec<String> = Vec::new();
        for attempt in &self.qualified {
            if attempt.grade >= self.assessed {
                let mut text = t!(in l;
                    "assess-qualifies",
                    grade = grade(attempt.grade),
                    checks = join(&mut attempt.checks.iter())
                );
                if attempt.by_exception {
                    if let Some(e) = self.exceptional.and_then(|e| rules.exceptional.get(e)) {
                        text += &t!(in l; "assess-by-exception", name = &e.name);
                    }
                }
                parts.push(text);
            }
        }
        match &self.blocked {
            None if self.current + 1 >= rules.grades.len() => {
                parts.push(t!(in l; "assess-top-grade"));
            }
            None => {}
            Some(Blocked::Failed(attempt)) => parts.push(t!(in l;
                "assess-failed",
                grade = grade(attempt.grade),
                checks = join(&mut attempt.checks.iter().filter(|c| !c.clears()))
            )),
            Some(Blocked::NotAssessed(g)) => {
                parts.push(t!(in l; "assess-not-decided", grade = grade(*g)));
            }
        }
        for note in &self.quotas {
            parts.push(quota_text(rules, total, note, lang));
        }
        parts.join(&sep)
    }
}

fn quota_text(
    rules: &AssessmentRules,
    total: crate::assess::Score,
    n: &QuotaNote,
    lang: Lang,
) -> String {
    let l = lang.ui();
    let Some(quota) = rules.quotas.get(n.quota) else {
        return String::new();
    };
    let group = if n.group.is_empty() {
        String::new()
    } else {
        t!(in l; "assess-quota-group", group = &n.group)
    };
    let id = if n.admitted {
        "assess-quota-within"
    } else {
        "assess-quota-held"
    };
    let mut text = t!(in l;
        id,
        name = &quota.name,
        group = group,
        rank = n.rank,
        candidates = n.candidates,
        places = n.places,
        limit = n.limit,
        headcount = n.headcount,
        incumbents = n.incumbents
    );
    if let Some(tie) = &n.tie {
        let key = match tie.key.as_str() {
            "employee_id" => t!(in l; "assess-key-employee"),
            "enterprise_id" => t!(in l; "assess-key-enterprise"),
            k => k.to_string(),
        };
        text += &t!(in l;
            "assess-tie",
            total = total.to_string(),
            other = &tie.other,
            key = key,
            ours = &tie.ours,
            theirs = &tie.theirs
        );
    }
    text
}
