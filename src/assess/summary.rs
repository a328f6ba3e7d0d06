//! The rules in words, for the report and the committee's record: the total's
//! formula, each grade's requirements, promotion, demotion, exceptional rules,
//! quotas and the ranking (the catalogue's `assess-*` messages).

use crate::assess::{AssessmentRules, Evidence, Exceptional, Lang, Quota, QuotaScope, TieBreak};
use crate::t;

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
        let l = lang.ui();
        let rule = self.grades.get(g)?;
        let min = rule.min_score?;
        let mut parts = vec![t!(in l; "assess-require-total", min = min.to_string())];
        if let (Some(level), Some(c)) = (rule.min_certificate, &self.certificate) {
            let level = c.levels.get(level).map_or("", String::as_str);
            parts.push(t!(in l;
                "assess-require-certificate",
                column = &c.column,
                level = level
            ));
        }
        if let (Some(years), Some(t)) = (rule.min_years, &self.time_in_grade) {
            parts.push(t!(in l;
                "assess-require-years",
                years = years.years.to_string(),
                column = &t.column
            ));
        }
        if rule.no_discipline {
            parts.push(t!(in l; "assess-require-discipline"));
        }
        for c in &rule.require {
            parts.push(c.words(lang));
        }
        Some(parts.join(&t!(in l; "assess-separator")))
    }

    /// The ranking for quotas in words; `evidence` tells date columns from numbers.
    pub fn ranking_text(&self, evidence: &Evidence, lang: Lang) -> String {
        let l = lang.ui();
        let mut parts = vec![t!(in l; "assess-rank-total")];
        for (i, tie) in self.tie_break.iter().enumerate() {
            parts.push(match tie {
                TieBreak::Dimension(d) => t!(in l;
                    "assess-rank-dimension",
                    dimension = &self.dimensions[*d].name
                ),
                TieBreak::Column(c) => {
                    let dates = evidence.tie_dates.get(i).copied().unwrap_or(false);
                    let id = if dates {
                        "assess-rank-date"
                    } else {
                        "assess-rank-number"
                    };
                    t!(in l; id, column = c)
                }
                TieBreak::EmployeeId => t!(in l; "assess-rank-id"),
            });
        }
        parts.join(&t!(in l; "assess-rank-then"))
    }

    /// The scope of a quota in words.
    pub fn quota_scope(per: QuotaScope, lang: Lang) -> String {
        match per {
            QuotaScope::Roster => t!(in lang.ui(); "assess-scope-roster"),
            QuotaScope::Enterprise => t!(in lang.ui(); "assess-scope-enterprise"),
        }
    }

    /// The promotion rule in a sentence: grades per cycle and the starting step.
    pub fn promotion_text(&self, lang: Lang) -> String {
        t!(in lang.ui();
            "assess-rule-promotion",
            grades = self.promotion.max_grades,
            step = self.promotion.step
        )
    }

    /// An exceptional-promotion rule (破格晋升) in a sentence.
    pub fn exceptional_text(&self, e: &Exceptional, lang: Lang) -> String {
        let l = lang.ui();
        let when: Vec<String> = e.when.iter().map(|c| c.words(lang)).collect();
        let waive: Vec<String> = e
            .waive
            .iter()
            .map(|w| t!(in l; &format!("assess-waiver-{}", w.name())))
            .collect();
        let waive = if waive.is_empty() {
            String::new()
        } else {
            t!(in l;
                "assess-rule-waiving",
                list = waive.join(&t!(in l; "assess-list-separator"))
            )
        };
        t!(in l;
            "assess-rule-exceptional",
            name = &e.name,
            when = when.join(&t!(in l; "assess-and")),
            grades = e.max_grades,
            waive = waive
        )
    }

    /// The demotion rule in a sentence, if there is one.
    pub fn demotion_text(&self, lang: Lang) -> Option<String> {
        self.demotion.map(|d| {
            t!(in lang.ui();
                "assess-rule-demotion",
                below = d.below.to_string(),
                step = d.step
            )
        })
    }

    /// A quota (名额) in a sentence.
    pub fn quota_text(&self, q: &Quota, lang: Lang) -> String {
        let l = lang.ui();
        t!(in l;
            "assess-rule-quota",
            name = &q.name,
            limit = q.limit_words(lang),
            grade = self.grades.get(q.grade).map_or("", |g| g.name.as_str()),
            scope = AssessmentRules::quota_scope(q.per, lang)
        )
    }
}
