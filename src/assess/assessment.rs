//! `Assessment`: the committee's rules applied to every worker: first each worker
//! on their own (demotion line, then the next grades' thresholds and
//! prerequisites), then the quotas, highest grade first, over the ranking.

use std::cmp::Ordering;

use crate::assess::{
    weighted_total, AssessmentRules, Attempt, Blocked, Check, Decision, Evidence, QuotaNote,
    QuotaScope, RankKey, RosterTable, ScoreSheet, Test,
};

/// The results for a whole roster, in roster order.
#[derive(Debug, Clone)]
pub struct Assessment {
    /// One decision a worker, in roster order.
    pub decisions: Vec<Decision>,
}

/// The inputs a decision reads.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The assessment rules (评定办法): dimensions, grade thresholds, quotas.
    pub rules: &'a AssessmentRules,
    /// The roster: each worker's current grade and step.
    pub roster: &'a RosterTable,
    /// The committee's scores, matched to the roster.
    pub scores: &'a ScoreSheet,
    /// What the rules read about every worker (certificates, dates, records), checked.
    pub evidence: &'a Evidence,
}

impl Assessment {
    /// Decides every worker's grade: each one's tests first, then the quotas, then the step each starts at.
    pub fn run(inputs: Inputs<'_>) -> Assessment {
        let mut decisions = before_quotas(inputs);
        for (q, _) in inputs.rules.quotas.iter().enumerate() {
            apply_quota(inputs, q, &mut decisions);
        }
        with_steps(inputs, decisions)
    }

    /// The decisions that move a worker up.
    pub fn promotions(&self) -> impl Iterator<Item = &Decision> {
        self.decisions.iter().filter(|d| d.assessed > d.current)
    }

    /// The decisions that move a worker down.
    pub fn demotions(&self) -> impl Iterator<Item = &Decision> {
        self.decisions.iter().filter(|d| d.assessed < d.current)
    }
}

/// Every worker's decision on their own, before the quotas.
pub(crate) fn before_quotas(inputs: Inputs<'_>) -> Vec<Decision> {
    (0..inputs.roster.candidates.len())
        .map(|i| decide(inputs, i))
        .collect()
}

/// The decisions with the step each starts at, once the quotas applied.
pub(crate) fn with_steps(inputs: Inputs<'_>, mut decisions: Vec<Decision>) -> Assessment {
    for d in &mut decisions {
        let step = inputs.roster.candidates[d.candidate].step;
        d.step = match d.assessed.cmp(&d.current) {
            Ordering::Greater => step.map(|_| inputs.rules.promotion.step),
            Ordering::Less => step.map(|_| inputs.rules.demotion.map_or(1, |x| x.step)),
            Ordering::Equal => step,
        };
    }
    Assessment { decisions }
}

/// One worker's decision, before quotas.
fn decide(inputs: Inputs<'_>, i: usize) -> Decision {
    let Inputs {
        rules,
        roster,
        scores,
        evidence,
    } = inputs;
    let current = roster.candidates[i].grade;
    let mut decision = Decision {
        candidate: i,
        current,
        assessed: current,
        step: None,
        total: None,
        qualified: Vec::new(),
        blocked: None,
        exceptional: None,
        demotion: None,
        quotas: Vec::new(),
    };
    let Some(row) = scores.row_of(i) else {
        return decision;
    };
    let total = weighted_total(&rules.dimensions, &row.scores);
    decision.total = Some(total);

    if let Some(demotion) = rules.demotion {
        if total < demotion.below {
            decision.demotion = Some(demotion.below);
            decision.assessed = current.saturating_sub(1);
            return decision;
        }
    }

    decision.exceptional = rules.exceptional.iter().position(|e| {
        e.when
            .iter()
            .all(|c| c.holds(evidence.condition_cell(i, &c.column)))
    });
    let exceptional = decision.exceptional.map(|e| &rules.exceptional[e]);
    let normal = rules.promotion.max_grades;
    let reach = exceptional.map_or(normal, |e| e.max_grades.max(normal));
    for k in 1..=reach {
        let grade = current + k as usize;
        let Some(rule) = rules.grades.get(grade) else {
            break;
        };
        if rule.min_score.is_none() {
            decision.blocked = Some(Blocked::NotAssessed(grade));
            break;
        }
        let mut attempt = Attempt {
            grade,
            checks: checks(inputs, i, grade, total),
            by_exception: false,
        };
        if k <= normal && attempt.clears() {
            decision.qualified.push(attempt);
            continue;
        }
        if let Some(e) = exceptional {
            for check in &mut attempt.checks {
                check.waived = !check.passed && check.waiver().is_some_and(|w| e.waives(w));
            }
            if attempt.clears() {
                attempt.by_exception = true;
                decision.qualified.push(attempt);
                continue;
            }
        }
        decision.blocked = Some(Blocked::Failed(attempt));
        break;
    }
    if let Some(top) = decision.qualified.last() {
        decision.assessed = top.grade;
    }
    decision
}

