//! `Check`: one threshold or prerequisite tested for one worker and one grade,
//! with what it read, so a decision can say exactly what decided it.

use chrono::{Months, NaiveDate};

use crate::assess::{Condition, Score, Waiver, Years};

/// The language a reason is written in: English for the command line (as the
/// rest of nengji's output), Chinese for the committee's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English, for the command line.
    English,
    /// Chinese, for the committee's record (能级认定记录).
    Chinese,
}

/// What was tested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Test {
    /// The weighted total against the grade's minimum.
    Score {
        /// The worker's weighted total.
        total: Score,
        /// The grade's minimum total.
        min: Score,
    },
    /// The certificate held (`None`: none) against the minimum level; levels
    /// are indices in `[certificate] levels`, lowest first.
    Certificate {
        /// The roster column holding the certificate.
        column: String,
        /// The certificate level in it, as written (`None`: empty cell).
        held: Option<String>,
        /// The lowest level the grade requires, as written.
        min: String,
        /// The held level's index in the levels, lowest first (`None`: no known level).
        held_level: Option<usize>,
        /// The required level's index.
        min_level: usize,
    },
    /// Time since the current-grade date, to the assessment date.
    Years {
        /// The roster column with the current-grade date.
        column: String,
        /// The date in it (`None`: empty cell).
        since: Option<NaiveDate>,
        /// The assessment date the time is counted to.
        on: NaiveDate,
        /// The time the grade requires.
        min: Years,
    },
    /// The disciplinary record in the period.
    Discipline {
        /// The roster column recording discipline.
        column: String,
        /// The record in it (`None`: clean or empty).
        record: Option<String>,
    },
    /// A condition on a roster column.
    Condition {
        /// The grade's `require` condition (or an exceptional rule's) that was tested.
        condition: Condition,
        /// The worker's cell in its column.
        cell: String,
    },
}

/// A test and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What was tested, with the values read.
    pub test: Test,
    /// Whether the worker passed it.
    pub passed: bool,
    /// Failed, but an exceptional-promotion rule waives it.
    pub waived: bool,
}

impl Check {
    /// Runs `test` and records whether it passed (not yet waived).
    pub fn new(test: Test) -> Check {
        let passed = test.passes();
        Check {
            test,
            passed,
            waived: false,
        }
    }

    /// Whether the check lets the promotion through (passed or waived).
    pub fn clears(&self) -> bool {
        self.passed || self.waived
    }

    /// The prerequisite an exceptional rule would have to waive; `None` for the
    /// score, which is never waived.
    pub fn waiver(&self) -> Option<Waiver> {
        match self.test {
            Test::Score { .. } => None,
            Test::Certificate { .. } => Some(Waiver::MinCertificate),
            Test::Years { .. } => Some(Waiver::MinYears),
            Test::Discipline { .. } => Some(Waiver::NoDiscipline),
            Test::Condition { .. } => Some(Waiver::Require),
        }
    }

    /// The check in words.
    pub fn describe(&self, lang: Lang) -> String {
        let text = self.test.describe(self.passed, lang);
        match (self.waived, lang) {
            (true, Lang::English) => format!("{text} (waived)"),
            (true, Lang::Chinese) => format!("{text}（破格免除）"),
            _ => text,
        }
    }
}

/// Complete months from `since` to `on` (0 when `since` is later).
pub fn months_between(since: NaiveDate, on: NaiveDate) -> u32 {
    use chrono::Datelike;
    if since > on {
        return 0;
    }
    let rough = (on.year() - since.year()) * 12 + on.month() as i32 - since.month() as i32;
    let mut months = u32::try_from(rough.max(0)).unwrap_or(0);
    while months > 0
        && since
            .checked_add_months(Months::new(months))
            .is_none_or(|d| d > on)
    {
        months -= 1;
    }
    months
}

/// `2 years 3 months`, `1 year`, `5 months`.
fn duration(months: u32, lang: Lang) -> String {
    let (y, m) = (months / 12, months % 12);
    match lang {
        Lang::Chinese => match (y, m) {
            (0, m) => format!("{m} 个月"),
            (y, 0) => format!("{y} 年"),
            (y, m) => format!("{y} 年 {m} 个月"),
        },
        Lang::English => {
            let plural = |n: u32, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
            match (y, m) {
                (0, m) => plural(m, "month"),
                (y, 0) => plural(y, "year"),
                (y, m) => format!("{} {}", plural(y, "year"), plural(m, "month")),
            }
        }
    }
}

impl Test {
    fn passes(&self) -> bool {
        match self {
            Test::Score { total, min } => total >= min,
            Test::Certificate {
                held_level,
                min_level,
                ..
            } => held_level.is_some_and(|h| h >= *min_level),
            Test::Years { since, on, min, .. } => since.is_some_and(|s| {
                s.checked_add_months(Months::new(min.months))
                    .is_some_and(|d| d <= *on)
            }),
            Test::Discipline { record, .. } => record.is_none(),
            Test::Condition { condition, cell } => condition.holds(cell),
        }
    }

