//! `Scale`: a linear scale from a chart's values to pixels, in `Decimal`, its
//! domain widened to whole steps of 1, 2, 2.5 or 5 times a power of ten.

use rust_decimal::Decimal;

/// A step for about `ticks` ticks over `span`: 1, 2, 2.5 or 5 times a power of ten.
pub fn nice_step(span: Decimal, ticks: u32) -> Decimal {
    if span <= Decimal::ZERO || ticks == 0 {
        return Decimal::ONE;
    }
    let raw = span / Decimal::from(ticks);
    let mut power = Decimal::ONE;
    while power.checked_mul(Decimal::TEN).is_some_and(|p| p <= raw) {
        power *= Decimal::TEN;
    }
    while power > raw && power > Decimal::new(1, 12) {
        power /= Decimal::TEN;
    }
    for m in [
        Decimal::ONE,
        Decimal::TWO,
        Decimal::new(25, 1),
        Decimal::new(5, 0),
        Decimal::TEN,
    ] {
        if power * m >= raw {
            return power * m;
        }
    }
    power * Decimal::TEN
}

/// A linear scale from a value domain to pixels.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub lo: Decimal,
    pub hi: Decimal,
    pub step: Decimal,
    pub from: Decimal,
    pub to: Decimal,
}

impl Scale {
    /// A scale whose domain covers `values` and zero, widened to whole steps.
    pub fn covering(values: &[Decimal], from: Decimal, to: Decimal, ticks: u32) -> Scale {
        let min = values.iter().copied().fold(Decimal::ZERO, Decimal::min);
        let max = values.iter().copied().fold(Decimal::ZERO, Decimal::max);
        let step = nice_step(max - min, ticks);
        let lo = (min / step).floor() * step;
        let mut hi = (max / step).ceil() * step;
        if hi == lo {
            hi = lo + step;
        }
        Scale {
            lo,
            hi,
            step,
            from,
            to,
        }
    }

    pub fn at(&self, v: Decimal) -> Decimal {
        self.from + (v - self.lo) * (self.to - self.from) / (self.hi - self.lo)
    }

    pub fn ticks(&self) -> Vec<Decimal> {
        let mut out = Vec::new();
        let mut t = self.lo;
        while t <= self.hi && out.len() < 50 {
            out.push(t);
            t += self.step;
        }
        out
    }
}
