//! `MonthReadings`: what one worker's pay reads of each month of a run, so
//! that months whose pay cannot differ are priced once. Without a pool, a
//! worker's pay sheet reads the month only through the grade table in force
//! (工资调整办法: adjustments), the part of the month paid (hire, leave,
//! probation: 劳动合同法 Art 20), a per-year rule's full years, and whether a
//! monthly or one-off award is paid then; two months that read the same of
//! all of these give the same sheet.

use crate::pay::{Part, PayEngine};
use crate::roster::{Slot, Worker};
use crate::schedule::RuleKind;
use crate::Period;

/// One worker's readings of each month, in the months' order.
#[derive(Debug, Default)]
pub struct MonthReadings {
    parts: Vec<Option<Part>>,
    values: Vec<u32>,
    stride: usize,
}

impl MonthReadings {
    /// Each engine's table as the first month's index whose engine has an
    /// equal table in force (a month with no table is its own).
    pub fn tables(engines: &[&PayEngine<'_>]) -> Vec<u32> {
        let tables: Vec<_> = engines
            .iter()
            .map(|e| e.schedule().table_for(e.period()).ok())
            .collect();
        (0..engines.len())
            .map(|m| {
                let first = (0..m).find(|&j| tables[j].is_some() && tables[j] == tables[m]);
                u32::try_from(first.unwrap_or(m)).unwrap_or(u32::MAX)
            })
            .collect()
    }

    /// Whether the schedule shares a pool among each enterprise's workers
    /// (a share reads the other workers, so nothing here can tell).
    pub fn pooled(engine: &PayEngine<'_>) -> bool {
        engine
            .schedule()
            .allowances
            .iter()
            .any(|a| matches!(a.kind, RuleKind::Pool { .. }))
    }

    /// Reads `w` in every engine's month (`tables`: [`MonthReadings::tables`]).
    pub fn fill(&mut self, engines: &[&PayEngine<'_>], tables: &[u32], w: &Worker) {
        self.parts.clear();
        self.values.clear();
        for (engine, &table) in engines.iter().zip(tables) {
            let schedule = engine.schedule();
            let period = engine.period();
            self.stride = schedule.allowances.len() + 1;
            self.parts.push(Part::of(&schedule.attendance, period, w));
            self.values.push(table);
            for (i, rule) in schedule.allowances.iter().enumerate() {
                let slot = w.slots.get(i).copied().unwrap_or(Slot::Empty);
                self.values.push(match (&rule.kind, slot) {
                    (RuleKind::PerYear { .. }, Slot::Date(date)) => period.full_years_since(date),
                    (RuleKind::MonthlyAward { months, .. }, Slot::KeyDate(_, date)) => {
                        let since = period.months_since(date);
                        u32::from(since >= 1 && since <= i64::from(*months))
                    }
                    (RuleKind::OneOff { .. }, Slot::KeyDate(_, date)) => {
                        u32::from(Period::of(date) == period)
                    }
                    _ => 0,
                });
            }
        }
    }

    /// Whether months `a` and `b` (indices into the engines) read the same.
    pub fn same(&self, a: usize, b: usize) -> bool {
        let s = self.stride;
        self.parts[a] == self.parts[b]
            && self.values[a * s..(a + 1) * s] == self.values[b * s..(b + 1) * s]
    }
}
