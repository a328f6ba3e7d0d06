//! `AssessmentRules`: the grade-assessment committee's rules (能级认定办法), in a
//! TOML file of their own: the scored dimensions, per grade the minimum total and
//! the prerequisites, how far a worker may rise in one cycle, demotion, quotas,
//! and the ranking that breaks ties.

use std::sync::Arc;

use rust_decimal::Decimal;
use toml::Spanned;

use self::spec::RulesSpec;
use crate::assess::condition::ConditionSpec;
use crate::assess::{
    AssessmentMeta, CertificateRule, Condition, Demotion, Dimension, DisciplineRule, Exceptional,
    GradeRule, Promotion, Quota, Score, TieBreak, TimeInGrade, Years,
};
use crate::toml_input::{self, TomlError};
use crate::{suggest, Location, Schedule};

/// Validated assessment rules.
#[derive(Debug, Clone)]
pub struct AssessmentRules {
    /// The rules file's name as given.
    pub file: Arc<str>,
    /// The `[assessment]` table: title, committee, date, signatories.
    pub meta: AssessmentMeta,
    /// The scored dimensions (品德、能力、业绩、贡献), with their weights.
    pub dimensions: Vec<Dimension>,
    /// The ladder, lowest grade first.
    pub grades: Vec<GradeRule>,
    /// The certificate prerequisite's column and levels, if the rules have one.
    pub certificate: Option<CertificateRule>,
    /// The time-in-grade prerequisite's date column, if any.
    pub(crate) time_in_grade: Option<TimeInGrade>,
    /// The discipline prerequisite's column, if any.
    pub(crate) discipline: Option<DisciplineRule>,
    /// How far and to which step a promotion goes.
    pub promotion: Promotion,
    /// The exceptional-promotion rules (破格晋升).
    pub(crate) exceptional: Vec<Exceptional>,
    /// The demotion line, if the rules demote.
    pub demotion: Option<Demotion>,
    /// The quotas (名额) on the higher grades.
    pub quotas: Vec<Quota>,
    /// The rules' tie-breaks, then employee id.
    pub tie_break: Vec<TieBreak>,
}

impl AssessmentRules {
    /// The JSON Schema of an assessment-rules file, from the types it is read with
    /// (`schemas/assessment.schema.json`).
    pub fn json_schema() -> schemars::Schema {
        schemars::schema_for!(RulesSpec)
    }

