//! `Distribution`: exact statistics of a set of amounts (percentiles, Gini, share
//! below a threshold, growth of rank groups), all in `Decimal`, never in floats.
//!
//! Percentiles are interpolated linearly between the closest ranks, the method
//! Hyndman and Fan call R-7 and Excel calls PERCENTILE.INC: for sorted values
//! `x[0] <= ... <= x[n-1]` and `p` in `[0, 1]`, `h = (n - 1) p`, `j = floor(h)`, and
//! `P = x[j] + (h - j) (x[j+1] - x[j])`. Every step is exact decimal arithmetic.

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// A set of values as counts by distinct value, ascending: exact, and as
/// large as the number of distinct values (pay is a whole number of fen, so a
/// region's roster has far fewer distinct amounts than workers).
///
/// Kept as [`ValueCounts`] keeps them, 16 bytes a distinct value: whole fen
/// as `i64` (money with two places), and apart the few other values, so a
/// count becomes a distribution without a copy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Distribution {
    /// Values of two places as fen, ascending, with their counts.
    fen: Vec<(i64, u64)>,
    /// Every other value, ascending, with its count (none equals a fen value).
    other: Vec<(Decimal, u64)>,
    len: usize,
}

/// Counts by value while values arrive in any order; merged exactly.
///
/// Pay is a whole number of fen, so a value is kept as an `i64` of fen: a
/// sorted list of distinct values with their counts, and the values added or
/// merged since, sorted into it when they are a quarter as many (amortised
/// O(1) moves a value, 16 bytes a distinct value, no allocation a value). A
/// value that is not a whole number of fen (more places, or beyond `i64`) is
/// counted exactly in a map of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValueCounts {
    /// Distinct fen values, ascending, with their counts.
    sorted: Vec<(i64, u64)>,
    /// Fen values with counts not yet sorted in (any order, repeats allowed).
    pending: Vec<(i64, u64)>,
    /// Values that are not a whole number of fen.
    other: BTreeMap<Decimal, u64>,
}

/// Pending values at least this many before they are sorted in.
const PENDING_LEAST: usize = 1 << 16;

/// `value` as a whole number of fen, if it is one that fits an `i64`.
pub fn to_fen(value: Decimal) -> Option<i64> {
    let scale = value.scale();
    let m = value.mantissa();
    let fen = match scale {
        0 => m.checked_mul(100)?,
        1 => m.checked_mul(10)?,
        2 => m,
        _ => {
            let unit = 10i128.checked_pow(scale - 2)?;
            if m % unit != 0 {
                return None;
            }
            m / unit
        }
    };
    i64::try_from(fen).ok()
}

impl ValueCounts {
    /// Counts one more occurrence of `value`.
    pub fn add(&mut self, value: Decimal) {
        match to_fen(value) {
            Some(fen) => self.pending.push((fen, 1)),
            None => *self.other.entry(value).or_default() += 1,
        }
        if self.pending.len() >= PENDING_LEAST.max(self.sorted.len() / 4) {
            self.settle();
        }
    }

    /// Adds another counter's occurrences to this one (the merge of per-thread or per-file counts).
    pub fn merge(&mut self, other: &ValueCounts) {
        self.pending.extend_from_slice(&other.sorted);
        self.pending.extend_from_slice(&other.pending);
        for (v, n) in &other.other {
            *self.other.entry(*v).or_default() += n;
        }
        if self.pending.len() >= PENDING_LEAST.max(self.sorted.len() / 4) {
            self.settle();
        }
    }

    /// Sorts the pending values into the sorted list (a worker thread does
    /// this to its chunk's counts, so the merge has less to do).
    pub fn settle(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        self.pending.sort_unstable_by_key(|p| p.0);
        // Repeats within the pending values first, in place.
        let mut kept = 0;
        for i in 0..self.pending.len() {
            let (v, n) = self.pending[i];
            if kept > 0 && self.pending[kept - 1].0 == v {
                self.pending[kept - 1].1 += n;
            } else {
                self.pending[kept] = (v, n);
                kept += 1;
            }
        }
        self.pending.truncate(kept);
        if self.sorted.is_empty() {
            std::mem::swap(&mut self.sorted, &mut self.pending);
            return;
        }
        let (old, new) = (&self.sorted, &self.pending);
        let mut merged = Vec::with_capacity(old.len() + new.len());
        let (mut i, mut j) = (0, 0);
        while let (Some(x), Some(y)) = (old.get(i), new.get(j)) {
            if x.0 < y.0 {
                merged.push(*x);
                i += 1;
            } else if y.0 < x.0 {
                merged.push(*y);
                j += 1;
            } else {
                merged.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
        }
        merged.extend_from_slice(&old[i..]);
        merged.extend_from_slice(&new[j..]);
        self.sorted = merged;
        self.pending.clear();
    }

    /// Forgets every value, keeping the allocation for the next group.
    pub fn clear(&mut self) {
        self.sorted.clear();
        self.pending.clear();
        self.other.clear();
    }

    /// The counted values as an exact [`Distribution`], ascending (fen values
    /// with two places).
    pub fn distribution(&self) -> Distribution {
        let mut all = self.clone();
        all.into_distribution()
    }

    /// As [`ValueCounts::distribution`], emptying the counts (no copy of them
    /// is held beside the distribution).
    pub fn into_distribution(&mut self) -> Distribution {
        self.settle();
        let fen = std::mem::take(&mut self.sorted);
        let other: Vec<(Decimal, u64)> = std::mem::take(&mut self.other).into_iter().collect();
        let len = fen.iter().map(|c| c.1 as usize).sum::<usize>()
            + other.iter().map(|c| c.1 as usize).sum::<usize>();
        Distribution { fen, other, len }
    }
}

impl Distribution {
    /// The distribution of `values` in any order (sorted here; equal values are counted once with their number).
    pub fn new(mut values: Vec<Decimal>) -> Distribution {
        values.sort_unstable();
        let mut counts: Vec<(Decimal, u64)> = Vec::new();
        for v in values {
            match counts.last_mut() {
                Some((last, n)) if *last == v => *n += 1,
                _ => counts.push((v, 1)),
            }
        }
        Distribution::from_counts(counts)
    }

