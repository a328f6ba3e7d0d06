//! `Field`: the roster columns nengji knows by name, in English snake_case and in
//! the Chinese an HR export uses.

/// A known roster column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    EmployeeId,
    Name,
    EnterpriseId,
    EnterpriseName,
    Region,
    Grade,
    Step,
    PostCategory,
    Occupation,
    HireDate,
    Gender,
    Employment,
    HoursWorked,
    OvertimeWeekday,
    OvertimeRestday,
    OvertimeHoliday,
    LastYearPay,
    LeaveDate,
    ProbationEnd,
    DaysWorked,
    PersonalLeaveDays,
    SickLeaveDays,
    AbsentDays,
    MaternityLeaveDays,
}

impl Field {
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
