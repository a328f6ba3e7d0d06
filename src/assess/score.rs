//! `Score`: a committee score, a weighted total or a threshold, held exactly (never
//! through binary floating point), so "exactly at the minimum" means exactly.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A number of points, exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(pub Decimal);

impl Score {
    /// No points.
    pub const ZERO: Score = Score(Decimal::ZERO);

    /// The points as an exact decimal.
    pub fn value(self) -> Decimal {
        self.0
    }

    /// Parses a cell such as `85`, `85.5` or ` 92.25 `.
    pub fn parse(text: &str) -> Option<Score> {
        text.trim().parse::<Decimal>().ok().map(Score)
    }
}

impl fmt::Display for Score {
    /// At least two decimals, more only when the exact value has them:
    /// `80.00`, `85.25`, `12.7875`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.normalize();
        if n.scale() < 2 {
            write!(f, "{n:.2}")
        } else {
            write!(f, "{n}")
        }
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Score, D::Error> {
        d.deserialize_any(ScoreVisitor).map(Score)
    }
}

/// Reads an exact number from a string or an integer, and refuses floats.
struct ScoreVisitor;

impl Visitor<'_> for ScoreVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&crate::t!("rules-expect-score"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        v.trim()
            .parse::<Decimal>()
            .map_err(|_| E::custom(crate::t!("rules-not-number", text = v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    // A TOML float is refused with an error, never converted: f64 only names what serde offers.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        Err(E::custom(crate::t!(
            "rules-float-score",
            value = crate::i18n::Arg::display(v)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[derive(Debug, Deserialize)]
    struct Holder {
        s: Score,
    }

    #[test]
    fn shows_at_least_two_decimals() {
        assert_eq!(Score(dec!(80)).to_string(), "80.00");
        assert_eq!(Score(dec!(85.250)).to_string(), "85.25");
        assert_eq!(Score(dec!(12.7875)).to_string(), "12.7875");
        assert_eq!(Score::parse(" 79.99 "), Some(Score(dec!(79.99))));
        assert_eq!(Score::parse("八十"), None);
    }

    #[test]
    fn toml_float_is_refused() {
        let err = toml::from_str::<Holder>("s = 79.99").unwrap_err();
        assert!(err.message().contains("binary floating point"), "{err}");
        let ok: Holder = toml::from_str("s = \"79.99\"").unwrap();
        assert_eq!(ok.s, Score(dec!(79.99)));
        let int: Holder = toml::from_str("s = 80").unwrap();
        assert_eq!(int.s, Score(dec!(80)));
    }
}
