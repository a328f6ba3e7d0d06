//! `Dimension`: one scored aspect of a worker (品德、能力、业绩、贡献), with its weight
//! in the total and the scale the committee scores it on.

use serde::Deserialize;
use toml::Spanned;

use crate::assess::Score;
use crate::Rate;

/// A dimension as the rules file writes it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DimensionSpec {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub name: String,
    pub weight: Rate,
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::ExactNumber>")]
    pub min: Option<Score>,
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::ExactNumber>")]
    pub max: Option<Score>,
}

/// A validated dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    /// English id, also accepted as a scores header (`performance`).
    pub id: String,
    /// Chinese name, the usual scores header (`业绩`).
    pub name: String,
    /// The dimension's weight in the total (品德、能力、业绩、贡献 weighted).
    pub weight: Rate,
    /// The scale: every score lies in `min..=max`.
    pub min: Score,
    /// The highest score of the scale.
    pub max: Score,
}

/// The largest scale a dimension may have; keeps every sum far inside Decimal's range.
pub const MAX_SCALE: i64 = 10_000;

impl Dimension {
    pub(crate) fn from_spec(spec: DimensionSpec) -> Result<Dimension, String> {
        let id = spec.id.into_inner();
        let min = spec.min.unwrap_or(Score::ZERO);
        let max = spec.max.unwrap_or(Score(100.into()));
        if id.trim().is_empty() || spec.name.trim().is_empty() {
            return Err("a dimension needs an id and a name".into());
        }
        if spec.weight.fraction() <= 0.into() || spec.weight.fraction() > 1.into() {
            return Err(format!(
                "dimension '{id}' has weight {}; expected more than 0% and at most 100%",
                spec.weight
            ));
        }
        if min.value().is_sign_negative() || max <= min || max.value() > MAX_SCALE.into() {
            return Err(format!(
                "dimension '{id}' is scored from {min} to {max}; expected 0 <= min < max <= {MAX_SCALE}"
            ));
        }
        Ok(Dimension {
            id,
            name: spec.name,
            weight: spec.weight,
            min,
            max,
        })
    }

    /// Whether a scores header names this dimension (by id or by name).
    pub fn is_called(&self, header: &str) -> bool {
        self.id == header || self.name == header
    }

    /// Whether a score lies on the scale.
    pub fn admits(&self, score: Score) -> bool {
        self.min <= score && score <= self.max
    }
}

/// The weighted total: the sum of each score times its dimension's weight, exact.
pub fn weighted_total(dimensions: &[Dimension], scores: &[Score]) -> Score {
    // ok: scores are bounded by MAX_SCALE and weights by 1, so no sum can overflow.
    Score(
        dimensions
            .iter()
            .zip(scores)
            .map(|(d, s)| s.value() * d.weight.fraction())
            .sum(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn dim(id: &str, weight: &str) -> Dimension {
        Dimension {
            id: id.into(),
            name: id.into(),
            weight: Rate::parse(weight).unwrap(),
            min: Score::ZERO,
            max: Score(dec!(100)),
        }
    }

    #[test]
    fn total_is_exact() {
        let dims = [
            dim("a", "20%"),
            dim("b", "30%"),
            dim("c", "35%"),
            dim("d", "15%"),
        ];
        let scores = [dec!(80), dec!(85.5), dec!(90.25), dec!(77)].map(Score);
        // 16 + 25.65 + 31.5875 + 11.55
        assert_eq!(weighted_total(&dims, &scores), Score(dec!(84.7875)));
    }

    #[test]
    fn scale_bounds() {
        let d = dim("a", "100%");
        assert!(d.admits(Score(dec!(100))));
        assert!(d.admits(Score(dec!(0))));
        assert!(!d.admits(Score(dec!(100.01))));
        assert!(!d.admits(Score(dec!(-0.01))));
    }
}
