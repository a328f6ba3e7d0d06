//! `Comparison`: a base schedule and one or more offers over the same roster,
//! side by side in negotiation order: cost, who gains, distribution, 扩中提低.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::compare::scenario::check_rows;
use crate::compare::scenario_summary::summarize;
use crate::compare::tally::{trim, CompareTally, TallyScenario};
use crate::compare::{
    CellRow, CompareError, CompareOptions, GradeRow, OfferChange, Scenario, ScenarioSummary,
};
use crate::compare::{GuidelineLines, Percentage, Threshold, ThresholdBasis, WorkerChange};
use crate::distribution::{group_end, Distribution, ValueCounts};
use crate::pay::PaySheet;
use crate::{Money, Period};

/// Everything compare reports, ready for any output format.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The pay month compared, `YYYY-MM`.
    pub period: String,
    /// Workers on the roster.
    pub headcount: usize,
    /// The low-pay threshold in yuan a month, when one was given or derived.
    pub threshold: Option<Money>,
    /// Where the threshold came from: given, or a multiple of the minimum wage.
    pub threshold_basis: Option<ThresholdBasis>,
    /// The employer's on-cost on top of gross pay (social insurance, housing fund), when given.
    pub on_cost: Option<Percentage>,
    /// The wage guideline's lines (工资指导线) the average growth is placed among, when standards give one.
    pub guideline: Option<GuidelineLines>,
    /// Where the guideline's lines come from.
    pub guideline_source: Option<String>,
    /// The base first, then each offer in the order given.
    pub scenarios: Vec<ScenarioSummary>,
    /// Each offer against the base, in the order given.
    pub offers: Vec<OfferChange>,
    /// Average gross pay by the base's grades.
    pub grades: Vec<GradeRow>,
    /// Grade pay (能级工资) by grade and step.
    pub cells: Vec<CellRow>,
    /// Each scenario's gross pay as counts by value (the charts' histogram).
    #[serde(skip)]
    pub distributions: Vec<Distribution>,
    /// The cost over the term of each scenario whose term has pay adjustments
    /// (工资调整办法), in scenario order; absent when none has.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub term_costs: Vec<crate::pay::TermCost>,
}

impl Comparison {
    /// Compares the base with each offer. Aggregates are rounded by the base
    /// schedule's rounding.
    pub fn build(
        period: Period,
        base: &Scenario,
        offers: &[Scenario],
        options: &CompareOptions,
    ) -> Result<Comparison, CompareError> {
        Comparison::build_with(period, base, offers, options, true)
    }

    /// The comparison without each offer's list of every worker's change
    /// (`workers` left empty): the figures alone, for a page that recomputes
    /// them on every edit.
    pub fn summary(
        period: Period,
        base: &Scenario,
        offers: &[Scenario],
        options: &CompareOptions,
    ) -> Result<Comparison, CompareError> {
        Comparison::build_with(period, base, offers, options, false)
    }

    fn build_with(
        period: Period,
        base: &Scenario,
        offers: &[Scenario],
        options: &CompareOptions,
        with_workers: bool,
    ) -> Result<Comparison, CompareError> {
        let n = base.workers.len();
        if n == 0 {
            return Err(CompareError::Empty);
        }
        for s in std::iter::once(base).chain(offers) {
            check_rows(base, s)?;
        }
        let all: Vec<TallyScenario> = std::iter::once(base)
            .chain(offers)
            .map(|s| TallyScenario {
                label: s.label,
                schedule: s.schedule,
            })
            .collect();
        let mut tally = CompareTally::new(base.schedule, offers.len(), options.largest_losses);
        let mut workers: Vec<Vec<WorkerChange>> =
            vec![Vec::with_capacity(if with_workers { n } else { 0 }); offers.len()];
        let mut changes = Vec::new();
        let spill = |e: std::io::Error| CompareError::Spill(e.to_string());
        let mut sheets: Vec<&PaySheet> = Vec::with_capacity(offers.len() + 1);
        for (i, w) in base.workers.iter().enumerate() {
            sheets.clear();
            sheets.extend(std::iter::once(base).chain(offers).map(|s| &s.sheets[i]));
            tally
                .add(
                    &all,
                    w,
                    &sheets,
                    i as u64,
                    with_workers.then_some(&mut changes),
                )
                .map_err(spill)?;
            for (list, x) in workers.iter_mut().zip(changes.drain(..)) {
                list.push(x);
            }
        }
        let mut c = Comparison::from_tally(period, &all, &mut tally, options)?;
        for (offer, list) in c.offers.iter_mut().zip(workers) {
            offer.workers = list;
        }
        Ok(c)
    }

