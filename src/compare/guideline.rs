//! `GuidelineLines`: the three lines of a wage guideline (工资指导线) that an
//! offer's average growth is read against, and where a growth falls.
//!
//! The lines come from the standards (the check issue's model); comparison takes
//! them as an optional input so that it works without standards.

use serde::{Serialize, Serializer};

use crate::compare::Percentage;
use crate::standards::WageGuideline;
use crate::Rate;

/// A province's yearly wage guideline for average wage growth, e.g. Beijing 2014:
/// lower 4.5%, base 12%, upper (warning) 16%.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuidelineLines {
    /// 下线: loss-making enterprises may go as low (even to zero growth with the
    /// workers' congress's approval).
    pub lower: Rate,
    /// 基准线: what an enterprise with normal growth should give.
    pub base: Rate,
    /// 上线 / 预警线: the warning line.
    pub upper: Rate,
}

impl GuidelineLines {
    /// Where a growth falls among the lines.
    pub fn position(&self, growth: Percentage) -> GuidelinePosition {
        let g = growth.fraction();
        if g < self.lower.fraction() {
            GuidelinePosition::BelowLower
        } else if g < self.base.fraction() {
            GuidelinePosition::LowerToBase
        } else if g <= self.upper.fraction() {
            GuidelinePosition::BaseToUpper
        } else {
            GuidelinePosition::AboveUpper
        }
    }

    /// The lines in order lower, base, upper, with their names in the
    /// language in use (下线, 基准线, 预警线).
    pub fn lines(&self) -> [(String, Percentage); 3] {
        [
            (crate::t!("compare-guideline-lower"), self.lower.into()),
            (crate::t!("compare-guideline-base"), self.base.into()),
            (crate::t!("compare-guideline-upper"), self.upper.into()),
        ]
    }
}

/// The lines of a year's wage guideline from the standards (工资指导线).
impl From<&WageGuideline> for GuidelineLines {
    fn from(g: &WageGuideline) -> GuidelineLines {
        GuidelineLines {
            lower: g.lower,
            base: g.base,
            upper: g.upper,
        }
    }
}

impl Serialize for GuidelineLines {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Lines {
            lower: Percentage,
            base: Percentage,
            upper: Percentage,
        }
        Lines {
            lower: self.lower.into(),
            base: self.base.into(),
            upper: self.upper.into(),
        }
        .serialize(s)
    }
}

/// Where an average growth falls among the guideline lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuidelinePosition {
    /// Below the lower line (下线).
    BelowLower,
    /// From the lower line to the base line (基准线).
    LowerToBase,
    /// From the base line to the upper, warning line (预警线).
    BaseToUpper,
    /// Above the upper line.
    AboveUpper,
}

impl GuidelinePosition {
    /// Where the growth falls, in the language in use.
    pub fn describe(self) -> String {
        crate::t!(match self {
            GuidelinePosition::BelowLower => "compare-guideline-below-lower",
            GuidelinePosition::LowerToBase => "compare-guideline-lower-to-base",
            GuidelinePosition::BaseToUpper => "compare-guideline-base-to-upper",
            GuidelinePosition::AboveUpper => "compare-guideline-above-upper",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn positions_against_beijing_2014() {
        let lines = GuidelineLines {
            lower: Rate::parse("4.5%").unwrap(),
            base: Rate::parse("12%").unwrap(),
            upper: Rate::parse("16%").unwrap(),
        };
        let at = |f| lines.position(Percentage::new(f));
        assert_eq!(at(dec!(0.04)), GuidelinePosition::BelowLower);
        assert_eq!(at(dec!(0.045)), GuidelinePosition::LowerToBase);
        assert_eq!(at(dec!(0.08)), GuidelinePosition::LowerToBase);
        assert_eq!(at(dec!(0.12)), GuidelinePosition::BaseToUpper);
        assert_eq!(at(dec!(0.16)), GuidelinePosition::BaseToUpper);
        assert_eq!(at(dec!(0.1601)), GuidelinePosition::AboveUpper);
    }

    #[test]
    fn lines_from_a_standards_guideline() {
        let g: WageGuideline = toml::from_str(
            "year = 2014\nregion = \"11\"\nsource = \"北京 2014\"\nbase = \"12%\"\nupper = \"16%\"\nlower = \"4.5%\"",
        )
        .unwrap();
        let lines = GuidelineLines::from(&g);
        assert_eq!(lines.lower, Rate::parse("4.5%").unwrap());
        assert_eq!(lines.base, Rate::parse("12%").unwrap());
        assert_eq!(lines.upper, Rate::parse("16%").unwrap());
    }
}