    fn describe(&self, passed: bool, lang: Lang) -> String {
        use Lang::{Chinese, English};
        match (self, lang) {
            (Test::Score { total, min }, English) => {
                format!("total {total} {} {min}", if passed { ">=" } else { "<" })
            }
            (Test::Score { total, min }, Chinese) => format!(
                "总分 {total}{}分数线 {min}",
                if passed { " 达到" } else { " 未达到" }
            ),
            (
                Test::Certificate {
                    column, held, min, ..
                },
                English,
            ) => format!(
                "{column} {} {} {min}",
                held.as_deref().unwrap_or("(none)"),
                if passed { "at or above" } else { "below" }
            ),
            (
                Test::Certificate {
                    column, held, min, ..
                },
                Chinese,
            ) => format!(
                "{column} {}{}{min}",
                held.as_deref().unwrap_or("（无）"),
                if passed { "，达到" } else { "，低于" }
            ),
            (
                Test::Years {
                    column,
                    since,
                    on,
                    min,
                },
                English,
            ) => match since {
                None => format!("no {column} date, needs {}", duration(min.months, English)),
                Some(s) => format!(
                    "{column} {}: {} by {} {} {}",
                    s.format("%Y-%m-%d"),
                    duration(months_between(*s, *on), English),
                    on.format("%Y-%m-%d"),
                    if passed { ">=" } else { "<" },
                    duration(min.months, English)
                ),
            },
            (
                Test::Years {
                    column,
                    since,
                    on,
                    min,
                },
                Chinese,
            ) => match since {
                None => format!("无{column}，要求满 {}", duration(min.months, Chinese)),
                Some(s) => format!(
                    "{column} {}，至 {} 为 {}，{}满 {}",
                    s.format("%Y-%m-%d"),
                    on.format("%Y-%m-%d"),
                    duration(months_between(*s, *on), Chinese),
                    if passed { "已" } else { "未" },
                    duration(min.months, Chinese)
                ),
            },
            (Test::Discipline { column, record }, English) => match record {
                None => format!("no disciplinary record ({column})"),
                Some(r) => format!("disciplinary record: {column} {r}"),
            },
            (Test::Discipline { column, record }, Chinese) => match record {
                None => "考核期内无处分".to_string(),
                Some(r) => format!("考核期内有处分（{column}：{r}）"),
            },
            (Test::Condition { condition, cell }, English) => {
                let cell = if cell.is_empty() { "(empty)" } else { cell };
                format!(
                    "{} {cell}{} {condition}",
                    condition.column,
                    if passed { ": meets" } else { ": fails" }
                )
            }
            (Test::Condition { condition, cell }, Chinese) => {
                let cell = if cell.is_empty() { "（空）" } else { cell };
                format!(
                    "{} {cell}，{}满足“{}”",
                    condition.column,
                    if passed { "" } else { "不" },
                    condition.chinese()
                )
            }
        }
    }
}

impl Check {
    /// A certificate check: `held` and `min` are level indices, lowest first.
    pub fn certificate(column: &str, levels: &[String], held: Option<usize>, min: usize) -> Check {
        Check::new(Test::Certificate {
            column: column.to_string(),
            held: held.and_then(|h| levels.get(h).cloned()),
            min: levels.get(min).cloned().unwrap_or_default(),
            held_level: held,
            min_level: min,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn years(since: &str, on: &str, min: u32) -> Check {
        Check::new(Test::Years {
            column: "晋级日期".into(),
            since: Some(date(since)),
            on: date(on),
            min: Years::new(min.into()).unwrap(),
        })
    }

    #[test]
    fn score_exactly_at_the_minimum_passes() {
        let check = |t| {
            Check::new(Test::Score {
                total: Score(t),
                min: Score(dec!(80)),
            })
        };
        assert!(check(dec!(80.00)).passed);
        assert!(check(dec!(80.0000)).passed);
        assert!(!check(dec!(79.99)).passed);
        assert!(!check(dec!(79.9999)).passed);
        assert_eq!(
            check(dec!(79.99)).describe(Lang::English),
            "total 79.99 < 80.00"
        );
        assert_eq!(
            check(dec!(80)).describe(Lang::Chinese),
            "总分 80.00 达到分数线 80.00"
        );
    }

    #[test]
    fn years_exactly_n_qualify() {
        assert!(years("2024-01-10", "2026-01-10", 2).passed);
        assert!(!years("2024-01-11", "2026-01-10", 2).passed);
        // A leap day: 2024-02-29 plus 2 years is 2026-02-28.
        assert!(years("2024-02-29", "2026-02-28", 2).passed);
        assert!(!years("2024-02-29", "2026-02-27", 2).passed);
        assert_eq!(
            years("2024-01-11", "2026-01-10", 2).describe(Lang::English),
            "晋级日期 2024-01-11: 1 year 11 months by 2026-01-10 < 2 years"
        );
        assert_eq!(
            years("2024-01-10", "2026-01-10", 2).describe(Lang::Chinese),
            "晋级日期 2024-01-10，至 2026-01-10 为 2 年，已满 2 年"
        );
        let none = Check::new(Test::Years {
            column: "晋级日期".into(),
            since: None,
            on: date("2026-01-10"),
            min: Years::new(2.into()).unwrap(),
        });
        assert!(!none.passed);
    }

    #[test]
    fn complete_months() {
        assert_eq!(months_between(date("2024-01-31"), date("2024-02-29")), 1);
        assert_eq!(months_between(date("2024-01-31"), date("2024-02-28")), 0);
        assert_eq!(months_between(date("2020-03-01"), date("2026-01-10")), 70);
        assert_eq!(months_between(date("2027-01-01"), date("2026-01-10")), 0);
    }

    #[test]
    fn certificate_levels_compare_by_order() {
        let levels: Vec<String> = ["无", "五级", "四级", "三级"].map(String::from).to_vec();
        assert!(Check::certificate("证书等级", &levels, Some(3), 3).passed);
        assert!(!Check::certificate("证书等级", &levels, Some(2), 3).passed);
        assert!(!Check::certificate("证书等级", &levels, None, 1).passed);
        assert_eq!(
            Check::certificate("证书等级", &levels, Some(2), 3).describe(Lang::English),
            "证书等级 四级 below 三级"
        );
    }
}
