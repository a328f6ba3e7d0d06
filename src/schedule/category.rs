//! `Category`: which of the six categories Taizhou negotiates (domain.md
//! section 2) an allowance or award belongs to.

use serde::{Deserialize, Serialize};

/// The six categories Taizhou negotiates (domain.md section 2), or other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// 技术技能津补贴
    #[serde(alias = "技术技能津补贴")]
    Skill,
    /// 技能竞赛专项奖励
    #[serde(alias = "技能竞赛专项奖励")]
    Contest,
    /// 荣誉专项奖励
    #[serde(alias = "荣誉专项奖励")]
    Honour,
    /// 学历提升津补贴
    #[serde(alias = "学历提升津补贴")]
    Education,
    /// 创新创造成果奖励
    #[serde(alias = "创新创造成果奖励")]
    Innovation,
    /// 收益共享激励
    #[serde(alias = "收益共享激励")]
    ProfitSharing,
    /// 其他: seniority, shift, team leader, ...
    #[serde(alias = "其他")]
    Other,
}

impl Category {
    /// The category's name in Taizhou's six categories: 技术技能津补贴, 技能竞赛专项奖励...
    pub fn chinese(self) -> &'static str {
        match self {
            Category::Skill => "技术技能津补贴",
            Category::Contest => "技能竞赛专项奖励",
            Category::Honour => "荣誉专项奖励",
            Category::Education => "学历提升津补贴",
            Category::Innovation => "创新创造成果奖励",
            Category::ProfitSharing => "收益共享激励",
            Category::Other => "其他",
        }
    }
}
