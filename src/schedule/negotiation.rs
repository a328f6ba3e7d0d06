//! `Negotiation`: how the contract was made (集体合同规定 2004; 浙江省集体合同条例
//! 2010): the representatives of each side, the workers' congress vote, signing
//! and filing. Optional; `nengji check` holds it against the procedure rules.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The `[negotiation]` table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Negotiation {
    /// 规模以上企业: an above-scale enterprise needs more representatives.
    #[serde(default)]
    pub above_scale: bool,
    /// Representatives of the workers' side (职工方协商代表).
    pub worker_representatives: u32,
    /// Representatives of the employer side (企业方协商代表).
    pub employer_representatives: u32,
    /// Outside experts on each side (外聘专家), counted within the side.
    #[serde(default)]
    pub worker_experts: u32,
    /// Outside experts on the employer side, counted within it (浙江省集体合同条例 Art 10: at most 1/3).
    #[serde(default)]
    pub employer_experts: u32,
    /// The workers' congress (职工代表大会) vote on the draft.
    #[serde(default)]
    pub vote: Option<Vote>,
    /// 签订日期
    #[serde(default, with = "optional_date")]
    #[schemars(with = "Option<crate::schema::Date>")]
    pub signed: Option<NaiveDate>,
    /// 报送备案日期
    #[serde(default, with = "optional_date")]
    #[schemars(with = "Option<crate::schema::Date>")]
    pub filed: Option<NaiveDate>,
}

/// `[negotiation.vote]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    /// All representatives of the congress (全体职工代表).
    pub total: u32,
    /// Representatives present at the vote (集体合同规定 Art 36: at least 2/3 of all).
    pub present: u32,
    /// Representatives who voted for the draft (more than half of all, not of those present).
    pub in_favour: u32,
}

impl Negotiation {
    /// What cannot be true of a record, if anything.
    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.worker_experts > self.worker_representatives
            || self.employer_experts > self.employer_representatives
        {
            return Err(crate::t!("schedule-negotiation-experts"));
        }
        if let Some(v) = self.vote {
            if v.present > v.total {
                return Err(crate::t!(
                    "schedule-negotiation-present",
                    present = v.present,
                    total = v.total
                ));
            }
            if v.in_favour > v.present {
                return Err(crate::t!(
                    "schedule-negotiation-in-favour",
                    in_favour = v.in_favour,
                    present = v.present
                ));
            }
        }
        if let (Some(s), Some(f)) = (self.signed, self.filed) {
            if f < s {
                return Err(crate::t!(
                    "schedule-negotiation-filed",
                    filed = f.to_string(),
                    signed = s.to_string()
                ));
            }
        }
        Ok(())
    }
}

mod optional_date {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        crate::exact::date::deserialize(d).map(Some)
    }

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => crate::exact::date::serialize(d, s),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vote_must_add_up() {
        let n: Negotiation = toml::from_str(
            "worker_representatives = 5\nemployer_representatives = 5\nsigned = 2025-12-20\n[vote]\ntotal = 60\npresent = 61\nin_favour = 40\n",
        )
        .unwrap();
        assert!(n.validate().unwrap_err().contains("present (61)"));
    }
}
