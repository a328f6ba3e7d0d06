//! `Field`: the roster columns nengji knows by name, in English snake_case and in
//! the Chinese an HR export uses.

/// A known roster column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// 工号: the worker's id within the enterprise.
    EmployeeId,
    /// 姓名.
    Name,
    /// 企业编号: the enterprise the worker belongs to (a batch's key).
    EnterpriseId,
    /// 企业名称.
    EnterpriseName,
    /// 地区代码: the six-digit region code that decides the minimum wage.
    Region,
    /// 能级: the skill grade, by the schedule's name or an alias.
    Grade,
    /// 档次: the step within the grade, from 1.
    Step,
    /// 岗位类别: the post category of the skill-worker minimum (基础类...核心类).
    PostCategory,
    /// 职业/工种: the occupation, for market levels and work quotas.
    Occupation,
    /// 入职日期: the hire date, for seniority rules and proration.
    HireDate,
    /// 性别: for the women's headcount documents report.
    Gender,
    /// 用工形式: full-time (全日制) or part-time (非全日制).
    Employment,
    /// 本月工时: hours worked, for part-time workers' hourly minimum.
    HoursWorked,
    /// 工作日加班小时: overtime hours on working days (150%).
    OvertimeWeekday,
    /// 休息日加班小时: overtime hours on rest days (200%).
    OvertimeRestday,
    /// 法定节假日加班小时: overtime hours on statutory holidays (300%).
    OvertimeHoliday,
    /// 上年月均工资: last year's monthly average pay, for the raise figures.
    LastYearPay,
    /// 离职日期: the last day employed.
    LeaveDate,
    /// 试用期截止日期: the last day of probation (劳动合同法 Art 20).
    ProbationEnd,
    /// 出勤天数: days attended, when the roster counts them.
    DaysWorked,
    /// 事假天数: days of personal leave.
    PersonalLeaveDays,
    /// 病假天数: days of sick leave.
    SickLeaveDays,
    /// 旷工天数: days absent without leave.
    AbsentDays,
    /// 产假天数: days of maternity leave.
    MaternityLeaveDays,
}

impl Field {
    /// Every known column, in the order of the reference table.
    pub const ALL: [Field; 24] = [
        Field::EmployeeId,
        Field::Name,
        Field::EnterpriseId,
        Field::EnterpriseName,
        Field::Region,
        Field::Grade,
        Field::Step,
        Field::PostCategory,
        Field::Occupation,
        Field::HireDate,
        Field::Gender,
        Field::Employment,
        Field::HoursWorked,
        Field::OvertimeWeekday,
        Field::OvertimeRestday,
        Field::OvertimeHoliday,
        Field::LastYearPay,
        Field::LeaveDate,
        Field::ProbationEnd,
        Field::DaysWorked,
        Field::PersonalLeaveDays,
        Field::SickLeaveDays,
        Field::AbsentDays,
        Field::MaternityLeaveDays,
    ];

    /// The canonical English header.
    pub fn name(self) -> &'static str {
        match self {
            Field::EmployeeId => "employee_id",
            Field::Name => "name",
            Field::EnterpriseId => "enterprise_id",
            Field::EnterpriseName => "enterprise_name",
            Field::Region => "region",
            Field::Grade => "grade",
            Field::Step => "step",
            Field::PostCategory => "post_category",
            Field::Occupation => "occupation",
            Field::HireDate => "hire_date",
            Field::Gender => "gender",
            Field::Employment => "employment",
            Field::HoursWorked => "hours_worked",
            Field::OvertimeWeekday => "ot_weekday_h",
            Field::OvertimeRestday => "ot_restday_h",
            Field::OvertimeHoliday => "ot_holiday_h",
            Field::LastYearPay => "last_year_pay",
            Field::LeaveDate => "leave_date",
            Field::ProbationEnd => "probation_end",
            Field::DaysWorked => "days_worked",
            Field::PersonalLeaveDays => "personal_leave_days",
            Field::SickLeaveDays => "sick_leave_days",
            Field::AbsentDays => "absent_days",
            Field::MaternityLeaveDays => "maternity_leave_days",
        }
    }

    /// The Chinese headers an export may carry instead.
    pub fn chinese(self) -> &'static [&'static str] {
        match self {
            Field::EmployeeId => &["工号", "职工编号", "员工编号"],
            Field::Name => &["姓名"],
            Field::EnterpriseId => &["企业", "企业编号", "企业代码"],
            Field::EnterpriseName => &["企业名称"],
            Field::Region => &["地区", "地区代码", "行政区划代码"],
            Field::Grade => &["能级", "技能等级"],
            Field::Step => &["档次", "档"],
            Field::PostCategory => &["岗位类别"],
            Field::Occupation => &["职业", "工种"],
            Field::HireDate => &["入职日期"],
            Field::Gender => &["性别"],
            Field::Employment => &["用工形式"],
            Field::HoursWorked => &["工作小时", "本月工时"],
            Field::OvertimeWeekday => &["工作日加班小时"],
            Field::OvertimeRestday => &["休息日加班小时"],
            Field::OvertimeHoliday => &["法定节假日加班小时", "节假日加班小时"],
            Field::LastYearPay => &["上年月均工资"],
            Field::LeaveDate => &["离职日期"],
            Field::ProbationEnd => &["试用期截止日期", "试用期至"],
            Field::DaysWorked => &["出勤天数"],
            Field::PersonalLeaveDays => &["事假天数"],
            Field::SickLeaveDays => &["病假天数"],
            Field::AbsentDays => &["旷工天数"],
            Field::MaternityLeaveDays => &["产假天数"],
        }
    }

    /// The field a header names by itself (canonical or Chinese).
    pub fn from_header(header: &str) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|f| f.name() == header || f.chinese().contains(&header))
    }

    /// The field a canonical name denotes.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The field's place in [`Field::ALL`], to index per-field arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_both_languages() {
        assert_eq!(Field::from_header("工号"), Some(Field::EmployeeId));
        assert_eq!(Field::from_header("employee_id"), Some(Field::EmployeeId));
        assert_eq!(Field::from_header("能级"), Some(Field::Grade));
        assert_eq!(Field::from_header("level"), None);
        for (i, f) in Field::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
        }
    }
}
