//! `MonthGross`: each worker's gross pay in each month of a run under one
//! schedule. A month is priced over the workers employed in it (any pool is
//! split among them), or, where no pool is shared, each worker is priced only
//! in the months whose pay can differ ([`MonthReadings`]) and the others
//! reuse an earlier month's figure: the same figures, fewer pay sheets.

use crate::pay::{employed_in, MonthReadings, PayEngine, PayError, PaySheet, PoolShare};
use crate::roster::Worker;
use crate::Money;

/// Per worker and month, the gross pay (`None`: not employed, or not priced).
#[derive(Debug, Default)]
pub struct MonthGross {
    months: usize,
    gross: Vec<Option<Money>>,
    keep: Vec<usize>,
    readings: MonthReadings,
    sheet: PaySheet,
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
            self.readings.fill(engines, tables, w);
            for (m, engine) in engines.iter().enumerate() {
                if !wanted[m] || !employed_in(w, engine.period()) {
                    continue;
                }
                let like = (0..m).find(|&j| {
                    wanted[j] && employed_in(w, engines[j].period()) && self.readings.same(j, m)
                });
                let gross = match like {
                    Some(j) => self.gross[k * months + j],
                    None => {
                        if engine
                            .compute(w, PoolShare::default(), &mut self.sheet)
                            .is_err()
                        {
                            return false;
                        }
                        Some(self.sheet.gross)
                    }
                };
                self.gross[k * months + m] = gross;
            }
        }
        true
    }
}
