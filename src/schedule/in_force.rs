//! The grade table in force in a pay month: the written table raised by the
//! adjustments in force on its last day, and the guideline raises (工资指导线
//! 基准线) filled from the standards before any month is priced.

use std::borrow::Cow;

use super::adjustment::{in_force, table_in_force};
use super::{AdjustError, Adjustment, Grade, GuidelineRate, Raise, Schedule, UnfilledGuideline};
use crate::Period;

impl Schedule {
    /// Fills each guideline raise with the base line of its year's wage
    /// guideline for the schedule's region, where the standards carry one. A
    /// raise whose year they do not carry stays open, and the pay of a month
    /// it is in force for is an error that says so ([`AdjustError::Unresolved`]).
    pub fn resolve_guidelines(&mut self, standards: &crate::standards::Standards) {
        let region = self.meta.region.clone();
        for a in &mut self.adjustments {
            if let Raise::Guideline(rate @ None) = &mut a.raise {
                let year = chrono::Datelike::year(&a.from);
                if let Some(g) = standards.guideline(&region, year) {
                    *rate = Some(GuidelineRate {
                        year,
                        rate: g.base,
                        source: g.source.clone(),
                    });
                }
            }
        }
    }

    /// Makes the schedule ready to price every month up to `last`: fills its
    /// guideline raises from the standards (when given), and refuses, before any
    /// pay is computed, a `last` month with a guideline raise in force that they
    /// do not carry. Every command that prices a month calls this once after
    /// loading the schedule (and the workbench after reading one), so all of
    /// them read the same table in force.
    pub fn fill_guidelines(
        &mut self,
        standards: Option<&crate::standards::Standards>,
        last: Period,
    ) -> Result<(), UnfilledGuideline> {
        if let Some(standards) = standards {
            self.resolve_guidelines(standards);
        }
        match self.open_guideline(last) {
            Some(a) => Err(UnfilledGuideline {
                from: a.from,
                year: chrono::Datelike::year(&a.from),
                region: self.meta.region.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Whether any guideline raise waits for standards to fill it.
    pub fn wants_guidelines(&self) -> bool {
        self.adjustments
            .iter()
            .any(|a| a.raise == Raise::Guideline(None))
    }

    /// The first guideline raise in force in a period that no standards have
    /// filled, to refuse the run before any pay is computed.
    pub fn open_guideline(&self, period: Period) -> Option<&Adjustment> {
        in_force(&self.adjustments, period.last_day())
            .iter()
            .find(|a| a.raise == Raise::Guideline(None))
    }

    /// The grade table a pay period is paid by: the written one, raised by every
    /// adjustment in force on the period's last day.
    pub fn table_for(&self, period: Period) -> Result<Cow<'_, [Grade]>, AdjustError> {
        table_in_force(
            &self.grades,
            &self.adjustments,
            period.last_day(),
            self.rounding,
        )
    }
}
