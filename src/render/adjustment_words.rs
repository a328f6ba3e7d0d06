//! `AdjustmentView`: the contract's pay-adjustment clause (工资调整办法;
//! 浙江省集体合同条例 Art 19 items 3 and 6) in the words a document prints, one
//! line per `[[adjustment]]` of the schedule. Documents are Chinese: the words
//! come from the catalogue in Chinese whatever the language in use.

use serde::Serialize;

use super::views::{DateView, MoneyView};
use crate::i18n::Lang;
use crate::schedule::{Adjustment, Raise};
use crate::{t, Schedule};

/// One adjustment as the contract states it.
#[derive(Debug, Clone, Serialize)]
pub struct AdjustmentView {
    /// The first day the adjustment applies, in the document's date words.
    pub from: DateView,
    /// percent, amount or guideline.
    pub kind: &'static str,
    /// 5%, for a percentage raise or a guideline whose line is known.
    pub percent: Option<String>,
    /// For an amount raise: the yuan a month added to each step.
    pub amount: Option<MoneyView>,
    /// The least raise of a step, in yuan a month, where the adjustment sets one.
    pub minimum: Option<MoneyView>,
    /// The year of the guideline a guideline raise follows.
    pub guideline_year: Option<i32>,
    /// 自2027年1月1日起，各能级各档能级工资上调5%，每档每月上调额不低于100元
    pub text: String,
}

/// The schedule's adjustments, in date order.
pub fn adjustments(schedule: &Schedule) -> Vec<AdjustmentView> {
    schedule.adjustments.iter().map(view).collect()
}

fn view(a: &Adjustment) -> AdjustmentView {
    let from = DateView::from(a.from);
    let minimum = a
        .minimum
        .map(|m| t!(in Lang::Zh; "pay-contract-adjust-minimum", minimum = super::rule_words::short(m)))
        .unwrap_or_default();
    let year = chrono::Datelike::year(&a.from);
    let (kind, percent, amount, guideline_year, how) = match &a.raise {
        Raise::Percent(rate) => (
            "percent",
            Some(rate.to_string()),
            None,
            None,
            t!(in Lang::Zh; "pay-contract-adjust-percent", rate = *rate, minimum = minimum),
        ),
        Raise::Amount(m) => (
            "amount",
            None,
            Some(MoneyView::from(*m)),
            None,
            t!(in Lang::Zh; "pay-contract-adjust-amount", amount = super::rule_words::short(*m)),
        ),
        Raise::Guideline(Some(g)) => (
            "guideline",
            Some(g.rate.to_string()),
            None,
            Some(year),
            t!(in Lang::Zh; "pay-contract-adjust-guideline", year = year, rate = g.rate, minimum = minimum),
        ),
        Raise::Guideline(None) => (
            "guideline",
            None,
            None,
            Some(year),
            t!(in Lang::Zh; "pay-contract-adjust-guideline-open", year = year, minimum = minimum),
        ),
    };
    AdjustmentView {
        text: t!(in Lang::Zh; "pay-contract-adjust", from = &from.text, how = how),
        from,
        kind,
        percent,
        amount,
        minimum: a.minimum.map(MoneyView::from),
        guideline_year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_adjustment_in_the_contract_s_words() {
        let text =
            "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"e\"\nunion = \"u\"\n\
             region = \"331081\"\neffective = 2026-01-01\nexpires = 2027-12-31\n\
             [[grade]]\nname = \"初\"\npay = [\"3000.00\"]\n\
             [[adjustment]]\nfrom = 2026-07-01\npercent = \"5%\"\nminimum = \"100.00\"\n\
             [[adjustment]]\nfrom = 2026-10-01\namount = \"80.00\"\n\
             [[adjustment]]\nfrom = 2027-01-01\nguideline = \"base\"\n";
        let s = Schedule::parse("s.toml", text).unwrap();
        let v = adjustments(&s);
        let texts: Vec<&str> = v.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "自2026年7月1日起，各能级各档能级工资上调5%，每档每月上调额不低于100元",
                "自2026年10月1日起，各能级各档能级工资每月增加80元",
                "自2027年1月1日起，各能级各档能级工资按2027年当地政府发布的工资指导线基准线上调",
            ]
        );
        assert_eq!(v[0].kind, "percent");
        assert_eq!(v[2].guideline_year, Some(2027));
    }
}
