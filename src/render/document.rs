//! `Document`: the kinds of document nengji writes from a schedule, each with its
//! built-in template.

use serde::Serialize;

use crate::schedule::Scope;

/// A document kind (`--document`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Document {
    /// 能级工资专项集体合同: an enterprise's skill-grade wage contract.
    Contract,
    /// 行业性能级工资集体协议: an industry's skill-grade wage agreement.
    IndustryAgreement,
    /// 集体协商要约书: the written request to negotiate, with the reply deadline.
    Offer,
    /// 能级工资标准公示: the one-page pay-table notice posted to workers.
    Notice,
}

impl Document {
    /// All four documents nengji writes: contract, industry agreement, offer (要约书) and notice.
    pub const ALL: [Document; 4] = [
        Document::Contract,
        Document::IndustryAgreement,
        Document::Offer,
        Document::Notice,
    ];

    /// The name used on the command line and in the context (`industry-agreement`).
    pub fn id(self) -> &'static str {
        match self {
            Document::Contract => "contract",
            Document::IndustryAgreement => "industry-agreement",
            Document::Offer => "offer",
            Document::Notice => "notice",
        }
    }

    /// The document's Chinese name.
    pub fn chinese(self) -> &'static str {
        match self {
            Document::Contract => "能级工资专项集体合同",
            Document::IndustryAgreement => "行业性能级工资集体协议",
            Document::Offer => "集体协商要约书",
            Document::Notice => "能级工资标准公示",
        }
    }

    /// The built-in template that writes it.
    pub fn template(self) -> &'static str {
        match self {
            Document::Contract => "builtin/contract.md",
            Document::IndustryAgreement => "builtin/industry-agreement.md",
            Document::Offer => "builtin/offer.md",
            Document::Notice => "builtin/notice.md",
        }
    }

    /// Whether the document numbers clauses that the schedule's rules cite.
    pub fn has_rule_clauses(self) -> bool {
        matches!(self, Document::Contract | Document::IndustryAgreement)
    }

    /// Why this document does not fit a schedule of this scope, if it does not:
    /// an enterprise contract is not written for an industry schedule, nor the
    /// reverse.
    pub fn scope_mismatch(self, scope: Scope) -> Option<String> {
        match (self, scope) {
            (Document::Contract, Scope::Industry) => Some(
                "the schedule is an industry schedule (scope = \"industry\"); render it as \
                 --document industry-agreement"
                    .into(),
            ),
            (Document::IndustryAgreement, Scope::Enterprise) => Some(
                "the schedule is an enterprise schedule (scope = \"enterprise\"); render it as \
                 --document contract"
                    .into(),
            ),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_document_has_a_builtin_template() {
        for d in Document::ALL {
            assert!(d.template().starts_with("builtin/"));
            assert!(
                super::super::templates::builtin(d.template()).is_some(),
                "{d:?}"
            );
        }
    }

    #[test]
    fn scope_must_fit() {
        assert!(Document::Contract.scope_mismatch(Scope::Industry).is_some());
        assert!(Document::IndustryAgreement
            .scope_mismatch(Scope::Enterprise)
            .is_some());
        assert!(Document::Offer.scope_mismatch(Scope::Industry).is_none());
        assert!(Document::Contract
            .scope_mismatch(Scope::Enterprise)
            .is_none());
    }
}