    /// The comparison of a finished tally (`workers` of each offer left empty:
    /// a streamed roster writes them as it goes).
    pub fn from_tally(
        period: Period,
        scenarios: &[TallyScenario<'_>],
        tally: &mut CompareTally,
        options: &CompareOptions,
    ) -> Result<Comparison, CompareError> {
        let n = usize::try_from(tally.headcount).unwrap_or(usize::MAX);
        if n == 0 {
            return Err(CompareError::Empty);
        }
        let base = scenarios[0];
        let offers = &scenarios[1..];
        let rounding = base.schedule.rounding;
        // Each scenario's counts become its distribution (not copied: the
        // counts are emptied).
        let distributions: Vec<Distribution> = tally
            .pay
            .iter_mut()
            .map(ValueCounts::into_distribution)
            .collect();
        let summaries = scenarios
            .iter()
            .zip(&distributions)
            .map(|(s, pay)| summarize(s, pay, options))
            .collect::<Result<Vec<_>, _>>()?;

        // Rank by base pay, ties in roster order: the pay of the first e
        // ranked workers under each scenario, for each group end e.
        let ends: Vec<usize> = (0..=5).map(|k| group_end(n, k, 5)).collect();
        let firsts = first_ranked(tally, &distributions[0], offers.len(), &ends)
            .map_err(|e| CompareError::Spill(e.to_string()))?;
        let group_growth = |k: usize, from: usize, to: usize| {
            let before = firsts[to][0] - firsts[from][0];
            let after = firsts[to][k + 1] - firsts[from][k + 1];
            Percentage::change(before, after)
        };

        let mut changes = Vec::with_capacity(offers.len());
        for (k, (offer, summary)) in offers.iter().zip(&summaries[1..]).enumerate() {
            let (gainers, losers) = tally.moved[k];
            let (gainers, losers) = (gainers as usize, losers as usize);
            trim(&mut tally.losses[k], options.largest_losses);
            let largest_losses = tally.losses[k].iter().map(|l| l.2.clone()).collect();
            let bill = &summaries[0].bill;
            let average_growth = Percentage::change(bill.monthly, summary.bill.monthly);
            let bottom_40_growth = group_growth(k, 0, 2);
            let top_20_growth = group_growth(k, 4, 5);
            changes.push(OfferChange {
                label: offer.label.to_string(),
                monthly_change: summary.bill.monthly - bill.monthly,
                annual_change: summary.bill.annual - bill.annual,
                employer_annual_change: summary
                    .bill
                    .employer_annual
                    .zip(bill.employer_annual)
                    .map(|(a, b)| a - b),
                average_growth,
                guideline: options
                    .guideline
                    .zip(average_growth)
                    .map(|(lines, g)| lines.position(g)),
                gainers,
                losers,
                unchanged: n - gainers - losers,
                bottom_40_growth,
                top_20_growth,
                lifts_low: bottom_40_growth
                    .zip(top_20_growth)
                    .map(|(low, high)| low > high),
                quintiles: (0..5).map(|q| group_growth(k, q, q + 1)).collect(),
                largest_losses,
                workers: Vec::new(),
            });
        }

        let grades = base
            .schedule
            .grades
            .iter()
            .zip(&tally.grades)
            .map(|(grade, (headcount, totals))| {
                let count = Decimal::from(*headcount);
                GradeRow {
                    grade: grade.name.clone(),
                    headcount: *headcount as usize,
                    average: totals
                        .iter()
                        .map(|t| (*headcount > 0).then(|| rounding.apply(t.amount() / count)))
                        .collect(),
                    growth: totals[1..]
                        .iter()
                        .map(|o| Percentage::change(totals[0], *o))
                        .collect(),
                }
            })
            .collect();

        let mut cells = Vec::new();
        for (g, grade) in base.schedule.grades.iter().enumerate() {
            for step in 1..=grade.steps() {
                let pay: Vec<Option<Money>> = scenarios
                    .iter()
                    .map(|s| {
                        s.schedule
                            .grade_index(&grade.name)
                            .and_then(|i| s.schedule.grades[i].pay_at(step))
                    })
                    .collect();
                let before = pay[0];
                let after = &pay[1..];
                cells.push(CellRow {
                    grade: grade.name.clone(),
                    step,
                    headcount: tally.cells.get(&(g, step)).copied().unwrap_or(0) as usize,
                    change: after
                        .iter()
                        .map(|a| before.zip(*a).map(|(b, a)| a - b))
                        .collect(),
                    growth: after
                        .iter()
                        .map(|a| before.zip(*a).and_then(|(b, a)| Percentage::change(b, a)))
                        .collect(),
                    pay,
                });
            }
        }

        Ok(Comparison {
            period: period.to_string(),
            headcount: n,
            threshold: options.threshold.as_ref().map(|t| t.amount),
            threshold_basis: options.threshold.as_ref().map(|t| t.basis.clone()),
            on_cost: options.on_cost.map(Percentage::from),
            guideline: options.guideline,
            guideline_source: options.guideline_source.clone(),
            scenarios: summaries,
            offers: changes,
            grades,
            cells,
            distributions,
            term_costs: Vec::new(),
        })
    }

    /// The base's summary.
    pub fn base(&self) -> &ScenarioSummary {
        &self.scenarios[0]
    }

    /// The threshold and where it came from, in one line, when there is one.
    pub fn threshold_line(&self) -> Option<String> {
        let amount = self.threshold?;
        let basis = self
            .threshold_basis
            .clone()
            .unwrap_or(ThresholdBasis::Given);
        Some(Threshold { amount, basis }.describe())
    }

    /// The guideline's lines and their source in one line, when there are some.
    pub fn guideline_line(&self) -> Option<String> {
        let lines = self.guideline?;
        let figures: Vec<String> = lines
            .lines()
            .iter()
            .map(|(name, p)| format!("{name} {}", p.signed()))
            .collect();
        let source = self
            .guideline_source
            .as_ref()
            .map(|s| crate::t!("compare-guideline-from", source = s))
            .unwrap_or_default();
        let figures = figures.join(&crate::t!("compare-guideline-separator"));
        Some(crate::t!("compare-guideline-line", figures = figures) + &source)
    }
}

/// For each group end e: the pay of the first e workers ranked by base pay
/// (ties in roster order), base first then each offer. The base's counts give
/// each end's cut: the base pay v at rank e and how many c of the workers paid
/// exactly v are in; one pass over the workers' records then puts each worker
/// in its group (the first e hold every worker paid below v and the first c,
/// in roster order, paid v), and the groups add up to the ends.
fn first_ranked(
    tally: &mut CompareTally,
    base: &Distribution,
    offers: usize,
    ends: &[usize],
) -> std::io::Result<Vec<Vec<Money>>> {
    // Per end: (v, c), or None for an end past every worker.
    let mut cuts: Vec<Option<(Decimal, u64)>> = Vec::with_capacity(ends.len());
    let mut before = 0u64;
    let mut counts = base.counts().peekable();
    for &e in ends {
        let e = e as u64;
        while let Some((_, n)) = counts.next_if(|(_, n)| before + n <= e) {
            before += n;
        }
        cuts.push(counts.peek().map(|(v, _)| (*v, e - before)));
    }
    let zero = vec![Money::ZERO; offers + 1];
    // Group g holds the workers in the first ends[g] but not ends[g - 1];
    // group ends.len() those in none.
    let mut groups = vec![zero.clone(); ends.len() + 1];
    let mut seen = vec![0u64; ends.len()];
    tally.replay(offers + 1, &mut |pay: &[Decimal]| {
        let b = pay[0];
        let mut group = ends.len();
        // The ends ascend, so a worker in the first ends[g] is in every later one.
        for (g, (cut, seen)) in cuts.iter().zip(&mut seen).enumerate().rev() {
            let inside = match cut {
                None => true,
                Some((v, c)) if b == *v => {
                    *seen += 1;
                    *seen <= *c
                }
                Some((v, _)) => b < *v,
            };
            if inside {
                group = g;
            }
        }
        for (sum, p) in groups[group].iter_mut().zip(pay) {
            *sum += Money::new(*p);
        }
    })?;
    let mut firsts = Vec::with_capacity(ends.len());
    let mut sums = zero;
    for group in &groups[..ends.len()] {
        for (s, g) in sums.iter_mut().zip(group) {
            *s += *g;
        }
        firsts.push(sums.clone());
    }
    Ok(firsts)
}

#[cfg(test)]
#[path = "comparison_tests.rs"]
mod tests;
