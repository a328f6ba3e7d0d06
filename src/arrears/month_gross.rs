//! `MonthGross`: each worker's gross pay in each month of a run under one
//! schedule. A month is priced over the workers employed in it (any pool is
//! split among them), or, where no pool is shared, each worker is priced only
//! in the months whose pay can differ ([`MonthPricing`]) and the others
//! reuse an earlier month's figure: the same figures, fewer pay sheets.

use crate::pay::{employed_in, MonthPricing, MonthReadings, PayEngine, PayError};
use crate::roster::Worker;
use crate::Money;

/// Per worker and month, the gross pay (`None`: not employed, or not priced).
#[derive(Debug, Default)]
pub struct MonthGross {
    months: usize,
    gross: Vec<Option<Money>>,
    keep: Vec<usize>,
    pricing: MonthPricing,
}

impl MonthGross {
    /// Room for `workers` workers in `months` months, nothing priced.
    pub fn start(&mut self, months: usize, workers: usize) {
        if self.gross.len() > 2 * crate::pipeline::CHUNK_ROWS {
            // One very large enterprise's room is not kept for the rest.
            self.gross = Vec::new();
        }
        self.months = months;
        self.gross.clear();
        self.gross.resize(months * workers, None);
    }

    /// Worker `w`'s gross pay in month `m`, when employed and priced.
    pub fn get(&self, w: usize, m: usize) -> Option<Money> {
        self.gross.get(w * self.months + m).copied().flatten()
    }

    /// Prices month `m` (`engine`'s) over the workers employed in it, as
    /// `nengji compute` does: any pool is split among them.
    pub fn price_month(
        &mut self,
        engine: &PayEngine<'_>,
        workers: &[Worker],
        m: usize,
    ) -> Result<(), PayError> {
        let period = engine.period();
        self.keep.clear();
        self.keep
            .extend((0..workers.len()).filter(|&i| employed_in(&workers[i], period)));
        let sheets = if self.keep.len() == workers.len() {
            engine.compute_all(workers)?
        } else {
            let kept: Vec<Worker> = self.keep.iter().map(|&i| workers[i].clone()).collect();
            engine.compute_all(&kept)?
        };
        for (&i, sheet) in self.keep.iter().zip(&sheets) {
            if let Some(slot) = self.gross.get_mut(i * self.months + m) {
                *slot = Some(sheet.gross);
            }
        }
        Ok(())
    }

    /// Prices every month `m` with `wanted[m]` (`engines[m]` its engine,
    /// `tables` their [`MonthReadings::tables`]), each worker only in the
    /// months that read differently of it than an earlier one. False, with
    /// nothing to be trusted, where that cannot be done: a pool is shared, or
    /// a sheet fails (pricing month by month then tells the error in order).
    pub fn price_alike(
        &mut self,
        engines: &[&PayEngine<'_>],
        tables: &[u32],
        wanted: &[bool],
        workers: &[Worker],
    ) -> bool {
        if engines.iter().any(|e| MonthReadings::pooled(e)) {
            return false;
        }
        let months = self.months;
        for (k, w) in workers.iter().enumerate() {
            let priced = |m: usize| wanted[m] && employed_in(w, engines[m].period());
            if self.pricing.price(engines, tables, w, priced).is_err() {
                return false;
            }
            for m in 0..engines.len() {
                if let Some(sheet) = self.pricing.sheet(m) {
                    self.gross[k * months + m] = Some(sheet.gross);
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pay::month_pricing::tests::{run, workers, SCHEDULE};
    use crate::{Period, Schedule};
    use proptest::prelude::*;

    /// Every wanted month priced on its own, as pricing every month does.
    fn every(engines: &[PayEngine<'_>], wanted: &[bool], workers: &[Worker]) -> MonthGross {
        let mut priced = MonthGross::default();
        priced.start(engines.len(), workers.len());
        for (m, engine) in engines.iter().enumerate() {
            if wanted[m] {
                priced.price_month(engine, workers, m).unwrap();
            }
        }
        priced
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Pricing each worker only in the months that read differently gives
        /// every month exactly the figure pricing every month gives, whatever
        /// the dates and whichever months are wanted.
        #[test]
        fn pricing_alike_months_once_is_pricing_every_month(run in run(10)) {
            let (workers, engines, wanted) = (run.workers(), run.engines(), &run.wanted);
            let refs: Vec<&PayEngine> = engines.iter().collect();
            let tables = MonthReadings::tables(&refs);
            let mut alike = MonthGross::default();
            alike.start(engines.len(), workers.len());
            prop_assert!(alike.price_alike(&refs, &tables, wanted, &workers));
            let every = every(&engines, wanted, &workers);
            for w in 0..workers.len() {
                for m in 0..engines.len() {
                    prop_assert_eq!(alike.get(w, m), every.get(w, m), "worker {} month {}", w, m);
                }
            }
        }
    }

    #[test]
    fn a_pool_is_priced_month_by_month() {
        let pooled = SCHEDULE.replace(
            "[[allowance]]\nid = \"years\"",
            "[[allowance]]\nid = \"pool\"\nname = \"效益\"\ncategory = \"other\"\nkind = \"pool\"\namount = \"1000\"\nweights = { \"一级\" = \"1.0\", \"二级\" = \"1.5\" }\n\n[[allowance]]\nid = \"years\"",
        );
        assert_ne!(pooled, SCHEDULE);
        let schedule = Schedule::parse("s.toml", &pooled).unwrap();
        let workers = workers(&schedule, &[(1, 10, None, None, None, 0)], |_| false);
        let period: Period = "2026-02".parse().unwrap();
        let engines = [PayEngine::new(&schedule, period)];
        let refs: Vec<&PayEngine> = engines.iter().collect();
        let mut priced = MonthGross::default();
        priced.start(1, workers.len());
        assert!(!priced.price_alike(&refs, &MonthReadings::tables(&refs), &[true], &workers));
    }
}
