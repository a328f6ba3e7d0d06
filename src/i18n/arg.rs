//! A value put into a message: text, or a count that plural rules can select on.
//!
//! Money, rates and other exact decimals go in as their exact text (never as a
//! Fluent number, which is a float): `Arg::from(money)` writes it as `Display` does.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;

use crate::{Money, Rate};

/// One argument of a message, made with `From` (the [`t!`](crate::t) macro does it).
#[derive(Debug, Clone)]
pub struct Arg(pub(crate) FluentValue<'static>);

impl Arg {
    /// Any `Display` value as text: a location, an error, a level code.
    pub fn display(value: impl std::fmt::Display) -> Arg {
        Arg(FluentValue::from(value.to_string()))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg(FluentValue::from(value.to_string()))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg(FluentValue::from(value))
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::from(value.as_str())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(value: Cow<'_, str>) -> Arg {
        Arg(FluentValue::from(value.into_owned()))
    }
}

impl From<&Path> for Arg {
    fn from(value: &Path) -> Arg {
        Arg::display(value.display())
    }
}

impl From<&PathBuf> for Arg {
    fn from(value: &PathBuf) -> Arg {
        Arg::display(value.display())
    }
}

impl From<PathBuf> for Arg {
    fn from(value: PathBuf) -> Arg {
        Arg::display(value.display())
    }
}

impl From<Money> for Arg {
    fn from(value: Money) -> Arg {
        Arg::display(value)
    }
}

impl From<&Money> for Arg {
    fn from(value: &Money) -> Arg {
        Arg::display(value)
    }
}

impl From<Rate> for Arg {
    fn from(value: Rate) -> Arg {
        Arg::display(value)
    }
}

impl From<rust_decimal::Decimal> for Arg {
    fn from(value: rust_decimal::Decimal) -> Arg {
        Arg::display(value)
    }
}

/// Counts are Fluent numbers, so `{ $count -> [one] ... *[other] ... }` works.
macro_rules! count {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg(FluentValue::from(value))
            }
        }
        impl From<&$t> for Arg {
            fn from(value: &$t) -> Arg {
                Arg(FluentValue::from(*value))
            }
        }
    )*};
}

count!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);
