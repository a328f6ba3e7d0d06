//! `ScheduleMeta`: who agreed a schedule, for whom, where and for how long.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::exact::date;

/// Whether a schedule binds one enterprise or a whole industry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// 能级工资专项集体合同: one enterprise.
    #[serde(alias = "企业")]
    Enterprise,
    /// 行业性能级工资集体协议: every enterprise of an industry in a region.
    #[serde(alias = "行业")]
    Industry,
}

/// How often pay is computed. Skill-grade schedules pay monthly.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PayPeriod {
    /// Pay is computed once a month (`monthly`, or `月`).
    #[default]
    #[serde(alias = "月")]
    Monthly,
}

/// The `[schedule]` table.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleMeta {
    /// 合同名称, e.g. 温岭市泵与电机行业能级工资集体协议.
    pub title: String,
    /// An enterprise contract or an industry agreement.
    pub scope: Scope,
    /// The employer side (企业方, or the industry association for an industry schedule).
    pub employer: String,
    /// The workers' side (工会).
    pub union: String,
    /// Administrative region code (行政区划代码) the schedule applies in.
    pub region: String,
    /// Industry name, for industry floors and documents.
    #[serde(default)]
    pub industry: Option<String>,
    /// The first day the schedule is in force.
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub effective: NaiveDate,
    /// The last day of its term.
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub expires: NaiveDate,
    /// The currency code; `CNY` unless written.
    #[serde(default = "cny")]
    pub(crate) currency: String,
    /// How often pay is computed; monthly.
    #[serde(default)]
    pub pay_period: PayPeriod,
    /// 工资发放日: the day of the month pay is paid.
    #[serde(default)]
    pub pay_day: Option<u32>,
}

fn cny() -> String {
    "CNY".to_string()
}
