//! `Worker`: one roster row, parsed and checked, ready for the pay engine.
//!
//! A worker is refilled in place for each row, so streaming a roster allocates
//! nothing per row once the buffers have grown.

use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::Money;

/// What a rule read from the row, resolved at load time so that computing pay is
/// arithmetic only. Keys index the rule's table; ranges index `Worker::keys` or
/// `Worker::numbers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The rule read nothing, or the cells were empty.
    Empty,
    /// One key of the rule's table (a certificate, a grade).
    Key(u32),
    /// Several keys of the rule's table (a list of honours), in [`Worker::keys`].
    Keys {
        /// The first key's place in `Worker::keys`.
        start: u32,
        /// How many keys.
        len: u32,
    },
    /// A date (a hire date for a per-year rule).
    Date(NaiveDate),
    /// Several counts (patents, improvements), in [`Worker::numbers`].
    Numbers {
        /// The first count's place in `Worker::numbers`.
        start: u32,
        /// How many counts.
        len: u32,
    },
    /// An award: the table key (or `u32::MAX` for a fixed amount) and its date.
    KeyDate(u32, NaiveDate),
    /// A number (a contribution weight).
    Number(Decimal),
}

/// Full-time (全日制) or part-time (非全日制) employment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Employment {
    /// 全日制: the monthly minimum wage applies.
    #[default]
    FullTime,
    /// 非全日制: the hourly minimum wage applies.
    PartTime,
}

/// A kind of leave (假别) a roster counts in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// 事假: personal leave, unpaid.
    Personal,
    /// 病假: sick leave, paid at the schedule's sick rate.
    Sick,
    /// 旷工: absence without leave, unpaid.
    Absent,
    /// 产假: maternity leave, paid at the schedule's maternity rate.
    Maternity,
}

impl Leave {
    /// Every kind of leave, in the order of [`Worker::leave_days`].
    pub const ALL: [Leave; 4] = [
        Leave::Personal,
        Leave::Sick,
        Leave::Absent,
        Leave::Maternity,
    ];

    /// The leave's Chinese name: 事假, 病假, 旷工, 产假.
    pub fn chinese(self) -> &'static str {
        match self {
            Leave::Personal => "事假",
            Leave::Sick => "病假",
            Leave::Absent => "旷工",
            Leave::Maternity => "产假",
        }
    }

    /// The roster column that counts its days.
    pub fn field(self) -> crate::roster::Field {
        use crate::roster::Field;
        match self {
            Leave::Personal => Field::PersonalLeaveDays,
            Leave::Sick => Field::SickLeaveDays,
            Leave::Absent => Field::AbsentDays,
            Leave::Maternity => Field::MaternityLeaveDays,
        }
    }
}

/// A roster row.
#[derive(Debug, Clone, Default)]
pub struct Worker {
    /// The line of the row in its file.
    pub line: u64,
    /// The roster file the row came from (as given, `-` for stdin; empty for a
    /// worker made in code), so an error of its pay names the file in every command.
    pub roster: Arc<str>,
    /// The worker's 工号.
    pub employee_id: String,
    /// The worker's name.
    pub name: String,
    /// The enterprise the worker belongs to (企业编号): a batch's key, an audit's owed-pay group.
    pub enterprise_id: String,
    /// The enterprise's name, when the roster gives it.
    pub enterprise_name: String,
    /// The six-digit region code (GB/T 2260).
    pub region: String,
    /// Index of the grade in the schedule's ladder.
    pub grade: usize,
    /// Step within the grade, from 1.
    pub step: u32,
    /// The post category (岗位类别), for the skill-worker minimum.
    pub post_category: String,
    /// The occupation (职业, 工种), for market levels and quotas.
    pub occupation: String,
    /// The gender as written (男, 女).
    pub gender: String,
    /// The hire date (入职日期).
    pub hire_date: Option<NaiveDate>,
    /// Full-time or part-time.
    pub employment: Employment,
    /// Hours worked in the period (part-time workers).
    pub hours_worked: Option<Decimal>,
    /// Overtime hours on working days, rest days and statutory holidays.
    pub overtime_hours: [Decimal; 3],
    /// Last year's monthly average pay (上年月均工资), in yuan.
    pub last_year_pay: Option<Money>,
    /// The last day employed, when the worker left (离职日期).
    pub leave_date: Option<NaiveDate>,
    /// The last day of probation (试用期截止日期).
    pub probation_end: Option<NaiveDate>,
    /// Days attended in the period (出勤天数), when the roster gives them.
    pub days_worked: Option<Decimal>,
    /// Days of leave in the period by kind, in the order of [`Leave::ALL`].
    pub leave_days: [Decimal; 4],
    /// Per piece rate of the schedule: the quantity in legal hours, then in
    /// overtime on working days, rest days and holidays (four numbers each).
    pub pieces: Vec<Decimal>,
    /// One slot per allowance rule of the schedule, in order.
    pub slots: Vec<Slot>,
    /// The keys of every `Slot::Keys`, one after another.
    pub keys: Vec<u32>,
    /// The counts of every `Slot::Numbers`, one after another.
    pub numbers: Vec<Decimal>,
}

