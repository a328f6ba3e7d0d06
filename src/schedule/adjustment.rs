//! `Adjustment`: how grade pay is adjusted during the contract's term (工资调整办法;
//! 浙江省集体合同条例 Art 19 items 3 and 6): from a date, every step of every grade
//! rises by a percentage, by an amount, or by the wage guideline's base line of
//! that year (工资指导线 基准线), a percentage raise with a minimum amount a
//! step's raise may not fall below.
//!
//! A pay month is paid by the table in force on its last day, as the standards
//! in force are picked: a raise from any day of a month raises that whole
//! month. Raises compound in date order, each on the table the one before left,
//! and each step's raise is rounded once by the schedule's rounding.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::exact::date;
use crate::schedule::Grade;
use crate::{t, Money, Rate, Rounding};

/// Which line of the year's wage guideline a raise follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GuidelineLine {
    /// 基准线: the base line.
    #[serde(alias = "基准线")]
    Base,
}

/// An adjustment as written (`[[adjustment]]`).
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AdjustmentSpec {
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub from: NaiveDate,
    pub percent: Option<Rate>,
    pub amount: Option<Money>,
    pub guideline: Option<GuidelineLine>,
    /// The least a step's raise may be (with `percent` or `guideline`).
    pub minimum: Option<Money>,
}

/// The base line of a year's guideline, once the standards have given it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidelineRate {
    /// The guideline's year (工资指导线 of that year).
    pub year: i32,
    /// Its base line (基准线): the raise applied to every step.
    pub rate: Rate,
    /// Where the figure comes from (the standards' `source`).
    pub source: String,
}

/// How much a step rises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Raise {
    /// pay x rate, rounded.
    Percent(Rate),
    /// The same amount for every step.
    Amount(Money),
    /// The base line of the guideline of the year of `from`, when the
    /// standards have been read ([`Schedule::resolve_guidelines`]).
    ///
    /// [`Schedule::resolve_guidelines`]: crate::Schedule::resolve_guidelines
    Guideline(Option<GuidelineRate>),
}

/// One validated adjustment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjustment {
    /// The first day the raised table is in force.
    pub from: NaiveDate,
    /// How much each step rises.
    pub raise: Raise,
    /// The least raise of a step in yuan a month, where the adjustment sets one.
    pub minimum: Option<Money>,
}

/// Why the table in force cannot be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdjustError {
    /// A guideline raise in force whose year no standards given carry.
    Unresolved {
        /// The first day of the adjustment.
        from: NaiveDate,
        /// The guideline year it follows, which no standards file given has.
        year: i32,
    },
    /// A raised amount left the decimal range.
    Overflow,
}

/// A guideline raise in force in a month to be priced that no standards given
/// fill: the run is refused before any pay is computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", t!("pay-adjust-unresolved", from = from.to_string(), year = *year, region = region.as_str()))]
pub struct UnfilledGuideline {
    /// The day the raise takes effect.
    pub from: NaiveDate,
    /// The guideline's year whose base line the raise follows.
    pub year: i32,
    /// The schedule's region, whose guideline is wanted.
    pub region: String,
}

/// One step of a raise, to explain it: the pay before, the raise, the pay after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised<'a> {
    /// The adjustment that raised the step.
    pub adjustment: &'a Adjustment,
    /// The step's monthly pay before it, in yuan.
    pub before: Money,
    /// The raise, rounded, in yuan a month.
    pub raise: Money,
    /// The step's monthly pay after it, in yuan.
    pub after: Money,
    /// The exact pay x rate before rounding (a percentage raise).
    pub exact: Option<rust_decimal::Decimal>,
}

impl Adjustment {
    /// Validates a spec against the schedule's term and rounding.
    pub(crate) fn from_spec(
        spec: AdjustmentSpec,
        effective: NaiveDate,
        expires: NaiveDate,
        rounding: Rounding,
    ) -> Result<Adjustment, String> {
        let from = spec.from;
        if from <= effective || from > expires {
            return Err(t!(
                "pay-adjust-outside-term",
                from = from.to_string(),
                effective = effective.to_string(),
                expires = expires.to_string()
            ));
        }
        let raise = match (spec.percent, spec.amount, spec.guideline) {
            (Some(rate), None, None) => {
                if rate.fraction() <= rust_decimal::Decimal::ZERO {
                    return Err(t!("pay-adjust-not-positive", from = from.to_string()));
                }
                Raise::Percent(rate)
            }
            (None, Some(amount), None) => {
                if amount <= Money::ZERO {
                    return Err(t!("pay-adjust-not-positive", from = from.to_string()));
                }
                Raise::Amount(amount)
            }
            (None, None, Some(GuidelineLine::Base)) => Raise::Guideline(None),
            _ => return Err(t!("pay-adjust-one-way", from = from.to_string())),
        };
        if let Some(minimum) = spec.minimum {
            if matches!(raise, Raise::Amount(_)) {
                return Err(t!(
                    "pay-adjust-minimum-with-amount",
                    from = from.to_string()
                ));
            }
            if minimum <= Money::ZERO {
                return Err(t!("pay-adjust-not-positive", from = from.to_string()));
            }
        }
        let amounts = [spec.amount, spec.minimum];
        if amounts
            .iter()
            .flatten()
            .any(|a| a.amount().normalize().scale() > rounding.scale)
        {
            return Err(t!(
                "pay-adjust-unit",
                from = from.to_string(),
                unit = rounding.to_string()
            ));
        }
        Ok(Adjustment {
            from,
            raise,
            minimum: spec.minimum,
        })
    }