/// Every threshold and prerequisite of `grade` for worker `i`.
fn checks(inputs: Inputs<'_>, i: usize, grade: usize, total: crate::assess::Score) -> Vec<Check> {
    let Inputs {
        rules, evidence, ..
    } = inputs;
    let rule = &rules.grades[grade];
    let facts = &evidence.facts[i];
    let mut checks = Vec::new();
    if let Some(min) = rule.min_score {
        checks.push(Check::new(Test::Score { total, min }));
    }
    if let (Some(min), Some(cert)) = (rule.min_certificate, &rules.certificate) {
        checks.push(Check::certificate(
            &cert.column,
            &cert.levels,
            facts.certificate,
            min,
        ));
    }
    if let (Some(min), Some(time)) = (rule.min_years, &rules.time_in_grade) {
        checks.push(Check::new(Test::Years {
            column: time.column.clone(),
            since: facts.grade_since,
            on: rules.meta.date,
            min,
        }));
    }
    if let (true, Some(discipline)) = (rule.no_discipline, &rules.discipline) {
        checks.push(Check::new(Test::Discipline {
            column: discipline.column.clone(),
            record: facts.discipline.clone(),
        }));
    }
    for condition in &rule.require {
        checks.push(Check::new(Test::Condition {
            condition: condition.clone(),
            cell: evidence.condition_cell(i, &condition.column).to_string(),
        }));
    }
    checks
}

/// Limits promotions into the grades a quota covers, over each group of
/// the workers given (a roster-wide quota over a streamed roster is ranked
/// by [`roster_quota`](crate::assess::roster_quota) in the same order).
pub(crate) fn apply_quota(inputs: Inputs<'_>, q: usize, decisions: &mut [Decision]) {
    let quota = &inputs.rules.quotas[q];
    let roster = inputs.roster;
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, c) in roster.candidates.iter().enumerate() {
        let key = match quota.per {
            QuotaScope::Roster => String::new(),
            QuotaScope::Enterprise => c.enterprise_id.clone(),
        };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(i),
            None => groups.push((key, vec![i])),
        }
    }
    let g = quota.grade;
    for (group, members) in groups {
        let limit = quota.places(members.len());
        let incumbents = members
            .iter()
            .filter(|&&i| decisions[i].current >= g && decisions[i].assessed >= g)
            .count();
        let mut competing: Vec<(usize, RankKey)> = members
            .iter()
            .copied()
            .filter(|&i| decisions[i].current < g && decisions[i].assessed >= g)
            .map(|i| (i, RankKey::of(inputs, &decisions[i], i as u64)))
            .collect();
        if competing.is_empty() {
            continue;
        }
        // The roster's order last: as a stable sort of the members leaves them.
        competing.sort_by(|(_, a), (_, b)| RankKey::order_on_roster(inputs.rules, a, b));
        let places = limit.saturating_sub(incumbents);
        // The cut: the last admitted and the first held back, when both exist.
        let cut = (places > 0 && places < competing.len())
            .then(|| (&competing[places - 1].1, &competing[places].1));
        for (rank, (i, key)) in competing.iter().enumerate() {
            let i = *i;
            let admitted = rank < places;
            let tie = cut.and_then(|(last_in, first_out)| {
                let other = if admitted { first_out } else { last_in };
                (key.total == other.total).then(|| RankKey::tie_note(inputs.rules, key, other))
            });
            let d = &mut decisions[i];
            d.quotas.push(QuotaNote {
                quota: q,
                group: group.clone(),
                headcount: members.len(),
                limit,
                incumbents,
                places,
                candidates: competing.len(),
                rank: rank + 1,
                admitted,
                tie,
            });
            if !admitted {
                d.refused(g);
            }
        }
    }
}

#[cfg(test)]
mod tests;
