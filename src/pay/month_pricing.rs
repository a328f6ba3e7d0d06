//! `MonthPricing`: one worker priced in each month of a run under one schedule
//! that shares no pool, a pay sheet only in the months whose pay can differ
//! ([`MonthReadings`]); every other month has the sheet of the earlier month
//! that reads the same of the worker. Arrears' gross pay month by month and an
//! assessment's pay effect over a year both price this way: the same sheets
//! as pricing every month, fewer pay sheets.

use crate::pay::{MonthReadings, PayEngine, PayError, PaySheet, PoolShare};
use crate::roster::Worker;

/// One worker's sheets in each month of a run, the buffers reused from
/// worker to worker.
#[derive(Debug, Default)]
pub struct MonthPricing {
    readings: MonthReadings,
    /// A sheet per month; a month's is priced only when it owns its sheet.
    sheets: Vec<PaySheet>,
    /// Per month, the month whose sheet it has (`None`: not priced).
    like: Vec<Option<usize>>,
}

impl MonthPricing {
    /// Prices `w` in every month `m` with `priced(m)` (`engines[m]` its
    /// engine, `tables` their [`MonthReadings::tables`]): a month that reads
    /// the same of `w` as an earlier priced month takes that month's sheet,
    /// the others are priced. The engines share no pool
    /// ([`MonthReadings::pooled`]): a share reads the other workers.
    pub fn price(
        &mut self,
        engines: &[&PayEngine<'_>],
        tables: &[u32],
        w: &Worker,
        priced: impl Fn(usize) -> bool,
    ) -> Result<(), PayError> {
        self.readings.fill(engines, tables, w);
        if self.sheets.len() < engines.len() {
            self.sheets.resize_with(engines.len(), PaySheet::default);
        }
        self.like.clear();
        for (m, engine) in engines.iter().enumerate() {
            if !priced(m) {
                self.like.push(None);
                continue;
            }
            // Reading the same is an equivalence: the first such month owns a sheet.
            let like = (0..m).find(|&j| self.like[j] == Some(j) && self.readings.same(j, m));
            if like.is_none() {
                engine.compute(w, PoolShare::default(), &mut self.sheets[m])?;
            }
            self.like.push(Some(like.unwrap_or(m)));
        }
        Ok(())
    }

    /// The worker's sheet in month `m`, when it was priced.
    pub fn sheet(&self, m: usize) -> Option<&PaySheet> {
        let like = self.like.get(m).copied().flatten()?;
        self.sheets.get(like)
    }
}

#[cfg(test)]
#[path = "month_pricing_tests.rs"]
pub(crate) mod tests;
