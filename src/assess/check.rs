//! `Check`: one threshold or prerequisite tested for one worker and one grade,
//! with what it read, so a decision can say exactly what decided it.

use chrono::{Months, NaiveDate};

use crate::assess::{Condition, Score, Waiver, Years};
use crate::t;

/// The language a reason is written in: the user's for the text report
/// ([`Lang::current`]), Chinese for the committee's record and the workbook,
/// English for the CSV and JSON (machine-readable output keeps one language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    English,
    /// Chinese, as the committee's record (能级认定记录) is written.
    Chinese,
}

impl Lang {
    /// The language of the interface in use (`--lang`, `NENGJI_LANG`, the locale).
    pub fn current() -> Lang {
        match crate::i18n::lang() {
            crate::i18n::Lang::Zh => Lang::Chinese,
            crate::i18n::Lang::En => Lang::English,
        }
    }

    /// The catalogue's language for this one.
    pub(crate) fn ui(self) -> crate::i18n::Lang {
        match self {
            Lang::English => crate::i18n::Lang::En,
            Lang::Chinese => crate::i18n::Lang::Zh,
        }
    }
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
        if self.waived {
            t!(in lang.ui(); "assess-waived", check = text)
        } else {
            text
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
    let (years, months) = (months / 12, months % 12);
    match (years, months) {
        (0, m) => t!(in lang.ui(); "assess-months", months = m),
        (y, 0) => t!(in lang.ui(); "assess-years", years = y),
        (y, m) => t!(in lang.ui(); "assess-years-months", years = y, months = m),
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
        let l = lang.ui();
        let id = |pass: &'static str, fail: &'static str| if passed { pass } else { fail };
        match self {
            Test::Score { total, min } => t!(in l;
                id("assess-check-score-pass", "assess-check-score-fail"),
                total = total.to_string(),
                min = min.to_string()
            ),
            Test::Certificate {
                column, held, min, ..
            } => t!(in l;
                id("assess-check-certificate-pass", "assess-check-certificate-fail"),
                column = column,
                held = held.clone().unwrap_or_else(|| t!(in l; "assess-check-none")),
                min = min
            ),
            Test::Years {
                column,
                since,
                on,
                min,
            } => match since {
                None => t!(in l;
                    "assess-check-no-date",
                    column = column,
                    min = duration(min.months, lang)
                ),
                Some(s) => t!(in l;
                    id("assess-check-years-pass", "assess-check-years-fail"),
                    column = column,
                    since = s.format("%Y-%m-%d").to_string(),
                    held = duration(months_between(*s, *on), lang),
                    on = on.format("%Y-%m-%d").to_string(),
                    min = duration(min.months, lang)
                ),
            },
            Test::Discipline { column, record } => match record {
                None => t!(in l; "assess-check-clean", column = column),
                Some(r) => t!(in l; "assess-check-record", column = column, record = r),
            },
            Test::Condition { condition, cell } => {
                let cell = if cell.is_empty() {
                    t!(in l; "assess-check-empty")
                } else {
                    cell.clone()
                };
                t!(in l;
                    id("assess-check-meets", "assess-check-fails"),
                    column = &condition.column,
                    cell = cell,
                    condition = condition.words(lang)
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