    /// Reads and validates rules from their text.
    pub fn parse(file: &str, text: &str) -> Result<AssessmentRules, TomlError> {
        let file: Arc<str> = Arc::from(file);
        let spec: RulesSpec = toml_input::parse(&file, text)?;
        let at = |start: usize| Location::of_offset(&file, text, start);
        let fail = |start: usize, message: String| Err(TomlError::new(at(start), message));
        let table = |name: &str| text.find(name).unwrap_or(0);

        if spec.dimensions.is_empty() {
            return fail(0, crate::t!("rules-no-dimension"));
        }
        let mut dimensions: Vec<Dimension> = Vec::with_capacity(spec.dimensions.len());
        for d in spec.dimensions {
            let start = d.id.span().start;
            let dimension = match Dimension::from_spec(d) {
                Ok(dim) => dim,
                Err(message) => return fail(start, message),
            };
            if let Some(other) = dimensions
                .iter()
                .find(|o| o.is_called(&dimension.id) || o.is_called(&dimension.name))
            {
                return fail(
                    start,
                    crate::t!(
                        "rules-dimension-twice",
                        id = &dimension.id,
                        name = &dimension.name,
                        other = &other.id
                    ),
                );
            }
            dimensions.push(dimension);
        }
        let weights: Decimal = dimensions.iter().map(|d| d.weight.fraction()).sum();
        if weights != Decimal::ONE {
            return fail(
                table("[[dimension]]"),
                crate::t!(
                    "rules-weights",
                    sum = (weights * Decimal::ONE_HUNDRED).normalize()
                ),
            );
        }
        let lowest_total = crate::assess::weighted_total(
            &dimensions,
            &dimensions.iter().map(|d| d.min).collect::<Vec<_>>(),
        );
        let highest_total = crate::assess::weighted_total(
            &dimensions,
            &dimensions.iter().map(|d| d.max).collect::<Vec<_>>(),
        );
        let in_range = |s: Score| lowest_total <= s && s <= highest_total;

        let certificate = spec.certificate;
        if let Some(c) = &certificate {
            if let Err(message) = c.validate() {
                return fail(table("[certificate]"), message);
            }
        }
        if let Some(d) = &spec.discipline {
            if d.column.trim().is_empty() {
                return fail(table("[discipline]"), crate::t!("rules-discipline-column"));
            }
        }

        if spec.grades.len() < 2 {
            return fail(0, crate::t!("rules-ladder"));
        }
        let mut grades: Vec<GradeRule> = Vec::with_capacity(spec.grades.len());
        for (index, g) in spec.grades.into_iter().enumerate() {
            let start = g.name.span().start;
            let name = g.name.get_ref().clone();
            for n in std::iter::once(&name).chain(&g.aliases) {
                if n.trim().is_empty() {
                    return fail(start, crate::t!("rules-grade-name"));
                }
                if grades.iter().any(|o| o.is_called(n)) {
                    return fail(start, crate::t!("schedule-grade-twice", name = n));
                }
            }
            let lowest = index == 0;
            if lowest
                && (g.min_score.is_some()
                    || g.min_certificate.is_some()
                    || g.min_years.is_some()
                    || g.no_discipline
                    || !g.require.is_empty())
            {
                return fail(start, crate::t!("rules-lowest-grade", name = &name));
            }
            let min_score = match g.min_score {
                Some(s) if !in_range(*s.get_ref()) => {
                    return fail(
                        s.span().start,
                        crate::t!(
                            "rules-min-score-range",
                            score = s.get_ref().to_string(),
                            name = &name,
                            lowest = lowest_total.to_string(),
                            highest = highest_total.to_string()
                        ),
                    )
                }
                s => s.map(Spanned::into_inner),
            };
            let min_certificate = match (g.min_certificate, &certificate) {
                (None, _) => None,
                (Some(c), None) => {
                    return fail(c.span().start, crate::t!("rules-min-certificate-table"))
                }
                (Some(c), Some(rule)) => match rule.level(c.get_ref()) {
                    Some(level) => Some(level),
                    None => {
                        return fail(
                            c.span().start,
                            crate::t!(
                                "rules-unknown-certificate",
                                level = c.get_ref().as_str(),
                                levels = rule.levels.join(", ")
                            ) + &suggest::hint(c.get_ref(), rule.levels.iter().map(String::as_str)),
                        )
                    }
                },
            };
            let min_years = match g.min_years {
                None => None,
                Some(y) if spec.time_in_grade.is_none() => {
                    return fail(y.span().start, crate::t!("rules-min-years-table"))
                }
                Some(y) => match Years::new(y.get_ref().value()) {
                    Ok(years) => Some(years),
                    Err(message) => return fail(y.span().start, message),
                },
            };
            if g.no_discipline && spec.discipline.is_none() {
                return fail(start, crate::t!("rules-no-discipline-table"));
            }
            let require = match conditions(g.require) {
                Ok(c) => c,
                Err(message) => {
                    return fail(
                        start,
                        crate::t!("rules-in-grade", name = &name, message = message),
                    )
                }
            };
            grades.push(GradeRule {
                name,
                aliases: g.aliases,
                min_score,
                min_certificate,
                min_years,
                no_discipline: g.no_discipline,
                require,
            });
        }

        let promotion = Promotion {
            max_grades: *spec.promotion.max_grades.get_ref(),
            step: *spec.promotion.step.get_ref(),
        };
        if promotion.max_grades == 0 {
            return fail(
                spec.promotion.max_grades.span().start,
                crate::t!("rules-promotion-max"),
            );
        }
        if promotion.step == 0 {
            return fail(
                spec.promotion.step.span().start,
                crate::t!("rules-promotion-step"),
            );
        }

        let mut exceptional = Vec::with_capacity(spec.exceptional.len());
        for e in spec.exceptional {
            let start = e.name.span().start;
            let name = e.name.into_inner();
            if e.when.is_empty() {
                return fail(start, crate::t!("rules-exceptional-when", name = &name));
            }
            if e.max_grades == 0 {
                return fail(start, crate::t!("rules-exceptional-max", name = &name));
            }
            let when = match conditions(e.when) {
                Ok(c) => c,
                Err(message) => {
                    return fail(
                        start,
                        crate::t!("rules-in-exceptional", name = &name, message = message),
                    )
                }
            };
            exceptional.push(Exceptional {
                name,
                when,
                max_grades: e.max_grades,
                waive: e.waive,
            });
        }

        let demotion = match spec.demotion {
            None => None,
            Some(d) => {
                let below = *d.below.get_ref();
                if !in_range(below) {
                    return fail(
                        d.below.span().start,
                        crate::t!(
                            "rules-demotion-range",
                            below = below.to_string(),
                            lowest = lowest_total.to_string(),
                            highest = highest_total.to_string()
                        ),
                    );
                }
                if *d.step.get_ref() == 0 {
                    return fail(d.step.span().start, crate::t!("rules-demotion-step"));
                }
                Some(crate::assess::Demotion {
                    below,
                    step: *d.step.get_ref(),
                })
            }
        };

        let mut quotas = Vec::with_capacity(spec.quotas.len());
        for q in spec.quotas {
            let start = q.at_or_above.span().start;
            let wanted = q.at_or_above.get_ref();
            let Some(grade) = grades.iter().position(|g| g.is_called(wanted)) else {
                let names = grades.iter().map(|g| g.name.as_str());
                return fail(
                    start,
                    crate::t!("rules-quota-grade", grade = wanted.as_str())
                        + &suggest::hint(wanted, names),
                );
            };
            let limit = match Quota::limit_of(&q) {
                Ok(limit) => limit,
                Err(message) => return fail(start, message),
            };
            let mut quota = Quota {
                name: String::new(),
                grade,
                limit,
                per: q.per,
            };
            quota.name = q.name.unwrap_or_else(|| {
                format!(
                    "{}及以上不超过{}",
                    grades[grade].name,
                    quota.limit_words(crate::assess::Lang::Chinese)
                )
            });
            quotas.push(quota);
        }
        // Highest grade first: a worker held back by a higher quota may still fill a
        // place under a lower one.
        quotas.sort_by_key(|q| std::cmp::Reverse(q.grade));

        let tie_break = match TieBreak::of_rules(spec.ranking.tie_break, &dimensions) {
            Ok(tie_break) => tie_break,
            Err((start, message)) => return fail(start, message),
        };

        Ok(AssessmentRules {
            file,
            meta: spec.assessment,
            dimensions,
            grades,
            certificate,
            time_in_grade: spec.time_in_grade,
            discipline: spec.discipline,
            promotion,
            exceptional,
            demotion,
            quotas,
            tie_break,
        })
    }