    /// From counts by value in ascending order of value (zero counts are left out).
    pub fn from_counts(counts: impl IntoIterator<Item = (Decimal, u64)>) -> Distribution {
        let mut d = Distribution::default();
        for (v, n) in counts.into_iter().filter(|c| c.1 > 0) {
            d.len += n as usize;
            // A value of two places keeps its places as fen.
            match to_fen(v).filter(|_| v.scale() == 2) {
                Some(fen) => d.fen.push((fen, n)),
                None => d.other.push((v, n)),
            }
        }
        d
    }

    /// How many values, counting repeats (the number of workers, not of distinct amounts).
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no values: every statistic is then `None`.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Each distinct value with how many times it occurs, ascending.
    pub fn counts(&self) -> impl Iterator<Item = (Decimal, u64)> + '_ {
        let mut fen = self
            .fen
            .iter()
            .map(|&(f, n)| (Decimal::new(f, 2), n))
            .peekable();
        let mut other = self.other.iter().copied().peekable();
        std::iter::from_fn(move || match (fen.peek(), other.peek()) {
            (Some(a), Some(b)) if b.0 < a.0 => other.next(),
            (Some(_), _) => fen.next(),
            (None, _) => other.next(),
        })
    }

    /// The smallest value, or `None` if empty.
    pub fn min(&self) -> Option<Decimal> {
        self.counts().next().map(|c| c.0)
    }

    /// The largest value, or `None` if empty.
    pub fn max(&self) -> Option<Decimal> {
        let fen = self.fen.last().map(|c| Decimal::new(c.0, 2));
        let other = self.other.last().map(|c| c.0);
        fen.max(other)
    }

    /// The sum, or `None` if it leaves the decimal range.
    pub fn sum(&self) -> Option<Decimal> {
        self.counts().try_fold(Decimal::ZERO, |acc, (x, n)| {
            acc.checked_add(x.checked_mul(Decimal::from(n))?)
        })
    }

    /// The value at rank `i` (0-based) of the sorted values.
    fn at(&self, i: usize) -> Option<Decimal> {
        let mut seen = 0usize;
        for (v, n) in self.counts() {
            seen += n as usize;
            if i < seen {
                return Some(v);
            }
        }
        None
    }

    /// The `p`-quantile (`p` in [0, 1], e.g. 0.9 for P90), interpolated by R-7
    /// (see the module doc). Exact: the result has at most the places of the
    /// values plus those of `p` times (n - 1). `None` for no values or `p`
    /// outside [0, 1].
    pub fn percentile(&self, p: Decimal) -> Option<Decimal> {
        if self.len == 0 || p < Decimal::ZERO || p > Decimal::ONE {
            return None;
        }
        let last = Decimal::from(self.len - 1);
        let h = last.checked_mul(p)?;
        let j = h.floor();
        let fraction = h - j;
        // j is in 0..=n-1 because p is in [0, 1].
        let j = j.to_usize()?;
        let low = self.at(j)?;
        match self.at(j + 1) {
            Some(high) if !fraction.is_zero() => low.checked_add(fraction.checked_mul(high - low)?),
            _ => Some(low),
        }
    }

    /// The Gini coefficient by the sorted formula
    /// G = sum_i (2i - n - 1) x_i / (n sum_i x_i), i = 1..n over ascending values.
    /// A run of c equal values x after a values has weights summing to
    /// c (2a + c - n), so the counts give it exactly. The numerator and
    /// denominator are exact; the one division is carried to 28 significant
    /// digits. `None` for no values, a zero total or a negative value.
    pub fn gini(&self) -> Option<Decimal> {
        let n = self.len;
        let first = self.min()?;
        if first.is_sign_negative() && !first.is_zero() {
            return None;
        }
        let total = self.sum()?;
        if total.is_zero() {
            return None;
        }
        let count = Decimal::from(n);
        let mut numerator = Decimal::ZERO;
        let mut before = 0u64;
        for (x, c) in self.counts() {
            let weight = Decimal::from(c) * (Decimal::from(2 * before) + Decimal::from(c) - count);
            numerator = numerator.checked_add(weight.checked_mul(x)?)?;
            before += c;
        }
        numerator.checked_div(count.checked_mul(total)?)
    }

    /// How many values are strictly below `threshold`.
    pub fn count_below(&self, threshold: Decimal) -> usize {
        self.counts()
            .take_while(|(x, _)| *x < threshold)
            .map(|(_, n)| n as usize)
            .sum()
    }
}

/// Where rank group `k` of `groups` equal groups ends, for `n` ranked items:
/// round(n k / groups), half up. The bottom 40% are the first `group_end(n, 2, 5)`
/// items; the top 20% are those from `group_end(n, 4, 5)` on. For n = 8 that is
/// the lowest 3 and the highest 2.
pub fn group_end(n: usize, k: usize, groups: usize) -> usize {
    if groups == 0 {
        return n;
    }
    let exact = Decimal::from(n * k) / Decimal::from(groups);
    exact
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_usize()
        .unwrap_or(n)
        .min(n)
}

#[cfg(test)]
#[path = "distribution_tests.rs"]
mod tests;