    /// The raise of one step's pay: pay x rate rounded once, at least the
    /// minimum; or the amount.
    pub fn raise_of(
        &self,
        pay: Money,
        rounding: Rounding,
    ) -> Result<(Money, Option<rust_decimal::Decimal>), AdjustError> {
        let rate = match &self.raise {
            Raise::Amount(amount) => return Ok((*amount, None)),
            Raise::Percent(rate) => *rate,
            Raise::Guideline(Some(g)) => g.rate,
            Raise::Guideline(None) => {
                return Err(AdjustError::Unresolved {
                    from: self.from,
                    year: chrono::Datelike::year(&self.from),
                })
            }
        };
        let exact = pay
            .checked_mul(rate.fraction())
            .ok_or(AdjustError::Overflow)?;
        let raise = rounding.apply(exact);
        let raise = self.minimum.map_or(raise, |m| raise.max(m));
        Ok((raise, Some(exact)))
    }

    /// The raise in words, for explain and the contract: "+5%, at least 100.00".
    pub fn describe(&self) -> String {
        let minimum = self
            .minimum
            .map(|m| t!("pay-adjust-at-least", minimum = m))
            .unwrap_or_default();
        match &self.raise {
            Raise::Percent(rate) => t!("pay-adjust-by-percent", rate = *rate, minimum = minimum),
            Raise::Amount(amount) => t!("pay-adjust-by-amount", amount = *amount),
            Raise::Guideline(Some(g)) => t!(
                "pay-adjust-by-guideline",
                year = g.year,
                rate = g.rate,
                source = &g.source,
                minimum = minimum
            ),
            Raise::Guideline(None) => t!(
                "pay-adjust-by-guideline-unknown",
                year = chrono::Datelike::year(&self.from),
                minimum = minimum
            ),
        }
    }
}

/// The adjustments in force on a date: those from that date or before, in
/// date order (the schedule keeps them sorted).
pub fn in_force(adjustments: &[Adjustment], on: NaiveDate) -> &[Adjustment] {
    let n = adjustments.iter().take_while(|a| a.from <= on).count();
    &adjustments[..n]
}

/// One step's pay through every adjustment in force, step by step.
pub fn raise_chain<'a>(
    pay: Money,
    adjustments: &'a [Adjustment],
    rounding: Rounding,
) -> Result<Vec<Raised<'a>>, AdjustError> {
    let mut chain = Vec::with_capacity(adjustments.len());
    let mut before = pay;
    for adjustment in adjustments {
        let (raise, exact) = adjustment.raise_of(before, rounding)?;
        let after = before.checked_add(raise).ok_or(AdjustError::Overflow)?;
        chain.push(Raised {
            adjustment,
            before,
            raise,
            after,
            exact,
        });
        before = after;
    }
    Ok(chain)
}

/// The grade table in force on a date: the written table when no adjustment
/// has taken effect (borrowed, so a schedule without raises costs nothing).
pub fn table_in_force<'a>(
    grades: &'a [Grade],
    adjustments: &[Adjustment],
    on: NaiveDate,
    rounding: Rounding,
) -> Result<Cow<'a, [Grade]>, AdjustError> {
    let active = in_force(adjustments, on);
    if active.is_empty() {
        return Ok(Cow::Borrowed(grades));
    }
    let mut table = grades.to_vec();
    for grade in &mut table {
        for pay in &mut grade.pay {
            *pay = raise_chain(*pay, active, rounding)?
                .last()
                .map_or(*pay, |r| r.after);
        }
    }
    Ok(Cow::Owned(table))
}

#[cfg(test)]
#[path = "adjustment_tests.rs"]
mod tests;
