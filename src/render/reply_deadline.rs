//! `ReplyRule`: by when the other side must answer a written request to negotiate
//! (集体协商要约).
//!
//! 集体合同规定 Art 32: the reply is due within 20 days of receiving the request
//! (calendar days). 浙江省集体合同条例 Art 7: within 10 working days. Working days
//! here skip Saturdays and Sundays only: public holidays and the weekend days
//! worked in their place (调休) are not in the calendar.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// The rule that sets the reply deadline, chosen by the schedule's region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReplyRule {
    /// 集体合同规定 Art 32: 20 calendar days.
    National,
    /// 浙江省集体合同条例 Art 7: 10 working days.
    Zhejiang,
}

impl ReplyRule {
    /// Zhejiang's rule for region codes of Zhejiang (行政区划代码 33xxxx), else the
    /// national one.
    pub fn for_region(region: &str) -> ReplyRule {
        if is_zhejiang(region) {
            ReplyRule::Zhejiang
        } else {
            ReplyRule::National
        }
    }

    /// The last day to reply to a request received on `received`; `None` only
    /// past the end of the calendar.
    pub fn deadline(self, received: NaiveDate) -> Option<NaiveDate> {
        match self {
            ReplyRule::National => received.checked_add_days(Days::new(20)),
            ReplyRule::Zhejiang => add_working_days(received, 10),
        }
    }

    /// The period in words: 二十日, 十个工作日.
    pub fn period_text(self) -> &'static str {
        match self {
            ReplyRule::National => "二十日",
            ReplyRule::Zhejiang => "十个工作日",
        }
    }

    /// The legal basis, for the document to cite.
    pub fn basis(self) -> &'static str {
        match self {
            ReplyRule::National => "《集体合同规定》第三十二条",
            ReplyRule::Zhejiang => "《浙江省集体合同条例》第七条",
        }
    }
}

/// Whether a region code (行政区划代码) lies in Zhejiang (33).
pub fn is_zhejiang(region: &str) -> bool {
    region.trim().starts_with("33")
}

/// The day `n` working days (Monday to Friday) after `from`.
pub fn add_working_days(from: NaiveDate, n: u32) -> Option<NaiveDate> {
    let mut day = from;
    let mut left = n;
    while left > 0 {
        day = day.succ_opt()?;
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn national_counts_calendar_days() {
        assert_eq!(
            ReplyRule::National.deadline(d(2025, 11, 3)),
            Some(d(2025, 11, 23))
        );
        assert_eq!(
            ReplyRule::National.deadline(d(2025, 12, 20)),
            Some(d(2026, 1, 9))
        );
    }

    #[test]
    fn zhejiang_skips_weekends() {
        // Monday 2025-11-03 + 10 working days = Monday 2025-11-17.
        assert_eq!(
            ReplyRule::Zhejiang.deadline(d(2025, 11, 3)),
            Some(d(2025, 11, 17))
        );
        // Friday 2025-11-07: the next Monday is day 1, the Friday after next day 10.
        assert_eq!(
            ReplyRule::Zhejiang.deadline(d(2025, 11, 7)),
            Some(d(2025, 11, 21))
        );
        // Received on a Saturday: counting starts on Monday.
        assert_eq!(
            ReplyRule::Zhejiang.deadline(d(2025, 11, 8)),
            Some(d(2025, 11, 21))
        );
        assert_eq!(add_working_days(d(2025, 11, 8), 0), Some(d(2025, 11, 8)));
    }

    #[test]
    fn region_decides_the_rule() {
        assert_eq!(ReplyRule::for_region("331081"), ReplyRule::Zhejiang);
        assert_eq!(ReplyRule::for_region("330702"), ReplyRule::Zhejiang);
        assert_eq!(ReplyRule::for_region("110105"), ReplyRule::National);
        assert_eq!(ReplyRule::Zhejiang.period_text(), "十个工作日");
    }
}