    /// The grade a roster value names (its name or an alias).
    pub fn grade_index(&self, value: &str) -> Option<usize> {
        self.grades.iter().position(|g| g.is_called(value))
    }

    /// The lowest and highest possible weighted totals.
    pub fn total_range(&self) -> (Score, Score) {
        let of = |f: fn(&Dimension) -> Score| {
            crate::assess::weighted_total(
                &self.dimensions,
                &self.dimensions.iter().map(f).collect::<Vec<_>>(),
            )
        };
        (of(|d| d.min), of(|d| d.max))
    }

    /// Checks that the rules' ladder is the schedule's, and takes the schedule's
    /// grade aliases, so a roster that `compute` reads is read the same way here.
    pub fn adopt_schedule(&mut self, schedule: &Schedule) -> Result<(), String> {
        let ours: Vec<&str> = self.grades.iter().map(|g| g.name.as_str()).collect();
        let theirs: Vec<&str> = schedule.grades.iter().map(|g| g.name.as_str()).collect();
        if ours != theirs {
            return Err(crate::t!(
                "rules-not-the-ladder",
                ours = ours.join(", "),
                theirs = theirs.join(", ")
            ));
        }
        for (rule, grade) in self.grades.iter_mut().zip(&schedule.grades) {
            for alias in &grade.aliases {
                if !rule.aliases.contains(alias) {
                    rule.aliases.push(alias.clone());
                }
            }
        }
        Ok(())
    }

    /// Every condition of the rules (grades' `require`, exceptional `when`).
    pub fn conditions(&self) -> impl Iterator<Item = &Condition> {
        self.grades
            .iter()
            .flat_map(|g| &g.require)
            .chain(self.exceptional.iter().flat_map(|e| &e.when))
    }
}

fn conditions(specs: Vec<ConditionSpec>) -> Result<Vec<Condition>, String> {
    specs.into_iter().map(Condition::from_spec).collect()
}

mod spec;

#[cfg(test)]
mod tests;
