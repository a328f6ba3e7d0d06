//! Serde helpers for exact inputs: decimals that refuse floats, dates that accept
//! TOML dates or `YYYY-MM-DD` strings, and ordered tables of exact values.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::money::ExactDecimalVisitor;

/// An exact decimal (multiplier, hours, weight) from a string or integer; never a float.
pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(ExactDecimalVisitor::exact(false))
}

/// A table of names to exact values, in the order the file wrote them:
/// `{ "none" = 0, "5" = 100, "4" = "200" }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Table(pub Vec<(String, Decimal)>);

impl Table {
    /// The value of `key`, or `None` if the table does not name it.
    pub fn get(&self, key: &str) -> Option<Decimal> {
        self.position(key).map(|i| self.0[i].1)
    }

    /// Where a key is (see [`same_name`]): the batch looks up several keys
    /// per row.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().position(|(k, _)| same_name(k, key))
    }

    /// The keys in the order the file wrote them.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

/// `a == b`, with the length and the first and last bytes compared before
/// the whole: the names a row is looked up among (a table's keys, grade names
/// such as L1 to L8 or 初级工 to 高级工) mostly share a length and differ at
/// one end, so most misses cost no call to `memcmp`.
#[inline]
pub fn same_name(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    x.len() == y.len() && x.first() == y.first() && x.last() == y.last() && x == y
}

impl<'de> Deserialize<'de> for Table {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Table, D::Error> {
        struct TableVisitor;
        impl<'de> Visitor<'de> for TableVisitor {
            type Value = Table;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("input-expect-amount-table"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Table, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<Exact>()?.0;
                    entries.push((key, value));
                }
                Ok(Table(entries))
            }
        }
        d.deserialize_map(TableVisitor)
    }
}

struct Exact(Decimal);

impl<'de> Deserialize<'de> for Exact {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Exact, D::Error> {
        decimal(d).map(Exact)
    }
}

/// Dates as TOML dates (`2026-01-01`) or strings (`"2026-01-01"`).
pub mod date {
    use chrono::NaiveDate;
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Reads a TOML date or a `"YYYY-MM-DD"` string; any other value is an error naming what was found.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = match toml::Value::deserialize(d)? {
            toml::Value::Datetime(dt) => dt.to_string(),
            toml::Value::String(s) => s,
            other => {
                return Err(D::Error::custom(crate::t!(
                    "input-date-found",
                    found = other.type_str()
                )))
            }
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map_err(|_| D::Error::custom(crate::t!("input-toml-not-date", text = &text)))
    }

    /// Writes the date as `YYYY-MM-DD`, the form [`deserialize`] reads back.
    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&date.format("%Y-%m-%d"))
    }
}
