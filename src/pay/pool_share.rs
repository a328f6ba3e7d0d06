//! `PoolShare`: a worker's part of the profit-sharing pool of their
//! enterprise, and how the engine splits each enterprise's pool among the
//! workers employed in the month by their weights.

use std::sync::Arc;

use rust_decimal::Decimal;

use super::{applies, PayEngine};
use crate::pay::{pool, PayError, PoolProblem};
use crate::roster::{Slot, Worker};
use crate::schedule::{Allowance, RuleKind};
use crate::Money;

/// A worker's part of the profit-sharing pool of their enterprise, with the
/// weights it was split by (to explain it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PoolShare {
    /// The worker's share, in yuan; the shares of an enterprise add up to its pool exactly.
    pub amount: Money,
    /// The enterprise's pool.
    pub pool: Money,
    /// The worker's weight: grade weight x step factor x contribution.
    pub weight: Decimal,
    /// The sum of the weights in the enterprise.
    pub total_weight: Decimal,
}

impl PayEngine<'_> {
    /// Each worker's part of the pool of their enterprise; zero without a pool.
    /// Workers are grouped by enterprise id; within a group the split follows
    /// [`pool::split`]. An enterprise with a pool to share and no weight to
    /// share it by (nobody eligible, or every weight zero) is an error naming
    /// the pool: the amount would vanish from every pay sheet.
    pub fn pool_shares(&self, workers: &[Worker]) -> Result<Vec<PoolShare>, PayError> {
        let mut shares = Vec::new();
        self.pool_shares_into(workers, &mut shares)?;
        Ok(shares)
    }

    /// As [`PayEngine::pool_shares`], into a reused vector: the pipeline calls
    /// it per enterprise, and a fresh vector each time cost the allocator a
    /// page now and then (a batch's largest enterprises hold thousands).
    pub fn pool_shares_into(
        &self,
        workers: &[Worker],
        shares: &mut Vec<PoolShare>,
    ) -> Result<(), PayError> {
        shares.clear();
        shares.resize(workers.len(), PoolShare::default());
        let Some((index, rule)) = self
            .schedule
            .allowances
            .iter()
            .enumerate()
            .find(|(_, a)| matches!(a.kind, RuleKind::Pool { .. }))
        else {
            return Ok(());
        };
        let RuleKind::Pool {
            amount,
            by_enterprise,
            weights,
            step_weight,
            ..
        } = &rule.kind
        else {
            return Ok(());
        };
        let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
        let mut where_: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, w) in workers.iter().enumerate() {
            let g = *where_.entry(w.enterprise_id.as_str()).or_insert_with(|| {
                groups.push((w.enterprise_id.as_str(), Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(i);
        }
        for (enterprise, members) in groups {
            let weight_of = |w: &Worker| -> Decimal {
                // A worker not employed in the month (hired after it, gone
                // before it) has no share of its pool.
                if !applies(rule, w) || !crate::pay::employed_in(w, self.period) {
                    return Decimal::ZERO;
                }
                let grade = self
                    .schedule
                    .grades
                    .get(w.grade)
                    .map_or("", |g| g.name.as_str());
                let g = weights.get(grade).unwrap_or(Decimal::ONE);
                let s = step_weight.map_or(Decimal::ONE, |r| {
                    Decimal::ONE + r.fraction() * Decimal::from(w.step.saturating_sub(1))
                });
                let c = match w.slots.get(index) {
                    Some(Slot::Number(n)) => *n,
                    _ => Decimal::ONE,
                };
                g.checked_mul(s)
                    .and_then(|x| x.checked_mul(c))
                    .unwrap_or(Decimal::ZERO)
            };
            let group_weights: Vec<Decimal> =
                members.iter().map(|&i| weight_of(&workers[i])).collect();
            let pool_amount = Allowance::pool_amount(*amount, by_enterprise, enterprise);
            if pool_amount > Money::ZERO && group_weights.iter().all(Decimal::is_zero) {
                let eligible = members.iter().any(|&i| applies(rule, &workers[i]));
                return Err(PayError::Pool {
                    enterprise: enterprise.to_string(),
                    rule: self.rule_at(&rule.id),
                    problem: if eligible {
                        PoolProblem::ZeroWeights
                    } else {
                        PoolProblem::NoneEligible
                    },
                    line: members.first().map_or(0, |&i| workers[i].line),
                    roster: members
                        .first()
                        .map_or_else(Default::default, |&i| Arc::clone(&workers[i].roster)),
                });
            }
            let parts = pool::split(pool_amount, &group_weights, self.schedule.rounding);
            let total_weight: Decimal = group_weights.iter().sum();
            for ((&i, amount), weight) in members.iter().zip(parts).zip(group_weights) {
                shares[i] = PoolShare {
                    amount,
                    pool: pool_amount,
                    weight,
                    total_weight,
                };
            }
        }
        Ok(())
    }
}
