//! `PieceRate`: one line of the piece-rate table (工价表): a product or process,
//! its rate per unit (by grade where it differs), the roster columns that give
//! the quantities, and the work quota (劳动定额) of the post that makes it.
//!
//! 工资支付暂行规定 Art 13: pieces made in overtime, after the quota in legal
//! hours, are paid at no less than 150 / 200 / 300% of the worker's own rate.

use rust_decimal::Decimal;
use serde::Deserialize;
use toml::Spanned;

use crate::exact::{self, Table};
use crate::{t, Money};

/// A piece rate as written in the schedule (`[[piece_rate]]`).
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PieceRateSpec {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default = "piece")]
    pub unit: String,
    #[serde(deserialize_with = "crate::money::fine")]
    pub rate: Money,
    #[serde(default)]
    pub by_grade: Table,
    /// The column of the quantity made in legal hours.
    pub column: String,
    /// The columns of the quantities made in overtime on working days, rest
    /// days and statutory holidays, in that order (one to three of them).
    #[serde(default)]
    pub overtime_columns: Vec<String>,
    /// The post the quota binds (the roster's occupation, 工种).
    pub post: Option<String>,
    /// Units a month in legal hours.
    #[serde(default, deserialize_with = "some_decimal")]
    #[schemars(with = "Option<crate::schema::ExactNumber>")]
    pub quota: Option<Decimal>,
    pub clause: Option<String>,
}

/// An exact number when the key is present (serde's `default` covers absence).
fn some_decimal<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    exact::decimal(d).map(Some)
}

fn piece() -> String {
    "件".into()
}

/// A validated piece rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PieceRate {
    /// The piece rate's id, the key its components and findings use.
    pub id: String,
    /// The product or process (产品/工序).
    pub name: String,
    /// The unit counted: 件, 台.
    pub unit: String,
    /// Yuan per unit, possibly finer than the fen.
    pub rate: Money,
    /// Grade name -> rate, for the grades paid otherwise; aliases resolved.
    pub by_grade: Table,
    /// The roster column of the quantity made in legal hours.
    pub column: String,
    /// The columns of the quantities made in overtime on working days, rest days and holidays, in that order.
    pub overtime_columns: Vec<String>,
    /// The post the quota binds (the roster's occupation, 工种).
    pub post: Option<String>,
    /// The work quota (劳动定额): units a month in legal hours (杭州市企业工资集体协商条例 Art 10).
    pub quota: Option<Decimal>,
    /// The contract clause that states the rate, as written (第十二条).
    pub clause: Option<String>,
}

impl PieceRate {
    pub(crate) fn from_spec(
        spec: PieceRateSpec,
        grade_index: impl Fn(&str) -> Option<usize>,
        grade_names: &[&str],
    ) -> Result<PieceRate, String> {
        let id = spec.id.into_inner();
        if id.is_empty() || id.contains([',', '"', ' ', '\n']) {
            return Err(t!("pay-piece-bad-id", id = &id));
        }
        let negative = |d: Decimal| d.is_sign_negative() && !d.is_zero();
        if spec.rate.is_negative() || spec.by_grade.0.iter().any(|(_, v)| negative(*v)) {
            return Err(t!("pay-piece-negative", id = &id));
        }
        if spec.overtime_columns.len() > 3 {
            return Err(t!("pay-piece-overtime-columns", id = &id));
        }
        let mut by_grade = Vec::with_capacity(spec.by_grade.0.len());
        for (grade, rate) in spec.by_grade.0 {
            let Some(i) = grade_index(&grade) else {
                let hint = crate::suggest::hint(&grade, grade_names.iter().copied());
                return Err(t!("pay-piece-unknown-grade", id = &id, grade = &grade) + &hint);
            };
            by_grade.push((grade_names[i].to_string(), rate));
        }
        if let Some(q) = spec.quota {
            if q <= Decimal::ZERO {
                return Err(t!("pay-piece-quota", id = &id, quota = q));
            }
            if spec.post.is_none() {
                return Err(t!("pay-piece-quota-post", id = &id));
            }
        }
        Ok(PieceRate {
            id,
            name: spec.name,
            unit: spec.unit,
            rate: spec.rate,
            by_grade: Table(by_grade),
            column: spec.column,
            overtime_columns: spec.overtime_columns,
            post: spec.post,
            quota: spec.quota,
            clause: spec.clause,
        })
    }

    /// The rate a worker of `grade` is paid per unit.
    pub fn rate_for(&self, grade: &str) -> Money {
        self.by_grade.get(grade).map_or(self.rate, Money::new)
    }

    /// The lowest rate any grade is paid.
    pub fn lowest_rate(&self) -> Money {
        self.by_grade
            .0
            .iter()
            .map(|(_, v)| Money::new(*v))
            .fold(self.rate, Money::min)
    }

    /// Every roster column the rate reads: the quantity, then the overtime ones.
    pub fn columns(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.column.as_str())
            .chain(self.overtime_columns.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use crate::Schedule;

    const HEAD: &str = "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"e\"\nunion = \"u\"\nregion = \"330100\"\neffective = 2026-01-01\nexpires = 2026-12-31\n[[grade]]\nname = \"初级\"\npay = [\"3000\"]\n";

    fn error(rate: &str) -> String {
        Schedule::parse("s.toml", &format!("{HEAD}[[piece_rate]]\n{rate}"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn a_bad_piece_rate_is_refused_at_its_line() {
        let base = "name = \"车\"\nrate = \"1.2\"\ncolumn = \"件\"\n";
        let e = error(&format!("id = \"a\"\n{base}quota = 100\n"));
        assert!(
            e.contains("s.toml:13:") && e.contains("has a quota but no post"),
            "{e}"
        );
        let e = error(&format!(
            "id = \"a\"\n{base}by_grade = {{ \"中级\" = 2 }}\n"
        ));
        assert!(e.contains("unknown grade '中级'"), "{e}");
        let e = error("id = \"a\"\nname = \"车\"\nrate = \"-1\"\ncolumn = \"件\"\n");
        assert!(e.contains("negative rate"), "{e}");
        let e = error(&format!("id = \"a\"\n{base}post = \"车工\"\nquota = 1.5\n"));
        assert!(e.contains("float"), "{e}");
        let ok = Schedule::parse(
            "s.toml",
            &format!(
                "{HEAD}[[piece_rate]]\nid = \"a\"\n{base}by_grade = {{ \"初级\" = \"1.3\" }}\n"
            ),
        )
        .unwrap();
        assert_eq!(ok.piece_rates[0].rate_for("初级").to_string(), "1.30");
        assert_eq!(ok.piece_rates[0].lowest_rate().to_string(), "1.20");
        assert_eq!(
            ok.component_ids().collect::<Vec<_>>(),
            ["grade_pay", "piece_pay", "piece_overtime", "overtime"]
        );
    }
}
