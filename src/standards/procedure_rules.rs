//! `ProcedureRules`: how a collective contract must be made (集体合同规定 2004,
//! 浙江省集体合同条例 2010): its term, the representatives and the vote.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

/// `[procedure]`: each rule is checked only when given.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcedureRules {
    /// The regulations the rules come from.
    pub source: String,
    /// Term in whole years (集体合同规定 Art 38: generally 1 to 3).
    #[serde(default)]
    pub term_min_years: Option<u32>,
    /// The longest term in whole years (集体合同规定 Art 38: 3).
    #[serde(default)]
    pub term_max_years: Option<u32>,
    /// Representatives per side (集体合同规定 Art 19: at least 3).
    #[serde(default)]
    pub representatives_min: Option<u32>,
    /// For above-scale enterprises (浙江省集体合同条例 Art 10: at least 5).
    #[serde(default)]
    pub representatives_min_above_scale: Option<u32>,
    /// Outside experts at most this share of a side (Zhejiang Art 10: 1/3).
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::Fraction>")]
    pub experts_max_share: Option<Fraction>,
    /// Share of all representatives present at the vote (集体合同规定 Art 36: 2/3).
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::Fraction>")]
    pub quorum: Option<Fraction>,
    /// Votes in favour must be MORE than this share of ALL representatives, not
    /// of those present (浙江省集体合同条例 Art 24: 过半数, more than half).
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::Fraction>")]
    pub passed_above: Option<Fraction>,
    /// Votes in favour must be AT LEAST this share of all representatives
    /// (集体合同规定 Art 36: 半数以上, which includes half: 民法典 Art 1259
    /// reads 以上 as including the number).
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::Fraction>")]
    pub passed_at_least: Option<Fraction>,
    /// Days from signing to filing (浙江省集体合同条例 Art 34: 10).
    #[serde(default)]
    pub filing_days: Option<u32>,
}

/// An exact share written as `"2/3"`, so that two thirds is not rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    /// The top of the fraction: 2 in `"2/3"`.
    pub numerator: u64,
    /// The bottom of the fraction, above 0: 3 in `"2/3"`.
    pub denominator: u64,
}

impl Fraction {
    /// Whether `part / whole` is at least this share (`part * d >= whole * n`).
    pub fn reached_by(self, part: u64, whole: u64) -> bool {
        u128::from(part) * u128::from(self.denominator)
            >= u128::from(whole) * u128::from(self.numerator)
    }

    /// Whether `part / whole` is strictly above this share.
    pub fn exceeded_by(self, part: u64, whole: u64) -> bool {
        u128::from(part) * u128::from(self.denominator)
            > u128::from(whole) * u128::from(self.numerator)
    }

    /// The smallest whole count that reaches the share of `whole`.
    pub fn least_reaching(self, whole: u64) -> u64 {
        let need = u128::from(whole) * u128::from(self.numerator);
        let d = u128::from(self.denominator.max(1));
        u64::try_from(need.div_ceil(d)).unwrap_or(u64::MAX)
    }

    /// The smallest whole count strictly above the share of `whole`.
    pub fn least_exceeding(self, whole: u64) -> u64 {
        let need = u128::from(whole) * u128::from(self.numerator);
        let d = u128::from(self.denominator.max(1));
        u64::try_from(need / d + 1).unwrap_or(u64::MAX)
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

impl<'de> Deserialize<'de> for Fraction {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fraction, D::Error> {
        struct FractionVisitor;
        impl Visitor<'_> for FractionVisitor {
            type Value = Fraction;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("input-expect-fraction"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Fraction, E> {
                let bad = || E::custom(crate::t!("standards-not-fraction", value = v));
                let (n, d) = v.split_once('/').ok_or_else(bad)?;
                let numerator: u64 = n.trim().parse().map_err(|_| bad())?;
                let denominator: u64 = d.trim().parse().map_err(|_| bad())?;
                if denominator == 0 || numerator > denominator {
                    return Err(E::custom(crate::t!("standards-fraction-range", value = v)));
                }
                Ok(Fraction {
                    numerator,
                    denominator,
                })
            }
        }
        d.deserialize_str(FractionVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_thirds() -> Fraction {
        Fraction {
            numerator: 2,
            denominator: 3,
        }
    }

    #[test]
    fn quorum_at_exactly_two_thirds_is_reached() {
        assert!(two_thirds().reached_by(20, 30));
        assert!(!two_thirds().reached_by(19, 30));
        assert_eq!(two_thirds().least_reaching(30), 20);
        assert_eq!(two_thirds().least_reaching(31), 21);
    }

    #[test]
    fn more_than_half_is_strict() {
        let half = Fraction {
            numerator: 1,
            denominator: 2,
        };
        assert!(!half.exceeded_by(15, 30));
        assert!(half.exceeded_by(16, 30));
        assert_eq!(half.least_exceeding(30), 16);
        assert_eq!(half.least_exceeding(31), 16);
    }

    #[derive(Debug, Deserialize)]
    struct Holder {
        #[allow(dead_code)]
        q: Fraction,
    }

    #[test]
    fn parses_only_shares() {
        assert!(toml::from_str::<Holder>("q = \"2/3\"").is_ok());
        assert!(toml::from_str::<Holder>("q = \"3/2\"").is_err());
        assert!(toml::from_str::<Holder>("q = \"2/0\"").is_err());
        assert!(toml::from_str::<Holder>("q = 0.66").is_err());
    }
}
