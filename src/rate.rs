//! `Rate`: a percentage written with its sign (`"5%"`), held as an exact fraction.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

/// A percentage such as `"5%"`, stored as the exact fraction 0.05.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rate(Decimal);

impl Rate {
    /// The rate of `percent` per cent: `from_percent(5)` is 5%, the fraction 0.05.
    pub fn from_percent(percent: Decimal) -> Rate {
        Rate(percent / Decimal::ONE_HUNDRED)
    }

    /// The fraction: 0.05 for 5%.
    pub fn fraction(self) -> Decimal {
        self.0
    }

    /// The rate in per cent, without trailing zeros: 5 for 5%.
    pub fn percent(self) -> Decimal {
        (self.0 * Decimal::ONE_HUNDRED).normalize()
    }

    /// Parses `"5%"` or `"-2.5%"`; the percent sign is required so that 5 and 0.05
    /// cannot be confused.
    pub fn parse(s: &str) -> Option<Rate> {
        let number = s.trim().strip_suffix('%')?;
        number
            .trim()
            .parse::<Decimal>()
            .ok()
            .map(Rate::from_percent)
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.percent())
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rate, D::Error> {
        struct RateVisitor;
        impl Visitor<'_> for RateVisitor {
            type Value = Rate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("input-expect-rate"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Rate, E> {
                Rate::parse(v).ok_or_else(|| E::custom(crate::t!("input-toml-not-rate", text = v)))
            }
            // A TOML float is refused with an error, never converted: f64 only names what serde offers.
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Rate, E> {
                Err(E::custom(crate::t!(
                    "input-float-rate",
                    value = crate::i18n::Arg::display(v)
                )))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rate, E> {
                Err(E::custom(crate::t!("input-integer-rate", value = v)))
            }
        }
        d.deserialize_any(RateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn needs_the_percent_sign() {
        assert_eq!(Rate::parse("5%").unwrap().fraction(), dec!(0.05));
        assert_eq!(Rate::parse(" 12.5 %").unwrap().fraction(), dec!(0.125));
        assert_eq!(Rate::parse("5"), None);
        assert_eq!(Rate::parse("5%").unwrap().to_string(), "5%");
    }

    #[derive(Debug, serde::Deserialize)]
    struct Holder {
        rate: Rate,
    }

    #[test]
    fn a_toml_float_or_bare_integer_is_refused_with_the_fix() {
        let float = toml::from_str::<Holder>("rate = 0.05")
            .unwrap_err()
            .to_string();
        assert!(float.contains("binary floating point"), "{float}");
        assert!(float.contains("\"0.05%\""), "{float}");
        let integer = toml::from_str::<Holder>("rate = 5")
            .unwrap_err()
            .to_string();
        assert!(integer.contains("\"5%\""), "{integer}");
        let good: Holder = toml::from_str("rate = \"5%\"").unwrap();
        assert_eq!(good.rate.fraction(), dec!(0.05));
    }
}
