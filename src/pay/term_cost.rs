//! `TermCost`: what a schedule costs over its contract's term with its pay
//! adjustments applied (工资调整办法; 浙江省集体合同条例 Art 19 items 3 and 6).
//!
//! The term's months, from the month the schedule takes effect to the month it
//! expires, are cut into runs paid by the same grade table (a run starts at each
//! adjustment). Each run costs the wage bill of the compared period's roster
//! under that run's table (every other input as in the period), times its
//! months: the figure a negotiator puts beside "what it costs a month".

use serde::Serialize;

use crate::schedule::in_force;
use crate::{t, Money, Period, Schedule};

/// A run of months of the term paid by one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermRun {
    /// The run's first month, `YYYY-MM`.
    pub from: String,
    /// The run's last month, `YYYY-MM`.
    pub to: String,
    /// How many months the run has.
    pub months: u32,
    /// How many adjustments are in force in the run.
    pub adjustments: usize,
    /// The roster's monthly bill under the run's table.
    pub monthly: Money,
    /// monthly x months.
    pub cost: Money,
    #[serde(skip)]
    first: Period,
}

/// The cost of a schedule over its term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermCost {
    /// The schedule's label in the comparison (its title or the file).
    pub label: String,
    /// The term's first month, `YYYY-MM`.
    pub from: String,
    /// The term's last month, `YYYY-MM`.
    pub to: String,
    /// The months of the term.
    pub months: u32,
    /// The runs of months each paid by one table, in date order.
    pub runs: Vec<TermRun>,
    /// The sum of the runs' costs.
    pub total: Money,
}

/// The first month of each run of the term: the month the schedule takes
/// effect, then each month whose last day brings another adjustment in force.
pub fn run_starts(schedule: &Schedule) -> Vec<Period> {
    let (first, last) = term(schedule);
    let mut starts = vec![first];
    let mut seen = in_force(&schedule.adjustments, first.last_day()).len();
    let mut month = first;
    while let Some(next) = month.next().filter(|n| *n <= last) {
        let now = in_force(&schedule.adjustments, next.last_day()).len();
        if now != seen {
            starts.push(next);
            seen = now;
        }
        month = next;
    }
    starts
}

/// Whether the term has more than one table, so its cost is worth a section.
pub fn adjusts_within_term(schedule: &Schedule) -> bool {
    run_starts(schedule).len() > 1
}

fn term(schedule: &Schedule) -> (Period, Period) {
    (
        Period::of(schedule.meta.effective),
        Period::of(schedule.meta.expires),
    )
}

impl TermCost {
    /// The cost from each run's monthly bill (`monthly[k]` for the run that
    /// starts at `run_starts(schedule)[k]`); `None` if a product overflows.
    pub fn from_bills(label: &str, schedule: &Schedule, monthly: &[Money]) -> Option<TermCost> {
        let (first, last) = term(schedule);
        let starts = run_starts(schedule);
        let mut runs = Vec::with_capacity(starts.len());
        for (k, (&start, &bill)) in starts.iter().zip(monthly).enumerate() {
            let end = starts
                .get(k + 1)
                .map_or(Some(last), |next| previous(*next))?;
            let months = u32::try_from(end.months_since(start.first_day()) + 1).ok()?;
            runs.push(TermRun {
                from: start.to_string(),
                to: end.to_string(),
                months,
                adjustments: in_force(&schedule.adjustments, start.last_day()).len(),
                monthly: bill,
                cost: Money::new(bill.checked_mul(rust_decimal::Decimal::from(months))?),
                first: start,
            });
        }
        let total = runs
            .iter()
            .try_fold(Money::ZERO, |sum, r| sum.checked_add(r.cost))?;
        Some(TermCost {
            label: label.to_string(),
            from: first.to_string(),
            to: last.to_string(),
            months: runs.iter().map(|r| r.months).sum(),
            runs,
            total,
        })
    }

    /// The section's lines, for the text reports of compare and propose.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![t!(
            "pay-term-cost",
            label = &self.label,
            from = &self.from,
            to = &self.to,
            months = self.months,
            total = self.total.grouped()
        )];
        for r in &self.runs {
            lines.push(t!(
                "pay-term-run",
                from = &r.from,
                to = &r.to,
                months = r.months,
                monthly = r.monthly.grouped(),
                cost = r.cost.grouped(),
                adjustments = r.adjustments,
                on = r.first.last_day().to_string()
            ));
        }
        lines
    }
}

/// The month before `p`.
fn previous(p: Period) -> Option<Period> {
    p.first_day().pred_opt().map(Period::of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn schedule(adjustments: &str) -> Schedule {
        let text = format!(
            "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"e\"\nunion = \"u\"\n\
             region = \"331081\"\neffective = 2026-01-01\nexpires = 2026-12-31\n\
             [[grade]]\nname = \"初\"\npay = [\"3000.00\"]\n{adjustments}"
        );
        Schedule::parse("s.toml", &text).unwrap()
    }

    #[test]
    fn the_term_is_cut_at_each_adjustment() {
        let s = schedule(
            "[[adjustment]]\nfrom = 2026-07-01\namount = \"100\"\n\
             [[adjustment]]\nfrom = 2026-10-15\npercent = \"2%\"\n",
        );
        let starts: Vec<String> = run_starts(&s).iter().map(ToString::to_string).collect();
        // 2026-10-15 is in force on October's last day: October starts a run.
        assert_eq!(starts, ["2026-01", "2026-07", "2026-10"]);
        assert!(adjusts_within_term(&s));
        assert!(!adjusts_within_term(&schedule("")));
    }

    #[test]
    fn the_cost_adds_each_run_s_bill_times_its_months() {
        let s = schedule("[[adjustment]]\nfrom = 2026-07-01\npercent = \"5%\"\n");
        let bills = [Money::new(dec!(10000.00)), Money::new(dec!(10500.00))];
        let cost = TermCost::from_bills("new", &s, &bills).unwrap();
        assert_eq!(cost.months, 12);
        assert_eq!(
            cost.runs.iter().map(|r| r.months).collect::<Vec<_>>(),
            [6, 6]
        );
        assert_eq!(cost.total, Money::new(dec!(123000.00)));
        assert_eq!(cost.runs[1].adjustments, 1);
        assert_eq!(cost.runs[1].to, "2026-12");
    }
}
