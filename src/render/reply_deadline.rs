//! `ReplyRule`: by when the other side must answer a written request to negotiate
//! (集体协商要约).
//!
//! 集体合同规定 Art 32: the reply is due within 20 days of receiving the request
//! (calendar days; 民法典 Art 203 moves a period that ends on a rest day to the
//! next working day). 浙江省集体合同条例 Art 7: within 10 working days. Both are
//! counted on the holiday calendar (src/calendar), which knows the public
//! holidays and the weekend days worked in their place (调休).

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::{Calendar, Counted};

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

    /// The last day to reply to a request received on `received`, with the
    /// years the calendar lacked; `None` only past the end of chrono's dates.
    pub fn deadline(self, received: NaiveDate, calendar: &Calendar) -> Option<Counted> {
        match self {
            ReplyRule::National => calendar.add_days(received, 20),
            ReplyRule::Zhejiang => calendar.add_working_days(received, 10),
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

pub use crate::region_names::is_zhejiang;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn national_counts_calendar_days_and_moves_past_rest_days() {
        let c = Calendar::builtin();
        let at = |day| ReplyRule::National.deadline(day, c).unwrap().date;
        assert_eq!(at(d(2025, 11, 3)), d(2025, 11, 24), "11-23 is a Sunday");
        assert_eq!(at(d(2026, 1, 5)), d(2026, 1, 26), "1-25 is a Sunday");
        assert_eq!(at(d(2026, 1, 6)), d(2026, 1, 26));
        assert_eq!(at(d(2026, 1, 7)), d(2026, 1, 27));
    }

    #[test]
    fn zhejiang_counts_working_days_on_the_calendar() {
        let c = Calendar::builtin();
        let at = |day| ReplyRule::Zhejiang.deadline(day, c).unwrap().date;
        // Monday 2025-11-03 + 10 working days = Monday 2025-11-17.
        assert_eq!(at(d(2025, 11, 3)), d(2025, 11, 17));
        // Received on a Saturday: counting starts on Monday.
        assert_eq!(at(d(2025, 11, 8)), d(2025, 11, 21));
        // National Day 2026 and its make-up Saturday 10-10.
        assert_eq!(at(d(2026, 9, 28)), d(2026, 10, 16));
    }

    #[test]
    fn region_decides_the_rule() {
        assert_eq!(ReplyRule::for_region("331081"), ReplyRule::Zhejiang);
        assert_eq!(ReplyRule::for_region("330702"), ReplyRule::Zhejiang);
        assert_eq!(ReplyRule::for_region("110105"), ReplyRule::National);
        assert_eq!(ReplyRule::Zhejiang.period_text(), "十个工作日");
    }
}
