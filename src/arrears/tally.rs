//! `Tally`: the totals of a reckoning's rows per worker, per enterprise and
//! for the run, each total in order of first appearance, with the month it
//! first appeared in. The whole reckoning and a streamed enterprise's share of
//! it are totalled by this one piece.

use std::collections::HashMap;

use crate::arrears::{MonthRow, Total};

/// Totals as the rows come, month by month.
#[derive(Debug, Default)]
pub struct Tally {
    /// Per worker, in order of first appearance, with the first month's index.
    pub workers: Vec<(usize, Total)>,
    /// Per enterprise, in order of first appearance, with the first month's index.
    pub enterprises: Vec<(usize, Total)>,
    /// The sums over every row (`months` counts worker-months).
    pub total: Total,
    workers_at: HashMap<(String, String), usize>,
    enterprises_at: HashMap<String, usize>,
}

impl Tally {
    /// Empties the tally, keeping its buffers.
    pub fn clear(&mut self) {
        if self.workers_at.len() > 2 * crate::pipeline::CHUNK_ROWS {
            // One very large enterprise's room is not kept for the rest.
            *self = Tally::default();
            return;
        }
        self.workers.clear();
        self.enterprises.clear();
        self.total = Total::default();
        self.workers_at.clear();
        self.enterprises_at.clear();
    }

    /// Adds a row of the month at index `month` (months come in order).
    pub fn add(&mut self, month: usize, row: &MonthRow) {
        let key = (row.enterprise_id.clone(), row.employee_id.clone());
        let workers = &mut self.workers;
        let i = *self.workers_at.entry(key).or_insert_with(|| {
            workers.push((
                month,
                Total {
                    employee_id: row.employee_id.clone(),
                    name: row.name.clone(),
                    enterprise_id: row.enterprise_id.clone(),
                    enterprise_name: row.enterprise_name.clone(),
                    ..Total::default()
                },
            ));
            workers.len() - 1
        });
        workers[i].1.add(row);
        let enterprises = &mut self.enterprises;
        let e = *self
            .enterprises_at
            .entry(row.enterprise_id.clone())
            .or_insert_with(|| {
                enterprises.push((
                    month,
                    Total {
                        enterprise_id: row.enterprise_id.clone(),
                        enterprise_name: row.enterprise_name.clone(),
                        ..Total::default()
                    },
                ));
                enterprises.len() - 1
            });
        enterprises[e].1.add(row);
        self.total.add(row);
    }
}