impl Worker {
    /// True when the month's overtime (the three kinds added) is surely at
    /// most `hours` whole hours, told in integers when the three share a
    /// scale, as cells like `11.9`, `2.8` and `0.0` do: mantissas of one scale
    /// add and compare as their decimals do, and each has at most 96 bits, so
    /// the sums fit. `false` says only "add the decimals and compare": the
    /// parse and the 36-hour check ask this of every worker.
    pub fn overtime_at_most(&self, hours: u32) -> bool {
        let [a, b, c] = self.overtime_hours;
        let scale = a.scale();
        if b.scale() != scale || c.scale() != scale {
            return false;
        }
        let total = a.mantissa() + b.mantissa() + c.mantissa();
        crate::rounding::pow10(scale).is_some_and(|p| total <= i128::from(hours) * p)
    }

    /// Empties the row for reuse, keeping the buffers' capacity.
    pub fn clear(&mut self) {
        self.line = 0;
        self.employee_id.clear();
        self.name.clear();
        self.enterprise_id.clear();
        self.enterprise_name.clear();
        self.region.clear();
        self.grade = 0;
        self.step = 1;
        self.post_category.clear();
        self.occupation.clear();
        self.gender.clear();
        self.hire_date = None;
        self.employment = Employment::FullTime;
        self.hours_worked = None;
        self.overtime_hours = [Decimal::ZERO; 3];
        self.last_year_pay = None;
        self.leave_date = None;
        self.probation_end = None;
        self.days_worked = None;
        self.leave_days = [Decimal::ZERO; 4];
        self.pieces.clear();
        self.slots.clear();
        self.keys.clear();
        self.numbers.clear();
    }

    /// The list items a `Keys` slot refers to.
    pub fn keys_of(&self, slot: Slot) -> &[u32] {
        match slot {
            Slot::Keys { start, len } => range(&self.keys, start, len),
            _ => &[],
        }
    }

    /// The numbers a `Numbers` slot refers to.
    pub fn numbers_of(&self, slot: Slot) -> &[Decimal] {
        match slot {
            Slot::Numbers { start, len } => range(&self.numbers, start, len),
            _ => &[],
        }
    }

    /// The four quantities of piece rate `i` (legal hours, then overtime by kind).
    pub fn pieces_of(&self, i: usize) -> [Decimal; 4] {
        let mut q = [Decimal::ZERO; 4];
        if let Some(s) = self.pieces.get(i * 4..i * 4 + 4) {
            q.copy_from_slice(s);
        }
        q
    }

    /// Whether the worker is a woman, for the headcount a contract states.
    pub fn is_woman(&self) -> bool {
        matches!(self.gender.as_str(), "女" | "F" | "f" | "female")
    }
}

fn range<T>(items: &[T], start: u32, len: u32) -> &[T] {
    let start = start as usize;
    items.get(start..start + len as usize).unwrap_or(&[])
}
